"""WindowFrame: what the session host and the sharing operations see of the main window."""

from __future__ import annotations

import base64
import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QDataStream, QEvent, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QSizePolicy
from pytestqt.qtbot import QtBot

from ankle_coach.core.paths import Paths
from ankle_coach.core.window_state import Rect, WindowState, save_window_state
from ankle_coach.ui import frame as frame_module
from ankle_coach.ui.frame import WindowFrame
from tests.gui.ui.window_rig import Rig, close_windows  # noqa: F401 - the rig's fixture

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


def test_tell_says_it_in_the_status_bar_and_a_plain_text_notice(qtbot: QtBot) -> None:
    frame = WindowFrame()
    qtbot.addWidget(frame)
    frame.show()
    box = frame.tell("Your history cannot be saved now", "<b>locked</b> by another program")
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.textFormat() == Qt.TextFormat.PlainText  # text from files is never rich text
    assert box.text() == "<b>locked</b> by another program"
    assert frame.statusBar().currentMessage() == "<b>locked</b> by another program"
    box.close()


@pytest.mark.parametrize("part", ["actions_", "overview", "session_view", "pages", "check_ins"])
def test_the_pages_are_the_main_windows_to_build(qtbot: QtBot, part: str) -> None:
    frame = WindowFrame()
    qtbot.addWidget(frame)
    with pytest.raises(NotImplementedError):
        getattr(frame, part)
    with pytest.raises(NotImplementedError):
        frame.reload_library()


def test_the_main_window_is_a_frame() -> None:
    from ankle_coach.ui.main_window import MainWindow

    assert issubclass(MainWindow, WindowFrame)


# -- the window's place on the screens there are now ---------------------------------------------


def saved_geometry(
    frame: QRect, *, screen_width: int = 2560, screen: int = 0, maximized: bool = False
) -> str:
    """What QWidget.saveGeometry writes (format 3.0) for a window at `frame` on a screen
    `screen_width` wide, in base64 as window.toml keeps it: built here, not copied from a file."""
    data = QByteArray()
    stream = QDataStream(data, QIODevice.OpenModeFlag.WriteOnly)
    stream.setVersion(QDataStream.Version.Qt_4_0)
    inner = frame.adjusted(0, 24, 0, 0)  # below a title bar
    stream.writeUInt32(0x1D9D0CB)  # the magic number
    stream.writeUInt16(3)
    stream.writeUInt16(0)
    stream << frame << inner
    stream.writeInt32(screen)
    stream.writeUInt8(2 if maximized else 0)  # Qt::WindowMaximized
    stream.writeUInt8(0)  # not full screen
    stream.writeInt32(screen_width)
    stream << inner
    return bytes(data.toBase64().data()).decode("ascii")


def within(inner: QRect, outer: QRect) -> bool:
    return outer.contains(inner)


@pytest.mark.parametrize(
    "frame",
    [
        QRect(1800, 1000, 700, 380),  # the far corner of a 2560x1440 screen
        QRect(0, 0, 2560, 1400),  # all of it
        QRect(2600, 100, 1280, 800),  # on a second monitor that has gone
        QRect(-1500, -300, 1200, 700),  # one to the left, higher, gone too
    ],
)
def test_a_place_from_a_bigger_screen_or_a_gone_monitor_opens_wholly_on_this_one(
    qtbot: QtBot, user_home: Path, frame: QRect
) -> None:
    paths = Paths.under(user_home)
    save_window_state(WindowState(geometry=saved_geometry(frame)), paths)
    rig = Rig(qtbot, user_home, resize=False)  # as the app starts: MainWindow reads window.toml
    window = rig.window
    room = window.screen().availableGeometry()
    assert within(window.frameGeometry(), room), (window.frameGeometry(), room)
    assert window.width() >= min(frame.width(), 700) - 30  # not shrunk below what fits


def test_a_maximised_window_is_restored_maximised_and_returns_to_a_place_that_fits(
    qtbot: QtBot, user_home: Path
) -> None:
    paths = Paths.under(user_home)
    geometry = saved_geometry(QRect(1700, 900, 2000, 1200), maximized=True)
    save_window_state(WindowState(geometry=geometry), paths)
    rig = Rig(qtbot, user_home, resize=False)
    assert rig.window.isMaximized()
    room = rig.window.screen().availableGeometry()
    assert within(rig.window.normalGeometry(), room), rig.window.normalGeometry()


@pytest.mark.parametrize("geometry", ["", base64.b64encode(b"not a geometry").decode("ascii")])
def test_the_first_launch_or_an_unreadable_place_is_the_first_size_in_the_middle(
    qtbot: QtBot, geometry: str
) -> None:
    frame = WindowFrame()
    qtbot.addWidget(frame)
    frame.restore_place(geometry, QSize(1280, 800))
    room = QGuiApplication.primaryScreen().availableGeometry()  # 1920x1080 (tests/conftest.py)
    assert frame.size() == QSize(1280, 800)
    assert frame.geometry().center() == room.center()


