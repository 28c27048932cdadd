"""The main window by keyboard alone: which key does what where (ui/keys.py's rule in the real
window), Tab and Ctrl+Tab through the pages, and Esc pausing while it asks."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QMessageBox,
    QPushButton,
    QToolButton,
    QWidget,
)

from ankle_coach.core.history import CheckIn
from ankle_coach.core.ice_timer import IcePhase
from ankle_coach.core.session import Phase
from tests.gui.ui.window_rig import Rig, close_windows, rig

__all__ = ["close_windows", "rig"]  # fixtures

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

SPACE, RETURN, ENTER, TAB = Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab


def press(
    rig: Rig, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """A key as the keyboard sends it: to whatever has the focus (the window when nothing)."""
    if key is ENTER:
        modifier |= Qt.KeyboardModifier.KeypadModifier
    target = QApplication.focusWidget() or rig.window
    QTest.keyClick(target, key, modifier)


def focus(widget: QWidget) -> None:
    widget.setFocus()
    assert QApplication.focusWidget() is widget


def nothing_focused(rig: Rig) -> None:
    focused = QApplication.focusWidget()
    if focused is not None:
        focused.clearFocus()
    assert QApplication.focusWidget() is None


def ice_button(rig: Rig) -> QPushButton:
    button = rig.window.guidance.ice_toggle
    rig.window.guidance_dock.show()
    return button


def session_button(rig: Rig, words: str) -> QToolButton:
    return next(b for b in rig.window.session_view.buttons if b.text() == words)


# Before a session: where the focus is, the key -> what happens.
Where = Callable[[Rig], None]
BEFORE: list[tuple[str, Where, Qt.Key, str]] = [
    ("the library list", lambda r: focus(r.window.library_view.list), SPACE, "started"),
    ("the library list", lambda r: focus(r.window.library_view.list), RETURN, "started"),
    ("the library list", lambda r: focus(r.window.library_view.list), ENTER, "started"),
    ("nothing", nothing_focused, SPACE, "started"),
    ("the Start button", lambda r: focus(r.window.overview.start), SPACE, "started"),
    ("the Start button", lambda r: focus(r.window.overview.start), RETURN, "started"),
    ("the Start button", lambda r: focus(r.window.overview.start), ENTER, "started"),
    ("the ice timer's Start", lambda r: focus(ice_button(r)), SPACE, "ice timer"),
    ("the ice timer's Start", lambda r: focus(ice_button(r)), RETURN, "ice timer"),
    ("the ice timer's Start", lambda r: focus(ice_button(r)), ENTER, "ice timer"),
    ("the search box", lambda r: focus(r.window.library_view.search), SPACE, "typed"),
    ("the search box", lambda r: focus(r.window.library_view.search), RETURN, "to the list"),
]


def what_happened(rig: Rig) -> str:
    if rig.window.controller is not None:
        return "started"
    if rig.window.guidance.ice.phase is IcePhase.RUNNING:
        return "ice timer"
    if rig.window.library_view.search.text() == " ":
        return "typed"
    if rig.window.library_view.list.hasFocus():
        return "to the list"
    return "nothing"


@pytest.mark.parametrize(
    ("where", "set_up", "key", "happens"), BEFORE, ids=[f"{w}-{k.name}" for w, _, k, _ in BEFORE]
)
def test_keys_before_a_session(
    rig: Rig, where: str, set_up: Where, key: Qt.Key, happens: str
) -> None:
    assert rig.window.library_view.select("test-routine")
    set_up(rig)
    press(rig, key)
    assert what_happened(rig) == happens


# During a session: where the focus is, the key -> the phase after, and what else changed.
DURING: list[tuple[str, Where, Qt.Key, Phase, bool]] = [
    ("the session view", lambda r: focus(r.window.session_view), SPACE, Phase.PAUSED, False),
    ("the session view", lambda r: focus(r.window.session_view), RETURN, Phase.RUNNING, False),
    ("the session view", lambda r: focus(r.window.session_view), ENTER, Phase.RUNNING, False),
    ("nothing", nothing_focused, SPACE, Phase.PAUSED, False),
    ("the Pause button", lambda r: focus(session_button(r, "Pause")), SPACE, Phase.PAUSED, False),
    ("the Pause button", lambda r: focus(session_button(r, "Pause")), RETURN, Phase.PAUSED, False),
    ("the Pause button", lambda r: focus(session_button(r, "Pause")), ENTER, Phase.PAUSED, False),
    ("the Mute button", lambda r: focus(session_button(r, "Mute")), SPACE, Phase.RUNNING, True),
    ("the Mute button", lambda r: focus(session_button(r, "Mute")), RETURN, Phase.RUNNING, True),
    ("the search box", lambda r: focus(r.window.library_view.search), SPACE, Phase.RUNNING, False),
]


@pytest.mark.parametrize(
    ("where", "set_up", "key", "phase", "muted"),
    DURING,
    ids=[f"{w}-{k.name}" for w, _, k, _, _ in DURING],
)
def test_keys_during_a_session(
    rig: Rig, where: str, set_up: Where, key: Qt.Key, phase: Phase, muted: bool
) -> None:
    rig.start()
    set_up(rig)
    press(rig, key)
    assert rig.phase() is phase
    assert rig.window.actions_.mute.isChecked() is muted


def test_return_says_done_from_the_session_view_on_a_step_at_your_own_pace(rig: Rig) -> None:
    rig.start()
    for _ in range(12):  # to the foot massage, done at the runner's pace
        state = rig.window.current_state()
        assert state is not None
        if state.segment.kind == "manual":
            break
        rig.window.actions_.next.trigger()
    focus(rig.window.session_view)
    press(rig, RETURN)
    assert rig.phase() is Phase.FINISHED


def test_space_works_in_presenter_mode(rig: Rig) -> None:
    rig.start()
    press(rig, Qt.Key.Key_F)
    presenter = rig.window.presenter
    assert presenter is not None
    presenter.activateWindow()
    rig.qtbot.waitUntil(presenter.isActiveWindow)
    QTest.keyClick(QApplication.focusWidget() or presenter, SPACE)
    assert rig.phase() is Phase.PAUSED


def test_space_on_show_as_text_shows_the_charts_as_text(rig: Rig) -> None:
    rig.window.show_history()
    view = rig.window.history_view
    focus(view.as_text)
    press(rig, SPACE)
    assert view.as_text.isChecked() and view.chart_pages.currentIndex() == 1


# -- Tab, Ctrl+Tab -------------------------------------------------------------------------------


def tab_round(rig: Rig, start: QWidget, *, limit: int = 120) -> list[QWidget]:
    """Every stop Tab makes from `start` until it is back there (fails on a trap)."""
    focus(start)
    stops: list[QWidget] = []
    for _ in range(limit):
        press(rig, TAB)
        focused = QApplication.focusWidget()
        assert focused is not None
        if focused is start:
            return stops
        stops.append(focused)
    raise AssertionError(f"Tab never came back to {start!r}: stuck at {stops[-3:]}")


def name_of(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, (QPushButton, QToolButton)) else ""
    return widget.accessibleName() or str(text)


def test_tab_goes_round_the_routine_page_through_the_search_box(rig: Rig) -> None:
    list_ = rig.window.library_view.list
    stops = tab_round(rig, list_)
    assert stops[-1] is rig.window.library_view.search  # forward Tab reaches it, then the list
    assert rig.window.overview.start in stops
    assert rig.window.guidance.ice_toggle in stops
    unnamed = [w for w in stops if isinstance(w, QAbstractScrollArea) and not name_of(w)]
    assert unnamed == []


def test_tab_and_shift_tab_leave_the_history_table(rig: Rig) -> None:
    at = datetime.now().astimezone() - timedelta(days=1)
    for day in range(3):
        rig.window.history.add_check_in(CheckIn(at - timedelta(days=day), "standalone", 2))
    rig.window.show_history()
    table = rig.window.history_view.table
    table.setCurrentIndex(table.model().index(0, 0))
    stops = tab_round(rig, table)
    assert table not in stops and len(stops) > 3
    unnamed = [w for w in stops if isinstance(w, QAbstractScrollArea) and not name_of(w)]
    assert unnamed == []
    assert in_sidebar_widget(rig, stops[0])  # the page sits between the library and the sidebar
    view = rig.window.history_view
    assert stops.index(rig.window.library_view.list) + 1 == stops.index(view.scroll_area)
    focus(table)
    press(rig, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is rig.window.history_view.delete_all_button
    assert table.currentIndex().row() == 0  # Tab did not walk the cells


def in_sidebar(rig: Rig) -> bool:
    focused = QApplication.focusWidget()
    return focused is not None and in_sidebar_widget(rig, focused)


def in_sidebar_widget(rig: Rig, widget: QWidget) -> bool:
    return rig.window.guidance.isAncestorOf(widget)


def test_ctrl_tab_moves_between_the_library_the_page_and_the_sidebar(rig: Rig) -> None:
    window = rig.window
    window.guidance_dock.show()
    focus(window.library_view.list)
    control = Qt.KeyboardModifier.ControlModifier
    press(rig, TAB, control)
    assert QApplication.focusWidget() is window.overview.start
    press(rig, TAB, control)
    assert in_sidebar(rig)
    press(rig, TAB, control)
    assert QApplication.focusWidget() is window.library_view.search  # the library's first
    press(rig, Qt.Key.Key_Backtab, control | Qt.KeyboardModifier.ShiftModifier)
    assert in_sidebar(rig)
    press(rig, Qt.Key.Key_F6)
    assert QApplication.focusWidget() is window.library_view.search
    window.show_history()  # the page is whichever is shown, and a table does not keep Ctrl+Tab
    focus(window.history_view.table)
    press(rig, TAB, control)
    assert in_sidebar(rig)


def test_the_search_box_clear_button_has_a_name(rig: Rig) -> None:
    search = rig.window.library_view.search
    buttons = search.findChildren(QToolButton)
    assert buttons and all(b.accessibleName() == "Clear the search" for b in buttons)


def test_the_pages_scroll_areas_have_names(rig: Rig) -> None:
    assert rig.window.library_view.select("test-routine")
    assert rig.window.overview.accessibleName() == "Chosen routine: Test routine"
    assert rig.window.problem_page.accessibleName()
    rig.window.show_history()
    assert rig.window.history_view.scroll_area.accessibleName() == "History page"


# -- Esc -----------------------------------------------------------------------------------------


def test_escape_pauses_while_asking_and_no_resumes(
    rig: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[Phase | None, str]] = []

    def question(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append((rig.phase(), rig.text("countdown")))
        rig.clock.advance(7)  # the runner thinks it over: no time may pass in the session
        rig.window.controller.poll()  # type: ignore[union-attr]
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    rig.start()
    rig.advance(2)
    before = rig.text("countdown")
    player = rig.window.session_host.player
    assert player is not None
    silenced: list[bool] = []
    monkeypatch.setattr(player, "stop", lambda: silenced.append(True))
    press(rig, Qt.Key.Key_Escape)
    assert asked == [(Phase.PAUSED, before)]
    assert silenced  # the voice stopped for the question
    assert rig.phase() is Phase.RUNNING and rig.text("countdown") == before


def test_escape_while_paused_stays_paused_on_no_and_yes_stops(
    rig: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    phases: list[Phase | None] = []

    def question(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        phases.append(rig.phase())
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    rig.start()
    press(rig, SPACE)
    press(rig, Qt.Key.Key_Escape)
    assert rig.phase() is Phase.PAUSED  # No: as it was, not resumed
    press(rig, Qt.Key.Key_Escape)
    assert phases == [Phase.PAUSED, Phase.PAUSED]
    assert rig.window.controller is None
    assert rig.window.pages.currentWidget() is rig.window.overview


def test_a_held_key_acts_once(rig: Rig) -> None:
    """A runner leaning on Space pauses, not pauses and resumes and pauses (the keyboard repeats
    a held key; the session's keys ignore the repeats)."""
    assert [a.text() for a in rig.window.actions_.all if a.autoRepeat()] == []
