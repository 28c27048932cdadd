"""Counting the history: which sessions count toward the week and the streak, weeks from Monday,
sessions per week with the empty weeks filled in, and the streaks of days in a row. Pure
functions over what the store has read."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from typing import Final

from ankle_coach.core.history.model import SessionRecord, Streaks
from ankle_coach.core.i18n import QT_TRANSLATE_NOOP

#: A session counts toward "this week" and the streak when at least this part of its work was
#: done: a session stopped a few seconds in does not, one with a part skipped does.
COUNTS_FROM: Final = 0.5
#: The rule in the words the History page and the README use (shown through
#: `translate("core.history.stats", COUNTS_WORDS)`).
COUNTS_WORDS: Final = QT_TRANSLATE_NOOP(
    "core.history.stats",
    "A session counts toward the week and the streak when at least half of its work was done.",
)


#: counts_toward_goal as an SQL condition on a `sessions` row, for the store to count in the
#: database (tests/unit/core/history/test_stats.py checks that both say the same of every case).
COUNTS_SQL: Final = (
    "(CASE WHEN work_seconds > 0 AND work_done_seconds IS NOT NULL"
    f" THEN work_done_seconds >= {COUNTS_FROM} * work_seconds - 1e-6"
    " WHEN total_seconds > 0 AND done_seconds IS NOT NULL"
    f" THEN done_seconds >= {COUNTS_FROM} * total_seconds - 1e-6"
    " ELSE coalesce(outcome = 'finished', 0) END)"
)


def counts_toward_goal(
    *,
    outcome: str | None,
    total_seconds: float | None,
    done_seconds: float | None,
    work_seconds: float | None,
    work_done_seconds: float | None,
) -> bool:
    """Whether a session counts toward the week and the streak: when at least COUNTS_FROM of
    its work (holds, reps, timed and manual steps) was done.

    A session logged before the history kept its work (version 2) is judged by the Plan time
    it followed; one logged before it kept even that (version 1) counts when it finished."""
    if work_seconds is not None and work_done_seconds is not None and work_seconds > 0:
        return work_done_seconds >= COUNTS_FROM * work_seconds - 1e-6
    if total_seconds is not None and done_seconds is not None and total_seconds > 0:
        return done_seconds >= COUNTS_FROM * total_seconds - 1e-6
    return outcome == "finished"


def session_counts(session: SessionRecord) -> bool:
    """counts_toward_goal for a session as the store has read it."""
    return counts_toward_goal(
        outcome=session.outcome,
        total_seconds=session.total_seconds,
        done_seconds=session.done_seconds,
        work_seconds=session.work_seconds,
        work_done_seconds=session.work_done_seconds,
    )


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
