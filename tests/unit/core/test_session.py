"""Tests for core/session.py: the SessionEngine, stepped by a FakeClock and never by sleeping."""

from __future__ import annotations

import random
from collections import Counter
from functools import cache

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ankle_coach.core.clock import FakeClock
from ankle_coach.core.library import Origin, load_folder
from ankle_coach.core.paths import builtin_routines_dir
from ankle_coach.core.plan import Cue, PlanOptions
from ankle_coach.core.routine import Routine, parse_routine
from ankle_coach.core.session import (
    BACK_RESTARTS_AFTER,
    EPSILON,
    MAX_ADJUSTED_SECONDS,
    Phase,
    SessionEngine,
    SessionState,
    Tick,
    cue_keys,
)

BUILTIN_IDS = sorted(path.stem for path in builtin_routines_dir().glob("*.toml"))


@cache
def builtin(routine_id: str) -> Routine:
    library = load_folder(builtin_routines_dir(), Origin.BUILT_IN)
    entry = library.get(routine_id)
    assert entry is not None, library.problems
    return entry.routine


def routine(text: str) -> Routine:
    return parse_routine(text.encode(), "test.toml")


# Holds on two sides, a manual step and a counted set. Its Plan:
#   0 get-ready 0-5 | 1 work 5-35 L s1 | 2 switch 35-40 | 3 work 40-70 R s1 | 4 rest 70-80
#   5 work 80-110 L s2 | 6 switch 110-115 | 7 work 115-145 R s2 | 8 rest 145-155
#   9 manual 155-159 | 10 rest 159-169 | 11 work 169-179 reps | 12 rest 179-189
#   13 work 189-199 reps | end 199
MIXED = routine(
    """
format = 1
title = "Mixed"
lead_in_seconds = 5
rest_between_exercises_seconds = 10

[[exercises]]
name = "Calf stretch"
sides = ["left", "right"]
sets = 2
hold_seconds = 30
rest_seconds = 10
switch_seconds = 5

[[exercises]]
name = "Towel scrunch"
instructions = "Scrunch the towel with your toes."
manual = true

[[exercises]]
name = "Calf raises"
sets = 2
reps = 5
rep_seconds = 2.0
rest_seconds = 10
"""
)
MANUAL = 9

# A single manual step, first and last: no lead-in.
ONLY_MANUAL = routine(
    """
format = 1
title = "By hand"
lead_in_seconds = 0

[[exercises]]
name = "Towel scrunch"
manual = true
"""
)

# An hour of one thing, for the long run.
HOUR = routine(
    """
format = 1
title = "An hour"

[[exercises]]
name = "Easy walk"
duration_seconds = 3600
"""
)

# The built-in calf stretch, kept here so that the layout the tests rely on stays put:
#   0 get-ready 0-15 | 1 work 15-45 L s1 | 2 switch 45-50 | 3 work 50-80 R s1 | 4 rest 80-90
#   ... | 10 switch 195-200 | 11 work 200-230 R s3 | end 230
CALF_TOML = """
format = 1
title = "Standing calf stretch"
lead_in_seconds = 15
rest_between_exercises_seconds = 20

[[exercises]]
name = "Standing calf stretch"
instructions = "Stand in a staggered stance and lunge forward, keeping your back heel down."
sides = ["left", "right"]
sets = 3
hold_seconds = 30
rest_seconds = 10
switch_seconds = 5
"""
CALF = routine(CALF_TOML)

# Then calf raises: ... | 12 rest 230-250 | 13 work 250-310 s1 | 14 rest 310-340
#   | 15 work 340-400 s2 | 16 rest 400-430 | 17 work 430-490 s3 | end 490
RECOVERY = routine(
    CALF_TOML
    + """
[[exercises]]
name = "Calf raises"
sets = 3
reps = 15
rep_seconds = 4.0
rest_seconds = 30
"""
)


