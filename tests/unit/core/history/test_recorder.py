"""SessionRecorder: a session logged as it goes, and what could not be written kept until the
file can be written again."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from ankle_coach.core import i18n
from ankle_coach.core.clock import FakeClock
from ankle_coach.core.history import CheckIn, Counts, History, SessionRecorder
from ankle_coach.core.i18n import Language
from ankle_coach.core.plan import compile_plan
from ankle_coach.core.routine import parse_routine
from ankle_coach.core.session import Phase, SessionEngine
from tests.unit.core.history.helpers import (
    HEALTHY,
    NOW,
    START,
    WAIT,
    healthy_history,
    locked_by_another_process,
)

# -- the recorder ------------------------------------------------------------------------------

# Plan: 0 get-ready 0-5 | 1 work 5-15 L | 2 switch 15-20 | 3 work 20-30 R | 4 rest 30-40
#       5 work 40-46 (3 reps of 2 s) | 6 rest 46-56 | 7 manual 56-... | end
RECORDED = parse_routine(
    b"""
format = 1
title = "Recorded"
lead_in_seconds = 5
rest_between_exercises_seconds = 10

[[exercises]]
name = "Calf stretch"
sides = ["left", "right"]
hold_seconds = 10
switch_seconds = 5

[[exercises]]
name = "Calf raises"
reps = 3
rep_seconds = 2.0

