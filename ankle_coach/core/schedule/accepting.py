"""Accepting a routine's suggested schedule: a reminder added to the weekly plan with its span
(from today, to the end date of "for 4 weeks"), saved."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date, time

from ankle_coach.core.paths import Paths
from ankle_coach.core.schedule.model import Reminder
from ankle_coach.core.schedule.store import load_schedule, save_schedule


def accept_plan(
    paths: Paths,
    routine: str,
    days: Iterable[int],
    at: time,
    today: date,
    until: date | None,
) -> Reminder:
    """Add a reminder of `routine` on `days` at `at`, in force from `today` to `until` (None:
    no end), and save the plan. The same reminder already planned is kept (its span updated),
    never added twice.

    Raises ScheduleInputError for days or a time that are not ones, OSError (ScheduleNotSaved
    among them) when the plan cannot be saved."""
    plan, _ = load_schedule(paths)
    chosen = tuple(sorted(set(days)))
    reminder = plan.same_as(routine, chosen, at)
    if reminder is None:
        plan, reminder = plan.added(routine, chosen, at, since=today, until=until)
    else:
        reminder = replace(reminder, since=today, until=until)
        plan = plan.replaced(reminder)
    save_schedule(plan, paths)
    return reminder