class Session:
    """An engine on a fake clock, keeping everything it has said and reported missed."""

    def __init__(self, routine: Routine, options: PlanOptions | None = None) -> None:
        self.clock = FakeClock()
        self.engine = SessionEngine(routine, self.clock, options)
        self.said: list[Cue] = []
        self.missed: list[Cue] = []

    @classmethod
    def started(cls, routine: Routine, options: PlanOptions | None = None) -> Session:
        session = cls(routine, options)
        session.engine.start()
        session.tick()
        return session

    @property
    def state(self) -> SessionState:
        return self.engine.state()

    def phase(self) -> Phase:
        return self.engine.state().phase

    def tick(self) -> Tick:
        tick = self.engine.tick()
        self.said.extend(tick.due)
        self.missed.extend(tick.missed)
        return tick

    def run_to(self, position: float, step: float = 0.1) -> Tick:
        """Tick every `step` seconds until the plan position is `position`, missing nothing."""
        target = self.engine.clock_time_of(position)
        assert target is not None, "not running"
        tick = self.tick()
        while self.clock.now() < target:
            self.clock.set(min(target, self.clock.now() + step))
            tick = self.tick()
        assert not self.missed
        return tick

    def said_since(self, count: int) -> list[tuple[float, str]]:
        return [(cue.at, cue.text) for cue in self.said[count:]]


def cues_at(session: Session, at: float) -> tuple[Cue, ...]:
    return tuple(cue for cue in session.engine.plan.cues if cue.at == at)


def cues_after(session: Session, start: float, end: float) -> tuple[Cue, ...]:
    """The planned cues with start < at < end."""
    return tuple(cue for cue in session.engine.plan.cues if start < cue.at < end)


# -- whole runs ----------------------------------------------------------------------------


@pytest.mark.parametrize("routine_id", BUILTIN_IDS)
def test_a_whole_routine_says_every_planned_cue_once_in_order(routine_id: str) -> None:
    session = Session(builtin(routine_id))
    rng = random.Random(routine_id)
    session.engine.start()
    tick = session.tick()
    indexes = [tick.state.segment_index]
    while tick.state.phase is not Phase.FINISHED:
        session.clock.advance(rng.uniform(0.01, 0.2))
        tick = session.tick()
        indexes.append(tick.state.segment_index)

    plan = session.engine.plan
    assert session.said == list(plan.cues)
    assert session.missed == []
    assert indexes == sorted(indexes)
    assert set(indexes) == set(range(len(plan.segments)))
    end = session.state
    assert end.position == end.total == plan.total_seconds
    assert (end.progress, end.time_left, end.remaining) == (1.0, 0.0, 0.0)

    session.clock.advance(60)
    tick = session.tick()
    assert tick.due == tick.missed == ()
    assert tick.state.phase is Phase.FINISHED


@pytest.mark.parametrize("routine_id", BUILTIN_IDS)
def test_ticking_only_at_next_event_at_says_everything(routine_id: str) -> None:
    session = Session.started(builtin(routine_id))
    ticks = 1
    while (at := session.engine.next_event_at()) is not None:
        session.clock.set(max(session.clock.now(), at))
        session.tick()
        ticks += 1
    plan = session.engine.plan
    assert session.phase() is Phase.FINISHED
    assert session.said == list(plan.cues)
    assert session.missed == []
    assert ticks <= len(plan.cues) + len(plan.segments) + 1


def test_ready_says_nothing_until_started() -> None:
    session = Session(CALF)
    engine = session.engine
    state = session.state
    assert state.phase is Phase.READY
    assert (state.position, state.segment_index, state.remaining) == (0.0, 0, 15.0)
    assert (state.progress, state.time_left) == (0.0, engine.plan.total_seconds)
    session.clock.advance(100)
    assert session.tick().due == ()
    assert session.state.position == 0.0
    assert engine.next_event_at() is None
    assert engine.clock_time_of(0.0) is None

    engine.start()
    assert session.phase() is Phase.RUNNING
    assert session.tick().due == (engine.plan.cues[0],)
    engine.start()  # only from READY
    assert session.phase() is Phase.RUNNING


def test_clock_time_of_and_next_event_at_follow_the_anchor() -> None:
    session = Session.started(CALF)
    engine = session.engine
    assert engine.clock_time_of(15.0) == 1015.0
    first, second = cues_after(session, 0.0, 15.0)[:2]  # the countdown into the first hold
    assert engine.next_event_at() == 1000.0 + first.at
    session.run_to(first.at)
    assert engine.next_event_at() == 1000.0 + second.at
    session.run_to(14.5)
    assert engine.next_event_at() == 1015.0  # the segment's end and the next call
    engine.pause()
    assert engine.next_event_at() is None
    assert engine.clock_time_of(15.0) is None
    session.clock.advance(10)
    engine.resume()
    assert engine.clock_time_of(15.0) == pytest.approx(1025.0)