[[exercises]]
name = "Ice"
manual = true
""",
    "recorded.toml",
)


class Session:
    """An engine on a fake clock with a recorder fed every state, as the controller does."""

    def __init__(self, history: History, before: int | None = None) -> None:
        self.clock = FakeClock()
        self.engine = SessionEngine(RECORDED, self.clock)
        self.wall = START
        self.recorder = SessionRecorder(
            history,
            "recorded",
            "Recorded",
            self.engine.plan,
            self.clock,
            now=lambda: self.wall,
            before_check_in_id=before,
        )
        self.history = history
        self.feed()

    def feed(self) -> None:
        self.recorder.on_state(self.engine.tick().state)

    def run(self, seconds: float, step: float = 1.0) -> None:
        """Let time pass, fed once a second and at each segment end, like the controller."""
        target = self.clock.now() + seconds
        while self.clock.now() < target - 1e-9:
            self.clock.advance(min(step, target - self.clock.now()))
            self.wall += timedelta(seconds=step)
            self.feed()

    def act(self, command: str) -> None:
        getattr(self.engine, command)()
        self.feed()

    @property
    def record(self):  # type: ignore[no-untyped-def]
        assert self.recorder.session_id is not None
        return self.history.session(self.recorder.session_id)


def test_a_session_is_logged_when_it_starts_and_as_each_work_segment_is_done(
    history: History,
) -> None:
    session = Session(history)
    assert history.counts().sessions == 0  # READY is not a session yet
    session.act("start")
    assert session.record.done_seconds == 0 and session.record.outcome is None
    session.run(14)
    assert session.record.done_seconds == 0  # nothing done yet: written at each segment end
    session.run(1)  # the left side is held to its end
    assert session.record.done_seconds == 15
    assert session.record.completed_exercises == ("Calf stretch (1 of 2 done)",)
    # the work: two holds of 10 s, three reps of 2 s and the manual step as the Plan sizes it
    manual = next(s.duration for s in session.engine.plan.segments if s.kind == "manual")
    assert (session.record.work_seconds, session.record.work_done_seconds) == (26 + manual, 10)
    session.run(15)
    assert session.record.completed_exercises == ("Calf stretch",)
    session.run(16)  # the rest and the three reps
    assert session.record.completed_exercises == ("Calf stretch", "Calf raises")
    assert session.record.done_seconds == 46
    assert session.record.work_done_seconds == 26  # the two holds and the reps


def test_a_finished_session_is_all_done(history: History) -> None:
    session = Session(history)
    session.act("start")
    session.run(70)
    assert session.engine.phase is Phase.WAITING
    session.act("done")
    assert session.engine.state().phase is Phase.FINISHED
    record = session.record
    assert record.outcome == "finished" and record.fraction_done == 1
    assert record.completed_exercises == ("Calf stretch", "Calf raises", "Ice")
    assert record.ended_at == session.wall
    assert session.recorder.over


def test_skipped_work_is_not_done_and_nearly_done_work_is(history: History) -> None:
    session = Session(history)
    session.act("start")
    session.run(10)  # 5 s into the left side
    session.act("next")  # skipped with 5 s to go: to the switch
    session.run(9)  # 4 s into the right side
    session.act("next")  # skipped with 6 s to go: to the rest
    session.run(1)
    assert session.record.completed_exercises == ()
    assert session.record.done_seconds == 0  # nothing done, nothing written yet
    session.act("back")  # 1 s into the rest: back to the start of the right side
    session.run(9.5, step=0.5)
    session.act("next")  # 0.5 s to go: the right side counts as done
    assert session.record.done_seconds == 10 + 9 + 1 + 9.5
    session.run(9.5, step=0.5)
    session.act("next")  # out of the rest early: a rest is not work
    session.run(5.5, step=0.5)  # calf raises, 0.5 s to go
    session.act("next")
    record = session.record
    # the left side was never done: the calf stretch is half done, after the one completed
    assert record.completed_exercises == ("Calf raises", "Calf stretch (1 of 2 done)")
    assert record.done_seconds == pytest.approx(10 + 9 + 1 + 9.5 + 9.5 + 5.5)
    # in the holds and the reps only: 5 s of the left, 4 + 9.5 s of the right, 5.5 s of reps
    assert record.work_done_seconds == pytest.approx(5 + 4 + 9.5 + 5.5)


def test_a_stopped_session_records_how_far_it_got(history: History) -> None:
    session = Session(history)
    session.act("start")
    session.run(12)
    session.act("stop")
    record = session.record
    assert record.outcome == "stopped"
    assert record.done_seconds == 12 and record.completed_exercises == ()
    session.run(5)
    assert session.record == record  # nothing after the end


def test_a_session_stopped_before_it_started_is_not_logged(history: History) -> None:
    session = Session(history)
    session.act("stop")
    assert history.counts().sessions == 0 and session.recorder.over


def test_the_check_in_before_is_linked_and_the_one_after_added(history: History) -> None:
    before = history.add_check_in(CheckIn(START, "before", 3))
    session = Session(history, before=before)
    session.act("start")
    session.run(3)
    session.act("stop")
    after = session.recorder.record_check_in(CheckIn(session.wall, "after", 2))
    assert after is not None
    assert [(c.when, c.session_id) for c in history.check_ins()] == [
        ("before", session.recorder.session_id),
        ("after", session.recorder.session_id),
    ]


def test_an_adjusted_plan_is_followed(history: History) -> None:
    session = Session(history)
    session.act("start")
    session.run(6)
    session.engine.adjust(10)  # the left hold is now 20 s: it ends at 25
    session.recorder.set_plan(session.engine.plan)
    session.feed()
    session.run(18)
    assert session.record.done_seconds == 0
    session.run(1)
    assert session.record.done_seconds == 25
    assert session.record.total_seconds == session.engine.plan.total_seconds


def test_a_history_error_is_reported_once_and_the_session_goes_on(history: History) -> None:
    problems: list[str] = []
    session = Session(history)
    session.recorder.on_problem = problems.append
    session.act("start")
    history.close()
    session.run(20)
    assert len(problems) == 1 and problems[0].startswith("The history could not be saved")
    assert session.recorder.problem == problems[0]
    assert session.engine.phase is Phase.RUNNING


def test_the_plan_of_a_real_routine_is_recorded_from_its_first_state(history: History) -> None:
    clock = FakeClock()
    engine = SessionEngine(RECORDED, clock)
    recorder = SessionRecorder(history, "recorded", "Recorded", compile_plan(RECORDED), clock)
    engine.start()
    recorder.on_state(engine.tick().state)  # connected after start: still logged
    assert history.counts().sessions == 1


class _FullDisk:
    """A connection whose writes fail as SQLite's do on a full disk; reads go through."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
        if sql == "BEGIN IMMEDIATE":
            raise sqlite3.OperationalError("database or disk is full")
        return self.connection.execute(sql, *args)

    def close(self) -> None:
        self.connection.close()


