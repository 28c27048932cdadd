"""`ankle-coach history ...`: list the latest sessions and check-ins with this week's count and
the streak, export them all to bring to a doctor, record a pain check-in, and say what the
see-a-doctor rules advise now."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from ankle_coach.core.history import (
    BUSY_SECONDS,
    COUNTS_WORDS,
    RED_FLAG_WORDS,
    CheckIn,
    Entry,
    History,
    HistoryError,
    RedFlag,
    SessionRecord,
    local_now,
    monday_of,
    session_counts,
)
from ankle_coach.core.i18n import current_language, translate
from ankle_coach.core.paths import Paths
from ankle_coach.core.safe_text import safe_line
from ankle_coach.core.triage import Advice, current_advice

if TYPE_CHECKING:
    from ankle_coach.core.routine import Routine

#: Exit status for input the command refuses (as argparse uses for a bad option).
BAD_INPUT = 2


def export_command(
    path: Path,
    paths: Paths | None = None,
    *,
    out: TextIO | None = None,
    err: TextIO | None = None,
    busy_seconds: float = BUSY_SECONDS,
    planned: Path | None = None,
) -> int:
    """Write the whole history to `path` as CSV (and, with `planned`, the weekly plan's
    planned sessions, done, missed or to come, to that second CSV). Exit status 0, or 1 when
    it could not be written; a history file that had to be moved aside is reported, and the
    export goes on.

    A history that cannot be read now (locked by another program, unreadable) is waited for
    `busy_seconds`, then reported with exit status 1 and nothing written: an empty export
    would say there is no history. One locked only for writing is read and exported."""
    out = out if out is not None else sys.stdout
    err = err if err is not None else sys.stderr
    history, message = History.open(
        paths if paths is not None else Paths.default(), busy_seconds=busy_seconds
    )
    if not history.shows_file:
        history.close()
        err.write(f"{safe_line(message)}\n" if message else "")
        said = translate(
            "commands.history", "Nothing was exported: the history file {path} could not be read."
        )
        err.write(safe_line(said.format(path=history.path)) + "\n")
        return 1
    if message:
        err.write(f"{safe_line(message)}\n")
    writing = path
    try:
        counts = history.export_csv(path)
        writing = planned if planned is not None else path
        rows = None if planned is None else _export_planned(history, planned, paths)
    except OSError as exc:
        said = translate("commands.history", "{path}: cannot write the export: {reason}")
        err.write(safe_line(said.format(path=writing, reason=exc.strerror or exc)) + "\n")
        return 1
    except HistoryError as exc:
        err.write(f"{safe_line(exc)}\n")
        return 1
    finally:
        history.close()
    said = translate("commands.history", "{sessions} and {check_ins} written to {path}")
    out.write(
        said.format(
            sessions=_sessions(counts.sessions),
            check_ins=_check_ins(counts.check_ins),
            path=safe_line(path),
        )
        + "\n"
    )
    if rows is not None:
        if rows == 1:
            said = translate("commands.history", "{count} planned session written to {path}")
        else:
            said = translate("commands.history", "{count} planned sessions written to {path}")
        out.write(said.format(count=count_text(rows), path=safe_line(planned)) + "\n")
    return 0


def _export_planned(history: History, target: Path, paths: Paths | None) -> int:
    """The weekly plan against the history, to `target` as CSV; the number of rows."""
    from ankle_coach.core.schedule import load_schedule, local_zone
    from ankle_coach.core.schedule.adherence import (
        load_spans,
        planned_sessions,
        report_days,
        write_planned_csv,
    )

    where = paths if paths is not None else Paths.default()
    zone = local_zone()
    now = datetime.now(zone)
    plan, _ = load_schedule(where)
    spans = load_spans(where).seen(plan, now.date())
    first, last = report_days(spans, now, zone)
    found = planned_sessions(plan, spans, history.sessions(first, last), first, last, now, zone)
    return write_planned_csv(target, found)


#: How many entries `history list` shows unless told.
LIST_LIMIT = 10


def list_command(
    limit: int = LIST_LIMIT,
    paths: Paths | None = None,
    *,
    now: Callable[[], datetime] = local_now,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Print this week's sessions and the streaks (as the History page counts them), then the
    latest `limit` sessions and check-ins, newest first."""
    out = out if out is not None else sys.stdout
    err = err if err is not None else sys.stderr
    history = _opened(paths, err)
    try:
        if not history.shows_file:
            err.write(
                translate(
                    "commands.history",
                    "No history: the history file could not be read. Try again later.",
                )
                + "\n"
            )
            return 1
        today = now().date()
        this_week = history.weekly_counts(monday_of(today), today)[-1][1]
        found = history.streaks(today)
        total = history.entry_count()
        entries = history.entries(0, max(0, limit))
    except HistoryError as exc:
        err.write(f"{safe_line(exc)}\n")
        return 1
    finally:
        history.close()
    said = translate(
        "commands.history", "This week: {sessions}. Current streak: {current}; longest: {longest}."
    )
    out.write(
        said.format(
            sessions=_sessions(this_week),
            current=_days(found.current),
            longest=_days(found.longest),
        )
        + "\n"
        + translate("core.history.stats", COUNTS_WORDS)
        + "\n"
    )
    if not entries:
        out.write("\n" + translate("commands.history", "No sessions or check-ins yet.") + "\n")
        return 0
    out.write("\n" + _latest_words(len(entries), total) + "\n")
    originals = _originals(paths) if any(e.session is not None for e in entries) else {}
    for entry in entries:
        out.write(safe_line(entry_words(entry, originals)) + "\n")
    return 0