# -- pause -----------------------------------------------------------------------------------


def test_a_pause_of_an_hour_loses_no_time() -> None:
    session = Session.started(CALF)
    engine = session.engine
    session.run_to(20.05)
    before = session.state
    engine.pause()
    session.clock.advance(3600)
    paused = session.state
    assert paused.phase is Phase.PAUSED
    assert (paused.position, paused.remaining, paused.segment_index) == (
        before.position,
        before.remaining,
        before.segment_index,
    )
    assert session.tick().due == ()
    assert engine.next_event_at() is None

    engine.resume()
    assert session.phase() is Phase.RUNNING
    assert session.state.position == before.position
    session.run_to(engine.plan.total_seconds)
    assert session.said == list(engine.plan.cues)
    assert session.missed == []


def test_a_cue_reached_just_before_a_pause_is_said_after_it() -> None:
    session = Session.started(CALF)
    session.run_to(14.95)
    session.clock.advance(0.1)  # the call at 15 is reached, but no tick came before the pause
    session.engine.pause()
    session.clock.advance(600)
    session.engine.resume()
    assert session.tick().due == cues_at(session, 15.0)


# -- navigation ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("position", "landing"),
    [
        (0.0, 15.0),  # first segment, at its very start
        (7.0, 15.0),
        (44.999, 45.0),  # just before a boundary: to that boundary
        (45.0, 50.0),  # at a boundary: past the segment that starts there
        (49.999, 50.0),
        (199.0, 200.0),
    ],
)
def test_next_goes_to_the_next_segment_start(position: float, landing: float) -> None:
    session = Session.started(CALF)
    session.run_to(position)
    count = len(session.said)
    session.engine.next()
    state = session.state
    assert state.phase is Phase.RUNNING
    assert state.position == landing
    assert state.segment.start == landing
    assert session.tick().due == cues_at(session, landing)
    session.run_to(landing + 10)
    assert all(at >= landing for at, _ in session.said_since(count))
    assert session.missed == []


def test_next_from_the_last_segment_finishes() -> None:
    session = Session.started(CALF)
    session.run_to(215.0)
    session.engine.next()
    state = session.state
    assert state.phase is Phase.FINISHED
    assert state.position == state.total == 230.0
    tick = session.tick()
    assert [cue.kind for cue in tick.due] == ["complete"]
    assert tick.missed == ()
    session.clock.advance(5)
    assert session.tick().due == ()


@pytest.mark.parametrize(
    ("position", "landing"),
    [
        (1.0, 0.0),  # first segment: its own start
        (10.0, 0.0),
        (44.999, 15.0),  # 29.999 s into the hold: its start
        (45.0, 15.0),  # at a boundary: 0 s into the switch, so the hold before it
        (47.0, 15.0),  # 2 s in: the segment before
        (45.0 + BACK_RESTARTS_AFTER, 15.0),  # exactly 3 s is not more than 3 s
        (48.5, 45.0),  # 3.5 s in: this segment's start
        (201.0, 195.0),  # last segment, 1 s in
        (229.999, 200.0),  # last segment, at its end
    ],
)
def test_back_goes_to_this_or_the_previous_segment_start(position: float, landing: float) -> None:
    session = Session.started(CALF)
    session.run_to(position)
    session.engine.back()
    state = session.state
    assert state.phase is Phase.RUNNING
    assert state.position == landing
    assert state.segment.start == landing
    # Going back is doing it again: the call is said again, and nothing from before it.
    assert session.tick().due == cues_at(session, landing)


def test_back_says_the_segment_again_from_its_start() -> None:
    session = Session.started(CALF)
    session.run_to(60.0)  # right hold, set 1
    session.engine.back()
    count = len(session.said)
    session.run_to(80.0)
    replayed = [(cue.at, cue.text) for cue in session.engine.plan.cues if 50.0 <= cue.at <= 80.0]
    assert session.said_since(count) == replayed


