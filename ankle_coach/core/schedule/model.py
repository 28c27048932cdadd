"""The weekly plan: reminders of a routine on chosen weekdays at a wall-clock time, and reading
the days and times people type ("mon,wed,fri", "daily", "18:30")."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from typing import Any, Final

from ankle_coach.core.i18n import QT_TRANSLATE_NOOP, translate

#: The days as they are typed and stored, Monday first (the index is `date.weekday()`). They
#: are machine-readable in every language: `--days mon,wed`, the plan file, `--json`.
DAY_KEYS: Final = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
#: The full English names, which are typed as well as the keys ("monday,friday"); shown to the
#: user through `day_name`.
DAY_NAMES: Final = (
    QT_TRANSLATE_NOOP("core.schedule.model", "Monday"),
    QT_TRANSLATE_NOOP("core.schedule.model", "Tuesday"),
    QT_TRANSLATE_NOOP("core.schedule.model", "Wednesday"),
    QT_TRANSLATE_NOOP("core.schedule.model", "Thursday"),
    QT_TRANSLATE_NOOP("core.schedule.model", "Friday"),
    QT_TRANSLATE_NOOP("core.schedule.model", "Saturday"),
    QT_TRANSLATE_NOOP("core.schedule.model", "Sunday"),
)
#: A weekday in a date ("on Sat 28 Nov 2026"), in the user's language through `translate`.
DAY_SHORT_NAMES: Final = (
    QT_TRANSLATE_NOOP("core.schedule.model", "Mon"),
    QT_TRANSLATE_NOOP("core.schedule.model", "Tue"),
    QT_TRANSLATE_NOOP("core.schedule.model", "Wed"),
    QT_TRANSLATE_NOOP("core.schedule.model", "Thu"),
    QT_TRANSLATE_NOOP("core.schedule.model", "Fri"),
    QT_TRANSLATE_NOOP("core.schedule.model", "Sat"),
    QT_TRANSLATE_NOOP("core.schedule.model", "Sun"),
)
#: A month in a date, January first.
MONTH_SHORT_NAMES: Final = (
    QT_TRANSLATE_NOOP("core.schedule.model", "Jan"),
    QT_TRANSLATE_NOOP("core.schedule.model", "Feb"),
    QT_TRANSLATE_NOOP("core.schedule.model", "Mar"),
    QT_TRANSLATE_NOOP("core.schedule.model", "Apr"),
    QT_TRANSLATE_NOOP("core.schedule.model", "May"),
    QT_TRANSLATE_NOOP("core.schedule.model", "Jun"),
    QT_TRANSLATE_NOOP("core.schedule.model", "Jul"),
    QT_TRANSLATE_NOOP("core.schedule.model", "Aug"),
    QT_TRANSLATE_NOOP("core.schedule.model", "Sep"),
    QT_TRANSLATE_NOOP("core.schedule.model", "Oct"),
    QT_TRANSLATE_NOOP("core.schedule.model", "Nov"),
    QT_TRANSLATE_NOOP("core.schedule.model", "Dec"),
)
EVERY_DAY: Final = tuple(range(7))
WEEKDAYS: Final = tuple(range(5))
WEEKENDS: Final = (5, 6)
#: Words that stand for several days.
DAY_GROUPS: Final = {
    "daily": EVERY_DAY,
    "every-day": EVERY_DAY,
    "everyday": EVERY_DAY,
    "weekdays": WEEKDAYS,
    "weekends": WEEKENDS,
}
_DAY_WORDS: Final = {
    **{key: (index,) for index, key in enumerate(DAY_KEYS)},
    **{name.lower(): (index,) for index, name in enumerate(DAY_NAMES)},
    **DAY_GROUPS,
}
#: The days as typed after --days, Monday first, comma-separated, no spaces: translated as the
#: language's own short forms ("mo,di,mi,do,fr,sa,so"). They are read beside the English keys
#: and the language's full day names; what is stored stays DAY_KEYS.
TYPED_DAYS: Final = QT_TRANSLATE_NOOP("core.schedule.model", "mon,tue,wed,thu,fri,sat,sun")
#: The words typed after --days for every day, Monday to Friday and the weekend, in this order,
#: comma-separated.
TYPED_GROUPS: Final = QT_TRANSLATE_NOOP("core.schedule.model", "daily,weekdays,weekends")
#: How to type days (`days_help()` says it in the user's language, with its own words beside
#: the English ones).
DAYS_HELP: Final = QT_TRANSLATE_NOOP(
    "core.schedule.model",
    "use mon, tue, wed, thu, fri, sat, sun (or the full names, or a range such as mon-fri), "
    "daily, weekdays or weekends",
)
_TIME: Final = re.compile(r"([0-9]{1,2}):([0-9]{2})")


def day_name(day: int) -> str:
    """A weekday's full name in the user's language ("Monday", "Montag", "lunes")."""
    return translate("core.schedule.model", DAY_NAMES[day])


def days_help() -> str:
    """How to type days, in the user's language (the words themselves are English)."""
    return translate("core.schedule.model", DAYS_HELP)


