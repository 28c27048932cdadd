"""A long session on the real clock and the real QTimer, with no sound: how late the engine is.

A SessionController drives a SessionEngine on MonotonicClock in a QCoreApplication, as
`ankle-coach run` does but with no player, through a generated routine of `--minutes` (holds
with halfway and countdowns, counted sets, rests, side switches) with a few pauses on the way.
At each cueDue: how late the cue came against its Plan time (session start + pauses + `at`).
At each segment change: how late the state changed. At each state: the engine's position against
(now - start - time paused). Target: state error under 20 ms.
"""

from __future__ import annotations

import argparse
import math
import resource
import statistics
import sys
import time
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from ankle_coach.core.clock import MonotonicClock
from ankle_coach.core.plan import Cue, PlanOptions, total_seconds
from ankle_coach.core.routine import Routine, routine_from_mapping
from ankle_coach.core.session import Phase, SessionEngine, SessionState
from ankle_coach.qt.controller import SessionController
from benchmarks._common import percentile, report

TARGET_STATE_ERROR_SECONDS = 0.020

# About a minute each: a hold on both sides (halfway, "3, 2, 1", a side switch) and two counted
# sets with a rest between, so a session of any length is made of them to within a minute.
_HOLD: dict[str, Any] = {
    "name": "Standing calf stretch",
    "instructions": "Lunge forward, back heel down.",
    "sides": ["left", "right"],
    "hold_seconds": 25,
    "switch_seconds": 5,
}
_COUNTED: dict[str, Any] = {
    "name": "Calf raises",
    "instructions": "Heels off a step; lower and raise them slowly.",
    "sets": 2,
    "reps": 10,
    "rep_seconds": 2.0,
    "rest_seconds": 10,
}


def long_routine(minutes: float) -> Routine:
    """Holds and counted sets in turn, until the routine lasts at least `minutes`."""
    exercises: list[dict[str, Any]] = []
    while True:
        exercises.append(_HOLD if len(exercises) % 2 == 0 else _COUNTED)
        routine = routine_from_mapping(
            {"format": 1, "title": "Long session", "lead_in_seconds": 5, "exercises": exercises},
            "long.toml",
        )
        if total_seconds(routine) >= minutes * 60:
            return routine


def _singleton_refs() -> dict[str, int]:
    """PySide6 6.12.0 on Python 3.11 dropped a reference to True at every Signal.emit() and to
    None at every QTimer start or stop, until the process aborted ("Fatal Python error:
    bool_dealloc"); pyproject.toml keeps it out. A long session shows whether any are lost."""
    return {"None": sys.getrefcount(None), "True": sys.getrefcount(True)}


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def _figures(values: list[float]) -> dict[str, float]:
    if not values:
        return {}
    return {
        "p50_ms": _ms(percentile(values, 0.50)),
        "p95_ms": _ms(percentile(values, 0.95)),
        "max_ms": _ms(max(values)),
        "mean_ms": _ms(statistics.fmean(values)),
    }