def test_navigation_while_paused_moves_the_paused_position() -> None:
    session = Session.started(CALF)
    engine = session.engine
    session.run_to(20.0)
    engine.pause()
    engine.next()
    state = session.state
    assert (state.phase, state.position, state.segment_index) == (Phase.PAUSED, 45.0, 2)
    assert session.tick().due == ()
    session.clock.advance(100)
    assert session.state.position == 45.0
    engine.back()
    assert (session.state.phase, session.state.position) == (Phase.PAUSED, 15.0)
    engine.next()
    engine.next()
    engine.next()
    assert session.state.position == 80.0
    session.clock.advance(100)
    engine.resume()
    assert session.phase() is Phase.RUNNING
    assert session.state.position == 80.0
    assert session.tick().due == cues_at(session, 80.0)


def test_navigation_before_start_picks_where_to_start() -> None:
    session = Session(CALF)
    session.engine.next()
    session.engine.next()
    assert (session.state.phase, session.state.position) == (Phase.READY, 45.0)
    assert session.tick().due == ()
    session.engine.start()
    assert session.tick().due == cues_at(session, 45.0)


def test_restart_exercise_from_the_middle_of_set_2_goes_to_its_first_segment() -> None:
    session = Session.started(RECOVERY)
    session.run_to(370.0)  # calf raises, set 2 of 3
    state = session.state
    assert (state.segment.exercise, state.segment.set, state.segment.kind) == (
        "Calf raises",
        2,
        "work",
    )
    session.engine.restart_exercise()
    state = session.state
    assert state.phase is Phase.RUNNING
    assert state.segment_index == 12
    assert (state.segment.kind, state.position, state.exercise_index) == ("rest", 230.0, 1)
    assert session.tick().due == cues_at(session, 230.0)


@pytest.mark.parametrize(("position", "landing"), [(1.0, 0.0), (16.0, 0.0), (235.0, 230.0)])
def test_restart_exercise_includes_the_leading_transition(position: float, landing: float) -> None:
    session = Session.started(RECOVERY)
    session.run_to(position)
    session.engine.pause()
    session.engine.restart_exercise()
    assert (session.state.phase, session.state.position) == (Phase.PAUSED, landing)


# -- manual steps and done -------------------------------------------------------------------


def test_a_manual_step_waits_for_done() -> None:
    session = Session.started(MIXED)
    engine = session.engine
    session.run_to(155.0)
    assert session.said[-1].segment == MANUAL
    session.run_to(158.9)
    assert session.phase() is Phase.RUNNING
    for _ in range(300):
        session.clock.advance(0.1)
        session.tick()
    state = session.state
    assert state.phase is Phase.WAITING
    assert (state.segment_index, state.position, state.remaining) == (MANUAL, 159.0, 0.0)
    assert state.segment_elapsed == state.segment.duration
    assert state.adjustable is False
    assert session.said[-1].segment == MANUAL  # the rest after it is not announced yet
    assert session.missed == []
    assert engine.next_event_at() is None
    assert engine.clock_time_of(160.0) is None
    assert engine.adjust(5) is False

    engine.done()
    state = session.state
    assert (state.phase, state.position, state.segment_index) == (Phase.RUNNING, 159.0, 10)
    assert session.tick().due == cues_at(session, 159.0)
    session.run_to(199.0)
    assert session.phase() is Phase.FINISHED
    assert sorted(set(session.said), key=session.said.index) == session.said


def test_done_while_the_call_is_still_being_said_goes_on_now() -> None:
    session = Session.started(MIXED)
    session.run_to(156.0)
    session.engine.done()
    assert (session.state.position, session.state.segment_index) == (159.0, 10)
    assert session.tick().due == cues_at(session, 159.0)


@pytest.mark.parametrize("position", [0.0, 20.0, 150.0, 154.999])
def test_done_anywhere_else_does_nothing(position: float) -> None:
    session = Session.started(MIXED)
    session.run_to(position)
    before = session.state
    session.engine.done()
    assert session.state == before


def test_a_pause_while_waiting_resumes_waiting_and_done_while_paused_moves_on() -> None:
    session = Session.started(MIXED)
    engine = session.engine
    session.run_to(158.0)
    session.clock.advance(5)
    engine.pause()
    assert (session.state.phase, session.state.segment_index) == (Phase.PAUSED, MANUAL)
    engine.resume()
    assert (session.state.phase, session.state.position) == (Phase.WAITING, 159.0)
    engine.toggle_pause()
    assert session.phase() is Phase.PAUSED
    engine.done()
    state = session.state
    assert (state.phase, state.position, state.segment_index) == (Phase.PAUSED, 159.0, 10)
    assert session.tick().due == ()
    engine.toggle_pause()
    assert session.phase() is Phase.RUNNING
    assert session.tick().due == cues_at(session, 159.0)


