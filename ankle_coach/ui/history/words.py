"""The History page's words: days, times, outcomes, pain ratings and warning signs as the
list and the charts say them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from ankle_coach.core.history import RED_FLAG_WORDS, CheckIn, RedFlag, SessionRecord


def day_words(day: date, *, year: bool = False) -> str:
    """ "Mon 2 Mar" (with the year: "Mon 2 Mar 2026")."""
    text = f"{day:%a} {day.day} {day:%b}"
    return f"{text} {day.year}" if year else text


def short_day(day: date) -> str:
    return f"{day.day} {day:%b}"


def time_words(moment: datetime) -> str:
    return f"{day_words(moment.date(), year=True)}, {moment:%H:%M}"


def plural(number: int, noun: str) -> str:
    return f"{number:,} {noun}{'' if number == 1 else 's'}"


def outcome_words(session: SessionRecord) -> str:
    """ "Finished", or "Stopped · 40%" with how much of its work was done (what decides
    whether it counts toward the week)."""
    fraction = session.work_fraction_done
    percent = f"{fraction * 100:.0f}%" if fraction is not None else ""
    if session.outcome == "finished":
        return "Finished"
    words = "Stopped" if session.outcome == "stopped" else "Not finished"
    return f"{words} \u00b7 {percent}" if percent else words


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


def flags_words(check_ins: Sequence[CheckIn]) -> str:
    flags = {flag for check_in in check_ins for flag in check_in.red_flags}
    return ", ".join(RED_FLAG_WORDS[flag] for flag in RedFlag if flag in flags)
