"""The weekly plan: reminders of a routine on chosen weekdays at a local wall-clock time.

`model` (Reminder, WeeklyPlan, reading typed days and times), `arithmetic` (when reminders
happen, across daylight-saving changes and time-zone moves; what was missed), `zone` (the local
time zone), `store` (the plan's file) and `words` (the plan in words)."""

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