class ScheduleInputError(ValueError):
    """Something typed (or found in the file) that is not a day, a time, a routine or a
    reminder id: `field` names it ("days", "at", "routine", "id": the option and the file's
    key, so never translated), `message` says what is wrong in the user's language; `str()` is
    "field: message"."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


@dataclass(frozen=True, slots=True, kw_only=True)
class Reminder:
    """One line of the weekly plan: remind of `routine` (a library id) on `days` at `at`.

    `at` is a wall-clock time, kept as such (never as a UTC instant): 18:30 stays 18:30 after
    a daylight-saving change or a move to another time zone. `days` are `date.weekday()`
    numbers, sorted, each once.

    `since` and `until` are the reminder's span, local dates, both included: it happens on no
    day before `since` (the day it was added; None in a plan older than spans: always) and on
    no day after `until` (a suggested schedule "for 4 weeks"; None: no end). The span is part
    of the reminder, so everything that asks when it happens (reminding, missed, the tray, the
    command line, the History page) sees the same days.
    """

    id: int
    routine: str
    days: tuple[int, ...]
    at: time
    enabled: bool = True
    since: date | None = None
    until: date | None = None

    def __post_init__(self) -> None:
        if isinstance(self.id, bool) or not isinstance(self.id, int) or self.id < 1:
            raise ScheduleInputError(
                "id",
                translate(
                    "core.schedule.model", "must be a whole number from 1, not {value}"
                ).format(value=repr(self.id)),
            )
        if not isinstance(self.routine, str) or not self.routine.strip():
            raise ScheduleInputError(
                "routine", translate("core.schedule.model", "must be a routine id, not blank")
            )
        days = tuple(sorted(set(self.days)))
        if not days or any(
            isinstance(day, bool) or not isinstance(day, int) or not 0 <= day <= 6 for day in days
        ):
            raise ScheduleInputError(
                "days",
                translate("core.schedule.model", "must be one or more of 0-6, not {value}").format(
                    value=repr(self.days)
                ),
            )
        object.__setattr__(self, "days", days)
        if self.at.tzinfo is not None or self.at.second or self.at.microsecond:
            raise ScheduleInputError(
                "at",
                translate(
                    "core.schedule.model", "must be a wall-clock hour and minute, not {value}"
                ).format(value=self.at),
            )
        for name, day in (("since", self.since), ("until", self.until)):
            if day is not None and (not isinstance(day, date) or isinstance(day, datetime)):
                raise ScheduleInputError(
                    name,
                    translate(
                        "core.schedule.model", "must be a date, e.g. 2026-12-05, not {value}"
                    ).format(value=repr(day)),
                )
        if self.since is not None and self.until is not None and self.until < self.since:
            raise ScheduleInputError(
                "until",
                translate(
                    "core.schedule.model", "{until} is before the reminder's start, {since}"
                ).format(until=self.until, since=self.since),
            )

    def happens_on(self, weekday: int) -> bool:
        return weekday in self.days

    def covers(self, day: date) -> bool:
        """Whether `day` (a local date) is within the reminder's span."""
        return (self.since is None or self.since <= day) and (
            self.until is None or day <= self.until
        )

    def ended_by(self, day: date) -> bool:
        """Whether the reminder's last day is before `day`: it will never happen again."""
        return self.until is not None and self.until < day


