"""ui/session/presenter.py: the session for a patient across the room: what the session state
says, in large type scaled to the window, every session key, and a signal when closed."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ankle_coach.core.clock import FakeClock
from ankle_coach.core.library import LibraryEntry, Origin, read_routine_file
from ankle_coach.core.session import Phase, SessionEngine
from ankle_coach.core.words import detail_words
from ankle_coach.ui.actions import SessionActions
from ankle_coach.ui.session.presenter import PresenterWindow
from ankle_coach.ui.session.words import countdown_text
from ankle_coach.ui.theme import TEXT_CONTRAST, apply_theme, contrast_ratio
from tests.support.contrast import drawn_contrast

ROUTINE = """format = 1
title = "Two moves"
lead_in_seconds = 10

[[exercises]]
name = "Calf raises"
instructions = "Up and down."
sets = 1
reps = 10
rep_seconds = 3.0

[[exercises]]
name = "Wall stretch"
instructions = "Lean in."
hold_seconds = 30
"""


@dataclass
class Rig:
    holder: QWidget  # owns the actions, as the main window does
    actions: SessionActions
    window: PresenterWindow
    session: SessionEngine
    clock: FakeClock


def make(qtbot: QtBot, tmp_path: Path) -> Rig:
    path = tmp_path / "two-moves.toml"
    path.write_text(ROUTINE)
    entry = LibraryEntry("two-moves", path, Origin.USER, read_routine_file(path))
    holder = QWidget()
    qtbot.addWidget(holder)
    actions = SessionActions(holder)
    window = PresenterWindow(actions)
    qtbot.addWidget(window)
    window.set_entry(entry)
    clock = FakeClock()
    return Rig(holder, actions, window, SessionEngine(entry.routine, clock), clock)


def test_every_session_key_works_in_the_presenter(qtbot: QtBot, tmp_path: Path) -> None:
    rig = make(qtbot, tmp_path)
    window, actions = rig.window, rig.actions
    assert window.windowTitle() == "Ankle Coach \u2014 presenter"
    assert actions.all and all(action in window.actions() for action in actions.all)


def test_the_get_ready_names_what_comes_next_and_says_no_then(qtbot: QtBot, tmp_path: Path) -> None:
    rig = make(qtbot, tmp_path)
    window, session = rig.window, rig.session
    window.show_state(session.state())
    assert window.phase.text() == "READY: PRESS SPACE TO START"
    session.start()
    state = session.state()
    assert state.segment.kind == "get-ready"
    window.show_state(state)
    assert window.phase.text() == "GET READY"
    assert window.countdown.text() == countdown_text(state)
    assert window.exercise.text() == "Next: Calf raises"
    assert window.next_up.text() == ""


def test_work_shows_the_exercise_its_rep_and_what_follows(qtbot: QtBot, tmp_path: Path) -> None:
    rig = make(qtbot, tmp_path)
    window, session = rig.window, rig.session
    session.start()
    session.next()  # past the get-ready
    state = session.state()
    assert state.segment.kind == "work" and state.rep == 1
    window.show_state(state)
    assert window.exercise.text() == "Calf raises"
    # The big number is the rep being counted, "of 10" beside it: a patient never reads the
    # seconds left in the set as a count of reps (issue 14, items 1 and 10).
    assert (window.caption.text(), window.countdown.text()) == ("REP", "1")
    assert window.phase.text() == ""  # one word for it, not "REPS" over "REP"
    session.toggle_pause()
    window.show_state(session.state())
    assert (window.phase.text(), window.caption.text()) == ("PAUSED", "REP")
    session.toggle_pause()
    window.show_state(session.state())
    assert window.countdown.suffix == "of 10"
    assert window.countdown.accessibleName() == "Rep 1 of 10"
    assert window.details.text() == detail_words(state.segment)
    assert window.next_up.text() == "Then: Wall stretch"
    rig.clock.advance(3.0 * 3 + 0.5)
    window.show_state(session.state())
    assert window.countdown.text() == "4"


def test_paused_and_muted_show_across_the_room(qtbot: QtBot, tmp_path: Path) -> None:
    rig = make(qtbot, tmp_path)
    window, session = rig.window, rig.session
    window.resize(1280, 720)
    window.show()
    session.start()
    window.show_state(session.state())
    assert not window.countdown.overlay and not window.countdown.dimmed
    assert not window.muted.isVisible()
    session.toggle_pause()
    window.show_state(session.state())
    assert window.countdown.dimmed and window.countdown.overlay == "PAUSED"
    assert window.countdown.overlay_font().pixelSize() >= 0.05 * window.height()
    rig.actions.mute.setChecked(True)
    assert window.muted.isVisible()
    session.toggle_pause()
    window.show_state(session.state())
    assert not window.countdown.overlay and not window.countdown.dimmed


def test_a_stopped_session_says_so_and_names_nothing_to_follow(
    qtbot: QtBot, tmp_path: Path
) -> None:
    rig = make(qtbot, tmp_path)
    window, session = rig.window, rig.session
    session.start()
    session.next()
    session.stop()
    window.show_state(session.state())
    assert window.phase.text() == "STOPPED"
    assert window.next_up.text() == ""


def test_the_type_grows_with_the_window(qtbot: QtBot, tmp_path: Path) -> None:
    window = make(qtbot, tmp_path).window
    window.resize(1600, 1000)
    window.show()
    qtbot.waitUntil(lambda: window.height() == 1000)
    window.countdown.show_number("30")
    assert window.countdown.digits_height() >= 0.25 * 1000
    assert window.phase.font().pixelSize() == 60
    window.resize(800, 500)
    qtbot.waitUntil(lambda: window.height() == 500)
    assert 0.25 * 500 <= window.countdown.digits_height() < 0.5 * 500


def test_closing_the_window_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    window = make(qtbot, tmp_path).window
    window.show()
    with qtbot.waitSignal(window.closed, timeout=1000):
        window.close()


@pytest.mark.parametrize("theme", ["light", "dark", "high-contrast"])
def test_paused_and_muted_read_at_4_5_to_1_in_every_theme(
    qtbot: QtBot, tmp_path: Path, theme: str
) -> None:
    """Measured from the pixels drawn: in the light theme the PAUSED box was filled with the
    palette's light grey under pale green (1.28:1)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette, font = app.palette(), app.font()
    apply_theme(app, theme, 1.0, QFont(font))
    try:
        rig = make(qtbot, tmp_path)
        window, session = rig.window, rig.session
        window.resize(1280, 720)
        window.show()
        qtbot.waitExposed(window)
        rig.actions.mute.setChecked(True)
        session.start()
        for step in ("get-ready", "work"):  # paused in the get-ready, then in the counted set
            if session.state().segment.kind != step:
                session.next()
            session.toggle_pause()
            state = session.state()
            assert (state.segment.kind, state.phase) == (step, Phase.PAUSED)
            window.show_state(state)
            number = window.countdown
            assert number.overlay == "PAUSED" and window.muted.isVisible()
            ink, ground = number.overlay_colours()
            assert contrast_ratio(ink, ground) >= TEXT_CONTRAST, (theme, ink.name(), ground.name())
            inside = number.overlay_box().toRect().adjusted(8, 8, -8, -8)
            assert drawn_contrast(window, number, inside) >= TEXT_CONTRAST, theme
            assert drawn_contrast(window, window.muted) >= TEXT_CONTRAST, theme
            session.toggle_pause()
    finally:
        app.setPalette(palette)
        app.setFont(font)
