"""SessionController: owns the session's only timer and turns engine state into Qt signals."""

from __future__ import annotations

import math
from typing import Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot

from ankle_coach.core.plan import Cue
from ankle_coach.core.session import Phase, SessionEngine, SessionState
from ankle_coach.qt.memory import release_freed_memory_soon

#: When the engine names no next event (paused, waiting for Done), nothing is scheduled; when an
#: event is already due, the timer still waits this long, so a slow tick can never spin.
MIN_DELAY_MS = 1


class Voice(Protocol):
    """What the controller needs of a cue player (ui/cue_player.CuePlayer)."""

    def play(self, cue: Cue) -> None: ...

    def stop(self) -> None: ...

    def wake(self) -> None:
        """The session is about to run: get the sound output ready now, not at the first cue."""
        ...


class SessionController(QObject):
    """Drives a SessionEngine with one precise single-shot timer and reports what views need.

    The timer is aimed at the next thing that changes: the next cue, the next segment boundary,
    or the next whole second of the countdown. Each firing computes state from the clock (the
    engine never counts), so a late firing lands in the right place.

    Signals:
        stateChanged(state): SessionState, after every firing and every action.
        cueDue(cue): a cue whose time has come; the player was asked to speak it.
        cuesMissed(cues): cues passed while the app was stalled; never spoken late.
        planChanged(plan): the Plan after a live adjustment.
        phaseChanged(phase): the Phase, when it changes.
        finished(): the routine is complete.
    """

    stateChanged = Signal(object)
    cueDue = Signal(object)
    cuesMissed = Signal(object)
    planChanged = Signal(object)
    phaseChanged = Signal(str)
    finished = Signal()

    def __init__(
        self, engine: SessionEngine, player: Voice | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.engine = engine
        self.player = player
        self._phase = engine.phase
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)

    @property
    def state(self) -> SessionState:
        return self.engine.state()

    # -- actions (views and keys call these) ---------------------------------------------------

    def start(self) -> None:
        self._wake()
        self.engine.start()
        self.poll()
        release_freed_memory_soon()  # what setting the session up freed (qt/memory.py)

    def toggle_pause(self) -> None:
        if self.engine.phase in (Phase.PAUSED, Phase.READY):
            self._wake()  # resuming or starting
        self.engine.toggle_pause()
        if self.engine.phase is Phase.PAUSED:
            self._silence()
        self.poll()

    def next(self) -> None:
        self._silence()
        self.engine.next()
        self.poll()

    def back(self) -> None:
        self._silence()
        self.engine.back()
        self.poll()

    def restart_exercise(self) -> None:
        self._silence()
        self.engine.restart_exercise()
        self.poll()

    def done(self) -> None:
        self._silence()
        self.engine.done()
        self.poll()

    def adjust(self, delta: float) -> bool:
        changed = self.engine.adjust(delta)
        if changed:
            self.planChanged.emit(self.engine.plan)
        self.poll()
        return changed

    def stop(self) -> None:
        self._silence()
        self.engine.stop()
        self.poll()

    # -- time ------------------------------------------------------------------------------

    def poll(self) -> SessionState:
        """Bring everything up to the clock now: speak due cues, report state, aim the timer."""
        tick = self.engine.tick()
        if self.player is not None:
            for cue in tick.due:  # sound first: it is the part that must be on time
                self.player.play(cue)
        state = tick.state
        self.stateChanged.emit(state)
        for cue in tick.due:
            self.cueDue.emit(cue)
        if tick.missed:
            self.cuesMissed.emit(list(tick.missed))
        if state.phase is not self._phase:
            self._phase = state.phase
            self.phaseChanged.emit(str(state.phase))
            if state.phase is Phase.FINISHED:
                self.finished.emit()
        self._aim(state)
        return state

    def _aim(self, state: SessionState) -> None:
        if state.phase is not Phase.RUNNING:
            self._timer.stop()  # nothing changes by itself: no wake-ups while paused
            return
        now = self.engine.clock.now()
        targets = [now + _to_next_whole_second(state.remaining)]
        event = self.engine.next_event_at()
        if event is not None:
            targets.append(event)
        delay_ms = max(MIN_DELAY_MS, math.ceil((min(targets) - now) * 1000))
        self._timer.start(delay_ms)

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.poll()

    def _wake(self) -> None:
        if self.player is not None:
            self.player.wake()

    def _silence(self) -> None:
        if self.player is not None:
            self.player.stop()


def _to_next_whole_second(remaining: float) -> float:
    """Seconds until the shown countdown, ceil(remaining), changes."""
    fraction = remaining - math.floor(remaining)
    return fraction if fraction > 0 else 1.0