@dataclass(frozen=True, slots=True)
class WeeklyPlan:
    """Every reminder, in the order they were added. Changed by making a new plan
    (`added`, `removed`, `switched`, `replaced`); the store reads and writes it.

    `last_id` is the highest id ever given, so an id is never given twice (a script's
    `schedule remove 3` cannot remove a newer reminder). `kept` are the file's entries that
    could not be read: left out of the plan, written back as they were.
    """

    reminders: tuple[Reminder, ...] = ()
    last_id: int = 0
    kept: tuple[dict[str, Any], ...] = field(default=(), compare=False)

    def get(self, reminder_id: int) -> Reminder | None:
        return next((r for r in self.reminders if r.id == reminder_id), None)

    def find(self, reminder_id: int) -> Reminder:
        """The reminder of that id; raises ScheduleInputError("id", ...) when there is none."""
        found = self.get(reminder_id)
        if found is None:
            known = ", ".join(str(r.id) for r in self.reminders)
            message = (
                translate("core.schedule.model", "there is no reminder {id}; the ids are {known}")
                if known
                else translate(
                    "core.schedule.model", "there is no reminder {id}; the weekly plan is empty"
                )
            )
            raise ScheduleInputError("id", message.format(id=reminder_id, known=known))
        return found

    def same_as(self, routine: str, days: Iterable[int], at: time) -> Reminder | None:
        """A reminder already planned for this routine on these days at this time."""
        wanted = tuple(sorted(set(days)))
        return next(
            (r for r in self.reminders if (r.routine, r.days, r.at) == (routine, wanted, at)),
            None,
        )

    def added(
        self,
        routine: str,
        days: Iterable[int],
        at: time,
        *,
        since: date | None,
        until: date | None = None,
        enabled: bool = True,
    ) -> tuple[WeeklyPlan, Reminder]:
        """The plan with a new reminder (the next id), in force from `since` (today, as the
        user's clock says) to `until` (None: no end), and that reminder."""
        used = max((r.id for r in self.reminders), default=0)
        reminder = Reminder(
            id=max(self.last_id, used, _kept_ids(self.kept)) + 1,
            routine=routine,
            days=tuple(days),
            at=at,
            enabled=enabled,
            since=since,
            until=until,
        )
        return replace(self, reminders=(*self.reminders, reminder), last_id=reminder.id), reminder

    def removed(self, reminder_id: int) -> WeeklyPlan:
        gone = self.find(reminder_id)
        used = max(self.last_id, max((r.id for r in self.reminders), default=0))
        return replace(
            self, reminders=tuple(r for r in self.reminders if r is not gone), last_id=used
        )

    def replaced(self, reminder: Reminder) -> WeeklyPlan:
        """The plan with the reminder of the same id changed (routine, days, time, on/off)."""
        self.find(reminder.id)
        return replace(
            self,
            reminders=tuple(reminder if r.id == reminder.id else r for r in self.reminders),
        )

    def switched(self, reminder_id: int, *, enabled: bool) -> WeeklyPlan:
        return self.replaced(replace(self.find(reminder_id), enabled=enabled))


def _kept_ids(kept: Iterable[dict[str, Any]]) -> int:
    ids = [entry.get("id") for entry in kept]
    return max((i for i in ids if isinstance(i, int) and not isinstance(i, bool)), default=0)


