"""Counting the history: streaks of days in a row and weeks from Monday."""

from __future__ import annotations

from datetime import date

import pytest

from ankle_coach.core.history import Streaks, monday_of, streaks, weekly_series


@pytest.mark.parametrize(
    ("days", "today", "expected"),
    [
        ([], date(2026, 3, 9), Streaks(0, 0)),
        ([date(2026, 3, 9)], date(2026, 3, 9), Streaks(1, 1)),
        ([date(2026, 3, 8)], date(2026, 3, 9), Streaks(1, 1)),  # today is not over yet
        ([date(2026, 3, 7)], date(2026, 3, 9), Streaks(0, 1)),
        ([date(2026, 3, d) for d in (1, 2, 3, 5, 6)], date(2026, 3, 6), Streaks(2, 3)),
    ],
)
def test_streaks(days: list[date], today: date, expected: Streaks) -> None:
    assert streaks(days, today) == expected


def test_weekly_series_fills_in_the_weeks_without_sessions() -> None:
    found = {date(2026, 3, 2): 2}  # a Monday
    assert weekly_series(found, date(2026, 2, 25), date(2026, 3, 10)) == [
        (date(2026, 2, 23), 0),
        (date(2026, 3, 2), 2),
        (date(2026, 3, 9), 0),
    ]
    assert monday_of(date(2026, 3, 8)) == date(2026, 3, 2)