class Probe(QObject):
    """Watches the controller; pauses and resumes the session on the way."""

    def __init__(
        self,
        controller: SessionController,
        clock: MonotonicClock,
        pauses: int,
        pause_seconds: float,
    ) -> None:
        super().__init__(controller)
        self.controller = controller
        self.clock = clock
        self.start = float("nan")
        self.paused_total = 0.0
        self.pause_began: float | None = None
        self.cue_lateness: list[float] = []
        self.segment_lateness: list[float] = []
        self.position_errors: list[float] = []
        self.last_running_error = float("nan")
        self.worst_cue: dict[str, object] = {}
        self.worst_position: dict[str, object] = {}
        self.finish_lateness = float("nan")
        self.states = 0
        self._segment = -1
        self._pause_seconds = pause_seconds
        self._pauses_left = pauses
        plan_seconds = controller.engine.plan.total_seconds
        self._pause_every = plan_seconds / (pauses + 1)
        controller.cueDue.connect(self.on_cue_due)
        controller.stateChanged.connect(self.on_state_changed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.on_timer)

    def begin(self) -> None:
        self.controller.start()
        if self._pauses_left:
            self._timer.start(round(self._pause_every * 1000))

    def _started(self) -> float:
        """The session's start on the clock; read at the first signal, which start() sends
        before it returns."""
        if math.isnan(self.start):
            start = self.controller.engine.clock_time_of(0.0)
            assert start is not None, "the first signal comes while running"
            self.start = start
        return self.start

    def _paused_so_far(self, now: float) -> float:
        ongoing = now - self.pause_began if self.pause_began is not None else 0.0
        return self.paused_total + ongoing

    def on_timer(self) -> None:
        now = self.clock.now()
        if self.pause_began is None:
            self.pause_began = now
            self.controller.toggle_pause()
            self._timer.start(round(self._pause_seconds * 1000))
        else:
            self.controller.toggle_pause()
            self.paused_total += now - self.pause_began
            self.pause_began = None
            self._pauses_left -= 1
            if self._pauses_left:
                self._timer.start(round(self._pause_every * 1000))

    def on_cue_due(self, cue: Cue) -> None:
        now = self.clock.now()
        lateness = now - (self._started() + self._paused_so_far(now) + cue.at)
        if lateness > max(self.cue_lateness, default=-math.inf):
            self.worst_cue = {"at": cue.at, "text": cue.text, "lateness_ms": _ms(lateness)}
        self.cue_lateness.append(lateness)

    def on_state_changed(self, state: SessionState) -> None:
        now = self.clock.now()
        self.states += 1
        elapsed = now - self._started() - self._paused_so_far(now)
        if state.phase in (Phase.RUNNING, Phase.PAUSED):
            error = state.position - elapsed
            if abs(error) > max(self.position_errors, default=-math.inf):
                self.worst_position = {
                    "position": round(state.position, 3),
                    "phase": str(state.phase),
                    "error_ms": _ms(error),
                }
            self.position_errors.append(abs(error))
            self.last_running_error = error
        if state.segment_index != self._segment and state.phase is Phase.RUNNING:
            self.segment_lateness.append(elapsed - state.segment.start)
        self._segment = state.segment_index
        if state.phase is Phase.FINISHED and math.isnan(self.finish_lateness):
            self.finish_lateness = elapsed - state.total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--minutes", type=float, default=30.0)
    parser.add_argument("--pauses", type=int, default=2)
    parser.add_argument("--pause-seconds", type=float, default=3.0)
    args = parser.parse_args()

    app = QCoreApplication.instance() or QCoreApplication([])
    clock = MonotonicClock()
    routine = long_routine(args.minutes)
    engine = SessionEngine(routine, clock, PlanOptions())
    root = QObject()
    controller = SessionController(engine, None, root)
    probe = Probe(controller, clock, args.pauses, args.pause_seconds)
    controller.finished.connect(app.quit)

    refs_before = _singleton_refs()
    cpu_before = resource.getrusage(resource.RUSAGE_SELF)
    wall_before = time.monotonic()
    QTimer.singleShot(0, probe.begin)
    app.exec()
    wall = time.monotonic() - wall_before
    cpu_after = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (cpu_after.ru_utime - cpu_before.ru_utime) + (cpu_after.ru_stime - cpu_before.ru_stime)
    refs_after = _singleton_refs()

    plan = engine.plan
    state_error = max(
        [*probe.position_errors, *probe.segment_lateness, *probe.cue_lateness], default=0.0
    )
    report(
        "engine_timing",
        minutes=args.minutes,
        plan_seconds=plan.total_seconds,
        wall_seconds=round(wall, 2),
        paused_seconds=round(probe.paused_total, 3),
        pauses=args.pauses,
        segments=len(plan.segments),
        cues=len(plan.cues),
        cues_due=len(probe.cue_lateness),
        states_emitted=probe.states,
        cpu_seconds=round(cpu, 3),
        cpu_percent=round(100 * cpu / wall, 3),
        cue_lateness=_figures(probe.cue_lateness),
        cue_lateness_min_ms=_ms(min(probe.cue_lateness, default=0.0)),
        latest_cue=probe.worst_cue,
        segment_change_lateness=_figures(probe.segment_lateness),
        position_error_abs=_figures(probe.position_errors),
        largest_position_error=probe.worst_position,
        position_error_at_the_last_running_state_ms=_ms(probe.last_running_error),
        finish_lateness_ms=_ms(probe.finish_lateness),
        phase_at_the_end=str(engine.phase),
        references_lost_during_the_session={
            name: refs_before[name] - refs_after[name] for name in refs_before
        },
        target_state_error_ms=_ms(TARGET_STATE_ERROR_SECONDS),
        met=state_error < TARGET_STATE_ERROR_SECONDS
        and len(probe.cue_lateness) == len(plan.cues)
        and engine.phase is Phase.FINISHED,
    )


if __name__ == "__main__":
    main()