def typed_day_words() -> dict[str, tuple[int, ...]]:
    """Every word `parse_days` reads, without accents, in lower case: the English keys, names
    and groups, and the language in use's own (its short forms, the abbreviations its dates
    use, full names and groups: "mo", "mi.", "mittwoch", "werktags"; "sá", "mié", "sabado",
    "fin de semana"). English comes first where the two disagree, so what worked before
    still does."""
    own: dict[str, tuple[int, ...]] = {}
    for index, word in enumerate(translate("core.schedule.model", TYPED_DAYS).split(",")[:7]):
        own[_plain(word)] = (index,)
    for index, (name, short) in enumerate(zip(DAY_NAMES, DAY_SHORT_NAMES, strict=True)):
        own[_plain(translate("core.schedule.model", name))] = (index,)
        own[_plain(translate("core.schedule.model", short))] = (index,)  # "Mi.", "mié"
    groups = translate("core.schedule.model", TYPED_GROUPS).split(",")[:3]
    for word, days in zip(groups, (EVERY_DAY, WEEKDAYS, WEEKENDS), strict=False):
        own[_plain(word)] = days
    own.pop("", None)
    return {**own, **_DAY_WORDS}


def _plain(word: str) -> str:
    """A typed word as it is looked up: lower case, no accents, no closing full stop ("Sábado"
    is "sabado", "Mi." is "mi")."""
    word = word.strip().lower().replace("\u2013", "-").replace("\u2014", "-")  # "Mo–Fr"
    decomposed = unicodedata.normalize("NFD", word.removesuffix("."))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def parse_days(text: str) -> tuple[int, ...]:
    """The weekdays in "mon,wed,fri", "Monday, Friday", "mon-fri", "daily", "weekdays" or
    "weekends" (any case; a range wraps round the week: "fri-mon" is Friday to Monday), and
    the same in the language in use ("mo,mi,fr", "lu-vi", "werktags"; `typed_day_words`).

    Raises ScheduleInputError("days", ...) naming the word that is not a day.
    """
    words = typed_day_words()
    days: set[int] = set()
    for raw in text.split(","):
        word = _plain(raw)
        if not word:
            continue
        if "-" in word and word not in words:
            first, _, last = (_plain(part) for part in word.partition("-"))  # "Mo.-Fr."
            start, end = _single_day(words, first, raw), _single_day(words, last, raw)
            days.update((start + step) % 7 for step in range((end - start) % 7 + 1))
            continue
        found = words.get(word)
        if found is None:
            raise ScheduleInputError(
                "days",
                translate("core.schedule.model", "{word} is not a day; {help}").format(
                    word=repr(raw.strip()), help=days_help()
                ),
            )
        days.update(found)
    if not days:
        raise ScheduleInputError(
            "days",
            translate("core.schedule.model", "no day given; {help}").format(help=days_help()),
        )
    return tuple(sorted(days))


def _single_day(words: dict[str, tuple[int, ...]], word: str, raw: str) -> int:
    found = words.get(word)
    if found is None or len(found) != 1:
        raise ScheduleInputError(
            "days",
            translate("core.schedule.model", "{word} is not a range of days; {help}").format(
                word=repr(raw.strip()), help=days_help()
            ),
        )
    return found[0]


def parse_time(text: str) -> time:
    """A wall-clock time on the 24-hour clock, "18:30" or "6:05".

    Raises ScheduleInputError("at", ...) saying what is wrong.
    """
    shown = text.strip()
    matched = _TIME.fullmatch(shown)
    if matched is None:
        raise ScheduleInputError(
            "at",
            translate(
                "core.schedule.model",
                "{text} is not a time; use the 24-hour clock, HH:MM, e.g. 18:30",
            ).format(text=repr(shown)),
        )
    hours, minutes = int(matched[1]), int(matched[2])
    if hours > 23:
        raise ScheduleInputError(
            "at",
            translate(
                "core.schedule.model", "{text} is not a time of day; hours go from 00 to 23"
            ).format(text=shown),
        )
    if minutes > 59:
        raise ScheduleInputError(
            "at",
            translate(
                "core.schedule.model", "{text} is not a time of day; minutes go from 00 to 59"
            ).format(text=shown),
        )
    return time(hours, minutes)


def time_key(at: time) -> str:
    """A time as it is typed and stored: "18:30"."""
    return f"{at.hour:02d}:{at.minute:02d}"


def day_keys(days: Iterable[int]) -> list[str]:
    """Days as they are stored and printed in JSON: ["mon", "wed", "fri"]."""
    return [DAY_KEYS[day] for day in sorted(set(days))]
