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
from ankle_coach.core.i18n import QT_TRANSLATE_NOOP, translate
from ankle_coach.core.schedule.model import (
    DAY_KEYS,
    ScheduleInputError,
    day_name,
    parse_time,
)
from ankle_coach.core.schedule.words import one_oclock

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
    "days": (
        QT_TRANSLATE_NOOP(
            "core.schedule.suggested", 'a list of days, such as ["mon", "wed", "fri"]'
        ),
        QT_TRANSLATE_NOOP("core.schedule.suggested", "days"),
    ),
    "times_per_week": (
        QT_TRANSLATE_NOOP("core.schedule.suggested", "a whole number of days"),
        QT_TRANSLATE_NOOP("core.schedule.suggested", "days"),
    ),
    "at": (
        QT_TRANSLATE_NOOP("core.schedule.suggested", 'a time of day as text, such as "18:30"'),
        QT_TRANSLATE_NOOP("core.schedule.suggested", "characters"),
    ),
    "weeks": (
        QT_TRANSLATE_NOOP("core.schedule.suggested", "a whole number of weeks"),
        QT_TRANSLATE_NOOP("core.schedule.suggested", "weeks"),
    ),
}


def _field_words() -> dict[str, tuple[str, str]]:
    """What each field must be and its unit, in the user's language."""
    return {
        name: (
            translate("core.schedule.suggested", want),
            translate("core.schedule.suggested", unit),
        )
        for name, (want, unit) in _FIELD_WORDS.items()
    }


def read_suggestion(raw: Any, path: str) -> tuple[SuggestedSchedule | None, list[Problem]]:
    """The `[suggested_schedule]` table of the routine file at `path` (as tomllib read it), or
    every problem with it, each naming the file and the field."""
    if not isinstance(raw, dict):
        message = translate(
            "core.schedule.suggested", "must be a [suggested_schedule] table, not {value}"
        )
        return None, [Problem(path, TABLE, message.format(value=describe(raw)))]
    suggestion, problems = convert_collecting(
        raw,
        SuggestedSchedule,
        path,
        TABLE,
        kind=translate("core.schedule.suggested", "a suggested schedule"),
        field_words=_field_words(),
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
                translate(
                    "core.schedule.suggested",
                    "says neither on which days nor how often; give days = [...] or times_per_week",
                ),
            )
        )
    elif "days" in raw and "times_per_week" in raw:
        problems.append(
            Problem(
                path,
                TABLE,
                translate(
                    "core.schedule.suggested",
                    "gives both days and times_per_week; give one of them",
                ),
            )
        )
    days = raw.get("days")
    if isinstance(days, list):
        if not days:
            problems.append(
                Problem(
                    path,
                    f"{TABLE}.days",
                    translate("core.schedule.suggested", "must name at least one day"),
                )
            )
        seen: set[str] = set()
        for day in days:
            if isinstance(day, str) and day in seen:
                problems.append(
                    Problem(
                        path,
                        f"{TABLE}.days",
                        translate("core.schedule.suggested", 'lists "{day}" twice').format(day=day),
                    )
                )
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
    count = len(reminder_days(suggestion)) if suggestion.days else suggestion.times_per_week or 0
    if count == 7:
        days = translate("core.schedule.suggested", "Every day")
    elif suggestion.days:
        names = [day_name(day) for day in reminder_days(suggestion)]
        days = names[0]
        for middle in names[1:-1]:
            days = translate("core.schedule.suggested", "{days}, {day}").format(
                days=days, day=middle
            )
        if len(names) > 1:
            days = translate("core.schedule.suggested", "{days} and {last}").format(
                days=days, last=names[-1]
            )
        days = days[:1].upper() + days[1:]  # Spanish names its days in small letters
    elif count == 1:
        days = translate("core.schedule.suggested", "Once a week")
    else:
        days = translate("core.schedule.suggested", "{count} times a week").format(count=count)
    weeks, at = suggestion.weeks, suggestion.at
    if weeks is None:
        if not at:
            return days
        said = translate("core.schedule.suggested", "{days} at {time}")
        return one_oclock(said.format(days=days, time=at))
    if at:
        said = (
            translate("core.schedule.suggested", "{days} at {time}, for {weeks} week")
            if weeks == 1
            else translate("core.schedule.suggested", "{days} at {time}, for {weeks} weeks")
        )
    else:
        said = (
            translate("core.schedule.suggested", "{days}, for {weeks} week")
            if weeks == 1
            else translate("core.schedule.suggested", "{days}, for {weeks} weeks")
        )
    return one_oclock(said.format(days=days, time=at, weeks=weeks))
