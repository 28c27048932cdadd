"""The session's room: in a narrow window (1024x600 at 200 % text) the guidance sidebar is
collapsed while a session runs and comes back after it, unless the user opened it meanwhile;
on a big screen (1920x1080) it stays."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from ankle_coach.core.paths import Paths
from ankle_coach.core.session import Phase
from ankle_coach.core.settings import load_settings
from ankle_coach.ui.session.room import SESSION_ROOM, SessionRoom
from tests.gui.ui.window_rig import Rig, close_windows

__all__ = ["close_windows"]  # fixtures

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


def rig_at(qtbot: QtBot, home: Path, width: int, height: int) -> Rig:
    """The window at `width` x `height`, with 200 % text and the sidebar shown, as on a
    netbook or a big screen."""
    settings, _ = load_settings(Paths.under(home))
    settings = dataclasses.replace(settings, text_size=2.0, ask_pain_check_in=False)
    rig = Rig(qtbot, home, settings, resize=False)
    rig.window.resize(width, height)
    rig.window.guidance_dock.show()
    qtbot.waitUntil(lambda: rig.window.width() == width and rig.window.guidance_dock.isVisible())
    return rig


def room_of(rig: Rig) -> SessionRoom:
    room = rig.window.findChild(SessionRoom)
    assert room is not None
    return room


def stop(rig: Rig) -> None:
    rig.window.stop_session(ask=False)
    rig.qtbot.waitUntil(lambda: rig.window.controller is None)


def test_a_narrow_window_gives_the_session_the_sidebars_room(qtbot: QtBot, user_home: Path) -> None:
    rig = rig_at(qtbot, user_home, 1024, 600)
    dock = rig.window.guidance_dock
    assert room_of(rig).session_room() < SESSION_ROOM  # about half of it went to the sidebar
    before = rig.window.session_view.width()
    rig.start()
    qtbot.waitUntil(lambda: not dock.isVisible())
    assert room_of(rig).collapsed()
    button = room_of(rig).button
    assert button is not None and button.isVisible()
    assert button.text() == "Show guidance (Ctrl+G)"
    qtbot.waitUntil(lambda: rig.window.session_view.width() > before + 200)
    assert rig.window.session_view.width() >= SESSION_ROOM
    stop(rig)
    qtbot.waitUntil(dock.isVisible)  # back after the session
    assert not room_of(rig).collapsed()
    assert not button.isVisible()
    # The button brings it back during a session.
    rig.start()
    qtbot.waitUntil(lambda: not dock.isVisible())
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dock.isVisible)
    assert not button.isVisible()


def test_a_big_screen_keeps_the_sidebar(qtbot: QtBot, user_home: Path) -> None:
    rig = rig_at(qtbot, user_home, 1920, 1080)
    dock = rig.window.guidance_dock
    rig.start()
    assert dock.isVisible()
    assert not room_of(rig).collapsed()
    assert room_of(rig).button is None
    stop(rig)
    assert dock.isVisible()


def test_the_sidebar_is_one_key_away_and_a_users_choice_is_kept(
    qtbot: QtBot, user_home: Path
) -> None:
    rig = rig_at(qtbot, user_home, 1024, 600)
    dock = rig.window.guidance_dock
    rig.start()
    qtbot.waitUntil(lambda: not dock.isVisible())
    QTest.keyClick(rig.window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(dock.isVisible)  # opened by the user during the session
    rig.advance(3)
    assert dock.isVisible()
    stop(rig)
    assert dock.isVisible()
    # Opened and closed again during a session: it stays closed after it.
    rig.start()
    qtbot.waitUntil(lambda: not dock.isVisible())
    QTest.keyClick(rig.window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(dock.isVisible)
    QTest.keyClick(rig.window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dock.isVisible())
    stop(rig)
    assert not dock.isVisible()


def test_a_sidebar_closed_before_the_session_stays_closed(qtbot: QtBot, user_home: Path) -> None:
    rig = rig_at(qtbot, user_home, 1024, 600)
    dock = rig.window.guidance_dock
    dock.hide()
    rig.start()
    assert not room_of(rig).collapsed()
    stop(rig)
    assert not dock.isVisible()


def test_the_sidebar_comes_back_when_the_routine_is_finished(qtbot: QtBot, user_home: Path) -> None:
    rig = rig_at(qtbot, user_home, 1024, 600)
    dock = rig.window.guidance_dock
    rig.start("calf-raises")
    qtbot.waitUntil(lambda: not dock.isVisible())
    rig.advance(60 * 60)
    qtbot.waitUntil(lambda: rig.phase() is Phase.FINISHED)
    qtbot.waitUntil(dock.isVisible)
    stop(rig)  # the finished session's view closes: nothing more changes
    assert dock.isVisible()