def test_back_while_waiting_calls_the_step_again() -> None:
    session = Session.started(MIXED)
    session.run_to(158.0)
    session.clock.advance(30)
    session.tick()
    session.engine.back()  # 4 s into the step
    assert (session.state.phase, session.state.position) == (Phase.RUNNING, 155.0)
    assert session.tick().due == cues_at(session, 155.0)
    session.clock.advance(10)
    assert session.tick().state.phase is Phase.WAITING


def test_a_late_tick_stops_at_the_manual_step() -> None:
    session = Session.started(MIXED)
    session.run_to(150.0)
    session.clock.advance(50)
    tick = session.tick()
    assert (tick.state.phase, tick.state.position) == (Phase.WAITING, 159.0)
    assert tick.due == ()
    assert tick.missed == cues_after(session, 150.0, 159.0)
    assert tick.missed[-1].segment == MANUAL


def test_a_routine_ending_in_a_manual_step_finishes_on_done() -> None:
    session = Session.started(ONLY_MANUAL)
    engine = session.engine
    assert [cue.segment for cue in session.said] == [0]
    session.clock.advance(100)
    tick = session.tick()
    assert tick.state.phase is Phase.WAITING
    assert tick.due == ()  # not "routine complete" before Done
    engine.done()
    assert session.phase() is Phase.FINISHED
    assert [cue.kind for cue in session.tick().due] == ["complete"]
    assert session.tick().due == ()
    assert session.said == list(engine.plan.cues)


# -- live adjustment -------------------------------------------------------------------------


@pytest.mark.parametrize("delta", [5.0, -5.0])
def test_adjust_moves_the_end_the_countdown_and_everything_after(delta: float) -> None:
    session = Session.started(CALF)
    engine = session.engine
    session.run_to(20.0)
    old = engine.plan
    assert session.state.adjustable

    assert engine.adjust(delta) is True
    new = engine.plan
    assert new is not old
    assert engine.plan_version == 1
    assert engine.durations == {1: 30.0 + delta}
    hold = new.segments[1]
    assert (hold.start, hold.duration, hold.end) == (15.0, 30.0 + delta, 45.0 + delta)
    state = session.state
    assert (state.position, state.remaining, state.segment_index) == (20.0, 25.0 + delta, 1)
    assert new.total_seconds == old.total_seconds + delta

    def countdown(plan_cues: tuple[Cue, ...]) -> list[tuple[float, str]]:
        return [(c.at, c.text) for c in plan_cues if c.segment == 1 and c.kind == "countdown"]

    assert countdown(new.cues) == [(at + delta, text) for at, text in countdown(old.cues)]
    for before, after in zip(old.segments[2:], new.segments[2:], strict=True):
        assert (after.start, after.duration) == (before.start + delta, before.duration)
    later_old = [(c.at + delta, c.text, c.kind) for c in old.cues if c.segment > 1]
    later_new = [(c.at, c.text, c.kind) for c in new.cues if c.segment > 1]
    assert later_new == later_old

    count = len(session.said)
    session.run_to(new.total_seconds)
    assert session.said[count:] == [cue for cue in new.cues if cue.at > 20.0]
    assert session.missed == []


def test_adjust_never_leaves_less_than_a_second_and_never_lengthens_by_shortening() -> None:
    session = Session.started(CALF)
    engine = session.engine
    session.run_to(42.5)  # 27.5 s into the 30 s hold
    assert engine.adjust(-5) is True
    assert engine.plan.segments[1].duration == 28.5
    assert session.state.remaining == 1.0
    assert engine.adjust(-5) is False
    assert engine.plan_version == 1

    # The countdown moved to 40.5, 41.5, 42.5: "3" was said at 42, "2" is passed over.
    tick = session.tick()
    assert [cue.text for cue in tick.due] == ["1"]
    assert tick.missed == ()

    session.run_to(43.4)  # 28.4 s into what is now 28.5 s
    assert engine.adjust(-5) is False
    assert engine.plan.segments[1].duration == 28.5


