"""The history as CSV, to bring to a doctor or open in a spreadsheet: one row per session and
per check-in, merged by time; a cell that starts like a formula is defused. A session's row
says how much of its work was done and whether that counts toward the week (half of it).

The CSV is machine-readable in every language the app speaks: the headers (CSV_COLUMNS) and the
values that are words (kind, outcome, check_in, warning_signs, counts_toward_week) are the same
English machine names whatever the language in use, so a spreadsheet or a script reads every
export alike; nothing here is passed through `translate`. The History page shows translated
column names. Titles and exercise names are kept as they were logged."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Final

from ankle_coach.core.history.model import (
    RED_FLAG_WORDS,
    CheckIn,
    Counts,
    RedFlag,
    SessionRecord,
    _aware,
    _iso,
)
from ankle_coach.core.history.stats import session_counts
from ankle_coach.core.savefile import atomic_write

CSV_COLUMNS: Final = (
    "kind",
    "id",
    "start",
    "end",
    "routine_id",
    "routine",
    "outcome",
    "total_seconds",
    "done_seconds",
    "percent_done",
    "exercises_completed",
    "session_id",
    "check_in",
    "pain_0_to_10",
    "warning_signs",
    "percent_of_work_done",
    "counts_toward_week",
)


def csv_text(sessions: Iterable[SessionRecord], check_ins: Iterable[CheckIn]) -> str:
    """Sessions and check-ins as CSV, each kind in its own rows, merged by time."""
    rows: list[tuple[datetime, int, dict[str, str]]] = []
    for session in sessions:
        fraction = session.fraction_done
        work = session.work_fraction_done
        rows.append(
            (
                session.started_at,
                0,
                {
                    "kind": "session",
                    "id": str(session.id),
                    "start": _iso(session.started_at),
                    "end": _iso(session.ended_at) if session.ended_at else "",
                    "routine_id": session.routine_id,
                    "routine": session.title,
                    "outcome": session.outcome or "not finished",
                    "total_seconds": _seconds(session.total_seconds),
                    "done_seconds": _seconds(session.done_seconds),
                    "percent_done": f"{fraction * 100:.0f}" if fraction is not None else "",
                    "exercises_completed": "; ".join(session.completed_exercises),
                    "percent_of_work_done": f"{work * 100:.0f}" if work is not None else "",
                    "counts_toward_week": "yes" if session_counts(session) else "no",
                },
            )
        )
    for check_in in check_ins:
        rows.append(
            (
                check_in.at,
                1,
                {
                    "kind": "check-in",
                    "id": str(check_in.id if check_in.id is not None else ""),
                    "start": _iso(check_in.at),
                    "session_id": str(check_in.session_id or ""),
                    "check_in": check_in.when,
                    "pain_0_to_10": "" if check_in.rating is None else str(check_in.rating),
                    # the English words as the source text has them, never translated
                    "warning_signs": "; ".join(
                        RED_FLAG_WORDS[flag] for flag in RedFlag if flag in check_in.red_flags
                    ),
                },
            )
        )
    rows.sort(key=lambda row: (_aware(row[0]).astimezone(UTC), row[1]))
    out = io.StringIO()
    writer = csv.DictWriter(out, CSV_COLUMNS, restval="", lineterminator="\r\n")
    writer.writeheader()
    for _, _, row in rows:
        writer.writerow({key: _cell(value) for key, value in row.items()})
    return out.getvalue()


def write_csv(
    path: Path, sessions: Sequence[SessionRecord], check_ins: Sequence[CheckIn]
) -> Counts:
    """Write `sessions` and `check_ins` to `path` as CSV, atomically. Raises OSError."""
    with atomic_write(path) as handle:
        handle.write(csv_text(sessions, check_ins).encode("utf-8"))
    return Counts(len(sessions), len(check_ins))


def _seconds(value: float | None) -> str:
    return "" if value is None else f"{value:.1f}"


def _cell(text: str) -> str:
    """A spreadsheet runs a cell that starts like a formula; a routine title must never be one."""
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + text
    return text