def _latest_words(shown: int, total: int) -> str:
    """The heading of the list: "The only entry:", "All 3 entries, newest first:", "The latest
    of 12:", "The latest 10 of 12, newest first:"."""
    if total == 1:
        return translate("commands.history", "The only entry:")
    if shown >= total:
        said = translate("commands.history", "All {total} entries, newest first:")
    elif shown == 1:
        said = translate("commands.history", "The latest of {total} entries:")
    else:
        said = translate("commands.history", "The latest {shown} of {total}, newest first:")
    return said.format(shown=count_text(shown), total=count_text(total))


def _originals(paths: Paths | None) -> dict[str, Routine]:
    """The library's routines (their files, with every translation) by id: a session's
    routine is shown by its title in the language in use (core/history/names.py)."""
    from ankle_coach.core.library import load_library

    return {entry.id: entry.original for entry in load_library(paths).entries}


def entry_words(entry: Entry, originals: Mapping[str, Routine] | None = None) -> str:
    """One entry of the list in a line: "Sat 05 Dec 2026 18:30  Ankle circles: stopped with 6%
    of its work done (not counted); pain 3 -> 2". The routine's title is its title in the
    language in use when `originals` (the library's routines by id) has it, else as recorded."""
    from ankle_coach.core.history.names import shown_title

    parts = []
    if entry.session is not None:
        original = (originals or {}).get(entry.session.routine_id)
        said = translate("commands.history", "{title}: {outcome}")
        title = shown_title(entry.session, original)
        parts.append(said.format(title=title, outcome=outcome_words(entry.session)))
    else:
        parts.append(translate("commands.history", "Pain check-in"))
    ratings = {c.when: c.rating for c in entry.check_ins}
    if entry.session is not None and ("before" in ratings or "after" in ratings):
        before, after = (ratings.get(moment) for moment in ("before", "after"))
        said = translate("commands.history", "pain {before} \u2192 {after}")
        parts.append(said.format(before=_rated(before), after=_rated(after)))
    elif entry.session is None:
        said = translate("commands.history", "pain {rating}")
        parts.append(said.format(rating=_rated(entry.check_ins[0].rating)))
    signs = [
        _in_running_text(red_flag_words(flag))
        for flag in RedFlag
        if any(flag in c.red_flags for c in entry.check_ins)
    ]
    if signs:
        said = translate("commands.history", "warning signs: {signs}")
        parts.append(said.format(signs=", ".join(signs)))
    return f"{moment_words(entry.at)}  " + "; ".join(parts)


def moment_words(moment: datetime) -> str:
    """A date and time as the language in use writes it: "Sat 05 Dec 2026 18:30" (the
    weekday and month names are the weekly plan's, core/schedule/model.py)."""
    from ankle_coach.core.schedule.model import DAY_SHORT_NAMES, MONTH_SHORT_NAMES

    said = translate("commands.history", "{weekday} {day} {month} {year} {time}")
    return said.format(
        weekday=translate("core.schedule.model", DAY_SHORT_NAMES[moment.weekday()]),
        day=f"{moment.day:02d}",
        month=translate("core.schedule.model", MONTH_SHORT_NAMES[moment.month - 1]),
        year=moment.year,
        time=f"{moment:%H:%M}",
    )


