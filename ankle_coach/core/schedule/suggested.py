"""A routine file's suggested schedule: what a physio prescribes with the routine ("three times a
week for four weeks", "Mon, Wed, Fri at 18:30"), read from its `[suggested_schedule]` table.

```toml
[suggested_schedule]
days = ["mon", "wed", "fri"]   # the weekdays; or times_per_week = 3 (the patient picks the days)
at = "18:30"                   # optional: the time of day, 24-hour clock
weeks = 4                      # optional: for how many weeks (without it, no end)
```

`read_suggestion` checks the table with the one translator of core/decoding.py (a problem names
the file and the field); `reminder_days`, `reminder_time` and `end_date` turn an accepted
suggestion into the weekly plan's terms; `suggestion_words` says it to the patient.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, time, timedelta
from typing import Annotated, Any, Final, Literal

import msgspec

from ankle_coach.core.decoding import Problem, convert_collecting, describe
from ankle_coach.core.schedule.model import (
    DAY_KEYS,
    DAY_NAMES,
    ScheduleInputError,
    parse_time,
)

#: The table's name in a routine file.
TABLE: Final = "suggested_schedule"
#: The time a suggestion without `at` is put at when accepted (the patient can change it).
DEFAULT_AT: Final = time(18, 30)
MAX_WEEKS: Final = 52

DayKey = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

#: Days for "N times a week" when the patient does not choose: spread over the week.
SPREAD: Final[Mapping[int, tuple[int, ...]]] = {
    1: (2,),
    2: (0, 3),
    3: (0, 2, 4),
    4: (0, 1, 3, 4),
    5: (0, 1, 2, 3, 4),
    6: (0, 1, 2, 3, 4, 5),
    7: (0, 1, 2, 3, 4, 5, 6),
}


class SuggestedSchedule(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """The `[suggested_schedule]` table: `days` or `times_per_week` (exactly one), `at`
    ("HH:MM", or empty for the patient to choose) and `weeks` (None: no end)."""

    days: Annotated[tuple[DayKey, ...], msgspec.Meta(max_length=7)] = ()
    times_per_week: Annotated[int, msgspec.Meta(ge=1, le=7)] | None = None
    at: Annotated[str, msgspec.Meta(max_length=8)] = ""
    weeks: Annotated[int, msgspec.Meta(ge=1, le=MAX_WEEKS)] | None = None


_FIELD_WORDS: Final[Mapping[str, tuple[str, str]]] = {
    "days": ('a list of days, such as ["mon", "wed", "fri"]', "days"),
    "times_per_week": ("a whole number of days", "days"),
    "at": ('a time of day as text, such as "18:30"', "characters"),
    "weeks": ("a whole number of weeks", "weeks"),
}


def read_suggestion(raw: Any, path: str) -> tuple[SuggestedSchedule | None, list[Problem]]:
    """The `[suggested_schedule]` table of the routine file at `path` (as tomllib read it), or
    every problem with it, each naming the file and the field."""
    if not isinstance(raw, dict):
        return None, [Problem(path, TABLE, f"must be a [{TABLE}] table, not {describe(raw)}")]
    suggestion, problems = convert_collecting(
        raw,
        SuggestedSchedule,
        path,
        TABLE,
        kind="a suggested schedule",
        field_words=_FIELD_WORDS,
        choices=DAY_KEYS,
    )
    problems.extend(_rules(raw, path))
    if problems:
        return None, problems
    return suggestion, []


def _rules(raw: Mapping[str, Any], path: str) -> list[Problem]:
    """The rules beyond each field's own, read from the table as written."""
    problems: list[Problem] = []
    if "days" not in raw and "times_per_week" not in raw:
        problems.append(
            Problem(
                path,
                TABLE,
                "says neither on which days nor how often; give days = [...] or times_per_week",
            )
        )
    elif "days" in raw and "times_per_week" in raw:
        problems.append(
            Problem(path, TABLE, "gives both days and times_per_week; give one of them")
        )
    days = raw.get("days")
    if isinstance(days, list):
        if not days:
            problems.append(Problem(path, f"{TABLE}.days", "must name at least one day"))
        seen: set[str] = set()
        for day in days:
            if isinstance(day, str) and day in seen:
                problems.append(Problem(path, f"{TABLE}.days", f'lists "{day}" twice'))
            if isinstance(day, str):
                seen.add(day)
    at = raw.get("at")
    if isinstance(at, str) and at and len(at) <= 8:
        try:
            parse_time(at)
        except ScheduleInputError as exc:
            problems.append(Problem(path, f"{TABLE}.at", exc.message))
    return problems


def suggestion_document(suggestion: SuggestedSchedule) -> dict[str, Any]:
    """The table as a routine file writes it: the fields given, in the order above."""
    document: dict[str, Any] = {}
    if suggestion.days:
        document["days"] = list(suggestion.days)
    if suggestion.times_per_week is not None:
        document["times_per_week"] = suggestion.times_per_week
    if suggestion.at:
        document["at"] = suggestion.at
    if suggestion.weeks is not None:
        document["weeks"] = suggestion.weeks
    return document


def reminder_days(suggestion: SuggestedSchedule) -> tuple[int, ...]:
    """The weekdays (`date.weekday()` numbers) a reminder of the suggestion falls on: its days,
    or for "N times a week" N days spread over the week (SPREAD)."""
    if suggestion.days:
        return tuple(sorted({DAY_KEYS.index(day) for day in suggestion.days}))
    return SPREAD[suggestion.times_per_week or 3]


def reminder_time(suggestion: SuggestedSchedule) -> time:
    """The suggestion's time of day, or DEFAULT_AT when it leaves the time to the patient."""
    return parse_time(suggestion.at) if suggestion.at else DEFAULT_AT


def end_date(suggestion: SuggestedSchedule, accepted_on: date) -> date | None:
    """The last day of a plan accepted on `accepted_on`: `weeks` weeks later, the day before
    (4 weeks from Monday 2 March end on Sunday 29 March); None when it has no end."""
    if suggestion.weeks is None:
        return None
    return accepted_on + timedelta(weeks=suggestion.weeks) - timedelta(days=1)


def suggestion_words(suggestion: SuggestedSchedule) -> str:
    """The suggestion as a physio would say it: "Monday, Wednesday and Friday at 18:30, for
    4 weeks", "3 times a week, for 2 weeks", "Every day"."""
    if suggestion.days:
        days = reminder_days(suggestion)
        if len(days) == 7:
            said = "Every day"
        else:
            names = [DAY_NAMES[day] for day in days]
            said = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
    else:
        count = suggestion.times_per_week or 0
        said = "Once a week" if count == 1 else f"{count} times a week"
        if count == 7:
            said = "Every day"
    if suggestion.at:
        said += f" at {suggestion.at}"
    if suggestion.weeks is not None:
        said += f", for {suggestion.weeks} week{'s' if suggestion.weeks != 1 else ''}"
    return said
