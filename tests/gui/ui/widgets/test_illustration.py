"""The illustration widget: every hostile picture shows "No illustration" with its reason, never
a crash or a stall; accepted pictures (SVG, PNG, JPEG) are rendered off the GUI thread once per
size, and paints draw that image. The handout copes with the same pictures."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from ankle_coach.core.library import LibraryEntry, Origin, read_routine_file
from ankle_coach.core.paths import Paths, assets_dir
from ankle_coach.ui.handout.sheet import handout_pdf
from ankle_coach.ui.widgets import illustration as illustration_module
from ankle_coach.ui.widgets.illustration import Illustration, Picture
from tests.support.pictures import (
    HOSTILE_SVGS,
    fifo_svg,
    folder_svg,
    loop_svg,
    png,
    worst_accepted_svg,
)

#: The watchdog: no call that shows or paints a picture may hold the GUI thread this long.
LIMIT_SECONDS = 2.0


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    took = time.perf_counter() - started
    assert took < LIMIT_SECONDS, f"held the GUI thread {took:.2f} s"
    return took


def solid_png(colour: str, width: int = 40, height: int = 30, kind: str = "PNG") -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, kind)  # type: ignore[call-overload]  # a str, whatever the stubs say
    return bytes(data.data())


def _writer(name: str, data: bytes) -> Callable[[Path], Path]:
    def write(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data)
        return path

    return write


#: Every hostile picture: how to make it in a folder, and the problem the widget gives.
HOSTILE: dict[str, tuple[Callable[[Path], Path], str]] = {
    name: (_writer(f"hostile-{number}.svg", data), f"hostile-{number}.svg {message}")
    for number, (name, (data, message)) in enumerate(HOSTILE_SVGS.items())
}
HOSTILE |= {
    "PNG bomb": (
        _writer("bomb.png", png(1, 1, declared=(100_000, 100_000))),
        "bomb.png is 100,000 x 100,000 pixels; an image may have at most 12 million pixels "
        "(4000 x 3000)",
    ),
    "symlink loop": (loop_svg, "loop.svg is a symbolic link that leads back to itself"),
    "FIFO": (fifo_svg, "fifo.svg is a named pipe, not an image file"),
    "folder": (folder_svg, "folder.svg is a folder, not an image file"),
}


@pytest.fixture
def widget(qtbot: QtBot) -> Iterator[Illustration]:
    shown = Illustration()
    qtbot.addWidget(shown)
    shown.resize(400, 300)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown


@pytest.mark.parametrize("name", list(HOSTILE))
def test_a_hostile_picture_shows_no_illustration_and_why(
    widget: Illustration, tmp_path: Path, name: str
) -> None:
    make, problem = HOSTILE[name]
    path = make(tmp_path)
    timed(lambda: widget.set_image(path))
    timed(widget.repaint)
    assert not widget.has_image
    assert widget.problem == problem
    assert widget.toolTip() == problem
    assert widget.image_path == path


@pytest.mark.parametrize(
    ("name", "data"),
    [("red.png", solid_png("#ff0000")), ("red.jpg", solid_png("#ff0000", kind="JPEG"))],
)
def test_a_raster_picture_is_drawn_in_the_window(
    widget: Illustration, qtbot: QtBot, tmp_path: Path, name: str, data: bytes
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    widget.set_image(path)
    assert widget.has_image and widget.problem == ""
    qtbot.waitUntil(lambda: widget.is_rendered, timeout=10_000)
    centre = widget.grab().toImage().pixelColor(widget.width() // 2, widget.height() // 2)
    assert (centre.red(), centre.green() < 40, centre.blue() < 40) == (centre.red(), True, True)
    assert centre.red() > 200


def test_a_paint_never_renders_the_picture_again(
    widget: Illustration, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    renders: list[QSize] = []
    real = Picture.render

    def counting(picture: Picture, size: QSize) -> QImage:
        renders.append(size)
        return real(picture, size)

    monkeypatch.setattr(Picture, "render", counting)
    widget.set_image(assets_dir() / "illustrations" / "calf-stretch.svg", mirrored=True)
    with qtbot.waitSignal(widget.rendered, timeout=10_000):
        widget.repaint()
    slowest = max(timed(widget.repaint) for _ in range(20))
    widget.set_image(widget.image_path, mirrored=False)  # the other side: the same image, flipped
    slowest = max(slowest, timed(widget.repaint))
    assert len(renders) == 1
    assert slowest < LIMIT_SECONDS

    widget.resize(600, 450)  # a new size: the old image scaled, then one render at the new size
    with qtbot.waitSignal(widget.rendered, timeout=10_000):
        timed(widget.repaint)
    assert renders[-1] != renders[0] and len(renders) == 2


def test_the_worst_accepted_picture_never_holds_the_gui_thread(
    widget: Illustration, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "worst.svg"
    path.write_bytes(worst_accepted_svg())
    timed(lambda: widget.set_image(path))
    assert widget.has_image, widget.problem
    paints = [timed(widget.repaint)]  # asks the render thread; draws the empty card
    while not widget.is_rendered:  # every paint while it renders is quick
        paints.append(timed(widget.repaint))
        qtbot.wait(20)
        assert len(paints) < 3000, "not rendered within a minute"
    paints.append(timed(widget.repaint))
    assert max(paints) < LIMIT_SECONDS


def test_showing_other_pictures_in_turn_keeps_the_last_one(
    widget: Illustration, qtbot: QtBot, tmp_path: Path
) -> None:
    images = sorted((assets_dir() / "illustrations").glob("*.svg"))[:2]
    broken = tmp_path / "broken.svg"
    broken.write_text("<svg", encoding="utf-8")
    for path in (images[0], images[1], broken, images[0], None, images[1]):
        widget.set_image(path)
        widget.repaint()  # asks for renders that the next picture makes stale
    qtbot.waitUntil(lambda: widget.is_rendered, timeout=10_000)
    assert widget.has_image and widget.image_path == images[1]
    assert illustration_module._renderer()._wanted == {}  # nothing left waiting


def test_the_handout_prints_around_hostile_pictures(tmp_path: Path) -> None:
    folder = tmp_path / "physio"
    folder.mkdir()
    lines = ["format = 1", 'title = "Hostile pictures"']
    names = []
    for number, (make, _) in enumerate(HOSTILE.values()):
        names.append(make(folder).name)
        lines += [
            "[[exercises]]",
            f'name = "Exercise {number}"',
            f'image = "{names[-1]}"',
            "reps = 5",
        ]
    (folder / "worst.svg").write_bytes(worst_accepted_svg())
    (folder / "red.png").write_bytes(solid_png("#ff0000"))
    for name in ("worst.svg", "red.png"):
        lines += ["[[exercises]]", f'name = "{name}"', f'image = "{name}"', "reps = 5"]
    path = folder / "hostile.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    entry = LibraryEntry("hostile", path, Origin.USER, read_routine_file(path))

    started = time.perf_counter()
    data, pages = handout_pdf(entry, folder)
    took = time.perf_counter() - started

    assert data.startswith(b"%PDF") and pages >= 1
    assert took < 60, f"the handout took {took:.0f} s"
    assert data.count(b"/Subtype /Image") >= 1  # the PNG is drawn


# -- in every view: session, overview, presenter, editor --------------------------------------


@pytest.fixture
def hostile_routine(user_home: Path) -> tuple[str, dict[str, str]]:
    """A user routine whose exercises each show a hostile picture (and two good ones last):
    its id, and by exercise name the problem its picture gives ("" for a good one)."""
    paths = Paths.under(user_home)
    pics = paths.user_routines / "pics"
    pics.mkdir(parents=True, exist_ok=True)
    lines = ["format = 1", 'title = "Hostile pictures"', "lead_in_seconds = 1"]
    expected: dict[str, str] = {}
    chosen = ["viewBox of zero width", "nested use 10^4", "20,000 blurred circles"]
    chosen += ["href animated to a URL", "PNG bomb", "symlink loop", "FIFO"]
    for number, name in enumerate(chosen):
        make, problem = HOSTILE[name]
        made = make(pics)
        lines += ["[[exercises]]", f'name = "Exercise {number}"', f'image = "pics/{made.name}"']
        lines += ["hold_seconds = 5"]
        expected[f"Exercise {number}"] = problem
    (pics / "worst.svg").write_bytes(worst_accepted_svg())
    (pics / "red.png").write_bytes(solid_png("#ff0000"))
    for name in ("worst.svg", "red.png"):
        lines += ["[[exercises]]", f'name = "{name}"', f'image = "pics/{name}"', "hold_seconds = 5"]
        expected[name] = ""
    (paths.user_routines / "hostile.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return "hostile", expected


def test_hostile_pictures_in_every_view_within_the_time_limit(
    qtbot: QtBot, user_home: Path, hostile_routine: tuple[str, dict[str, str]]
) -> None:
    from tests.gui.ui.test_main_window import OPEN, Rig  # the window as its own tests drive it

    routine_id, expected = hostile_routine
    rig = Rig(qtbot, user_home)
    window = rig.window
    try:
        # the overview: one picture per exercise, all at once
        timed(lambda: window.library_view.select(routine_id))
        pictures = {
            shown.accessibleName().removeprefix("Illustration: "): shown
            for shown in window.overview.findChildren(Illustration)  # the cards shown last
        }
        for name, problem in expected.items():
            timed(pictures[name].repaint)
            assert pictures[name].problem == problem, name
        qtbot.waitUntil(lambda: pictures["red.png"].is_rendered, timeout=60_000)

        # the session view and the presenter, stepping through every exercise
        rig.start(routine_id)
        rig.key(Qt.Key.Key_F)
        presenter = window.presenter
        assert presenter is not None
        seen: set[str] = set()
        for _ in range(4 * len(expected)):
            if window.controller is None or window.current_state() is None:
                break
            shown = window.session_view.illustration
            for view in (shown, presenter.illustration):
                timed(view.repaint)
            if shown.image_path is not None:
                seen.add(shown.problem)
                assert presenter.illustration.problem == shown.problem
            timed(lambda: QTest.keyClick(presenter, Qt.Key.Key_Right))
        assert seen >= set(expected.values())
        if window.presenter is not None:
            QTest.keyClick(window.presenter, Qt.Key.Key_Escape)
        window.stop_session(ask=False)

        # the routine editor's preview of each exercise's picture
        assert window.library_view.select(routine_id)
        editor = window.edit_routine()
        assert editor is not None
        for row, (name, problem) in enumerate(expected.items()):
            timed(lambda row=row: editor.exercises.setCurrentRow(row))  # type: ignore[misc]
            timed(editor.preview_image.repaint)
            assert editor.preview_image.problem == problem, name
        editor.close()
    finally:
        OPEN.remove(window)  # closed here: that module's own fixture is not active in this one
        window.stop_session(ask=False)
        window.close()
        window.deleteLater()


def rendered_sizes(monkeypatch: pytest.MonkeyPatch) -> list[QSize]:
    """The sizes `Picture.render` asks Qt to draw an SVG at, in order, on this thread (a
    widget of an earlier test may still be rendering on a worker thread: its sizes are not
    this test's; seen under load)."""
    import threading

    asked: list[QSize] = []
    decode = illustration_module._decode
    here = threading.get_ident()

    def recording(path: Path, data: bytes, size: QSize | None = None) -> QImage:
        if size is not None and threading.get_ident() == here:
            asked.append(QSize(size))
        return decode(path, data, size)

    monkeypatch.setattr(illustration_module, "_decode", recording)
    return asked


def test_a_built_in_picture_grows_to_its_full_size(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = rendered_sizes(monkeypatch)
    picture = Picture.load(assets_dir() / "illustrations" / "calf-stretch.svg")
    image = picture.render(QSize(1200, 900))
    fitted = picture.fit(QRectF(0, 0, 1200, 900)).size().toSize()
    assert image.size() == fitted
    assert asked[-1] == fitted  # drawn at full size, not scaled up
    assert [size.width() for size in asked] == sorted(size.width() for size in asked)
    assert asked[0].width() < 2 * illustration_module.SMALLEST_RENDER


def test_the_costliest_accepted_picture_is_drawn_smaller_within_the_budget(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # A stroke crossing itself ~2,900 times takes seconds at 1200 x 900: the render stops
    # growing where the next size would go over the budget, and the image is scaled up.
    path = tmp_path / "worst.svg"
    path.write_bytes(worst_accepted_svg())
    asked = rendered_sizes(monkeypatch)
    picture = Picture.load(path)
    image = picture.render(QSize(1200, 900))
    fitted = picture.fit(QRectF(0, 0, 1200, 900)).size().toSize()
    assert image.size() == fitted and not image.isNull()
    assert asked[-1].width() < fitted.width()  # stopped before the full size


@pytest.mark.parametrize("size", [QSize(400, 300), QSize(333, 517), QSize(911, 203)])
def test_a_rendered_picture_is_not_rendered_again_while_nothing_changes(
    widget: Illustration, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, size: QSize
) -> None:
    # The image keeps the picture's proportions, so it is rarely the size of the card's inside:
    # comparing the two rendered the overview's cards again and again while the app was idle.
    renders: list[QSize] = []
    real = Picture.render

    def counting(picture: Picture, asked: QSize) -> QImage:
        renders.append(asked)
        return real(picture, asked)

    monkeypatch.setattr(Picture, "render", counting)
    widget.resize(size)
    widget.set_image(assets_dir() / "illustrations" / "ankle-circles.svg")
    with qtbot.waitSignal(widget.rendered, timeout=10_000):
        widget.repaint()
    widget._rerender.stop()
    widget._on_rerender_timeout()  # what the timer would do, had a paint found the size wrong
    widget.repaint()
    assert not widget._rerender.isActive()
    assert widget._job == 0 and len(renders) == 1


def test_qt_reads_pictures_from_a_file_it_opens_itself(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # A QBuffer made in Python asks for the Python lock at every read, while QImageReader holds
    # Qt's lock on its image plugins: two render threads then waited for each other for ever.
    made: list[object] = []
    from PySide6.QtGui import QImageReader

    def reader(source: str, kind: bytes) -> QImageReader:
        made.append(source)
        return QImageReader(source, kind)

    monkeypatch.setattr(illustration_module, "QImageReader", reader)
    for name, data in [("a.png", solid_png("#00ff00")), ("b.svg", worst_accepted_svg())]:
        path = tmp_path / name
        path.write_bytes(data)
        picture = Picture.load(path)
        assert not picture.render(QSize(200, 150)).isNull()
        path.write_bytes(b"changed since it was checked")  # what was checked is what is drawn
        assert not picture.render(QSize(210, 160)).isNull()
    assert made and all(isinstance(source, str) for source in made)


def test_many_renders_at_once_while_the_gui_thread_reads_images_finish(
    qtbot: QtBot, tmp_path: Path
) -> None:
    # The shape of the hang seen in the suite: both render threads decoding (a PNG's size, an
    # SVG) while the GUI thread loads images through Qt's plugins.
    from PySide6.QtGui import QIcon, QImageReader

    widgets = []
    for number in range(12):
        path = tmp_path / (f"{number}.png" if number % 2 else f"{number}.svg")
        path.write_bytes(solid_png("#123456") if number % 2 else worst_accepted_svg())
        shown = Illustration()
        qtbot.addWidget(shown)
        shown.resize(300 + number, 200 + number)
        shown.show()
        shown.set_image(path)
        widgets.append(shown)
    icon = str(assets_dir() / "icon.svg")
    for _ in range(40):
        QIcon(icon).pixmap(64, 64)
        QImageReader(icon).size()
        for shown in widgets:
            shown.repaint()
    qtbot.waitUntil(lambda: all(shown.is_rendered for shown in widgets), timeout=60_000)


def test_an_illustration_is_an_image_with_its_alt_text(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtGui import QAccessible

    shown = Illustration()
    qtbot.addWidget(shown)
    interface = QAccessible.queryAccessibleInterface(shown)
    assert interface is not None
    assert interface.role() == QAccessible.Role.Graphic  # Qt's own would be "filler"
    assert interface.text(QAccessible.Text.Name) == "Illustration"
    assert shown.alt_text() == "No illustration"
    shown.set_image(assets_dir() / "illustrations" / "calf-stretch.svg", mirrored=True)
    assert interface.text(QAccessible.Text.Description) == "calf stretch (mirrored)"
    broken = tmp_path / "broken.svg"
    broken.write_text("<svg", encoding="utf-8")
    shown.set_image(broken)
    assert shown.alt_text().startswith("No illustration: broken.svg ")
    assert interface.text(QAccessible.Text.Description) == shown.alt_text()


@pytest.mark.parametrize(
    "attributes",
    [
        'viewBox="0 0 30 10"',
        'viewBox="0 0 1 1.5"',
        'viewBox="0 0 0.4 0.2"',
        'width="10" height="20" viewBox="0 0 3 4"',
        'width="10mm" height="20mm"',
        'width="10mm" height="20px"',
        'width="120" height="40"',
        'width="1in" height="45pt"',
        'width="3cm" height="2pc"',
        'width="100%" height="50%"',
        'width="100%" height="20mm"',
        'width="0.5" height="0.25"',
    ],
)
def test_a_pictures_proportions_are_the_svg_renderers(tmp_path: Path, attributes: str) -> None:
    """Picture.load reads an SVG through Qt's image plugin, not QSvgRenderer (whose module
    the window no longer loads; issue 16): the proportions are still the ones it draws at."""
    from PySide6.QtSvg import QSvgRenderer

    data = (
        f'<svg xmlns="http://www.w3.org/2000/svg" {attributes}><rect width="1" height="1"/></svg>'
    )
    path = tmp_path / "picture.svg"
    path.write_text(data)
    renderer = QSvgRenderer(QByteArray(data.encode()))
    box = renderer.viewBoxF()
    assert Picture.load(path).ratio == pytest.approx(box.width() / box.height())


def test_an_svg_qt_cannot_read_is_refused_with_the_reason(tmp_path: Path) -> None:
    path = tmp_path / "broken.svg"
    path.write_text('<svg xmlns="http://www.w3.org/2000/svg"><rect width="1"</svg>')
    with pytest.raises(illustration_module.ImageError, match="not a valid SVG|cannot be drawn"):
        Picture.load(path)


def test_an_svg_drawing_outside_its_viewbox_stays_in_its_box_on_paper(tmp_path: Path) -> None:
    """The handout draws SVGs as vectors: a shape far outside the viewBox must not cover the
    page around the picture (it covered a whole handout page magenta)."""
    path = tmp_path / "over.svg"
    path.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 50">'
        '<rect x="-5000" y="-5000" width="99999" height="99999" fill="#ff00ff"/></svg>'
    )
    picture = Picture.load(path)
    page = QImage(400, 400, QImage.Format.Format_ARGB32)
    page.fill(QColor("white"))
    painter = QPainter(page)
    picture.draw(painter, QRectF(100, 100, 200, 200))
    painter.end()
    assert page.pixelColor(200, 200) == QColor("#ff00ff")  # inside the picture's box
    for x, y in ((10, 10), (390, 390), (200, 120), (200, 280), (50, 200)):
        assert page.pixelColor(x, y) == QColor("white"), (x, y)  # the page around it


@pytest.mark.parametrize(
    ("language", "sentence", "clause"),
    [
        ("en", "Unable to read image data", "unable to read image data"),
        ("es", "No se puede leer", "no se puede leer"),
        (
            "de",
            "Die Bilddaten konnten nicht gelesen werden",
            "Die Bilddaten konnten nicht gelesen werden",
        ),
        ("de", "Bilddaten fehlen", "Bilddaten fehlen"),
        ("en", "PNG data is broken", "PNG data is broken"),
        ("en", "", ""),
    ],
)
def test_qts_reason_reads_after_a_colon_keeping_germans_nouns_and_capitals(
    language: str, sentence: str, clause: str
) -> None:
    from ankle_coach.core import i18n

    with i18n.using(language):  # type: ignore[arg-type]
        assert illustration_module._clause(sentence) == clause


@pytest.mark.parametrize(
    "attributes",
    [
        'viewBox="0 0 0.4 0.2"',  # Qt's image plugin takes it for 0 x 0
        'width="0.4" height="0.2"',
        'width="0.4" height="0.2" viewBox="0 0 0.4 0.2"',
        'width="100%" height="50%" viewBox="0 0 0.4 0.2"',
        'width="100%" height="50%"',  # no viewBox: Qt's is 100 x 50, its size 100 x 25
    ],
)
def test_an_svg_is_drawn_in_the_window_as_on_paper_whatever_its_size_says(
    tmp_path: Path, attributes: str
) -> None:
    """A red circle on the left half, a blue square on the right: the window's render (Qt's
    image plugin) and the handout's drawing (QSvgRenderer) hold the same colours at the same
    places, and the circle stays round."""
    unit = 100 if "%" in attributes and "viewBox" not in attributes else 0.2
    path = tmp_path / "tiny.svg"
    path.write_text(
        f'<svg xmlns="http://www.w3.org/2000/svg" {attributes}>'
        f'<circle cx="{unit / 2}" cy="{unit / 2}" r="{unit * 0.45}" fill="#ff0000"/>'
        f'<rect x="{unit}" width="{unit}" height="{unit}" fill="#0000ff"/></svg>'
        if unit == 0.2
        else f'<svg xmlns="http://www.w3.org/2000/svg" {attributes}>'
        '<circle cx="25" cy="25" r="22" fill="#ff0000"/>'
        '<rect x="50" width="50" height="50" fill="#0000ff"/></svg>'
    )
    picture = Picture.load(path)
    assert picture.ratio == pytest.approx(2.0)
    rendered = picture.render(QSize(200, 100))
    assert rendered.size() == QSize(200, 100)
    paper = QImage(200, 100, QImage.Format.Format_ARGB32)
    paper.fill(QColor("white"))
    painter = QPainter(paper)
    picture.draw(painter, QRectF(0, 0, 200, 100))
    painter.end()
    for image in (rendered, paper):
        assert image.pixelColor(50, 50) == QColor("#ff0000")  # the circle's centre
        assert image.pixelColor(150, 50) == QColor("#0000ff")  # the square
        # round (r = 45 px here): as far across as down, and not into the corners
        for x, y in ((10, 50), (90, 50), (50, 10), (50, 90)):
            assert image.pixelColor(x, y) == QColor("#ff0000"), (x, y)
        assert image.pixelColor(50 + 38, 50 + 38) != QColor("#ff0000")


def test_an_svg_under_a_pixel_with_nothing_to_size_it_by_says_so(tmp_path: Path) -> None:
    path = tmp_path / "speck.svg"
    path.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg"><circle cx="0.1" cy="0.1" r="0.05"/></svg>'
    )
    with pytest.raises(illustration_module.ImageError) as raised:
        Picture.load(path)
    assert raised.value.message == "has no width and height that can be drawn"


@pytest.mark.parametrize(
    ("ratio", "size"),
    [(2.0, (400, 300)), (10.0, (600, 200)), (0.5, (300, 400)), (10.0, (200, 200))],
)
def test_a_picture_on_its_card_keeps_its_proportions(
    qtbot: QtBot, tmp_path: Path, ratio: float, size: tuple[int, int]
) -> None:
    """The card's margin is the same on every side, so the picture inside it is fitted again:
    a circle stays round, however wide or tall the picture (a 10:1 one was drawn 60 % wider)."""
    across, down = (100 * ratio, 100) if ratio >= 1 else (100, 100 / ratio)
    path = tmp_path / "circle.svg"
    path.write_text(
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {across:g} {down:g}">'
        f'<circle cx="{across / 2:g}" cy="{down / 2:g}" r="{min(across, down) / 2 - 1:g}" '
        'fill="#ff0000"/></svg>'
    )
    widget = Illustration()
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.set_image(path)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: widget.is_rendered, timeout=10_000)
    image = widget.grab().toImage()
    red = [
        (x, y)
        for y in range(0, image.height())
        for x in range(0, image.width())
        if image.pixelColor(x, y).red() > 200 and image.pixelColor(x, y).green() < 80
    ]
    width = max(x for x, _ in red) - min(x for x, _ in red) + 1
    height = max(y for _, y in red) - min(y for _, y in red) + 1
    assert width == pytest.approx(height, rel=0.04), (width, height)
    card = min(size[0], size[1] * ratio), min(size[1], size[0] / ratio)
    assert height >= 0.6 * min(card)  # a low card's margin does not eat the picture
