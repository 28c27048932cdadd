"""The main window built in two steps, as the app starts it: the frame, then the rest."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QSplitter
from pytestqt.qtbot import QtBot

from ankle_coach.core.clock import FakeClock
from ankle_coach.core.paths import Paths
from ankle_coach.core.settings import load_settings
from ankle_coach.core.window_state import DOCK_SEPARATOR, load_window_state, save_window_state
from ankle_coach.speech import CueCache, RecordingRenderer
from ankle_coach.ui.main_window import AppContext, MainWindow

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


@pytest.fixture
def context(user_home: Path) -> AppContext:
    paths = Paths.under(user_home)
    settings, message = load_settings(paths)
    return AppContext(
        paths=paths,
        settings=settings,
        clock=FakeClock(),
        renderer=RecordingRenderer(CueCache(paths.cache / "cues")),
        audio_problem=lambda: None,
        settings_message=message,
    )


@pytest.fixture
def staged(qtbot: QtBot, context: AppContext) -> Iterator[MainWindow]:
    window = MainWindow(context, staged=True)
    yield window
    window.close()
    window.deleteLater()


def test_the_frame_comes_first_and_the_rest_after_its_first_picture(
    qtbot: QtBot, staged: MainWindow
) -> None:
    assert not staged.is_built
    assert staged.menuBar().actions()  # the menus are there from the start
    assert not isinstance(staged.centralWidget(), QSplitter)
    with qtbot.waitSignal(staged.built, timeout=5000):
        staged.show()
    assert staged.is_built
    assert staged.centralWidget() is staged.splitter
    assert staged.library.entries  # the built-in routines are listed
    assert staged.overview.entry is not None  # and the first one shown
    assert staged.session_menu.actions()  # Space, arrows and the rest work now
    assert staged.guidance_dock.widget() is staged.guidance
    # the keys go to the list, not to the first button of the sidebar
    staged.activateWindow()
    qtbot.waitUntil(staged.isActiveWindow)
    assert QApplication.focusWidget() is staged.library_view.list


def test_what_needs_the_second_step_before_it_ran_builds_it_at_once(
    staged: MainWindow,
) -> None:
    assert not staged.is_built
    view = staged.session_view  # the controller, the presenter and tests reach for it
    assert staged.is_built
    assert staged.pages.indexOf(view) >= 0
    assert staged.guidance_dock.widget() is staged.guidance


def test_a_menu_command_in_the_moment_before_the_second_step_works(
    staged: MainWindow, tmp_path: Path
) -> None:
    reload = next(
        action
        for menu in staged.menuBar().findChildren(QMenu)
        for action in menu.actions()
        if action.text() == "&Reload routines"
    )
    reload.trigger()
    assert staged.is_built
    assert staged.library.entries


def test_files_given_on_the_command_line_are_opened_before_the_second_step_ran(
    staged: MainWindow, tmp_path: Path
) -> None:
    routine = tmp_path / "mine.toml"
    routine.write_text(
        'format = 1\ntitle = "Mine"\n\n[[exercises]]\nname = "Circles"\n'
        'instructions = "Draw circles."\nhold_seconds = 10\n',
        encoding="utf-8",
    )
    staged.open_paths([routine])  # what run_app does right after show()
    assert staged.is_built
    assert staged.overview.entry is not None and staged.overview.entry.routine.title == "Mine"


def test_a_key_pressed_before_the_second_step_is_not_lost(qtbot: QtBot, staged: MainWindow) -> None:
    staged.show()  # its first picture would build the rest in the next turn: not yet
    assert not staged.is_built
    QTest.keyClick(staged, Qt.Key.Key_Down)
    assert staged.is_built
    assert staged.library_view.hasFocus() or staged.isActiveWindow() is False
    first, second = staged.library.entries[:2]
    assert staged.overview.entry is not None
    assert staged.overview.entry.id == second.id != first.id


def test_building_twice_changes_nothing(qtbot: QtBot, staged: MainWindow) -> None:
    staged.finish_building()
    panel, view = staged.guidance, staged.session_view
    staged.finish_building()
    assert (staged.guidance, staged.session_view) == (panel, view)
    assert staged.session_menu.actions() == staged.actions_.all


def _start(qtbot: QtBot, context: AppContext) -> MainWindow:
    """The window as `ankle-coach` starts it (ui/app.py): staged, shown, then built."""
    window = MainWindow(context, staged=True)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.built, timeout=5000):
        window.show()
    return window


def _sidebar_is(window: MainWindow, width: int) -> bool:
    return abs(window.guidance_dock.width() - width) <= 4


def _room(window: MainWindow) -> tuple[int, int]:
    """The sidebar's width and the middle's (the library and the page)."""
    return window.guidance_dock.width(), window.splitter.width()


@pytest.mark.parametrize("sidebar", [360, 470])
def test_a_restarted_window_looks_like_the_one_that_was_closed(
    qtbot: QtBot, context: AppContext, sidebar: int
) -> None:
    """The sidebar took 850 of 1280 px after every restart (the middle is built after Qt
    applied the saved state, and its room went to the sidebar); now it keeps its width."""
    first = _start(qtbot, context)
    first.setGeometry(40, 40, 1280, 700)  # as on a 1366 x 768 screen
    first.resizeDocks([first.guidance_dock], [sidebar], Qt.Orientation.Horizontal)
    qtbot.waitUntil(lambda: abs(first.guidance_dock.width() - sidebar) <= 2)
    left = _room(first)
    first.close()
    assert load_window_state(context.paths).sidebar_width == left[0]

    for _restart in range(2):  # and the restart after that: nothing creeps
        again = _start(qtbot, context)
        qtbot.waitUntil(partial(_sidebar_is, again, left[0]))
        QApplication.processEvents()  # the layouts after that change nothing
        width, middle = _room(again)
        assert abs(width - left[0]) <= 4 and abs(middle - left[1]) <= 4, (left, (width, middle))
        again.close()


def test_a_saved_sidebar_too_wide_for_the_window_leaves_the_middle_its_room(
    qtbot: QtBot, context: AppContext
) -> None:
    """An old window file (no width: the size hint) or one saved with a sidebar wider than the
    window has room for: the sidebar gets its share, the middle keeps its least width."""
    first = _start(qtbot, context)
    first.setGeometry(40, 40, 1280, 700)
    first.close()
    kept = load_window_state(context.paths)
    save_window_state(dataclasses.replace(kept, sidebar_width=1200), context.paths)
    again = _start(qtbot, context)
    least = again.splitter.minimumSizeHint().width()
    qtbot.waitUntil(lambda: again.guidance_dock.width() < 1000)
    assert again.splitter.width() >= least
    assert again.guidance_dock.width() <= 1280 - least - DOCK_SEPARATOR
    again.close()

    save_window_state(dataclasses.replace(kept, sidebar_width=0), context.paths)
    old = _start(qtbot, context)
    hint = old.guidance_dock.sizeHint().width()
    qtbot.waitUntil(lambda: abs(old.guidance_dock.width() - hint) <= 4)
    old.close()
