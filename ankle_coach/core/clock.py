"""The one seam for time: a Clock protocol, the real monotonic clock and a fake one for tests."""

from __future__ import annotations

import time
from typing import Final, Protocol

#: Where a FakeClock starts: not 0, so that no code can get away with assuming it does.
FAKE_CLOCK_START: Final = 1000.0


class Clock(Protocol):
    """A source of monotonic time in seconds; only differences between readings mean anything."""

    def now(self) -> float: ...


class MonotonicClock:
    """The real clock: `time.monotonic`, which wall-clock changes and sleep cannot move back."""

    __slots__ = ()

    def now(self) -> float:
        return time.monotonic()


class FakeClock:
    """A clock that moves only when told to, for tests, GUI tests and benchmarks.

    Like the real one it never goes back: `advance` and `set` refuse to, so a test cannot
    rely on time a monotonic clock would never show.
    """

    __slots__ = ("_now",)

    def __init__(self, start: float = FAKE_CLOCK_START) -> None:
        self._now = float(start)

    def now(self) -> float:
        return self._now

    def advance(self, seconds: float) -> float:
        """Move `seconds` forward; returns the new time."""
        if seconds < 0:
            raise ValueError(f"a monotonic clock never goes back (advance by {seconds})")
        self._now += seconds
        return self._now

    def set(self, now: float) -> None:
        """Jump to `now`, which may not be earlier than the current time."""
        if now < self._now:
            raise ValueError(f"a monotonic clock never goes back (from {self._now} to {now})")
        self._now = float(now)

    def __repr__(self) -> str:
        return f"FakeClock(now={self._now!r})"