def outcome_words(session: SessionRecord) -> str:
    """ "finished", or "stopped with 6% of its work done (not counted)"."""
    fraction = session.work_fraction_done
    if fraction is None or (session.outcome == "finished" and fraction >= 1):
        if session.outcome == "finished":
            return translate("commands.history", "finished")
        if session.outcome == "stopped":
            return translate("commands.history", "stopped")
        return translate("commands.history", "not finished")
    counted = session_counts(session)
    if session.outcome == "finished":
        said = (
            translate(
                "commands.history",
                "finished with {percent}% of its work done (counts toward the week)",
            )
            if counted
            else translate(
                "commands.history", "finished with {percent}% of its work done (not counted)"
            )
        )
    elif session.outcome == "stopped":
        said = (
            translate(
                "commands.history",
                "stopped with {percent}% of its work done (counts toward the week)",
            )
            if counted
            else translate(
                "commands.history", "stopped with {percent}% of its work done (not counted)"
            )
        )
    else:
        said = (
            translate(
                "commands.history",
                "not finished, with {percent}% of its work done (counts toward the week)",
            )
            if counted
            else translate(
                "commands.history", "not finished, with {percent}% of its work done (not counted)"
            )
        )
    return said.format(percent=f"{fraction * 100:.0f}")


def red_flag_words(flag: RedFlag) -> str:
    """A warning sign in the words of the check-in, in the language in use."""
    return translate("core.history.model", RED_FLAG_WORDS[flag])


def _rated(rating: int | None) -> str:
    return "\u2013" if rating is None else str(rating)


#: How each language groups the thousands of a count ("12,345", "12.345").
_THOUSANDS = {"en": ",", "de": ".", "es": "."}


def count_text(number: int) -> str:
    """A count with its thousands grouped as the language in use writes them."""
    return f"{number:,}".replace(",", _THOUSANDS.get(current_language(), ","))


def _sessions(number: int) -> str:
    if number == 1:
        return translate("commands.history", "{count} session").format(count=count_text(number))
    return translate("commands.history", "{count} sessions").format(count=count_text(number))


def _check_ins(number: int) -> str:
    if number == 1:
        return translate("commands.history", "{count} check-in").format(count=count_text(number))
    return translate("commands.history", "{count} check-ins").format(count=count_text(number))


def _days(number: int) -> str:
    if number == 1:
        return translate("commands.history", "{count} day").format(count=count_text(number))
    return translate("commands.history", "{count} days").format(count=count_text(number))


class _BadInput(Exception):
    """One line saying which option is wrong and why."""


