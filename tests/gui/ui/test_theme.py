"""Themes as seen: every check box and radio button, card frame, field, button and scroll bar
handle is outlined clearly in every theme (WCAG non-text contrast, 3:1), measured from the
rendered pixels; every text reads at 4.5:1; headings follow the text size."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFrame,
    QLabel,
    QLineEdit,
    QMenu,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollBar,
    QSpinBox,
    QStyle,
    QStyleOptionButton,
    QStyleOptionSlider,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ankle_coach.ui.theme import (
    HEADING_SCALES,
    NOTE_SCALE,
    THEMES,
    apply_theme,
    boundary_colour,
    contrast_ratio,
    phase_colours,
    readable_on,
    readable_palette,
    set_type_scale,
)


def luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.red())
        + 0.7152 * channel(colour.green())
        + 0.0722 * channel(colour.blue())
    )


def contrast(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.fixture
def app_theme(qapp: QApplication) -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette, font = app.palette(), app.font()
    yield
    app.setPalette(palette)
    app.setFont(font)


def outline_contrast(image: QImage, left: int, top: int, size: int) -> tuple[float, float]:
    """(outline against the window around it, outline against the box's own fill)."""
    outside = image.pixelColor(left - 2, top + size // 2)
    inside = image.pixelColor(left + size // 2, top + size // 2)
    ring = [image.pixelColor(left + 1, top + y) for y in range(2, size - 2)]
    ring += [image.pixelColor(left + x, top + 1) for x in range(2, size - 2)]
    best = max(ring, key=lambda c: min(contrast(c, outside), contrast(c, inside)))
    return contrast(best, outside), contrast(best, inside)


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("kind", [QCheckBox, QRadioButton])
def test_unticked_indicators_stand_out_in_every_theme(
    qtbot: QtBot, app_theme: None, theme: str, kind: type[QCheckBox] | type[QRadioButton]
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, theme, 1.0, app.font())
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(20, 20, 20, 20)
    box = kind("Swelling")
    layout.addWidget(box)
    holder.resize(240, 80)
    holder.show()
    qtbot.waitExposed(holder)
    option = QStyleOptionButton()
    box.initStyleOption(option)
    element = (
        QStyle.SubElement.SE_CheckBoxIndicator
        if kind is QCheckBox
        else QStyle.SubElement.SE_RadioButtonIndicator
    )
    rect = box.style().subElementRect(element, option, box)
    image = holder.grab().toImage()
    origin = box.mapTo(holder, rect.topLeft())
    size = min(rect.width(), rect.height())
    if kind is QRadioButton:  # a circle: measure across its left edge at mid height
        middle = origin.y() + size // 2
        row = [image.pixelColor(origin.x() + x, middle) for x in range(0, size // 2)]
        outside = image.pixelColor(origin.x() - 2, middle)
        inside = image.pixelColor(origin.x() + size // 2, middle)
        best = max(row, key=lambda c: min(contrast(c, outside), contrast(c, inside)))
        against_window, against_fill = contrast(best, outside), contrast(best, inside)
    else:
        against_window, against_fill = outline_contrast(image, origin.x(), origin.y(), size)
    assert against_window >= 3.0, (theme, against_window)
    assert against_fill >= 3.0, (theme, against_fill)


# -- text contrast, computed from each theme's palette (WCAG 2, level AA) -------------------------

#: Each text the app draws, as (what it is, its colour role, the grounds it is drawn on).
_GROUNDS = (
    QPalette.ColorRole.Window,
    QPalette.ColorRole.Base,
    QPalette.ColorRole.AlternateBase,
    QPalette.ColorRole.Button,
)
TEXTS = [
    ("body text", QPalette.ColorRole.WindowText, _GROUNDS),
    ("headings", QPalette.ColorRole.WindowText, _GROUNDS),
    ("text in fields and lists", QPalette.ColorRole.Text, (QPalette.ColorRole.Base,)),
    ("button labels", QPalette.ColorRole.ButtonText, (QPalette.ColorRole.Button,)),
    ("notes (the app's own cautious advice)", QPalette.ColorRole.PlaceholderText, _GROUNDS),
    ("chosen items", QPalette.ColorRole.HighlightedText, (QPalette.ColorRole.Highlight,)),
    ("tooltips", QPalette.ColorRole.ToolTipText, (QPalette.ColorRole.ToolTipBase,)),
]


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize(("what", "role", "grounds"), TEXTS, ids=[t[0] for t in TEXTS])
def test_every_text_reads_at_4_5_to_1_in_every_theme(
    app_theme: None,
    theme: str,
    what: str,
    role: QPalette.ColorRole,
    grounds: tuple[QPalette.ColorRole, ...],
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, theme, 1.0, app.font())
    palette = app.palette()
    colour = palette.color(role)
    assert colour.alpha() == 255, f"{what} is see-through in the {theme} theme"
    ratios = {g.name: round(contrast(colour, palette.color(g)), 2) for g in grounds}
    assert min(ratios.values()) >= 4.5, (theme, what, colour.name(), ratios)


def test_the_contrast_helpers_agree_with_the_wcag_formula() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#777777") == pytest.approx(1.0)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # WCAG's grey
    assert contrast_ratio(QColor("#1864ab"), "#e7f1fb") == pytest.approx(
        contrast(QColor("#1864ab"), QColor("#e7f1fb")), abs=0.01
    )


@pytest.mark.parametrize("ground", ["#ffffff", "#74b816", "#e67700", "#1864ab", "#8f1d1d", "#000"])
def test_readable_on_picks_the_colour_that_reads(ground: str) -> None:
    assert contrast_ratio(readable_on(ground), ground) >= 4.5


def test_a_platform_palette_with_faint_notes_gets_readable_ones() -> None:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#efefef"),
        (QPalette.ColorRole.Base, "#ffffff"),
        (QPalette.ColorRole.AlternateBase, "#f7f7f7"),
        (QPalette.ColorRole.Button, "#efefef"),
        (QPalette.ColorRole.WindowText, "#000000"),
    ):
        palette.setColor(role, QColor(colour))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor(0, 0, 0, 128))  # Fusion's way
    note = readable_palette(palette).color(QPalette.ColorRole.PlaceholderText)
    grounds = [palette.color(role) for role in _GROUNDS]
    assert note.alpha() == 255
    assert min(contrast(note, ground) for ground in grounds) >= 4.5
    assert note != QColor("#000000")  # still quieter than body text


@pytest.mark.parametrize("theme", ["light", "dark", "high-contrast"])
def test_phase_colours_read_on_their_tint(theme: str) -> None:
    for kind in ("get-ready", "work", "rest", "switch", "manual", "done"):
        colours = phase_colours(kind, theme)
        assert contrast_ratio(colours.strong, colours.tint) >= 4.5, (theme, kind)


# -- type follows the text size ----------------------------------------------------------------


@pytest.mark.parametrize("text_size", [1.0, 2.0])
def test_headings_follow_the_text_size_and_stay_larger_than_body_text(
    qtbot: QtBot, app_theme: None, text_size: float
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    base = QFont(app.font())
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    body = QLabel("Body")
    headings = {level: QLabel(f"Heading {level}") for level in HEADING_SCALES}
    note = QLabel("Note")
    for level, label in headings.items():
        set_type_scale(label, HEADING_SCALES[level], bold=True)
        layout.addWidget(label)
    set_type_scale(note, NOTE_SCALE)
    layout.addWidget(body)
    layout.addWidget(note)
    holder.show()
    apply_theme(app, "light", text_size, base)
    sizes = [headings[level].font().pointSizeF() for level in sorted(headings)]
    assert body.font().pointSizeF() == pytest.approx(base.pointSizeF() * text_size)
    assert sizes == sorted(sizes, reverse=True)
    assert sizes[-1] > body.font().pointSizeF() > note.font().pointSizeF()
    assert sizes[0] == pytest.approx(base.pointSizeF() * text_size * HEADING_SCALES[1])
    # Restore defaults: nothing stays at the large size.
    apply_theme(app, "light", 1.0, base)
    assert headings[1].font().pointSizeF() == pytest.approx(base.pointSizeF() * HEADING_SCALES[1])
    assert headings[1].font().bold()


@pytest.mark.parametrize("text_size", [1.0, 2.0, 1.0])
def test_the_routine_overviews_headings_follow_the_text_size(
    qtbot: QtBot, app_theme: None, text_size: float
) -> None:
    from ankle_coach.core.library import load_library
    from ankle_coach.core.paths import Paths
    from ankle_coach.ui.library.overview import OverviewPage

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    base = QFont(app.font())
    page = OverviewPage()
    qtbot.addWidget(page)
    entry = next(iter(load_library(Paths.under(Path("/nonexistent"))).entries))
    page.show_entry(entry)
    page.resize(900, 700)  # room for every word of the title at its full size
    page.show()
    apply_theme(app, "dark", 2.0, base)
    apply_theme(app, "dark", text_size, base)  # 1.0 after 2.0: Restore defaults
    body = base.pointSizeF() * text_size
    title = page.findChild(QLabel, "title")
    names = page.findChildren(QLabel, "exerciseName")
    assert title is not None and names
    assert title.font().pointSizeF() == pytest.approx(body * 1.8)
    assert all(name.font().pointSizeF() > body for name in names)


# -- boundaries a user needs (WCAG 2.1 non-text contrast, 3:1) -------------------------------------


@pytest.mark.parametrize("theme", THEMES)
def test_the_boundary_colour_stands_out_on_every_ground(app_theme: None, theme: str) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, theme, 1.0, app.font())
    palette = app.palette()
    colour = boundary_colour(palette)
    ratios = {g.name: round(contrast(colour, palette.color(g)), 2) for g in _GROUNDS}
    least = 7.0 if theme == "high-contrast" else 3.0
    assert min(ratios.values()) >= least, (theme, colour.name(), ratios)
    # still quieter than the text, so a frame does not shout
    text = palette.color(QPalette.ColorRole.WindowText)
    window = palette.color(QPalette.ColorRole.Window)
    assert contrast(colour, window) < contrast(text, window)


def _edge_contrast(image: QImage, x: int, y: int) -> tuple[float, float]:
    """The boundary crossing row y at the right edge x (give or take a pixel), away from any
    text in the widget: (against the ground outside it, against the ground inside it)."""
    outside = image.pixelColor(x + 5, y)
    inside = image.pixelColor(x - 6, y)
    line = [image.pixelColor(x + dx, y) for dx in (-2, -1, 0, 1)]
    best = max(line, key=lambda c: min(contrast(c, outside), contrast(c, inside)))
    return contrast(best, outside), contrast(best, inside)


@pytest.mark.parametrize("theme", THEMES)
def test_cards_fields_buttons_and_the_scroll_bar_handle_stand_out(
    qtbot: QtBot, app_theme: None, theme: str
) -> None:
    """Measured from the pixels as drawn: a card's frame (a StyledPanel QFrame, as the
    routine's exercise cards and History's number cards), the search box's border, a button's
    outline, and the scroll bar's handle against its groove, each at 3:1 or more."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, theme, 1.0, app.font())
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(20, 20, 20, 20)
    card = QFrame()
    card.setFrameShape(QFrame.Shape.StyledPanel)
    card.setMinimumHeight(40)
    search = QLineEdit()
    search.setPlaceholderText("Search routines")
    button = QPushButton("Start")
    bar = QScrollBar(Qt.Orientation.Horizontal)
    bar.setRange(0, 100)
    bar.setPageStep(20)
    bar.setValue(0)
    for widget in (card, search, button, bar):
        widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the focus frame is another matter
        layout.addWidget(widget)
    holder.resize(320, 220)
    holder.show()
    qtbot.waitExposed(holder)
    image = holder.grab().toImage()
    for what, widget in (("card", card), ("search box", search), ("button", button)):
        middle = widget.mapTo(holder, widget.rect().center())
        right = widget.mapTo(holder, widget.rect().topRight()).x()
        against_outside, against_inside = _edge_contrast(image, right, middle.y())
        assert against_outside >= 3.0, (theme, what, "outside", against_outside)
        if what != "button":  # a button's face is its own, lighter than its ground
            assert against_inside >= 3.0, (theme, what, "inside", against_inside)
    option = QStyleOptionSlider()
    bar.initStyleOption(option)
    handle = bar.style().subControlRect(
        QStyle.ComplexControl.CC_ScrollBar, option, QStyle.SubControl.SC_ScrollBarSlider, bar
    )
    assert handle.width() > 10
    y = bar.mapTo(holder, handle.center()).y()
    on_handle = image.pixelColor(bar.mapTo(holder, handle.center()).x(), y)
    groove_x = bar.mapTo(holder, handle.topRight()).x() + (bar.width() - handle.right()) // 2
    groove = image.pixelColor(groove_x, y)
    assert contrast(on_handle, groove) >= 3.0, (theme, on_handle.name(), groove.name())


@pytest.mark.parametrize("theme", THEMES)
def test_a_menus_edge_stands_out_on_the_window_it_opens_over(
    qtbot: QtBot, app_theme: None, theme: str
) -> None:
    """A menu is a popup without a window frame: its edge is all that parts it from the page
    under it (the window's colour), in high contrast black on black before."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, theme, 1.0, app.font())
    menu = QMenu()
    qtbot.addWidget(menu)
    for words in ("History", "Pain check-in…", "Guidance sidebar"):
        menu.addAction(words)
    menu.adjustSize()
    image = menu.grab().toImage()  # drawn as it would be, without a popup grabbing the keys
    window = app.palette().color(QPalette.ColorRole.Window)
    middle = image.height() // 2
    edges = {
        "left": image.pixelColor(0, middle),
        "right": image.pixelColor(image.width() - 1, middle),
        "top": image.pixelColor(image.width() // 2, 0),
        "bottom": image.pixelColor(image.width() // 2, image.height() - 1),
    }
    ratios = {side: round(contrast(colour, window), 2) for side, colour in edges.items()}
    assert min(ratios.values()) >= 3.0, (theme, ratios)


@pytest.mark.parametrize("theme", THEMES)
def test_a_progress_bars_track_stands_out(qtbot: QtBot, app_theme: None, theme: str) -> None:
    """The session's progress bar at its start: the track shows how far there is to go."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, theme, 1.0, app.font())
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(20, 20, 20, 20)
    bar = QProgressBar()
    bar.setRange(0, 1000)
    bar.setValue(0)
    bar.setTextVisible(False)
    bar.setFixedHeight(10)
    layout.addWidget(bar)
    holder.resize(300, 60)
    holder.show()
    qtbot.waitExposed(holder)
    image = holder.grab().toImage()
    right = bar.mapTo(holder, bar.rect().topRight()).x()
    middle = bar.mapTo(holder, bar.rect().center()).y()
    against_outside, _ = _edge_contrast(image, right, middle)
    assert against_outside >= 3.0, (theme, against_outside)


# -- check boxes and radio buttons grow with the text --------------------------------------------


@pytest.mark.parametrize("kind", [QCheckBox, QRadioButton])
def test_indicators_grow_with_the_text_size(qtbot: QtBot, app_theme: None, kind: type) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    base = QFont(app.font())
    metrics = (
        (QStyle.PixelMetric.PM_IndicatorWidth, QStyle.PixelMetric.PM_IndicatorHeight)
        if kind is QCheckBox
        else (
            QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
            QStyle.PixelMetric.PM_ExclusiveIndicatorHeight,
        )
    )
    sizes: dict[float, list[int]] = {}
    for text_size in (1.0, 2.0, 1.0):
        apply_theme(app, "light", text_size, base)
        box = kind("Mute the voice")
        qtbot.addWidget(box)
        box.show()
        sizes[text_size] = [box.style().pixelMetric(m, None, box) for m in metrics]
        line = box.fontMetrics().height()
        # the box is as tall as most of a line of its text, at every size
        assert all(size >= 0.6 * line for size in sizes[text_size]), (text_size, line)
        assert box.sizeHint().height() >= sizes[text_size][1]
    assert all(big >= 1.8 * small for big, small in zip(sizes[2.0], sizes[1.0], strict=True))


@pytest.mark.parametrize("theme", THEMES)
def test_a_spin_boxs_edge_stands_out(qtbot: QtBot, app_theme: None, theme: str) -> None:
    """The editor's and Settings' number fields: Fusion drew their edge black on black in the
    high-contrast theme. Measured at the left edge (the number is at the right)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, theme, 1.0, app.font())
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(20, 20, 20, 20)
    box = QSpinBox()
    box.setAlignment(Qt.AlignmentFlag.AlignRight)
    box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    box.setMinimumWidth(160)
    layout.addWidget(box)
    holder.resize(240, 100)
    holder.show()
    qtbot.waitExposed(holder)
    image = holder.grab().toImage()
    left = box.mapTo(holder, box.rect().topLeft()).x()
    y = box.mapTo(holder, box.rect().center()).y()
    outside, inside = image.pixelColor(left - 5, y), image.pixelColor(left + 6, y)
    line = [image.pixelColor(left + dx, y) for dx in (-1, 0, 1, 2)]
    best = max(line, key=lambda c: min(contrast(c, outside), contrast(c, inside)))
    assert contrast(best, outside) >= 3.0, (theme, best.name(), outside.name())
    assert contrast(best, inside) >= 3.0, (theme, best.name(), inside.name())
