"""The weekly plan in words, for the command line, the tray and the window alike: "Mon, Wed,
Fri at 18:30", "tomorrow at 18:30", "You had calf raises planned yesterday at 18:30."."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from ankle_coach.core.schedule.model import (
    DAY_KEYS,
    DAY_NAMES,
    EVERY_DAY,
    WEEKDAYS,
    WEEKENDS,
    Reminder,
    time_key,
)


def days_words(days: Iterable[int]) -> str:
    """ "every day", "weekdays", "weekends" or "Mon, Wed, Fri"."""
    chosen = tuple(sorted(set(days)))
    named = {EVERY_DAY: "every day", WEEKDAYS: "weekdays", WEEKENDS: "weekends"}
    return named.get(chosen) or ", ".join(DAY_KEYS[day].capitalize() for day in chosen)


def reminder_words(reminder: Reminder) -> str:
    """ "Mon, Wed, Fri at 18:30", "every day at 07:00"."""
    return f"{days_words(reminder.days)} at {time_key(reminder.at)}"


def when_words(moment: datetime, now: datetime) -> str:
    """When `moment` is, seen from `now`, on the clock of `moment`'s zone: "today at 18:30",
    "tomorrow at 07:00", "yesterday at 18:30", "on Friday at 18:30" (within six days either
    way), else "on Mon 7 Dec 2026 at 18:30"."""
    clock = f"{moment:%H:%M}"
    days = (moment.date() - now.astimezone(moment.tzinfo).date()).days
    if days == 0:
        return f"today at {clock}"
    if days == 1:
        return f"tomorrow at {clock}"
    if days == -1:
        return f"yesterday at {clock}"
    if -6 <= days <= 6:
        return f"on {DAY_NAMES[moment.weekday()]} at {clock}"
    return f"on {moment:%a} {moment.day} {moment:%b %Y} at {clock}"


def in_sentence(title: str) -> str:
    """A routine's title inside a sentence: "Calf raises" becomes "calf raises"; a first word
    in capitals or mixed case ("PRICE", "iPhone") is left as it is."""
    first = title.split(" ", 1)[0]
    if len(first) > 1 and first[0].isupper() and first[1:] == first[1:].lower():
        return title[0].lower() + title[1:]
    return title


def missed_words(title: str, moment: datetime, now: datetime) -> str:
    """ "You had calf raises planned yesterday at 18:30." for a reminder missed while the app
    was closed or the machine asleep."""
    return f"You had {in_sentence(title)} planned {when_words(moment, now)}."
