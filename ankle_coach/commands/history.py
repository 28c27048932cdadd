"""`ankle-coach history ...`: list the latest sessions and check-ins with this week's count and
the streak, export them all to bring to a doctor, record a pain check-in, and say what the
see-a-doctor rules advise now."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TextIO

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
from ankle_coach.core.paths import Paths
from ankle_coach.core.safe_text import safe_line
from ankle_coach.core.triage import Advice, current_advice

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
        err.write(
            safe_line(f"Nothing was exported: the history file {history.path} could not be read.")
            + "\n"
        )
        return 1
    if message:
        err.write(f"{safe_line(message)}\n")
    try:
        counts = history.export_csv(path)
        rows = None if planned is None else _export_planned(history, planned, paths)
    except OSError as exc:
        err.write(safe_line(f"{path}: cannot write the export: {exc.strerror or exc}") + "\n")
        return 1
    except HistoryError as exc:
        err.write(f"{safe_line(exc)}\n")
        return 1
    finally:
        history.close()
    out.write(
        f"{_count(counts.sessions, 'session')} and {_count(counts.check_ins, 'check-in')} "
        f"written to {safe_line(path)}\n"
    )
    if rows is not None:
        out.write(f"{_count(rows, 'planned session')} written to {safe_line(planned)}\n")
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
            err.write("No history: the history file could not be read. Try again later.\n")
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
    out.write(
        f"This week: {_count(this_week, 'session')}. Current streak: "
        f"{_count(found.current, 'day')}; longest: {_count(found.longest, 'day')}.\n"
        f"{COUNTS_WORDS}\n"
    )
    if not entries:
        out.write("\nNo sessions or check-ins yet.\n")
        return 0
    out.write(f"\nThe latest {len(entries)} of {total:,}, newest first:\n")
    for entry in entries:
        out.write(safe_line(entry_words(entry)) + "\n")
    return 0


def entry_words(entry: Entry) -> str:
    """One entry of the list in a line: "Sat 05 Dec 2026 18:30  Ankle circles: stopped with 6%
    of its work done (not counted); pain 3 -> 2"."""
    parts = []
    if entry.session is not None:
        parts.append(f"{entry.session.title}: {outcome_words(entry.session)}")
    else:
        parts.append("Pain check-in")
    ratings = {c.when: c.rating for c in entry.check_ins}
    if entry.session is not None and ("before" in ratings or "after" in ratings):
        before, after = (ratings.get(moment) for moment in ("before", "after"))
        parts.append(f"pain {_rated(before)} \u2192 {_rated(after)}")
    elif entry.session is None:
        parts.append(f"pain {_rated(entry.check_ins[0].rating)}")
    signs = [
        RED_FLAG_WORDS[flag]
        for flag in RedFlag
        if any(flag in c.red_flags for c in entry.check_ins)
    ]
    if signs:
        parts.append("warning signs: " + ", ".join(signs))
    return f"{entry.at:%a %d %b %Y %H:%M}  " + "; ".join(parts)


def outcome_words(session: SessionRecord) -> str:
    """ "finished", or "stopped with 6% of its work done (not counted)"."""
    fraction = session.work_fraction_done
    words = session.outcome or "not finished"
    if fraction is None or (session.outcome == "finished" and fraction >= 1):
        return words
    counted = "counts toward the week" if session_counts(session) else "not counted"
    return f"{words} with {fraction * 100:.0f}% of its work done ({counted})"


def _rated(rating: int | None) -> str:
    return "\u2013" if rating is None else str(rating)


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}{'' if number == 1 else 's'}"


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
            raise _BadInput("give a pain rating (--pain 0-10), a warning sign (--sign), or both")
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
        err.write("This check-in could not be kept: the history file could not be used.\n")
        return 1
    out.write(f"Check-in recorded: {described_check_in(check_in)}.\n\n")
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
            err.write("No advice: the check-ins could not be read. Try again later.\n")
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
        raise _BadInput(f"--pain: must be a whole number from 0 to 10, not {text!r}") from None
    if not 0 <= rating <= 10:
        raise _BadInput(f"--pain: must be a whole number from 0 to 10, not {rating}")
    return rating


def _sign(name: str) -> RedFlag:
    try:
        return RedFlag(name.strip().lower())
    except ValueError:
        known = ", ".join(flag.value for flag in RedFlag)
        raise _BadInput(f"--sign: {name!r} is not a warning sign; use one of {known}") from None


def _moment(text: str, now: datetime) -> datetime:
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise _BadInput(
            f"--when: {text!r} is not a date and time in ISO 8601, e.g. 2026-03-30T18:30"
        ) from None
    if moment.tzinfo is None:
        moment = moment.astimezone()  # a time without an offset is local time
    if moment > now:
        raise _BadInput(f"--when: {moment.isoformat(timespec='minutes')} is in the future")
    return moment


def described_check_in(check_in: CheckIn) -> str:
    pain = "no rating" if check_in.rating is None else f"pain {check_in.rating} out of 10"
    signs = [RED_FLAG_WORDS[flag].lower() for flag in RedFlag if flag in check_in.red_flags]
    return f"{pain}; warning signs: {', '.join(signs)}" if signs else f"{pain}; no warning signs"
