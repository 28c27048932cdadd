"""ui/session/words.py: the big number, its caption and what a screen reader hears, from the
session state (the rep comes from the Plan via the state, never counted here)."""

from __future__ import annotations

from pathlib import Path

from ankle_coach.core.clock import FakeClock
from ankle_coach.core.library import read_routine_file
from ankle_coach.core.session import SessionEngine
from ankle_coach.ui.session.words import (
    moment_words,
    number_caption,
    number_name,
    number_parts,
    phase_words,
)

ROUTINE = """format = 1
title = "Two moves"
lead_in_seconds = 10

[[exercises]]
name = "Calf raises"
instructions = "Up and down."
sides = ["left"]
sets = 2
reps = 10
rep_seconds = 3.0
rest_seconds = 10

[[exercises]]
name = "Wall stretch"
instructions = "Lean in."
hold_seconds = 75
"""


def engine(tmp_path: Path) -> tuple[SessionEngine, FakeClock]:
    path = tmp_path / "two-moves.toml"
    path.write_text(ROUTINE)
    clock = FakeClock()
    return SessionEngine(read_routine_file(path), clock), clock


def test_the_number_is_the_rep_in_a_counted_set_and_seconds_elsewhere(tmp_path: Path) -> None:
    session, clock = engine(tmp_path)
    session.start()
    clock.advance(2.2)
    state = session.state()
    assert state.segment.kind == "get-ready"
    seconds = number_parts(state)[0]
    assert number_parts(state) == (seconds, "") and seconds.isdigit()
    assert number_caption(state) == "SECONDS LEFT"
    assert number_name(state) == f"{seconds} seconds left in this get-ready"
    assert moment_words(state) == "Get ready. Next: Calf raises. Left side, Set 1 of 2."
    while session.state().segment.kind != "work":
        session.next()
    clock.advance(3 * 3 + 0.5)
    state = session.state()
    assert state.rep is not None
    assert number_parts(state) == (str(state.rep), "of 10")
    assert number_caption(state) == "REP"
    assert number_name(state) == f"Rep {state.rep} of 10"
    assert phase_words(state) == "REPS"
    session.toggle_pause()
    state = session.state()
    assert phase_words(state) == "PAUSED \u00b7 REPS"
    assert number_name(state) == f"Paused. Rep {state.rep} of 10"
    assert moment_words(state) == "Paused"


def test_a_hold_over_a_minute_shows_minutes(tmp_path: Path) -> None:
    session, _ = engine(tmp_path)
    session.start()
    while session.state().segment.exercise != "Wall stretch" or (
        session.state().segment.kind != "work"
    ):
        session.next()
    state = session.state()
    assert number_parts(state) == ("01:15", "")
    assert number_caption(state) == "TIME LEFT"
    assert number_name(state) == "1 minute 15 seconds left in this hold"
    session.stop()
    assert number_name(session.state()) == "Stopped"
