"""The weekly plan: reminders of a routine on chosen weekdays at a local wall-clock time.

`model` (Reminder, WeeklyPlan, reading typed days and times), `arithmetic` (when reminders
happen, across daylight-saving changes and time-zone moves; what was missed), `zone` (the local
time zone), `store` (the plan's file) and `words` (the plan in words).

Each name is imported with its module when first used (core/lazy.py): reading a routine's
suggested schedule (schedule/suggested.py) does not load the time zones, the plan's file or its
words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ankle_coach.core.lazy import lazy_names

if TYPE_CHECKING:
    from ankle_coach.core.schedule.arithmetic import (
        Due,
        last_moment,
        missed,
        moment_on,
        moments_between,
        next_due,
        next_moment,
        upcoming,
    )
    from ankle_coach.core.schedule.model import (
        DAY_KEYS,
        DAYS_HELP,
        Reminder,
        ScheduleInputError,
        WeeklyPlan,
        day_keys,
        day_name,
        days_help,
        parse_days,
        parse_time,
        time_key,
    )
    from ankle_coach.core.schedule.store import (
        ScheduleNotSaved,
        load_last_seen,
        load_schedule,
        save_last_seen,
        save_schedule,
        schedule_path,
    )
    from ankle_coach.core.schedule.words import (
        days_words,
        in_sentence,
        missed_words,
        reminder_words,
        when_words,
    )
    from ankle_coach.core.schedule.zone import SystemZone, local_zone

__all__ = [
    "DAYS_HELP",
    "DAY_KEYS",
    "Due",
    "Reminder",
    "ScheduleInputError",
    "ScheduleNotSaved",
    "SystemZone",
    "WeeklyPlan",
    "day_keys",
    "day_name",
    "days_help",
    "days_words",
    "in_sentence",
    "last_moment",
    "load_last_seen",
    "load_schedule",
    "local_zone",
    "missed",
    "missed_words",
    "moment_on",
    "moments_between",
    "next_due",
    "next_moment",
    "parse_days",
    "parse_time",
    "reminder_words",
    "save_last_seen",
    "save_schedule",
    "schedule_path",
    "time_key",
    "upcoming",
    "when_words",
]

__getattr__, __dir__ = lazy_names(
    __name__,
    {
        "Due": "arithmetic",
        "last_moment": "arithmetic",
        "missed": "arithmetic",
        "moment_on": "arithmetic",
        "moments_between": "arithmetic",
        "next_due": "arithmetic",
        "next_moment": "arithmetic",
        "upcoming": "arithmetic",
        "DAY_KEYS": "model",
        "DAYS_HELP": "model",
        "Reminder": "model",
        "ScheduleInputError": "model",
        "WeeklyPlan": "model",
        "day_keys": "model",
        "day_name": "model",
        "days_help": "model",
        "parse_days": "model",
        "parse_time": "model",
        "time_key": "model",
        "ScheduleNotSaved": "store",
        "load_last_seen": "store",
        "load_schedule": "store",
        "save_last_seen": "store",
        "save_schedule": "store",
        "schedule_path": "store",
        "days_words": "words",
        "in_sentence": "words",
        "missed_words": "words",
        "reminder_words": "words",
        "when_words": "words",
        "SystemZone": "zone",
        "local_zone": "zone",
    },
)
