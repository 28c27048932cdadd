"""Counting the history: which sessions count (half their work done), streaks of days in a
row and weeks from Monday."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import date, datetime

import pytest

from ankle_coach.core.clock import FakeClock
from ankle_coach.core.history import (
    COUNTS_SQL,
    History,
    SessionRecorder,
    Streaks,
    counts_toward_goal,
    monday_of,
    streaks,
    weekly_series,
)
from ankle_coach.core.routine import parse_routine
from ankle_coach.core.session import SessionEngine
from tests.unit.core.history.helpers import CET


@pytest.mark.parametrize(
    ("days", "today", "expected"),
    [
        ([], date(2026, 3, 9), Streaks(0, 0)),
        ([date(2026, 3, 9)], date(2026, 3, 9), Streaks(1, 1)),
        ([date(2026, 3, 8)], date(2026, 3, 9), Streaks(1, 1)),  # today is not over yet
        ([date(2026, 3, 7)], date(2026, 3, 9), Streaks(0, 1)),
        ([date(2026, 3, d) for d in (1, 2, 3, 5, 6)], date(2026, 3, 6), Streaks(2, 3)),
    ],
)
def test_streaks(days: list[date], today: date, expected: Streaks) -> None:
    assert streaks(days, today) == expected


def test_weekly_series_fills_in_the_weeks_without_sessions() -> None:
    found = {date(2026, 3, 2): 2}  # a Monday
    assert weekly_series(found, date(2026, 2, 25), date(2026, 3, 10)) == [
        (date(2026, 2, 23), 0),
        (date(2026, 3, 2), 2),
        (date(2026, 3, 9), 0),
    ]
    assert monday_of(date(2026, 3, 8)) == date(2026, 3, 2)


# -- which sessions count: at least half of their work done ----------------------------------


@pytest.mark.parametrize(
    ("work", "work_done", "total", "done", "outcome", "counted"),
    [
        (60.0, 0.0, 90.0, 3.0, "stopped", False),  # stopped in the get-ready
        (60.0, 1.2, 90.0, 6.0, "stopped", False),  # 2 % of the work
        (60.0, 3.0, 90.0, 8.0, "stopped", False),  # 5 %
        (60.0, 29.9, 90.0, 60.0, "stopped", False),  # just under half
        (60.0, 30.0, 90.0, 40.0, "stopped", True),  # half: counts
        (60.0, 45.0, 90.0, 45.0, None, True),  # three quarters, never ended (app killed)
        (60.0, 50.0, 90.0, 70.0, "finished", True),  # finished with a part skipped
        (60.0, 10.0, 90.0, 90.0, "finished", False),  # "finished" by skipping most of it
        (60.0, 60.0, 90.0, 90.0, "finished", True),
        # logged before the history kept the work (version 2): the Plan time followed
        (None, None, 90.0, 44.0, "stopped", False),
        (None, None, 90.0, 45.0, "stopped", True),
        # logged before it kept even that (version 1): when it finished
        (None, None, None, None, "finished", True),
        (None, None, None, None, "stopped", False),
        (None, None, None, None, None, False),  # version 1, never ended
        (0.0, 0.0, 0.0, 0.0, "finished", True),  # nothing to do at all, and done
    ],
)
def test_a_session_counts_when_half_of_its_work_was_done(
    work: float | None,
    work_done: float | None,
    total: float | None,
    done: float | None,
    outcome: str | None,
    counted: bool,
) -> None:
    assert (
        counts_toward_goal(
            outcome=outcome,
            total_seconds=total,
            done_seconds=done,
            work_seconds=work,
            work_done_seconds=work_done,
        )
        is counted
    )
    # the same rule as the store counts it in SQLite
    with contextlib.closing(sqlite3.connect(":memory:")) as database:
        database.execute(
            "CREATE TABLE sessions (outcome TEXT, total_seconds REAL, done_seconds REAL,"
            " work_seconds REAL, work_done_seconds REAL)"
        )
        database.execute(
            "INSERT INTO sessions VALUES (?, ?, ?, ?, ?)", (outcome, total, done, work, work_done)
        )
        (found,) = database.execute(f"SELECT count(*) FROM sessions WHERE {COUNTS_SQL}").fetchone()
    assert found == (1 if counted else 0)


# Plan: 0 get-ready 0-5 | 1 work 5-25 L | 2 switch 25-30 | 3 work 30-50 R: 40 s of work in 50.
TWO_SIDES = parse_routine(
    b"""
format = 1
title = "Two sides"
lead_in_seconds = 5
[[exercises]]
name = "Calf stretch"
sides = ["left", "right"]
hold_seconds = 20
switch_seconds = 5
""",
    "two-sides.toml",
)


def _session_on(history: History, day: int, steps: list[tuple[str, float]]) -> None:
    """A session of TWO_SIDES on 2026-03-`day`, as the window and `ankle-coach run` log it:
    the engine on a fake clock, each state fed to a SessionRecorder. `steps`: ("run", seconds)
    or an engine command ("next", "stop")."""
    clock = FakeClock()
    engine = SessionEngine(TWO_SIDES, clock)
    wall = datetime(2026, 3, day, 18, 0, tzinfo=CET)
    recorder = SessionRecorder(
        history, "two-sides", "Two sides", engine.plan, clock, now=lambda: wall
    )
    engine.start()
    recorder.on_state(engine.tick().state)
    for step, seconds in steps:
        if step == "run":
            for _ in range(round(seconds * 2)):
                clock.advance(0.5)
                recorder.on_state(engine.tick().state)
        else:
            getattr(engine, step)()
            recorder.on_state(engine.tick().state)
    assert recorder.over


@pytest.mark.parametrize(
    ("steps", "counted"),
    [
        ([("run", 3), ("stop", 0)], False),  # in the get-ready
        ([("run", 6), ("stop", 0)], False),  # 1 s of 40: 2.5 %
        ([("run", 7), ("stop", 0)], False),  # 2 s: 5 %
        ([("run", 24.5), ("stop", 0)], False),  # 19.5 s: 49 %
        ([("run", 25), ("stop", 0)], True),  # the left side: half the work
        # left skipped at 5 s, the right done: 25 s of 40 counts; a session skipped through to
        # "finished" with 2 s of the left and 5 s of the right (7 s of 40) does not
        ([("run", 10), ("next", 0), ("run", 30)], True),
        ([("run", 7), ("next", 0), ("run", 10), ("next", 0)], False),
        ([("run", 20), ("next", 0), ("run", 30)], True),  # left skipped at 15 s: 35 s of 40
        ([("run", 50)], True),  # finished
    ],
    ids=[
        "get-ready",
        "2.5%",
        "5%",
        "49%",
        "50%",
        "left-skipped",
        "skipped-through",
        "skipped-late",
        "finished",
    ],
)
def test_the_week_and_the_streak_count_sessions_with_half_their_work_done(
    history: History, steps: list[tuple[str, float]], counted: bool
) -> None:
    _session_on(history, 2, steps)  # a Monday
    _session_on(history, 3, [("run", 50)])  # and a whole session the day after
    weeks = history.weekly_counts(date(2026, 3, 2), date(2026, 3, 8))
    assert weeks == [(date(2026, 3, 2), 2 if counted else 1)]
    assert history.streaks(date(2026, 3, 3)) == Streaks(2, 2) if counted else Streaks(1, 1)
    assert history.daily_counts(date(2026, 3, 2), date(2026, 3, 2)) == (
        {date(2026, 3, 2): 1} if counted else {}
    )
    assert history.counts().sessions == 2  # the list keeps every session all the same
