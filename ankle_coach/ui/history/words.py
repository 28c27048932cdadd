"""The History page's words: days, times, counts, outcomes, pain ratings and warning signs as
the list and the charts say them, in the window's language (dates and numbers by the default
QLocale, which ui/i18n.install sets to the language)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Final

from PySide6.QtCore import QDate, QLocale, QTime

from ankle_coach.core.history import RED_FLAG_WORDS, CheckIn, RedFlag, SessionRecord
from ankle_coach.core.i18n import QT_TRANSLATE_NOOP
from ankle_coach.ui.i18n import translate

#: Each thing counted, as (one, more than one): whole messages, so each language words its own.
NOUNS: Final[dict[str, tuple[str, str]]] = {
    "day": (
        QT_TRANSLATE_NOOP("ui.history.words", "{n} day"),
        QT_TRANSLATE_NOOP("ui.history.words", "{n} days"),
    ),
    "session": (
        QT_TRANSLATE_NOOP("ui.history.words", "{n} session"),
        QT_TRANSLATE_NOOP("ui.history.words", "{n} sessions"),
    ),
    "check-in": (
        QT_TRANSLATE_NOOP("ui.history.words", "{n} check-in"),
        QT_TRANSLATE_NOOP("ui.history.words", "{n} check-ins"),
    ),
    "planned session": (
        QT_TRANSLATE_NOOP("ui.history.words", "{n} planned session"),
        QT_TRANSLATE_NOOP("ui.history.words", "{n} planned sessions"),
    ),
    "week": (
        QT_TRANSLATE_NOOP("ui.history.words", "{n} week"),
        QT_TRANSLATE_NOOP("ui.history.words", "{n} weeks"),
    ),
    "rating": (
        QT_TRANSLATE_NOOP("ui.history.words", "{n} rating"),
        QT_TRANSLATE_NOOP("ui.history.words", "{n} ratings"),
    ),
}


def number_words(number: float, decimals: int = 0) -> str:
    """A number as the language writes it: "1,234" / "1.234", "2.5" / "2,5"."""
    if decimals:
        return QLocale().toString(float(number), "f", decimals)
    return QLocale().toString(int(number))


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def day_words(day: date, *, year: bool = False) -> str:
    """ "Mon 2 Mar" (with the year: "Mon 2 Mar 2026"); "Mo., 2. März" in German."""
    # Qt's date format (ddd: the weekday's short name, MMM: the month's): each language
    # orders and punctuates its own.
    if year:
        pattern = translate("ui.history.words", "ddd d MMM yyyy")
    else:
        pattern = translate("ui.history.words", "ddd d MMM")
    return QLocale().toString(_qdate(day), pattern)


def short_day_pattern() -> str:
    """Qt's date format of a day without its weekday: "d MMM" ("2 Mar"; "d. MMM" in German)."""
    return translate("ui.history.words", "d MMM")


def short_day(day: date) -> str:
    """ "2 Mar" ("2. März"): a chart's week label."""
    return QLocale().toString(_qdate(day), short_day_pattern())


def weekday_words(day: date, *, long: bool = False) -> str:
    """ "Mon" / "Monday", in the language."""
    return QLocale().toString(_qdate(day), "dddd" if long else "ddd")


def month_words(day: date) -> str:
    """The month's short name: "Mar", "März", "mar"."""
    return QLocale().toString(_qdate(day), "MMM")


def time_words(moment: datetime) -> str:
    clock = QLocale().toString(QTime(moment.hour, moment.minute), "HH:mm")
    return translate("ui.history.words", "{day}, {time}").format(
        day=day_words(moment.date(), year=True), time=clock
    )


def plural(number: int, noun: str) -> str:
    """ "1 day", "3 days": `noun` is one of NOUNS."""
    one, more = NOUNS[noun]
    text = translate("ui.history.words", one if number == 1 else more)
    return text.format(n=number_words(number))


def outcome_words(session: SessionRecord) -> str:
    """ "Finished", or "Stopped · 40%" with how much of its work was done (what decides
    whether it counts toward the week)."""
    fraction = session.work_fraction_done
    if session.outcome == "finished":
        return translate("ui.history.words", "Finished")
    if session.outcome == "stopped":
        words = translate("ui.history.words", "Stopped")
    else:
        words = translate("ui.history.words", "Not finished")
    if fraction is None:
        return words
    percent = translate("ui.history.words", "{percent}%").format(
        percent=number_words(round(fraction * 100))
    )
    return f"{words} \u00b7 {percent}"


def pain_words(check_ins: Sequence[CheckIn]) -> str:
    """ "3 \u2192 2" for before and after; a single rating alone; "\u2013" for a skipped one."""

    def rated(check_in: CheckIn | None) -> str:
        if check_in is None or check_in.rating is None:
            return "\u2013"
        return str(check_in.rating)

    before = next((c for c in check_ins if c.when == "before"), None)
    after = next((c for c in reversed(check_ins) if c.when == "after"), None)
    if before is None and after is None:
        return rated(check_ins[0]) if check_ins else ""
    return f"{rated(before)} \u2192 {rated(after)}"


def flag_words(flag: RedFlag) -> str:
    """A warning sign's words (core/history/model.py's), in the window's language."""
    return translate("core.history.model", RED_FLAG_WORDS[flag])


def flags_words(check_ins: Sequence[CheckIn]) -> str:
    flags = {flag for check_in in check_ins for flag in check_in.red_flags}
    return ", ".join(flag_words(flag) for flag in RedFlag if flag in flags)