def test_the_session_is_written_when_the_disk_has_room_again(history: History) -> None:
    problems: list[str] = []
    session = Session(history)
    session.recorder.on_problem = problems.append
    session.act("start")
    session.run(15)  # the left side is done and written
    assert session.record.done_seconds == 15
    real = history._connection
    history._connection = _FullDisk(real)  # type: ignore[assignment]
    session.run(20)  # the right side, then the rest: not written, kept
    assert problems == [
        f"History not recorded this time: the history file {history.path} cannot be written "
        "now (the disk is full). It was left as it is; Ankle Coach tries again at each save."
    ]
    assert session.recorder.pending
    history._connection = real  # room again
    session.run(11)  # the next work segment done: everything kept is written with it
    assert not session.recorder.pending
    assert session.record.completed_exercises == ("Calf stretch", "Calf raises")
    assert session.record.done_seconds == 46
    assert len(problems) == 1  # said once


def test_a_session_started_and_ended_while_locked_is_written_once_the_lock_is_gone(
    tmp_path: Path,
) -> None:
    path = tmp_path / "history.sqlite3"
    healthy_history(path)
    history, message = History.open(path, now=lambda: NOW, busy_seconds=WAIT)
    assert message is None
    problems: list[str] = []
    with locked_by_another_process(path, "writer"):
        session = Session(history)
        session.recorder.on_problem = problems.append
        session.act("start")
        session.run(30)
        session.act("stop")
        assert session.recorder.over and session.recorder.session_id is None
        assert session.recorder.pending and len(problems) == 1
        assert problems[0].startswith("History not recorded this time")
        assert history.counts() == HEALTHY  # the file as it was
    # After the session, the next write of any kind writes the session first.
    history.add_check_in(CheckIn(START + timedelta(days=2), "standalone", 0))
    assert not session.recorder.pending
    assert history.counts() == Counts(3, 2)
    record = session.record
    assert (record.title, record.outcome, record.done_seconds) == ("Recorded", "stopped", 30)
    assert record.completed_exercises == ("Calf stretch",)
    history.close()


@pytest.mark.parametrize("language", ["en", "de", "es"])
def test_an_exercise_partly_done_is_recorded_in_english_in_every_language(
    history: History, language: Language
) -> None:
    """The history is machine-readable (the CSV export): "(1 of 2 done)" is recorded as is;
    the History page and `history list` say it in the language in use (core/history/names.py)."""
    with i18n.using(language):
        session = Session(history)
        session.act("start")
        session.run(15)  # the left side is held to its end
        assert session.record.completed_exercises == ("Calf stretch (1 of 2 done)",)


def test_the_exercise_names_given_are_recorded_not_the_plans(history: History) -> None:
    """A session shown in German has a German Plan; the window and `run` give the recorder
    the file's own names, and those are what the history keeps."""
    clock = FakeClock()
    engine = SessionEngine(RECORDED, clock)
    german = tuple(f"{e.name} (de)" for e in RECORDED.exercises)
    recorder = SessionRecorder(
        history, "recorded", "Recorded", engine.plan, clock, exercise_names=german
    )
    engine.start()
    recorder.on_state(engine.tick().state)
    for _ in range(4 * 50):  # the stretch's two sides, the rest, then the three raises
        clock.advance(0.25)
        recorder.on_state(engine.tick().state)
    assert history.sessions()[0].completed_exercises == ("Calf stretch (de)", "Calf raises (de)")