def check_in_command(
    pain: str | None,
    signs: Sequence[str],
    when: str | None,
    paths: Paths | None = None,
    *,
    now: Callable[[], datetime] = local_now,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Record one check-in (a rating 0-10 and/or warning signs, now or at `when`), then print
    what the rules advise. Bad input: one line on stderr, exit status 2, nothing written."""
    out = out if out is not None else sys.stdout
    err = err if err is not None else sys.stderr
    moment = now()
    try:
        check_in = CheckIn(
            _moment(when, moment) if when is not None else moment,
            "standalone",
            _rating(pain),
            frozenset(_sign(name) for name in signs),
        )
        if check_in.rating is None and not check_in.red_flags:
            raise _BadInput(
                translate(
                    "commands.history",
                    "give a pain rating (--pain 0-10), a warning sign (--sign), or both",
                )
            )
    except _BadInput as exc:
        err.write(f"ankle-coach history check-in: {exc}\n")
        return BAD_INPUT
    history = _opened(paths, err)
    try:
        history.add_check_in(check_in)
        advice = current_advice(history, now())
    except HistoryError as exc:
        err.write(f"{exc}\n")
        return 1
    finally:
        history.close()
    if history.path is None:
        said = translate(
            "commands.history",
            "This check-in could not be kept: the history file could not be used.",
        )
        err.write(said + "\n")
        return 1
    said = translate("commands.history", "Check-in recorded: {check_in}.")
    out.write(said.format(check_in=described_check_in(check_in)) + "\n\n")
    out.write(advice_text(advice))
    return 0


def advice_command(
    paths: Paths | None = None,
    *,
    as_json: bool = False,
    now: Callable[[], datetime] = local_now,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Print what the see-a-doctor rules say now, from every check-in they depend on."""
    out = out if out is not None else sys.stdout
    err = err if err is not None else sys.stderr
    history = _opened(paths, err)
    try:
        if not history.shows_file:
            # Advice from an empty stand-in would say "no check-ins yet": say nothing instead.
            err.write(
                translate(
                    "commands.history",
                    "No advice: the check-ins could not be read. Try again later.",
                )
                + "\n"
            )
            return 1
        advice = current_advice(history, now())
    except HistoryError as exc:
        err.write(f"{exc}\n")
        return 1
    finally:
        history.close()
    if as_json:
        json.dump(advice_json(advice), out, indent=2, ensure_ascii=False)
        out.write("\n")
    else:
        out.write(advice_text(advice))
    return 0


def _opened(paths: Paths | None, err: TextIO) -> History:
    """The history, after saying on `err` what the user must know about its file."""
    history, message = History.open(paths if paths is not None else Paths.default())
    if message:
        err.write(f"{message}\n")
    return history


def advice_json(advice: Advice) -> dict[str, object]:
    return {
        "level": advice.level,
        "urgent": advice.urgent,
        "headline": advice.headline,
        "rules": list(advice.rules),
        "reasons": list(advice.reasons),
        "who": advice.who if advice.see_a_doctor else None,
        "note": advice.note,
    }


def advice_text(advice: Advice) -> str:
    lines = [advice.headline, *(f"- {reason}" for reason in advice.reasons)]
    if advice.see_a_doctor:
        lines.append(advice.who)
    lines.append(advice.note)
    return "\n".join(lines) + "\n"


def _rating(text: str | None) -> int | None:
    if text is None:
        return None
    try:
        rating = int(text.strip())
    except ValueError:
        said = translate(
            "commands.history",
            "--pain: must be a whole number from 0 to 10, not \u201c{given}\u201d",
        )
        raise _BadInput(said.format(given=text)) from None
    if not 0 <= rating <= 10:
        said = translate(
            "commands.history", "--pain: must be a whole number from 0 to 10, not {given}"
        )
        raise _BadInput(said.format(given=rating))
    return rating


def _sign(name: str) -> RedFlag:
    try:
        return RedFlag(name.strip().lower())
    except ValueError:
        known = ", ".join(flag.value for flag in RedFlag)
        said = translate(
            "commands.history",
            "--sign: \u201c{given}\u201d is not a warning sign; use one of {known}",
        )
        raise _BadInput(said.format(given=name, known=known)) from None


def _moment(text: str, now: datetime) -> datetime:
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        said = translate(
            "commands.history",
            "--when: \u201c{given}\u201d is not a date and time in ISO 8601, e.g. 2026-03-30T18:30",
        )
        raise _BadInput(said.format(given=text)) from None
    if moment.tzinfo is None:
        moment = moment.astimezone()  # a time without an offset is local time
    if moment > now:
        said = translate("commands.history", "--when: {given} is in the future")
        raise _BadInput(said.format(given=moment.isoformat(timespec="minutes")))
    return moment


def described_check_in(check_in: CheckIn) -> str:
    signs = ", ".join(
        _in_running_text(red_flag_words(flag)) for flag in RedFlag if flag in check_in.red_flags
    )
    if check_in.rating is None:
        if signs:
            said = translate("commands.history", "no rating; warning signs: {signs}")
        else:
            said = translate("commands.history", "no rating; no warning signs")
    elif signs:
        said = translate("commands.history", "pain {rating} out of 10; warning signs: {signs}")
    else:
        said = translate("commands.history", "pain {rating} out of 10; no warning signs")
    return said.format(rating=check_in.rating, signs=signs)


def _in_running_text(words: str) -> str:
    """A warning sign inside a sentence: "swelling", not "Swelling" (German keeps its nouns'
    capitals, English its "I")."""
    if current_language() == "de" or words.startswith(("I ", "I\u2019")):
        return words
    return words[:1].lower() + words[1:]
