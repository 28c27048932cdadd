"""SessionRecorder: logs a session to the history as the engine's state changes, and keeps
what it could not write until the file can be written again."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Final

from ankle_coach.core.clock import Clock
from ankle_coach.core.history.model import CheckIn, HistoryError, Outcome, local_now
from ankle_coach.core.history.names import recorded_partly_done
from ankle_coach.core.history.store import History
from ankle_coach.core.plan import Plan, Segment
from ankle_coach.core.session import Phase, SessionState

#: A work segment left (by Next) with this little of it to go counts as done.
NEARLY_DONE_SECONDS: Final = 1.0
#: The segments that are the work of a session (not its get-ready, rests and switches).
_WORK_KINDS: Final = ("work", "manual")


@dataclass
class _Seen:
    clock: float
    phase: Phase
    position: float
    segment_index: int


@dataclass
class SessionRecorder:
    """Writes one session to the history as the engine's state changes: feed it every state
    (the controller's stateChanged) and, after a live adjustment, the new Plan (planChanged).

    The session is logged when it first leaves READY (a session never started is not logged).
    A work segment is done when the session runs past its end, or is moved on from with no
    more than NEARLY_DONE_SECONDS of it to go; one skipped (Next) or gone back from (Back) is
    not. A manual step is done when Done is pressed after it has been called. An exercise is
    completed when all its work is done. Progress is written each time a work segment is
    done; the end ("finished" or "stopped") when the session is over.

    `done_seconds` is the Plan time followed on the clock, never what was skipped, at most the
    Plan's length; `work_done_seconds` the part of it in work and manual steps, at most
    `work_seconds` (for the rule that half the work makes a session count). An exercise with
    only some of its work done is listed as "Calf stretch (5 of 6 done)" after those
    completed. A history error is handed to `on_problem` (once) and the session itself
    goes on.

    `title` and `exercise_names` (by exercise index) are what is recorded: the routine file's
    own English ones (`entry.original`), so the history does not depend on the language in
    use (core/history/names.py); with no `exercise_names` the Plan's names are recorded.
    What could not be written (the start, the progress, the end) is kept and written
    at the next progress or end, at `record_check_in`, at `flush`, and before the history's
    next write of any kind, once the file can be written again: never lost while the app runs.
    """

    history: History
    routine_id: str
    title: str
    plan: Plan
    clock: Clock
    now: Callable[[], datetime] = local_now
    before_check_in_id: int | None = None
    on_problem: Callable[[str], None] | None = None
    exercise_names: tuple[str, ...] = ()
    session_id: int | None = field(default=None, init=False)
    outcome: Outcome | None = field(default=None, init=False)
    problem: str | None = field(default=None, init=False)
    done_seconds: float = field(default=0.0, init=False)
    work_done_seconds: float = field(default=0.0, init=False)
    _done: set[int] = field(default_factory=set, init=False)
    _completed: list[int] = field(default_factory=list, init=False)
    _seen: _Seen | None = field(default=None, init=False)
    # What is waiting to be written: when it started, whether the check-in before it is
    # linked, when the progress was last made, and how it ended.
    _started_at: datetime | None = field(default=None, init=False)
    _linked: bool = field(default=False, init=False)
    _progress_at: datetime | None = field(default=None, init=False)
    _ended: tuple[Outcome, datetime] | None = field(default=None, init=False)
    _flushing: bool = field(default=False, init=False)

    @property
    def completed_exercises(self) -> list[str]:
        """The exercises completed, in the order they were; then, in the Plan's order, those
        with only some of their work done, as "Calf stretch (5 of 6 done)"."""
        names = [self._exercise_name(index) for index in self._completed]
        parts: dict[int, list[bool]] = {}
        for segment in self.plan.segments:
            if segment.kind in _WORK_KINDS and segment.exercise_index not in self._completed:
                parts.setdefault(segment.exercise_index, []).append(segment.index in self._done)
        for exercise, done in parts.items():
            if any(done):
                name = self._exercise_name(exercise)
                names.append(recorded_partly_done(name, sum(done), len(done)))
        return names

    @property
    def work_seconds(self) -> float:
        """How much of the Plan is work: its holds, reps, timed and manual steps."""
        return sum(s.duration for s in self.plan.segments if s.kind in _WORK_KINDS)

    @property
    def over(self) -> bool:
        return self.outcome is not None

    @property
    def pending(self) -> bool:
        """Whether something of this session is still to be written."""
        started = self._started_at is not None
        return (
            (started and self.session_id is None)
            or (started and self.before_check_in_id is not None and not self._linked)
            or self._progress_at is not None
            or self._ended is not None
        )

    def set_plan(self, plan: Plan) -> None:
        """The Plan after a live adjustment; the structure is the same, the times moved."""
        self.plan = plan

    def on_state(self, state: SessionState) -> None:
        if self.over:
            return
        now_clock = self.clock.now()
        seen, self._seen = (
            self._seen,
            _Seen(now_clock, state.phase, state.position, state.segment_index),
        )
        started = False
        if self._started_at is None:
            if state.phase is Phase.READY:
                return
            if state.phase is Phase.STOPPED:
                self.outcome = "stopped"  # stopped before it started: nothing to log
                return
            self._started_at = self.now()
            started = True
        if seen is None:
            seen = _Seen(now_clock, Phase.READY, state.position, state.segment_index)
        newly_done = self._advance(seen, state, now_clock)
        if state.phase in (Phase.FINISHED, Phase.STOPPED):
            self.outcome = "finished" if state.phase is Phase.FINISHED else "stopped"
            ended_at = self.now()
            self._progress_at = ended_at
            self._ended = (self.outcome, ended_at)
            self.flush()
        elif newly_done or started:
            if newly_done:
                self._progress_at = self.now()
            self.flush()

    def flush(self) -> bool:
        """Write what is waiting to be written; True when nothing is left. A failure is
        reported (once) and the rest kept for the next try."""
        if self._flushing:
            return not self.pending
        self._flushing = True
        try:
            if self._started_at is not None and self.session_id is None:
                self.session_id = self.history.start_session(
                    self.routine_id,
                    self.title,
                    self.plan.total_seconds,
                    self._started_at,
                    work_seconds=self.work_seconds,
                )
            if self.session_id is not None and self.before_check_in_id is not None:
                if not self._linked:
                    self.history.link_check_in(self.before_check_in_id, self.session_id)
                    self._linked = True
            if self.session_id is not None and self._progress_at is not None:
                self._write_progress(self._progress_at)
                self._progress_at = None
            if self.session_id is not None and self._ended is not None:
                outcome, ended_at = self._ended
                self.history.finish_session(self.session_id, ended_at, outcome)
                self._ended = None
        except HistoryError as exc:
            self._report(str(exc))
            self.history.retry_later(self.flush)
            return False
        finally:
            self._flushing = False
        return True

    def record_check_in(self, check_in: CheckIn) -> int | None:
        """Log a check-in for this session (the one after it); None when it could not be."""
        self.flush()
        try:
            return self.history.add_check_in(replace(check_in, session_id=self.session_id))
        except HistoryError as exc:
            self._report(str(exc))
            return None

    # -- inside ----------------------------------------------------------------------------

    def _write_progress(self, at: datetime) -> None:
        assert self.session_id is not None
        self.history.record_progress(
            self.session_id,
            round(self.done_seconds, 1),
            self.completed_exercises,
            at=at,
            total_seconds=self.plan.total_seconds,
            work_seconds=self.work_seconds,
            work_done_seconds=round(self.work_done_seconds, 1),
        )

    def _advance(self, seen: _Seen, state: SessionState, now_clock: float) -> bool:
        """Count what was done between the last state and this one; True when a work segment
        was done."""
        segments = self.plan.segments
        # Where the clock alone would have taken the session since the last state.
        reach = seen.position
        if seen.phase is Phase.RUNNING:
            reach = seen.position + max(0.0, now_clock - seen.clock)
        followed_to = min(state.position, reach)
        self.done_seconds = min(
            self.plan.total_seconds, self.done_seconds + max(0.0, followed_to - seen.position)
        )
        for segment in segments[seen.segment_index :]:
            if segment.start >= followed_to:
                break
            if segment.kind in _WORK_KINDS:
                overlap = min(segment.end, followed_to) - max(segment.start, seen.position)
                self.work_done_seconds += max(0.0, overlap)
        self.work_done_seconds = min(self.work_seconds, self.work_done_seconds)
        newly_done = False
        if state.position > seen.position:
            limit = min(followed_to + NEARLY_DONE_SECONDS, state.position)
            first = seen.segment_index
            for segment in segments[first : state.segment_index + 1]:
                if segment.kind != "work":
                    continue
                if seen.position < segment.end <= limit + 1e-6:
                    newly_done |= self._mark_done(segment)
        # A manual step that had been called and waited for Done, and was moved on from.
        left = segments[seen.segment_index] if seen.segment_index < len(segments) else None
        if (
            left is not None
            and left.kind == "manual"
            and seen.phase in (Phase.WAITING, Phase.PAUSED)
            and seen.position >= left.end - 1e-6
            and state.phase is not Phase.STOPPED
            and (state.segment_index > left.index or state.phase is Phase.FINISHED)
        ):
            newly_done |= self._mark_done(left)
        return newly_done

    def _mark_done(self, segment: Segment) -> bool:
        if segment.index in self._done:
            return False
        self._done.add(segment.index)
        exercise = segment.exercise_index
        if exercise not in self._completed and all(
            s.index in self._done
            for s in self.plan.segments
            if s.exercise_index == exercise and s.kind in ("work", "manual")
        ):
            self._completed.append(exercise)
        return True

    def _exercise_name(self, exercise_index: int) -> str:
        if 0 <= exercise_index < len(self.exercise_names):
            return self.exercise_names[exercise_index]
        for segment in self.plan.segments:
            if segment.exercise_index == exercise_index:
                return segment.exercise
        return ""

    def _report(self, message: str) -> None:
        if self.problem is None:
            self.problem = message
            if self.on_problem is not None:
                self.on_problem(message)