def test_adjust_stops_at_an_hour() -> None:
    session = Session.started(CALF)
    session.run_to(20.0)
    assert session.engine.adjust(10_000) is True
    assert session.engine.plan.segments[1].duration == MAX_ADJUSTED_SECONDS
    assert session.engine.adjust(5) is False


def test_adjust_refuses_counted_sets_transitions_and_manual_steps() -> None:
    reps = Session.started(RECOVERY)
    reps.run_to(260.0)
    assert reps.state.segment.kind == "work" and reps.state.segment.reps == 15
    assert reps.state.adjustable is False
    assert reps.engine.adjust(5) is False
    assert reps.engine.plan_version == 0

    mixed = Session.started(MIXED)
    mixed.run_to(2.0)  # get-ready
    assert mixed.engine.adjust(5) is False
    mixed.run_to(156.0)  # manual
    assert mixed.state.adjustable is False
    assert mixed.engine.adjust(5) is False
    assert mixed.engine.plan_version == 0


def test_adjust_works_while_paused_and_keeps_the_position() -> None:
    session = Session.started(CALF)
    engine = session.engine
    session.run_to(20.0)
    engine.pause()
    assert session.state.adjustable
    assert engine.adjust(5)
    state = session.state
    assert (state.phase, state.position, state.remaining) == (Phase.PAUSED, 20.0, 30.0)
    engine.resume()
    session.run_to(engine.plan.total_seconds)
    assert len(set(session.said)) == len(session.said)


def test_adjust_does_not_say_again_what_was_said() -> None:
    session = Session.started(CALF)
    engine = session.engine
    session.run_to(31.0)  # "Halfway." was said at 30
    assert engine.adjust(5)  # it moves to 32.5
    session.run_to(43.5)  # "3" and "2" said at 42 and 43
    assert engine.adjust(5)  # the countdown moves to 52, 53, 54; what was said stays said
    session.run_to(56.0)
    in_hold = [cue for cue in session.said if cue.segment == 1]
    assert [cue.kind for cue in in_hold] == ["start", "halfway"] + ["countdown"] * 3
    assert [cue.text for cue in in_hold[2:]] == ["3", "2", "1"]
    assert [cue.at for cue in session.said if cue.segment == 1][-1] == 54.0
    assert session.said[-1].at == 55.0  # the switch, at the new end


def test_adjust_keeps_a_call_reached_just_before_it() -> None:
    session = Session.started(CALF)
    session.run_to(14.9)
    session.clock.advance(0.15)  # the hold's call is reached, but not ticked yet
    assert session.engine.adjust(5)
    assert session.tick().due == cues_at(session, 15.0)


def test_going_forward_never_says_a_cue_twice() -> None:
    session = Session.started(MIXED)
    engine = session.engine
    session.run_to(20.0)
    assert engine.adjust(5)
    session.run_to(38.0)  # the hold's countdown, moved
    engine.next()
    session.run_to(42.0)
    engine.pause()
    engine.next()
    engine.resume()
    session.run_to(161.0)  # into the manual step (moved by 5 s): its call was said
    assert session.said[-1].kind == "start" and session.state.segment.kind == "manual"
    engine.done()
    assert engine.adjust(-5) is False  # a rest
    session.run_to(engine.plan.total_seconds)
    said = [(cue.segment, cue.kind, cue.text) for cue in session.said]
    assert len(set(said)) == len(said)
    assert [cue.kind for cue in session.said].count("complete") == 1
    assert session.missed == []


# -- late ticks ------------------------------------------------------------------------------


def test_a_tick_5_s_late_lands_right_and_says_only_what_is_due() -> None:
    session = Session.started(CALF)
    session.run_to(10.0)
    session.clock.advance(5.1)
    tick = session.tick()
    assert tick.state.segment_index == 1
    assert tick.state.remaining == pytest.approx(29.9)
    assert tick.due == cues_at(session, 15.0)
    assert tick.missed == cues_after(session, 10.0, 15.0) != ()


def test_a_late_tick_past_a_call_says_nothing() -> None:
    session = Session.started(CALF)
    session.run_to(10.0)
    session.clock.advance(6.0)
    tick = session.tick()
    assert (tick.state.segment_index, tick.state.remaining) == (1, 29.0)
    assert tick.due == ()
    assert tick.missed == cues_after(session, 10.0, 15.5)
    assert session.tick().missed == ()


