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


_ONES: Final = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS: Final = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def number_words(number: int) -> str:
    """A whole number from 0 to 999 as it is said: "twenty", "forty-five", "one hundred and
    five". ValueError outside that range (no ice timer runs for 1,000 minutes)."""
    if not 0 <= number <= 999:
        raise ValueError(f"only numbers from 0 to 999 are put into words, not {number}")
    hundreds, rest = divmod(number, 100)
    words = []
    if hundreds:
        words.append(f"{_ONES[hundreds]} hundred")
    if rest or not hundreds:
        tens, ones = divmod(rest, 10)
        if rest < 20:
            part = _ONES[rest]
        else:
            part = _TENS[tens] + (f"-{_ONES[ones]}" if ones else "")
        words.append(part)
    return " and ".join(words)


def length_words(seconds: float) -> str:
    """A timer's length as the voice says it: "Twenty minutes", "One minute thirty seconds",
    "Five seconds" (whole seconds; a fraction is rounded)."""
    whole = max(0, round(seconds))
    minutes, secs = divmod(whole, 60)
    said = number_words if minutes <= 999 else str  # a voice reads digits well enough too
    parts = []
    if minutes:
        parts.append(f"{said(minutes)} minute{'s' if minutes != 1 else ''}")
    if secs or not minutes:
        parts.append(f"{number_words(secs)} second{'s' if secs != 1 else ''}")
    text = " ".join(parts)
    return text[:1].upper() + text[1:]


def end_cue_text(seconds: float) -> str:
    """What the voice says when an ice timer of `seconds` ends: "Twenty minutes. Take the ice
    off." Someone lying with the foot raised hears it without looking."""
    return f"{length_words(seconds)}. Take the ice off."


def end_status_text(seconds: float) -> str:
    """The large words shown when the timer ends: "20 minutes are up. Take the ice off." """
    whole = max(0, round(seconds))
    minutes, secs = divmod(whole, 60)
    if minutes and not secs:
        length = f"{minutes} minute{'s' if minutes != 1 else ''}"
    elif minutes:
        length = f"{minutes} min {secs} s"
    else:
        length = f"{secs} second{'s' if secs != 1 else ''}"
    verb = "is" if (minutes == 1 and not secs) or (not minutes and secs == 1) else "are"
    return f"{length} {verb} up. Take the ice off."