@pytest.mark.parametrize(
    ("screens", "expected"),
    [  # each screen's available area -> where the window goes
        ([Rect(0, 0, 1024, 600)], QRect(0, 24, 1024, 576)),
        ([Rect(0, 0, 1366, 740)], QRect(86, 24, 1280, 716)),
        ([Rect(0, 27, 1024, 573)], QRect(0, 51, 1024, 549)),  # a top panel
    ],
)
def test_the_first_size_is_cut_to_a_small_screen_title_bar_and_all(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, screens: list[Rect], expected: QRect
) -> None:
    monkeypatch.setattr(frame_module, "available_areas", lambda: screens)
    frame = WindowFrame()
    qtbot.addWidget(frame)
    frame.setGeometry(QRect(320, 140, 1280, 800))  # centred on 1920x1080: the first size
    frame.fit_on_screen()  # the title bar (24 px in the tests' style) is kept on the screen
    assert frame.geometry() == expected


def test_the_window_keeps_its_least_size_where_the_screen_has_room(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(frame_module, "available_areas", lambda: [Rect(0, 0, 1024, 600)])
    frame = WindowFrame()
    qtbot.addWidget(frame)
    frame.setMinimumSize(800, 500)
    frame.setGeometry(QRect(900, 550, 300, 200))
    frame.fit_on_screen()
    assert frame.geometry() == QRect(224, 100, 800, 500)


def test_the_screens_are_listed_primary_first() -> None:
    primary = QGuiApplication.primaryScreen().availableGeometry()
    areas = frame_module.available_areas()
    assert areas[0] == Rect(primary.x(), primary.y(), primary.width(), primary.height())
    assert len(areas) == len(QGuiApplication.screens())


def test_only_the_page_shown_holds_the_window_open(qtbot: QtBot, user_home: Path) -> None:
    rig = Rig(qtbot, user_home)
    window = rig.window
    ignored = QSizePolicy.Policy.Ignored
    assert window.pages.currentWidget() is window.overview
    assert window.overview.sizePolicy().horizontalPolicy() is not ignored
    assert window.session_view.sizePolicy().horizontalPolicy() is ignored
    rig.start()  # the session view shown: its own policy back, the overview's ignored
    assert window.session_view.sizePolicy().horizontalPolicy() is not ignored
    assert window.overview.sizePolicy().horizontalPolicy() is ignored


@pytest.mark.usefixtures("app_look")
def test_larger_text_that_grows_the_window_past_the_screen_is_fitted_again(
    qtbot: QtBot, user_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    netbook = Rect(0, 0, 1024, 600)
    monkeypatch.setattr(frame_module, "available_areas", lambda: [netbook])
    rig = Rig(qtbot, user_home, resize=False)
    window = rig.window
    window.setGeometry(QRect(0, 24, 1024, 576))
    window.resize(1300, 700)  # as a larger text would: past the screen's edge
    window.apply_settings(dataclasses.replace(window.settings, text_size=2.0))
    screen = QRect(netbook.x, netbook.y, netbook.width, netbook.height)
    qtbot.waitUntil(lambda: within(window.frameGeometry(), screen))
    qtbot.waitUntil(lambda: not window._refit_pending)  # the fits asked for are done
    window.move(-200, 24)  # put half off the screen by the user: a new word leaves it there
    window.session_view.show_notice("a notice")
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    QApplication.processEvents()
    assert window.x() == -200


@pytest.mark.parametrize("size", [1.0, 1.5, 2.0], ids=["100%", "150%", "200%"])
@pytest.mark.parametrize("theme", ["light", "high-contrast"])
def test_a_1024_px_window_opens_without_the_sidebar_and_the_page_has_the_room(
    qtbot: QtBot, user_home: Path, size: float, theme: str
) -> None:
    from PySide6.QtGui import QFont

    from ankle_coach.ui.theme import apply_theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette, base = app.palette(), QFont(app.font())
    rig = Rig(qtbot, user_home, resize=False)
    window = rig.window
    try:
        apply_theme(app, theme, size, base)
        window.resize(1024, 570)  # a 1024 x 600 screen less the title bar
        qtbot.waitUntil(lambda: window.width() == 1024)
        window.guidance_dock.setVisible(window.sidebar_starts_shown(True))
        assert not window.guidance_dock.isVisible() and window.sidebar_hidden_for_room
        qtbot.waitUntil(lambda: window.overview.width() >= 480)
        assert window.sidebar_to_save(False)  # hidden for the room only: shown on a wider one
        window.resize(1280, 800)
        qtbot.waitUntil(lambda: window.width() == 1280)
        assert window.sidebar_starts_shown(True) and not window.sidebar_hidden_for_room
        assert not window.sidebar_starts_shown(False) and not window.sidebar_to_save(False)
    finally:
        app.setPalette(palette)
        app.setFont(base)
