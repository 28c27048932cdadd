"""Counting the history: weeks from Monday, sessions per week with the empty weeks filled in,
and the streaks of days in a row. Pure functions over what the store has read."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta

from ankle_coach.core.history.model import Streaks


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def streaks(days: Sequence[date], today: date) -> Streaks:
    """Runs of consecutive days in `days` (sorted, distinct): the one reaching today (or
    yesterday: today is not over yet) and the longest."""
    longest = run = 0
    previous: date | None = None
    for day in days:
        run = run + 1 if previous is not None and day - previous == timedelta(days=1) else 1
        longest = max(longest, run)
        previous = day
    current = 0
    if previous is not None and today - previous <= timedelta(days=1) and previous <= today:
        current = run
    return Streaks(current=current, longest=longest)


def weekly_series(
    found: Mapping[date, int], first_day: date, last_day: date
) -> list[tuple[date, int]]:
    """Every week (from its Monday) that overlaps `first_day`..`last_day`, with its count in
    `found` (by Monday), zero for a week not in it."""
    week = monday_of(first_day)
    counts = []
    while week <= last_day:
        counts.append((week, found.get(week, 0)))
        week += timedelta(days=7)
    return counts
