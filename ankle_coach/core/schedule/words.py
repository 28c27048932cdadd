"""The weekly plan in words, for the command line, the tray and the window alike: "Mon, Wed,
Fri at 18:30", "tomorrow at 18:30", "You had calf raises planned yesterday at 18:30.".

Every phrase is a whole template of the user's language ("montags, mittwochs und freitags um
18:30", "los lunes, miércoles y viernes a las 18:30"): the list of days is joined by the
language's own joints, and the sentence around it is the language's own. What is typed and
stored (`mon,wed`, "18:30") stays the same in every language (core/schedule/model.py)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from typing import Final

from ankle_coach.core.i18n import QT_TRANSLATE_NOOP, current_language, translate
from ankle_coach.core.schedule.model import (
    DAY_SHORT_NAMES,
    EVERY_DAY,
    MONTH_SHORT_NAMES,
    WEEKDAYS,
    WEEKENDS,
    Reminder,
    day_name,
    time_key,
)

#: A day in a list of days a reminder happens on ("Mon, Wed, Fri"; German "montags", Spanish
#: "lunes": the habitual forms).
_LIST_NAMES: Final = (
    QT_TRANSLATE_NOOP("core.schedule.words", "Mon"),
    QT_TRANSLATE_NOOP("core.schedule.words", "Tue"),
    QT_TRANSLATE_NOOP("core.schedule.words", "Wed"),
    QT_TRANSLATE_NOOP("core.schedule.words", "Thu"),
    QT_TRANSLATE_NOOP("core.schedule.words", "Fri"),
    QT_TRANSLATE_NOOP("core.schedule.words", "Sat"),
    QT_TRANSLATE_NOOP("core.schedule.words", "Sun"),
)


def _day_list(days: tuple[int, ...]) -> str:
    """The days as a list in the user's language: "Mon, Wed, Fri", "montags, mittwochs und
    freitags"."""
    names = [translate("core.schedule.words", _LIST_NAMES[day]) for day in days]
    said = names[0]
    for middle in names[1:-1]:
        said = translate("core.schedule.words", "{days}, {day}").format(days=said, day=middle)
    if len(names) > 1:
        said = translate("core.schedule.words", "{days}, {last}").format(days=said, last=names[-1])
    return said


def days_words(days: Iterable[int]) -> str:
    """ "every day", "weekdays", "weekends" or "Mon, Wed, Fri"."""
    chosen = tuple(sorted(set(days)))
    if chosen == EVERY_DAY:
        return translate("core.schedule.words", "every day")
    if chosen == WEEKDAYS:
        return translate("core.schedule.words", "weekdays")
    if chosen == WEEKENDS:
        return translate("core.schedule.words", "weekends")
    return _day_list(chosen)


#: Spanish says "a la 01:30" of one o'clock, "a las 13:30" of every other hour; the messages
#: say "a las {time}", and `one_oclock` mends them.
_ONE_OCLOCK: Final = re.compile(r"\b(a) las (0?1:[0-5][0-9])\b", re.IGNORECASE)


def one_oclock(said: str) -> str:
    """A sentence with a time in it, as the language in use says one o'clock: in Spanish
    "a la 01:30" (the translations' "a las {time}" is right for every other hour)."""
    if current_language() != "es":
        return said
    return _ONE_OCLOCK.sub(r"\1 la \2", said)


def reminder_words(reminder: Reminder) -> str:
    """ "Mon, Wed, Fri at 18:30", "every day at 07:00"."""
    at = time_key(reminder.at)
    if reminder.days == EVERY_DAY:
        said = translate("core.schedule.words", "every day at {time}").format(time=at)
    elif reminder.days == WEEKDAYS:
        said = translate("core.schedule.words", "weekdays at {time}").format(time=at)
    elif reminder.days == WEEKENDS:
        said = translate("core.schedule.words", "weekends at {time}").format(time=at)
    else:
        said = translate("core.schedule.words", "{days} at {time}").format(
            days=_day_list(reminder.days), time=at
        )
    return one_oclock(said)


def when_words(moment: datetime, now: datetime) -> str:
    """When `moment` is, seen from `now`, on the clock of `moment`'s zone: "today at 18:30",
    "tomorrow at 07:00", "yesterday at 18:30", "on Friday at 18:30" (within six days either
    way), else "on Mon 7 Dec 2026 at 18:30"."""
    clock = f"{moment:%H:%M}"
    days = (moment.date() - now.astimezone(moment.tzinfo).date()).days
    if days == 0:
        said = translate("core.schedule.words", "today at {time}").format(time=clock)
    elif days == 1:
        said = translate("core.schedule.words", "tomorrow at {time}").format(time=clock)
    elif days == -1:
        said = translate("core.schedule.words", "yesterday at {time}").format(time=clock)
    elif -6 <= days <= 6:
        said = translate("core.schedule.words", "on {weekday} at {time}").format(
            weekday=day_name(moment.weekday()), time=clock
        )
    else:
        said = translate(
            "core.schedule.words", "on {weekday} {day} {month} {year} at {time}"
        ).format(
            weekday=translate("core.schedule.model", DAY_SHORT_NAMES[moment.weekday()]),
            day=moment.day,
            month=translate("core.schedule.model", MONTH_SHORT_NAMES[moment.month - 1]),
            year=moment.year,
            time=clock,
        )
    return one_oclock(said)


def in_sentence(title: str) -> str:
    """A routine's title inside a sentence: "Calf raises" becomes "calf raises"; a first word
    in capitals or mixed case ("PRICE", "iPhone") is left as it is, and so is every title in
    German, whose nouns keep their capital ("Fersenheben")."""
    if current_language() == "de":
        return title
    first = title.split(" ", 1)[0]
    if len(first) > 1 and first[0].isupper() and first[1:] == first[1:].lower():
        return title[0].lower() + title[1:]
    return title


def missed_words(title: str, moment: datetime, now: datetime) -> str:
    """ "You had calf raises planned yesterday at 18:30." for a reminder missed while the app
    was closed or the machine asleep."""
    return translate("core.schedule.words", "You had {title} planned {when}.").format(
        title=in_sentence(title), when=when_words(moment, now)
    )