def test_a_very_late_tick_finishes_and_still_says_routine_complete() -> None:
    session = Session.started(CALF)
    session.run_to(10.0)
    session.clock.advance(1000)
    tick = session.tick()
    plan = session.engine.plan
    assert tick.state.phase is Phase.FINISHED
    assert [cue.kind for cue in tick.due] == ["complete"]
    assert list(tick.missed) == [cue for cue in plan.cues[:-1] if cue.at > 10.0]


# -- the end ---------------------------------------------------------------------------------


def test_stop_freezes_the_session_and_silences_it() -> None:
    session = Session.started(CALF)
    engine = session.engine
    session.run_to(20.0)
    engine.stop()
    stopped = session.state
    assert (stopped.phase, stopped.position) == (Phase.STOPPED, 20.0)
    assert stopped.is_over
    session.clock.advance(500)
    for command in (
        engine.next,
        engine.back,
        engine.restart_exercise,
        engine.done,
        engine.start,
        engine.resume,
        engine.toggle_pause,
        engine.pause,
    ):
        command()
        assert session.state == stopped
    assert engine.adjust(5) is False
    assert session.tick().due == session.tick().missed == ()
    assert engine.next_event_at() is None


def test_finished_is_final() -> None:
    session = Session.started(CALF)
    engine = session.engine
    session.run_to(230.0)
    finished = session.state
    assert finished.phase is Phase.FINISHED
    for command in (engine.next, engine.back, engine.restart_exercise, engine.stop):
        command()
        assert session.state == finished
    assert engine.adjust(5) is False
    assert [cue.kind for cue in session.said].count("complete") == 1


def test_toggle_pause_starts_pauses_and_resumes() -> None:
    session = Session(CALF)
    phases = []
    for _ in range(4):
        session.engine.toggle_pause()
        phases.append(session.state.phase)
        session.clock.advance(1)
    assert phases == [Phase.RUNNING, Phase.PAUSED, Phase.RUNNING, Phase.PAUSED]
    assert session.state.position == 2.0


# -- state for the views ---------------------------------------------------------------------


def test_state_says_the_rep_and_what_comes_next() -> None:
    session = Session.started(RECOVERY)
    session.run_to(250.0 + 2 * 4.0 + 1.0)  # 9 s into reps of 4 s
    state = session.state
    assert (state.segment_index, state.rep, state.segment_elapsed) == (13, 3, 9.0)
    assert state.next_work is not None and state.next_work.set == 2
    assert state.progress == pytest.approx(259.0 / 490.0)
    assert state.time_left == 490.0 - 259.0

    rest = Session.started(MIXED)
    rest.run_to(150.0)
    assert rest.state.rep is None
    assert rest.state.exercise_index == 1  # the rest before the manual step leads into it
    assert rest.state.next_work is not None and rest.state.next_work.kind == "manual"


def test_state_reads_without_consuming() -> None:
    session = Session.started(CALF)
    countdown = cues_after(session, 0.0, 15.0)[0]
    session.clock.advance(countdown.at)
    first, second = session.state, session.state
    assert first == second
    assert session.tick().due == (countdown,)


def test_a_routine_without_exercises_is_refused() -> None:
    with pytest.raises(ValueError, match="no exercises"):
        SessionEngine(Routine(format=1, title="Empty"), FakeClock())
    with pytest.raises(ValueError, match="late_tolerance"):
        SessionEngine(CALF, FakeClock(), late_tolerance=-1)


@pytest.mark.parametrize("routine_id", BUILTIN_IDS)
def test_cue_keys_tell_every_cue_apart(routine_id: str) -> None:
    for options in (PlanOptions(), PlanOptions(count_reps=False, halfway=False)):
        cues = SessionEngine(builtin(routine_id), FakeClock(), options).plan.cues
        keys = cue_keys(cues)
        assert len(set(keys)) == len(keys)
        assert all(key[3] == 0 for key in keys)  # no two look alike in the built-ins


# -- time, computed --------------------------------------------------------------------------


