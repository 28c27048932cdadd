"""The session log and the pain check-ins, kept in SQLite so nothing done is lost.

The file is `Paths.data / "history.sqlite3"`, in WAL mode: a reader (the history view, a CLI
export) never blocks the session being recorded, and a second window waits its turn
(`busy_timeout`) instead of failing. Every write is one short `BEGIN IMMEDIATE` transaction, and
`synchronous = FULL` makes each commit durable, so a crash, a SIGKILL or a power cut keeps every
entry committed before it.

A session is written as it goes: `start_session` when it starts, `record_progress` after each
completed work segment, `finish_session` at the end. One that never got its end (the app was
killed) stays in the log with no outcome: "not finished".

The schema version is `PRAGMA user_version`; `MIGRATIONS[n]` brings a version n file to n + 1
inside the transaction that stamps the new version, so an interrupted upgrade leaves the old file
as it was. A damaged file (SQLite says it is not a database or is malformed, or it is from a newer
version or not ours) is moved aside with a timestamp, never deleted, and a new one is started;
`open` says where the old one went. When even that fails the history lives in memory for this
run, and the message says it will not be kept.

Unavailable is not damaged: a file that is locked by another program (after waiting
`busy_seconds`), on a full disk, read-only, unreadable or a folder is never moved aside. It is
opened read-only when it can be read (the history is shown, writes raise "History not recorded
this time"), else an empty stand-in is shown; either way every later write first tries the file
again, and a SessionRecorder keeps what it could not write and writes it when the file can be.

Times are stored three ways: ISO 8601 with the UTC offset of the moment (what the user saw and
what an export shows), UTC (to sort by) and the local date (to count per day and per week).

The package, by responsibility:

- `model`: the records and their words (CheckIn, RedFlag and RED_FLAG_WORDS, SessionRecord,
  Entry, Streaks, Counts, Outcome, HistoryError) and how times are kept.
- `schema`: the SQL schema (SCHEMA_V1, SCHEMA_VERSION, MIGRATIONS), opening, inspecting and
  upgrading a file, what SQLite's errors mean, and the read-only and in-memory fallbacks.
- `store`: History, the reads and writes.
- `stats`: which sessions count (half their work done), weeks, per-week counts and streaks,
  as pure functions.
- `export`: the CSV (CSV_COLUMNS, csv_text, write_csv).
- `recorder`: SessionRecorder, which logs a session as it goes.
- `names`: a session's routine and exercise names as recorded (the file's English) and as
  shown (in the language in use).

Each name is imported with its module when first used (core/lazy.py): a session that logs
its start does not load the CSV export.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ankle_coach.core.lazy import lazy_names

if TYPE_CHECKING:
    from ankle_coach.core.history.export import (
        CSV_COLUMNS,
        csv_text,
        write_csv,
    )
    from ankle_coach.core.history.model import (
        CHECK_IN_MOMENTS,
        OUTCOMES,
        RED_FLAG_WORDS,
        CheckIn,
        CheckInMoment,
        Counts,
        Entry,
        HistoryError,
        Outcome,
        RedFlag,
        SessionRecord,
        Streaks,
        local_now,
    )
    from ankle_coach.core.history.recorder import (
        NEARLY_DONE_SECONDS,
        SessionRecorder,
    )
    from ankle_coach.core.history.schema import (
        BUSY_SECONDS,
        HISTORY_FILE,
        MIGRATIONS,
        RETRY_SECONDS,
        SCHEMA_V1,
        SCHEMA_VERSION,
        Migration,
        history_path,
        statements,
    )
    from ankle_coach.core.history.stats import (
        COUNTS_FROM,
        COUNTS_SQL,
        COUNTS_WORDS,
        counts_toward_goal,
        monday_of,
        session_counts,
        streaks,
        weekly_series,
    )
    from ankle_coach.core.history.store import (
        History,
    )

__all__ = [
    "BUSY_SECONDS",
    "CHECK_IN_MOMENTS",
    "COUNTS_FROM",
    "COUNTS_SQL",
    "COUNTS_WORDS",
    "CSV_COLUMNS",
    "CheckIn",
    "CheckInMoment",
    "Counts",
    "Entry",
    "HISTORY_FILE",
    "History",
    "HistoryError",
    "MIGRATIONS",
    "Migration",
    "NEARLY_DONE_SECONDS",
    "OUTCOMES",
    "Outcome",
    "RED_FLAG_WORDS",
    "RETRY_SECONDS",
    "RedFlag",
    "SCHEMA_V1",
    "SCHEMA_VERSION",
    "SessionRecord",
    "SessionRecorder",
    "Streaks",
    "counts_toward_goal",
    "csv_text",
    "write_csv",
    "history_path",
    "local_now",
    "monday_of",
    "session_counts",
    "statements",
    "streaks",
    "weekly_series",
]

__getattr__, __dir__ = lazy_names(
    __name__,
    {
        "CSV_COLUMNS": "export",
        "csv_text": "export",
        "write_csv": "export",
        "CHECK_IN_MOMENTS": "model",
        "OUTCOMES": "model",
        "RED_FLAG_WORDS": "model",
        "CheckIn": "model",
        "CheckInMoment": "model",
        "Counts": "model",
        "Entry": "model",
        "HistoryError": "model",
        "Outcome": "model",
        "RedFlag": "model",
        "SessionRecord": "model",
        "Streaks": "model",
        "local_now": "model",
        "NEARLY_DONE_SECONDS": "recorder",
        "SessionRecorder": "recorder",
        "BUSY_SECONDS": "schema",
        "HISTORY_FILE": "schema",
        "MIGRATIONS": "schema",
        "RETRY_SECONDS": "schema",
        "SCHEMA_V1": "schema",
        "SCHEMA_VERSION": "schema",
        "Migration": "schema",
        "history_path": "schema",
        "statements": "schema",
        "COUNTS_FROM": "stats",
        "COUNTS_SQL": "stats",
        "COUNTS_WORDS": "stats",
        "counts_toward_goal": "stats",
        "monday_of": "stats",
        "session_counts": "stats",
        "streaks": "stats",
        "weekly_series": "stats",
        "History": "store",
    },
)
