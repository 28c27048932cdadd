"""The ice timer: a 20-minute countdown on an injected Clock, computed from a deadline."""

from __future__ import annotations

import math
from enum import StrEnum
from typing import Final

from ankle_coach.core.clock import Clock

#: The article recommends icing for at least 20 minutes; the timer counts exactly that.
ICE_SECONDS: Final = 20 * 60.0


class IcePhase(StrEnum):
    READY = "ready"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


class IceTimer:
    """A countdown that can be started, paused, resumed and reset.

    Nothing is counted: while running, the time left is `deadline - clock.now()`, and a pause
    keeps what was left then, so however late or seldom it is read, it is right.
    """

    def __init__(self, clock: Clock, seconds: float = ICE_SECONDS) -> None:
        if not (math.isfinite(seconds) and seconds > 0):
            raise ValueError(f"an ice timer needs a positive number of seconds, not {seconds}")
        self._clock = clock
        self.seconds = float(seconds)
        self._phase = IcePhase.READY
        self._left = self.seconds  # the time left while not running
        self._deadline = 0.0  # when it ends, while running
        self._finish_reported = False

    @property
    def phase(self) -> IcePhase:
        self._settle()
        return self._phase

    @property
    def finished(self) -> bool:
        return self.phase is IcePhase.FINISHED

    def remaining(self) -> float:
        """Seconds left: the whole time when ready, 0 when finished."""
        self._settle()
        if self._phase is IcePhase.RUNNING:
            return max(0.0, self._deadline - self._clock.now())
        return self._left

    def start(self) -> None:
        """Begin a full countdown; a paused one resumes instead, a running one goes on."""
        phase = self.phase
        if phase is IcePhase.PAUSED:
            self.resume()
        elif phase is not IcePhase.RUNNING:
            self._run(self.seconds)

    def pause(self) -> None:
        """Stop the countdown where it is; only a running timer pauses."""
        if self.phase is IcePhase.RUNNING:
            self._left = max(0.0, self._deadline - self._clock.now())
            self._phase = IcePhase.PAUSED

    def resume(self) -> None:
        """Carry on from where it was paused; only a paused timer resumes."""
        if self.phase is IcePhase.PAUSED:
            self._run(self._left)

    def toggle(self) -> None:
        """The one-button action: pause when running, resume when paused, else start."""
        if self.phase is IcePhase.RUNNING:
            self.pause()
        else:
            self.start()

    def reset(self) -> None:
        """Back to ready, with the whole time left."""
        self._phase = IcePhase.READY
        self._left = self.seconds
        self._finish_reported = False

    def poll(self) -> bool:
        """Bring the timer up to the clock; True the first time a countdown is seen finished."""
        if self.phase is IcePhase.FINISHED and not self._finish_reported:
            self._finish_reported = True
            return True
        return False

    def _run(self, seconds: float) -> None:
        self._deadline = self._clock.now() + seconds
        self._phase = IcePhase.RUNNING
        self._finish_reported = False

    def _settle(self) -> None:
        if self._phase is IcePhase.RUNNING and self._clock.now() >= self._deadline:
            self._phase = IcePhase.FINISHED
            self._left = 0.0