@pytest.mark.parametrize("start", [1000.0, 1_000_000.3])
def test_a_long_run_does_not_drift(start: float) -> None:
    clock = FakeClock(start)
    engine = SessionEngine(HOUR, clock)
    engine.start()
    rng = random.Random(start)
    while clock.now() - start < 30 * 60:
        # mostly a tenth of a second, with jitter, and now and then a tick seconds late
        clock.advance(rng.choice([0.1, 0.1, 0.1, rng.uniform(0.0, 0.5), rng.uniform(1.0, 4.0)]))
        tick = engine.tick()
        state = tick.state
        assert state.position == clock.now() - start
        assert state.remaining == state.segment.end - state.position
        for cue in tick.due:
            assert 0 <= state.position - cue.at <= engine.late_tolerance + EPSILON
        for cue in tick.missed:
            assert state.position - cue.at > engine.late_tolerance
    assert state.phase is Phase.RUNNING


# -- properties ------------------------------------------------------------------------------

COMMANDS = ("pause", "resume", "toggle_pause", "next", "back", "restart_exercise", "done", "stop")
BACKWARD = frozenset({"back", "restart_exercise"})
OPERATIONS = st.lists(
    st.one_of(
        st.tuples(st.just("tick"), st.floats(0.0, 12.0, allow_nan=False)),
        st.tuples(st.sampled_from(COMMANDS), st.just(0.0)),
        st.tuples(st.just("adjust"), st.sampled_from([-5.0, 5.0, -40.0])),
    ),
    max_size=60,
)


@settings(max_examples=150, deadline=None)
@given(OPERATIONS)
# Shortening to 1 s leaves the hold's call out of the Plan (it would overlap the switch);
# lengthening brings it back, already said.
@example([("tick", 5.0), ("adjust", -40.0), ("adjust", 5.0)])
def test_no_cue_is_said_twice_in_one_pass_and_the_position_stays_in_the_plan(
    operations: list[tuple[str, float]],
) -> None:
    """Any sequence of commands and ticks. A cue is handed out again only after a jump back
    (back, restart_exercise) over it, which is doing that part again."""
    session = Session(MIXED)
    engine = session.engine
    engine.start()
    handed_out: dict[tuple[int, str, str, int], float] = {}  # cue -> at, this pass
    over_since: Phase | None = None

    def check_tick() -> None:
        nonlocal over_since
        tick = session.tick()
        state = tick.state
        if over_since is not None:
            assert tick.due == tick.missed == ()
        keys = dict(zip(engine.plan.cues, cue_keys(engine.plan.cues), strict=True))
        for cue in (*tick.due, *tick.missed):
            assert keys[cue] not in handed_out, f"{cue} handed out twice"
            handed_out[keys[cue]] = cue.at
            assert cue.at <= state.position + EPSILON
        for cue in tick.due:
            assert state.position - cue.at <= engine.late_tolerance + EPSILON
        for cue in tick.missed:
            assert state.position - cue.at > engine.late_tolerance
        if state.is_over:
            over_since = state.phase

    for name, value in operations:
        if name == "tick":
            session.clock.advance(value)
            check_tick()
        elif name == "adjust":
            engine.adjust(value)
        else:
            getattr(engine, name)()
        if name in BACKWARD:
            landing = session.state.position
            handed_out = {key: at for key, at in handed_out.items() if at < landing}
        state = session.state
        assert 0.0 <= state.position <= state.total
        assert 0.0 <= state.segment_elapsed <= state.segment.duration
        assert state.remaining >= 0.0
        assert 0.0 <= state.progress <= 1.0
        assert state.segment is engine.plan.segments[state.segment_index]

    # Whatever happened, the session can be taken to its end, and says the end once.
    for _ in range(200):
        phase = engine.phase
        if phase in (Phase.FINISHED, Phase.STOPPED):
            break
        if phase is Phase.PAUSED:
            engine.resume()
        elif phase is Phase.WAITING:
            engine.done()
        else:
            at = engine.next_event_at()
            assert at is not None
            session.clock.set(max(session.clock.now(), at))
        check_tick()
    check_tick()
    completes = Counter(cue.kind for cue in session.said)["complete"]
    assert completes == (1 if engine.phase is Phase.FINISHED else 0)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.floats(0.0, 3.0, allow_nan=False), min_size=1, max_size=400))
def test_without_commands_every_cue_is_said_or_missed_once_in_order(steps: list[float]) -> None:
    session = Session.started(CALF)
    for step in steps:
        session.clock.advance(step)
        session.tick()
    session.clock.advance(1000)
    session.tick()
    handed_out = sorted(session.said + session.missed, key=lambda cue: cue.at)
    assert handed_out == list(session.engine.plan.cues)
