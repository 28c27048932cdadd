"""Tests for core/clock.py: the real clock and the fake one the other tests step."""

from __future__ import annotations

import pytest

from ankle_coach.core.clock import FAKE_CLOCK_START, Clock, FakeClock, MonotonicClock


def test_fake_clock_starts_away_from_zero() -> None:
    assert FakeClock().now() == FAKE_CLOCK_START
    assert FakeClock().now() != 0.0
    assert FakeClock(5.5).now() == 5.5


def test_fake_clock_moves_only_when_told() -> None:
    clock = FakeClock()
    assert clock.now() == clock.now() == 1000.0
    assert clock.advance(2.5) == 1002.5
    assert clock.now() == 1002.5
    clock.set(1010.0)
    assert clock.now() == 1010.0
    clock.advance(0)
    clock.set(1010.0)
    assert clock.now() == 1010.0


def test_fake_clock_never_goes_back() -> None:
    clock = FakeClock()
    with pytest.raises(ValueError, match="never goes back"):
        clock.advance(-0.1)
    with pytest.raises(ValueError, match="never goes back"):
        clock.set(999.0)
    assert clock.now() == 1000.0


def test_monotonic_clock_never_goes_back() -> None:
    clock = MonotonicClock()
    readings = [clock.now() for _ in range(100)]
    assert readings == sorted(readings)


def test_both_are_clocks() -> None:
    clocks: list[Clock] = [MonotonicClock(), FakeClock()]
    assert all(isinstance(clock.now(), float) for clock in clocks)
