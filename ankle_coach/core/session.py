"""SessionEngine: a state machine over a Plan that says where a session is and what to say now.

Time is computed, never counted. While running, the position in the Plan is worked out from an
anchor, `anchor_position + (clock.now() - anchor_clock)`, so a session cannot drift however
long it runs or however late a tick comes. Pausing freezes the position; resuming and every
jump set a new anchor. The anchor is a (clock time, plan time) pair rather than the single
`now - position` so that right after a jump the position is exactly the segment start, not a
float rounding of it that would land a hair inside the segment before.

Time-driven changes (a manual step that reaches the end of its call and waits for Done, the end
of the routine) follow from the clock alone: `state()` shows them without changing anything, and
`tick()` and every command commit them before acting.

Which cues are spoken: `tick()` hands out each cue once, in order, when the position reaches
it. A cue reached more than `late_tolerance` after its time (a late tick) is reported as missed,
never spoken late. Jumping forward passes over the cues in between; jumping back (`back`,
`restart_exercise`) is doing that part again, so the cues from there on are spoken again, as
the first time. A live adjustment recompiles the Plan; what was already said stays said.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType
from typing import Final

from ankle_coach.core.clock import Clock
from ankle_coach.core.plan import Cue, Plan, PlanOptions, Segment, compile_plan
from ankle_coach.core.routine import Routine

#: `back()` later than this into a segment goes to the segment's own start, sooner to the one
#: before, like the back button of a music player.
BACK_RESTARTS_AFTER: Final = 3.0
#: The step of the + and - buttons; `adjust()` itself takes any number of seconds.
ADJUST_STEP_SECONDS: Final = 5.0
#: Longest an adjusted segment may become (the longest `duration_seconds` a file may give).
MAX_ADJUSTED_SECONDS: Final = 3600.0
#: Shortening always leaves at least this much of the current segment to come.
MIN_LEFT_AFTER_ADJUST: Final = 1.0
#: Slack for comparing plan times: a clock time worked out from a plan time and back may come
#: out a rounding error short, and a timer set for a cue must still find it due.
EPSILON: Final = 1e-6

_CALL_KINDS: Final = frozenset({"start", "announce"})


class Phase(StrEnum):
    """Where a session is in its life; the values are what history and logs record."""

    READY = "ready"
    RUNNING = "running"
    PAUSED = "paused"
    WAITING = "waiting"  # a manual step has been called and waits for Done
    FINISHED = "finished"
    STOPPED = "stopped"


#: Phases in which nothing happens any more.
OVER: Final = frozenset({Phase.FINISHED, Phase.STOPPED})


@dataclass(frozen=True)
class SessionState:
    """Where a session stands at one moment: everything a view shows."""

    phase: Phase
    segment_index: int
    segment: Segment  # the current segment
    segment_elapsed: float  # seconds into the current segment
    remaining: float  # seconds left in the current segment (0 while WAITING)
    position: float  # seconds into the Plan
    total: float  # plan.total_seconds
    progress: float  # position / total, 0..1
    time_left: float  # total - position
    rep: int | None  # the rep under way, in a counted set
    next_work: Segment | None  # the next work or manual segment (Plan.next_work)
    adjustable: bool  # whether adjust() can change the current segment

    @property
    def exercise_index(self) -> int:
        """The exercise under way; a rest or get-ready counts as part of the exercise it leads
        into."""
        return self.segment.exercise_index

    @property
    def is_over(self) -> bool:
        """FINISHED or STOPPED: the session will not change any more."""
        return self.phase in OVER


@dataclass(frozen=True)
class Tick:
    """What one `tick()` found."""

    state: SessionState
    due: tuple[Cue, ...]  # cues to speak now, in order
    missed: tuple[Cue, ...]  # cues passed while the tick was late: report them, never play them


@dataclass(frozen=True, slots=True)
class _Moment:
    """The session resolved at one clock reading, time-driven changes applied."""

    now: float
    phase: Phase
    position: float
    segment_index: int


CueKey = tuple[int, str, str, int]


def cue_keys(cues: Iterable[Cue]) -> list[CueKey]:
    """What makes a cue the same cue across recompiles of a Plan (live adjustments).

    A cue is the same when it is the same kind of thing said in the same segment, wherever it
    moved: the halfway of set 2 is one cue at 15 s or at 17.5 s. A segment's call is one cue
    even when a shorter wording is chosen for a shorter segment. The trailing number tells
    apart cues that would otherwise look alike.
    """
    seen: Counter[tuple[int, str, str]] = Counter()
    keys: list[CueKey] = []
    for cue in cues:
        base = (cue.segment, cue.kind, "" if cue.kind in _CALL_KINDS else cue.text)
        keys.append((*base, seen[base]))
        seen[base] += 1
    return keys


class SessionEngine:
    """A session of one routine: a state machine over its Plan, driven by an injected Clock.

    The engine never waits and owns no timer. Whoever drives it (the Qt SessionController, the
    terminal runner, a test) calls `tick()` often enough or at `next_event_at()`, speaks the
    cues a tick returns and shows its state. Commands (start, pause, next, ...) take effect at
    `clock.now()`; the cues they make due come out of the next tick, so the driver ticks right
    after a command.

    Navigation keeps the phase: while paused (or ready) it moves the paused position, while
    running it moves the anchor. WAITING counts as running: leaving a waiting step runs on.
    Going past the end of the last segment finishes the session, whatever the phase.
    """

    def __init__(
        self,
        routine: Routine,
        clock: Clock,
        options: PlanOptions | None = None,
        *,
        late_tolerance: float = 0.25,
    ) -> None:
        if late_tolerance < 0:
            raise ValueError(f"late_tolerance must not be negative, not {late_tolerance}")
        self._routine = routine
        self._clock = clock
        self._options = options or PlanOptions()
        self._late_tolerance = late_tolerance
        self._durations: dict[int, float] = {}
        self._plan_version = 0
        self._set_plan(compile_plan(routine, self._options))
        if not self._plan.segments:
            raise ValueError(f'the routine "{routine.title}" has no exercises; nothing to run')

        self._phase = Phase.READY
        # The position when not running (ready, paused, waiting, over).
        self._position = 0.0
        # While running: the position was `_anchor_position` at clock time `_anchor_clock`.
        self._anchor_clock = 0.0
        self._anchor_position = 0.0
        # What resume() goes back to.
        self._resume_phase = Phase.RUNNING
        # The manual segment waited at; kept through a pause or stop while waiting, because the
        # position (its end) is also the start of the segment after it.
        self._waiting_index: int | None = None
        # Which of plan.cues have been spoken, reported missed or passed over; `_cursor` is the
        # first that has not, for speed. After an adjustment some further on may be done too.
        self._handled = [False] * len(self._plan.cues)
        self._cursor = 0
        # Cues done before the adjustments since the last jump, by cue_keys().
        self._done_before_adjust: set[CueKey] = set()

    # -- what there is to read -------------------------------------------------------------

    @property
    def routine(self) -> Routine:
        return self._routine

    @property
    def options(self) -> PlanOptions:
        return self._options

    @property
    def clock(self) -> Clock:
        return self._clock

    @property
    def late_tolerance(self) -> float:
        return self._late_tolerance

    @property
    def plan(self) -> Plan:
        """The Plan as it stands; a new object after each adjustment."""
        return self._plan

    @property
    def plan_version(self) -> int:
        """Goes up by one whenever `plan` changes, so a view can tell when to redraw it."""
        return self._plan_version

    @property
    def durations(self) -> Mapping[int, float]:
        """The segment lengths changed by `adjust()`, by segment index (for the history)."""
        return MappingProxyType(self._durations)

    @property
    def phase(self) -> Phase:
        """The phase at `clock.now()`, as `state()` would give it."""
        return self._resolve(self._clock.now()).phase

    def state(self) -> SessionState:
        """The session at `clock.now()`. Changes nothing and hands out no cues."""
        return self._state(self._resolve(self._clock.now()))

    def clock_time_of(self, plan_at: float) -> float | None:
        """The clock time at which the position reaches `plan_at` if the session runs on
        uninterrupted (a wait for Done ahead is not foreseen); None when it is not running."""
        moment = self._resolve(self._clock.now())
        if moment.phase is not Phase.RUNNING:
            return None
        return self._anchor_clock + (plan_at - self._anchor_position)

    def next_event_at(self) -> float | None:
        """The clock time of the next thing a tick is needed for: the next cue to hand out, the
        end of the current segment, or the end. It is in the past when a tick is overdue.
        None when not running: nothing happens by itself while ready, paused or waiting."""
        moment = self._resolve(self._clock.now())
        if moment.phase is not Phase.RUNNING:
            return None
        at = self._plan.segments[moment.segment_index].end
        cursor = self._first_unhandled(self._cursor)
        if cursor < len(self._plan.cues):
            at = min(at, self._plan.cues[cursor].at)
        return self._anchor_clock + (at - self._anchor_position)

    def segment_index_of_exercise(self, exercise_index: int) -> int:
        """The first segment of an exercise: its get-ready or rest when it has one."""
        for segment in self._plan.segments:
            if segment.exercise_index == exercise_index:
                return segment.index
        raise IndexError(f"the routine has no exercise {exercise_index}")

    # -- the clock moves -------------------------------------------------------------------

    def tick(self) -> Tick:
        """Apply what time has done and hand out the cues reached since the last tick.

        `due`: cues reached no more than `late_tolerance` ago, to speak now. `missed`: cues the
        position went past while the tick was late; they are never spoken late. Ready, paused
        and stopped sessions say nothing.
        """
        moment = self._advance()
        due: list[Cue] = []
        missed: list[Cue] = []
        if moment.phase in (Phase.RUNNING, Phase.WAITING, Phase.FINISHED):
            self._take_cues(moment, due, missed)
        return Tick(self._state(moment), tuple(due), tuple(missed))

    # -- commands --------------------------------------------------------------------------

    def start(self) -> None:
        """READY -> RUNNING from the ready position (0 unless navigation moved it); the cue
        there is due at the next tick."""
        if self._phase is not Phase.READY:
            return
        self._run_from(self._clock.now(), self._position)

    def pause(self) -> None:
        """RUNNING or WAITING -> PAUSED; the position stays where it is until resume()."""
        moment = self._advance()
        if moment.phase not in (Phase.RUNNING, Phase.WAITING):
            return
        self._resume_phase = moment.phase
        self._position = moment.position
        self._phase = Phase.PAUSED

    def resume(self) -> None:
        """PAUSED -> what it was: running on from the paused position, or waiting for Done."""
        if self._phase is not Phase.PAUSED:
            return
        if self._resume_phase is Phase.WAITING:
            self._phase = Phase.WAITING
        else:
            self._run_from(self._clock.now(), self._position)

    def toggle_pause(self) -> None:
        """The one play/pause button: READY starts, RUNNING or WAITING pauses, PAUSED resumes."""
        phase = self._advance().phase
        if phase is Phase.READY:
            self.start()
        elif phase in (Phase.RUNNING, Phase.WAITING):
            self.pause()
        elif phase is Phase.PAUSED:
            self.resume()

    def stop(self) -> None:
        """End the session early; nothing more is said. A finished session stays FINISHED."""
        moment = self._advance()
        if moment.phase in OVER:
            return
        self._position = moment.position
        self._phase = Phase.STOPPED
        self._handled = [True] * len(self._plan.cues)
        self._cursor = len(self._handled)

    def next(self) -> None:
        """Skip to the start of the next segment; from the last one, finish."""
        moment = self._navigable()
        if moment is None:
            return
        segments = self._plan.segments
        following = moment.segment_index + 1
        target = segments[following].start if following < len(segments) else segments[-1].end
        self._move_to(moment, target)

    def back(self) -> None:
        """To the current segment's start when more than BACK_RESTARTS_AFTER seconds into it,
        else to the previous segment's start (the first segment: its own start)."""
        moment = self._navigable()
        if moment is None:
            return
        segment = self._plan.segments[moment.segment_index]
        elapsed = moment.position - segment.start
        if elapsed > BACK_RESTARTS_AFTER or segment.index == 0:
            target = segment.start
        else:
            target = self._plan.segments[segment.index - 1].start
        self._move_to(moment, target)

    def restart_exercise(self) -> None:
        """To the first segment of the current exercise, its get-ready or rest included."""
        moment = self._navigable()
        if moment is None:
            return
        exercise_index = self._plan.segments[moment.segment_index].exercise_index
        first = self._plan.segments[self.segment_index_of_exercise(exercise_index)]
        self._move_to(moment, first.start)

    def done(self) -> None:
        """In a manual step (waiting, or still saying what to do): go on to the next segment
        now. Anywhere else it does nothing."""
        moment = self._navigable()
        if moment is None:
            return
        segment = self._plan.segments[moment.segment_index]
        if segment.kind == "manual":
            self._move_to(moment, segment.end)

    def adjust(self, delta: float) -> bool:
        """Lengthen (delta > 0) or shorten the current hold or timed segment by `delta` seconds.

        Counted sets and manual steps cannot be adjusted. The new length is kept within
        [elapsed + MIN_LEFT_AFTER_ADJUST, MAX_ADJUSTED_SECONDS] (and a shortening never
        lengthens). The segment's own cues (halfway, the countdown) and everything after it move
        with its end; cues already said are not said again. Returns whether anything changed.
        """
        moment = self._navigable()
        if moment is None or moment.phase is Phase.WAITING:
            return False
        segment = self._plan.segments[moment.segment_index]
        if not _adjustable(segment):
            return False
        elapsed = max(0.0, moment.position - segment.start)
        wanted = segment.duration + delta
        if delta < 0:
            floor = max(elapsed + MIN_LEFT_AFTER_ADJUST, 1.0)
            length = min(segment.duration, max(wanted, floor))
        else:
            length = max(segment.duration, min(wanted, MAX_ADJUSTED_SECONDS))
        if abs(length - segment.duration) < EPSILON:
            return False

        position = moment.position
        # Kept from earlier adjustments too: a cue an overlap left out of the last Plan may
        # come back in the next.
        done = self._done_before_adjust
        reached: set[CueKey] = set()  # reached but not ticked yet: still to be handed out
        for key, cue, handled in zip(
            cue_keys(self._plan.cues), self._plan.cues, self._handled, strict=True
        ):
            if handled:
                done.add(key)
            elif cue.at <= position + EPSILON:
                reached.add(key)
        self._durations[segment.index] = length
        self._set_plan(compile_plan(self._routine, self._options, self._durations))
        self._plan_version += 1
        # Segments before this one are untouched and its start stays put, so the anchor (and
        # with it the position) still holds; only which cues are done has to be carried over.
        # A cue that shortening moved behind the position is passed over, as by a jump: it
        # was not missed by a late tick.
        self._handled = [
            key in done or (cue.at + EPSILON < position and key not in reached)
            for key, cue in zip(cue_keys(self._plan.cues), self._plan.cues, strict=True)
        ]
        self._cursor = self._first_unhandled(0)
        return True

    # -- inside ----------------------------------------------------------------------------

    def _set_plan(self, plan: Plan) -> None:
        self._plan = plan
        self._cue_ats: Sequence[float] = [cue.at for cue in plan.cues]
        self._manual_segments = tuple(s for s in plan.segments if s.kind == "manual")
        self._manual_ends: Sequence[float] = [s.end for s in self._manual_segments]

    def _resolve(self, now: float) -> _Moment:
        """The session at clock time `now`, without changing anything."""
        plan = self._plan
        total = plan.total_seconds
        if self._phase is Phase.RUNNING:
            # A clock that went back (a monotonic one never does) cannot undo a jump.
            raw = max(self._anchor_position, self._anchor_position + (now - self._anchor_clock))
            # The first manual step ending after the anchor is the only one the position can
            # have reached: the session stops there and waits for Done. One ending at the
            # anchor is the step just left by done().
            next_manual = bisect.bisect_right(self._manual_ends, self._anchor_position)
            if (
                next_manual < len(self._manual_ends)
                and raw + EPSILON >= self._manual_ends[next_manual]
            ):
                manual = self._manual_segments[next_manual]
                return _Moment(now, Phase.WAITING, manual.end, manual.index)
            if raw + EPSILON >= total:
                return _Moment(now, Phase.FINISHED, total, len(plan.segments) - 1)
            return _Moment(now, Phase.RUNNING, raw, plan.segment_index_at(raw + EPSILON))
        if self._waiting_index is not None:
            return _Moment(now, self._phase, self._position, self._waiting_index)
        index = plan.segment_index_at(self._position + EPSILON)
        return _Moment(now, self._phase, self._position, index)

    def _advance(self) -> _Moment:
        """Resolve the session now and commit what time has changed."""
        moment = self._resolve(self._clock.now())
        if self._phase is Phase.RUNNING and moment.phase is not Phase.RUNNING:
            self._phase = moment.phase
            self._position = moment.position
            self._waiting_index = moment.segment_index if moment.phase is Phase.WAITING else None
        return moment

    def _navigable(self) -> _Moment | None:
        moment = self._advance()
        return None if moment.phase in OVER else moment

    def _run_from(self, now: float, position: float) -> None:
        self._phase = Phase.RUNNING
        self._anchor_clock = now
        self._anchor_position = position
        self._waiting_index = None

    def _move_to(self, moment: _Moment, target: float) -> None:
        """Jump to plan time `target` (a segment start, or the end), keeping the phase.

        The cues at the target are due at the next tick, so the new segment's call is spoken;
        those before it are passed over, and those after it are to come, again if they had
        been said before a jump back.
        """
        total = self._plan.total_seconds
        target = min(max(target, 0.0), total)
        self._handled = [at < target for at in self._cue_ats]
        self._done_before_adjust = set()
        self._cursor = bisect.bisect_left(self._cue_ats, target)
        self._waiting_index = None
        if target >= total:
            self._phase = Phase.FINISHED
            self._position = total
        elif moment.phase in (Phase.RUNNING, Phase.WAITING):
            self._run_from(moment.now, target)
        else:
            self._position = target
            self._resume_phase = Phase.RUNNING

    def _first_unhandled(self, start: int) -> int:
        handled = self._handled
        while start < len(handled) and handled[start]:
            start += 1
        return start

    def _take_cues(self, moment: _Moment, due: list[Cue], missed: list[Cue]) -> None:
        """Hand out the cues the position has reached, marking them done."""
        cues = self._plan.cues
        if moment.phase is Phase.WAITING:
            # Waiting at the end of a manual step, which is also the start of the next
            # segment: that segment's call belongs after Done.
            limit, inclusive = self._plan.segments[moment.segment_index].end, False
        else:
            limit, inclusive = moment.position + EPSILON, True

        index = self._cursor
        while index < len(cues) and (
            cues[index].at <= limit if inclusive else cues[index].at < limit
        ):
            if not self._handled[index]:
                self._handled[index] = True
                cue = cues[index]
                late = moment.position - cue.at
                (due if late <= self._late_tolerance + EPSILON else missed).append(cue)
            index += 1
        self._cursor = self._first_unhandled(self._cursor)

    def _state(self, moment: _Moment) -> SessionState:
        plan = self._plan
        segment = plan.segments[moment.segment_index]
        total = plan.total_seconds
        position = moment.position
        elapsed = min(max(0.0, position - segment.start), segment.duration)
        active = moment.phase in (Phase.READY, Phase.RUNNING, Phase.PAUSED)
        return SessionState(
            phase=moment.phase,
            segment_index=segment.index,
            segment=segment,
            segment_elapsed=elapsed,
            remaining=max(0.0, segment.end - position),
            position=position,
            total=total,
            progress=min(1.0, max(0.0, position / total)) if total > 0 else 1.0,
            time_left=max(0.0, total - position),
            rep=segment.rep_at(elapsed),
            next_work=plan.next_work(segment.index),
            adjustable=active and _adjustable(segment),
        )


def _adjustable(segment: Segment) -> bool:
    """A hold or a timed segment; a counted set's length is its reps, a manual step has none."""
    return segment.kind == "work" and segment.reps is None
