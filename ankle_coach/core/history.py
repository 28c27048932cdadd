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
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import stat
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Final, Literal, get_args

from ankle_coach.core.clock import Clock
from ankle_coach.core.paths import Paths
from ankle_coach.core.plan import Plan, Segment
from ankle_coach.core.savefile import move_aside, write_atomically
from ankle_coach.core.session import Phase, SessionState

HISTORY_FILE: Final = "history.sqlite3"
#: The version `open` brings every file up to; `MIGRATIONS` holds each step.
SCHEMA_VERSION: Final = 2
#: How long a write waits for another window or process to finish its own before giving up.
BUSY_SECONDS: Final = 10.0
#: How long a write waits once the file is known to be locked or read-only: a session is going on
#: in the window, which must not stall at every retry.
RETRY_SECONDS: Final = 0.2
#: A work segment left (by Next) with this little of it to go counts as done.
NEARLY_DONE_SECONDS: Final = 1.0

Outcome = Literal["finished", "stopped"]
CheckInMoment = Literal["before", "after", "standalone"]
CHECK_IN_MOMENTS: Final[tuple[CheckInMoment, ...]] = get_args(CheckInMoment)
OUTCOMES: Final[tuple[Outcome, ...]] = get_args(Outcome)


class RedFlag(StrEnum):
    """A warning sign a check-in asks about; the values are what the file and exports keep."""

    SWELLING = "swelling"
    CANNOT_BEAR_WEIGHT = "cannot-bear-weight"
    PAIN_AT_REST_OR_NIGHT = "pain-at-rest-or-night"
    NUMBNESS_OR_TINGLING = "numbness-or-tingling"
    UNHEALED_INJURY = "unhealed-injury"

    @property
    def words(self) -> str:
        """The warning sign as the check-in asks it."""
        return RED_FLAG_WORDS[self]


RED_FLAG_WORDS: Final[dict[RedFlag, str]] = {
    RedFlag.SWELLING: "Swelling",
    RedFlag.CANNOT_BEAR_WEIGHT: "I can\u2019t put weight on it",
    RedFlag.PAIN_AT_REST_OR_NIGHT: "Pain at rest or at night",
    RedFlag.NUMBNESS_OR_TINGLING: "Numbness or tingling",
    RedFlag.UNHEALED_INJURY: "A recent injury that has not healed",
}


class HistoryError(Exception):
    """The history could not be read or written; the message is for the user."""


@dataclass(frozen=True)
class CheckIn:
    """A pain check-in: a rating from 0 (no pain) to 10 (the worst), or None when the rating was
    skipped, and the warning signs ticked. `id` is None until it is in the history."""

    at: datetime
    when: CheckInMoment
    rating: int | None = None
    red_flags: frozenset[RedFlag] = frozenset()
    session_id: int | None = None
    id: int | None = None

    def __post_init__(self) -> None:
        if self.when not in CHECK_IN_MOMENTS:
            raise ValueError(f"a check-in is one of {CHECK_IN_MOMENTS}, not {self.when!r}")
        if self.rating is not None and (
            isinstance(self.rating, bool)
            or not isinstance(self.rating, int)
            or not 0 <= self.rating <= 10
        ):
            raise ValueError(f"a pain rating is a whole number from 0 to 10, not {self.rating!r}")
        if self.when == "standalone" and self.session_id is not None:
            raise ValueError("a standalone check-in belongs to no session")
        object.__setattr__(self, "red_flags", frozenset(RedFlag(f) for f in self.red_flags))


@dataclass(frozen=True)
class SessionRecord:
    """One session as the log has it."""

    id: int
    routine_id: str
    title: str
    started_at: datetime
    ended_at: datetime | None  # None: under way, or the app was closed during it
    updated_at: datetime  # when it was last written: its start, progress or end
    total_seconds: float | None  # the Plan's length; None when not known (a version 1 entry)
    done_seconds: float | None
    completed_exercises: tuple[str, ...]
    outcome: Outcome | None  # None: not finished (under way, or interrupted)

    @property
    def fraction_done(self) -> float | None:
        """How much of the Plan was followed, 0..1; None when not known."""
        if self.total_seconds is None or self.done_seconds is None:
            return None
        if self.total_seconds <= 0:
            return 1.0 if self.outcome == "finished" else 0.0
        return min(1.0, max(0.0, self.done_seconds / self.total_seconds))


@dataclass(frozen=True)
class Entry:
    """A row of the history list: a session with its check-ins, or a check-in on its own."""

    session: SessionRecord | None
    check_ins: tuple[CheckIn, ...]

    @property
    def kind(self) -> Literal["session", "check-in"]:
        return "session" if self.session is not None else "check-in"

    @property
    def at(self) -> datetime:
        if self.session is not None:
            return self.session.started_at
        return self.check_ins[0].at


@dataclass(frozen=True)
class Streaks:
    """Days in a row with at least one session."""

    current: int  # ending today, or yesterday when there is none today yet
    longest: int


@dataclass(frozen=True)
class Counts:
    sessions: int
    check_ins: int


def history_path(paths: Paths) -> Path:
    return paths.data / HISTORY_FILE


def local_now() -> datetime:
    """The wall-clock time here, with its UTC offset."""
    return datetime.now().astimezone()


# -- the schema ----------------------------------------------------------------------------------

#: Version 1, the first release's log, kept to test the upgrade: no titles, no progress, pain
#: ratings only after a session and always rated, no warning signs.
SCHEMA_V1: Final = """
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    routine_id TEXT NOT NULL,
    started_at TEXT NOT NULL,
    ended_at TEXT,
    finished INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE pain (
    id INTEGER PRIMARY KEY,
    session_id INTEGER REFERENCES sessions(id),
    at TEXT NOT NULL,
    rating INTEGER NOT NULL
);
"""

_SCHEMA_V2: Final = """
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    routine_id TEXT NOT NULL,
    title TEXT NOT NULL,
    started_at TEXT NOT NULL,
    started_utc TEXT NOT NULL,
    started_day TEXT NOT NULL,
    ended_at TEXT,
    updated_at TEXT NOT NULL,
    total_seconds REAL,
    done_seconds REAL,
    exercises TEXT NOT NULL DEFAULT '[]',
    outcome TEXT CHECK (outcome IN ('finished', 'stopped'))
);
CREATE INDEX sessions_by_time ON sessions (started_utc);
CREATE INDEX sessions_by_day ON sessions (started_day);
CREATE TABLE check_ins (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    at_utc TEXT NOT NULL,
    day TEXT NOT NULL,
    moment TEXT NOT NULL CHECK (moment IN ('before', 'after', 'standalone')),
    rating INTEGER CHECK (rating BETWEEN 0 AND 10),
    red_flags TEXT NOT NULL DEFAULT '',
    session_id INTEGER REFERENCES sessions (id) ON DELETE CASCADE
);
CREATE INDEX check_ins_by_time ON check_ins (at_utc);
CREATE INDEX check_ins_by_day ON check_ins (day);
CREATE INDEX check_ins_by_session ON check_ins (session_id);
"""


def _create_v2(connection: sqlite3.Connection) -> None:
    for statement in statements(_SCHEMA_V2):
        connection.execute(statement)


def statements(script: str) -> list[str]:
    """The statements of a schema script, to run one by one inside a transaction (which
    `executescript` would commit first). The scripts here have no `;` inside a statement."""
    return [part.strip() for part in script.split(";") if part.strip()]


def _from_version_1(connection: sqlite3.Connection) -> None:
    """Version 1 -> 2: titles, progress, outcomes, check-ins with warning signs.

    A version 1 session gets its id in words as its title and an unknown length and progress;
    `finished` becomes the outcome "finished", an end without it "stopped". Its pain ratings
    were asked after a session, so they become "after" check-ins (or standalone ones when
    they belong to no session).
    """
    sessions = connection.execute(
        "SELECT id, routine_id, started_at, ended_at, finished FROM sessions ORDER BY id"
    ).fetchall()
    pain = connection.execute("SELECT id, session_id, at, rating FROM pain ORDER BY id").fetchall()
    connection.execute("DROP TABLE pain")
    connection.execute("DROP TABLE sessions")
    _create_v2(connection)
    for session_id, routine_id, started_at, ended_at, finished in sessions:
        started = _stamp(_parse_time(started_at))
        ended = _parse_time(ended_at) if ended_at else None
        outcome = "finished" if finished else ("stopped" if ended is not None else None)
        connection.execute(
            "INSERT INTO sessions (id, routine_id, title, started_at, started_utc, started_day,"
            " ended_at, updated_at, exercises, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '[]', ?)",
            (
                session_id,
                routine_id,
                _title_from_id(routine_id),
                *started,
                _iso(ended) if ended is not None else None,
                _iso(ended) if ended is not None else started[0],
                outcome,
            ),
        )
    known = {row[0] for row in sessions}
    for check_in_id, session_id, at, rating in pain:
        linked = session_id if session_id in known else None
        connection.execute(
            "INSERT INTO check_ins (id, at, at_utc, day, moment, rating, session_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                check_in_id,
                *_stamp(_parse_time(at)),
                "after" if linked is not None else "standalone",
                rating if isinstance(rating, int) and 0 <= rating <= 10 else None,
                linked,
            ),
        )


Migration = Callable[[sqlite3.Connection], None]

#: MIGRATIONS[n] turns a version n file into a version n + 1 one (inside one transaction).
MIGRATIONS: Final[dict[int, Migration]] = {1: _from_version_1}


class _Unusable(Exception):
    """The file is damaged (to be moved aside); the message says why, in words."""


class _Unavailable(Exception):
    """The file cannot be used now (locked, full, read-only, unreadable) but is not damaged: it is
    left where it is. The message says why, in words."""


# -- the history ---------------------------------------------------------------------------------


class History:
    """The log of sessions and pain check-ins. Use from one thread; open one per thread."""

    def __init__(
        self,
        connection: sqlite3.Connection,
        path: Path | None,
        *,
        busy_seconds: float = BUSY_SECONDS,
        unavailable: str | None = None,
        shows_file: bool = True,
    ) -> None:
        self._connection = connection
        self.path = path  # None: kept in memory, lost when the app closes
        #: Why the file cannot be written now (None: it can); every write first tries it again.
        self.unavailable = unavailable
        #: False: the file could not even be read, and an empty stand-in is shown instead.
        self.shows_file = shows_file
        self._busy_seconds = busy_seconds
        self._short_wait = False
        self._waiting: list[Callable[[], bool]] = []
        self._flushing = False

    @classmethod
    def open(
        cls,
        where: Paths | Path | None = None,
        *,
        now: Callable[[], datetime] = datetime.now,
        busy_seconds: float = BUSY_SECONDS,
    ) -> tuple[History, str | None]:
        """The history, and a message for the user when the file on disk could not be used.

        `where` is the per-user folders (the default ones when None) or the file itself;
        `busy_seconds` is how long to wait for another program that has the file locked. This
        never raises over the file: see the module docstring for what happens instead.
        """
        if where is None:
            where = Paths.default()
        path = history_path(where) if isinstance(where, Paths) else where
        try:
            return cls(_connect(path, busy_seconds), path, busy_seconds=busy_seconds), None
        except _Unavailable as exc:
            return cls._open_unavailable(path, str(exc), busy_seconds)
        except _Unusable as exc:
            reason = str(exc)
        if not path.exists() and not path.is_symlink():
            # Nothing to move aside: the folder itself is what failed.
            return cls(_connect_memory(), None), (
                f"The history file {path} could not be made: {reason}. This session's history "
                "will not be kept."
            )
        aside, move_problem = move_aside(path, now, side_files=_SIDE_FILES)
        if move_problem is None:
            try:
                history = cls(_connect(path, busy_seconds), path, busy_seconds=busy_seconds)
            except (_Unusable, _Unavailable) as exc:
                memory = cls(_connect_memory(), None)
                return memory, (
                    f"The history file {path} could not be used: {reason}. It was moved to "
                    f"{aside}, but a new one could not be started either ({exc}). This "
                    "session's history will not be kept."
                )
            return history, (
                f"The history file {path} could not be used: {reason}. It was moved to "
                f"{aside}, and a new, empty history was started."
            )
        return cls(_connect_memory(), None), (
            f"The history file {path} could not be used: {reason}. It could not be moved "
            f"aside either ({move_problem}), so it was left as it is, and this session's "
            "history will not be kept."
        )

    @classmethod
    def _open_unavailable(cls, path: Path, reason: str, busy_seconds: float) -> tuple[History, str]:
        """A file that is not damaged but cannot be written now: read-only when it can be read,
        else an empty stand-in; never moved aside."""
        try:
            connection = _connect_read_only(path, min(busy_seconds, RETRY_SECONDS))
        except (_Unusable, _Unavailable):
            stand_in = cls(
                _connect_memory(),
                path,
                busy_seconds=busy_seconds,
                unavailable=reason,
                shows_file=False,
            )
            return stand_in, (
                f"The history file {path} cannot be used now: {reason}. It was left as it is, "
                "nothing in it was changed, and your history cannot be shown. History not "
                "recorded this time: Ankle Coach tries again at each save."
            )
        history = cls(connection, path, busy_seconds=busy_seconds, unavailable=reason)
        return history, (
            f"The history file {path} cannot be written now: {reason}. It was left as it is, "
            "and your history is shown as it is. History not recorded this time: Ankle Coach "
            "tries again at each save."
        )

    def retry_later(self, flush: Callable[[], bool]) -> None:
        """Call `flush` before each later write until it returns True (all written): what a
        recorder could not write when the file was locked or full, written once it is free."""
        if flush not in self._waiting:
            self._waiting.append(flush)

    def close(self) -> None:
        with suppress(sqlite3.Error):
            self._connection.close()

    def __enter__(self) -> History:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing ---------------------------------------------------------------------------

    def start_session(
        self, routine_id: str, title: str, total_seconds: float, started_at: datetime
    ) -> int:
        """Log a session that has just started; returns its id."""
        stamp = _stamp(started_at)
        with self._write() as connection:
            cursor = connection.execute(
                "INSERT INTO sessions (routine_id, title, started_at, started_utc, started_day,"
                " updated_at, total_seconds, done_seconds, exercises)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, 0, '[]')",
                (routine_id, title, *stamp, stamp[0], float(total_seconds)),
            )
            return _row_id(cursor)

    def record_progress(
        self,
        session_id: int,
        done_seconds: float,
        completed_exercises: Sequence[str],
        *,
        at: datetime | None = None,
        total_seconds: float | None = None,
    ) -> None:
        """How much of the Plan has been followed so far, and the exercises completed, in the
        order they were. `total_seconds` when a live adjustment changed the Plan's length."""
        with self._write() as connection:
            connection.execute(
                "UPDATE sessions SET done_seconds = ?, exercises = ?, updated_at = ?,"
                " total_seconds = coalesce(?, total_seconds) WHERE id = ?",
                (
                    float(done_seconds),
                    json.dumps(list(completed_exercises), ensure_ascii=False),
                    _iso(at) if at is not None else _iso(local_now()),
                    total_seconds,
                    session_id,
                ),
            )

    def finish_session(self, session_id: int, ended_at: datetime, outcome: Outcome) -> None:
        """The session ended: "finished" (the routine is complete) or "stopped" early."""
        if outcome not in OUTCOMES:
            raise ValueError(f"an outcome is one of {OUTCOMES}, not {outcome!r}")
        ended = _iso(ended_at)
        with self._write() as connection:
            connection.execute(
                "UPDATE sessions SET ended_at = ?, updated_at = ?, outcome = ? WHERE id = ?",
                (ended, ended, outcome, session_id),
            )

    def add_check_in(self, check_in: CheckIn) -> int:
        """Log a check-in; returns its id."""
        with self._write() as connection:
            cursor = connection.execute(
                "INSERT INTO check_ins (at, at_utc, day, moment, rating, red_flags, session_id)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    *_stamp(check_in.at),
                    check_in.when,
                    check_in.rating,
                    _flags_text(check_in.red_flags),
                    check_in.session_id,
                ),
            )
            return _row_id(cursor)

    def link_check_in(self, check_in_id: int, session_id: int) -> None:
        """Attach a check-in made before a session to the session, once it has started."""
        with self._write() as connection:
            connection.execute(
                "UPDATE check_ins SET session_id = ? WHERE id = ? AND moment != 'standalone'",
                (session_id, check_in_id),
            )

    def delete_session(self, session_id: int) -> None:
        """Delete a session and its check-ins."""
        with self._write() as connection:
            connection.execute("DELETE FROM check_ins WHERE session_id = ?", (session_id,))
            connection.execute("DELETE FROM sessions WHERE id = ?", (session_id,))

    def delete_check_in(self, check_in_id: int) -> None:
        with self._write() as connection:
            connection.execute("DELETE FROM check_ins WHERE id = ?", (check_in_id,))

    def delete_all(self) -> None:
        """Delete every session and check-in; the file stays, empty."""
        with self._write() as connection:
            connection.execute("DELETE FROM check_ins")
            connection.execute("DELETE FROM sessions")

    # -- reading ---------------------------------------------------------------------------

    def counts(self) -> Counts:
        with self._read() as connection:
            (sessions,) = connection.execute("SELECT count(*) FROM sessions").fetchone()
            (check_ins,) = connection.execute("SELECT count(*) FROM check_ins").fetchone()
        return Counts(int(sessions), int(check_ins))

    def session(self, session_id: int) -> SessionRecord | None:
        with self._read() as connection:
            row = connection.execute(
                f"SELECT {_SESSION_COLUMNS} FROM sessions WHERE id = ?", (session_id,)
            ).fetchone()
        return _session(row) if row is not None else None

    def sessions(
        self,
        first_day: date | None = None,
        last_day: date | None = None,
        *,
        newest_first: bool = False,
    ) -> list[SessionRecord]:
        """Sessions started on the local days from `first_day` to `last_day`, both included."""
        where, parameters = _day_range("started_day", first_day, last_day)
        order = "DESC" if newest_first else "ASC"
        with self._read() as connection:
            rows = connection.execute(
                f"SELECT {_SESSION_COLUMNS} FROM sessions {where}"
                f" ORDER BY started_utc {order}, id {order}",
                parameters,
            ).fetchall()
        return [_session(row) for row in rows]

    def check_ins(
        self,
        first_day: date | None = None,
        last_day: date | None = None,
        *,
        rated_only: bool = False,
    ) -> list[CheckIn]:
        """Check-ins made on the local days from `first_day` to `last_day`, oldest first."""
        where, parameters = _day_range("day", first_day, last_day)
        if rated_only:
            where = f"{where} AND rating IS NOT NULL" if where else "WHERE rating IS NOT NULL"
        with self._read() as connection:
            rows = connection.execute(
                f"SELECT {_CHECK_IN_COLUMNS} FROM check_ins {where} ORDER BY at_utc, id",
                parameters,
            ).fetchall()
        return [_check_in(row) for row in rows]

    def check_ins_for_advice(
        self, now: datetime, *, recent_days: int, last_rated: int
    ) -> list[CheckIn]:
        """What the triage rules look at, oldest first: every check-in from the last
        `recent_days` days, every one since the latest rating of 0 (all of them when there is
        none), and the last `last_rated` ones with a rating, however old.

        The three are each "every check-in from some moment on", so this is one query from the
        earliest of the three moments. Each moment is cut to its whole second, as the rules
        order check-ins by the time they keep (to the second) and then by id."""
        since = _utc_text(_aware(now) - timedelta(days=recent_days))
        with self._read() as connection:
            (last_zero,) = connection.execute(
                "SELECT substr(max(at_utc), 1, 19) FROM check_ins WHERE rating = 0"
            ).fetchone()
            rated = connection.execute(
                "SELECT substr(at_utc, 1, 19) FROM check_ins WHERE rating IS NOT NULL"
                " ORDER BY at_utc DESC, id DESC LIMIT ?",
                (last_rated,),
            ).fetchall()
            starts = [since]
            # Without a rating of 0 the pain may have lasted since the first check-in.
            starts.append(last_zero if last_zero is not None else "")
            if rated:
                starts.append(rated[-1][0])
            rows = connection.execute(
                f"SELECT {_CHECK_IN_COLUMNS} FROM check_ins WHERE at_utc >= ? ORDER BY at_utc, id",
                (min(starts),),
            ).fetchall()
        return [_check_in(row) for row in rows]

    def weekly_counts(self, first_day: date, last_day: date) -> list[tuple[date, int]]:
        """Sessions per week (weeks start on Monday) from `first_day` to `last_day`: every week
        that overlaps the range, with zero for a week without sessions."""
        with self._read() as connection:
            rows = connection.execute(
                "SELECT date(started_day, '-6 days', 'weekday 1') AS week, count(*)"
                " FROM sessions WHERE started_day BETWEEN ? AND ? GROUP BY week",
                (first_day.isoformat(), last_day.isoformat()),
            ).fetchall()
        found = {date.fromisoformat(week): int(count) for week, count in rows}
        week = monday_of(first_day)
        counts = []
        while week <= last_day:
            counts.append((week, found.get(week, 0)))
            week += timedelta(days=7)
        return counts

    def daily_counts(self, first_day: date, last_day: date) -> dict[date, int]:
        """Sessions per local day from `first_day` to `last_day`; days without are left out."""
        with self._read() as connection:
            rows = connection.execute(
                "SELECT started_day, count(*) FROM sessions"
                " WHERE started_day BETWEEN ? AND ? GROUP BY started_day",
                (first_day.isoformat(), last_day.isoformat()),
            ).fetchall()
        return {date.fromisoformat(day): int(count) for day, count in rows}

    def streaks(self, today: date) -> Streaks:
        """The current and the longest run of days with a session."""
        with self._read() as connection:
            rows = connection.execute(
                "SELECT DISTINCT started_day FROM sessions ORDER BY started_day"
            ).fetchall()
        return streaks([date.fromisoformat(day) for (day,) in rows], today)

    def entry_count(self) -> int:
        """How many rows the history list has: sessions, and check-ins of no session."""
        with self._read() as connection:
            (count,) = connection.execute(
                "SELECT (SELECT count(*) FROM sessions)"
                " + (SELECT count(*) FROM check_ins WHERE session_id IS NULL)"
            ).fetchone()
        return int(count)

    def entries(self, offset: int, limit: int) -> list[Entry]:
        """A page of the history list, newest first."""
        with self._read() as connection:
            page = connection.execute(
                "SELECT kind, id FROM ("
                " SELECT 0 AS kind, id, started_utc AS at_utc FROM sessions"
                " UNION ALL"
                " SELECT 1 AS kind, id, at_utc FROM check_ins WHERE session_id IS NULL"
                ") ORDER BY at_utc DESC, kind DESC, id DESC LIMIT ? OFFSET ?",
                (limit, offset),
            ).fetchall()
            session_ids = [row_id for kind, row_id in page if kind == 0]
            lone_ids = [row_id for kind, row_id in page if kind == 1]
            sessions: dict[int, SessionRecord] = {}
            by_session: dict[int, list[CheckIn]] = {}
            lone: dict[int, CheckIn] = {}
            for chunk in _chunks(session_ids):
                marks = ",".join("?" * len(chunk))
                for row in connection.execute(
                    f"SELECT {_SESSION_COLUMNS} FROM sessions WHERE id IN ({marks})", chunk
                ):
                    record = _session(row)
                    sessions[record.id] = record
                for row in connection.execute(
                    f"SELECT {_CHECK_IN_COLUMNS} FROM check_ins WHERE session_id IN ({marks})"
                    " ORDER BY at_utc, id",
                    chunk,
                ):
                    check_in = _check_in(row)
                    assert check_in.session_id is not None
                    by_session.setdefault(check_in.session_id, []).append(check_in)
            for chunk in _chunks(lone_ids):
                marks = ",".join("?" * len(chunk))
                for row in connection.execute(
                    f"SELECT {_CHECK_IN_COLUMNS} FROM check_ins WHERE id IN ({marks})", chunk
                ):
                    check_in = _check_in(row)
                    assert check_in.id is not None
                    lone[check_in.id] = check_in
        entries = []
        for kind, row_id in page:
            if kind == 0 and row_id in sessions:
                entries.append(Entry(sessions[row_id], tuple(by_session.get(row_id, ()))))
            elif kind == 1 and row_id in lone:
                entries.append(Entry(None, (lone[row_id],)))
        return entries

    def integrity_problems(self) -> list[str]:
        """What `PRAGMA integrity_check` finds; empty when the file is sound."""
        with self._read() as connection:
            rows = connection.execute("PRAGMA integrity_check").fetchall()
        return [str(row[0]) for row in rows if row[0] != "ok"]

    # -- export ----------------------------------------------------------------------------

    def export_csv(self, path: Path) -> Counts:
        """Write every session and check-in to `path` as CSV, atomically: one row each, oldest
        first, ISO 8601 times, a `kind` column saying which. Raises OSError or HistoryError."""
        with self._read() as connection:
            sessions = [
                _session(row)
                for row in connection.execute(
                    f"SELECT {_SESSION_COLUMNS} FROM sessions ORDER BY started_utc, id"
                )
            ]
            check_ins = [
                _check_in(row)
                for row in connection.execute(
                    f"SELECT {_CHECK_IN_COLUMNS} FROM check_ins ORDER BY at_utc, id"
                )
            ]
        write_atomically(path, csv_text(sessions, check_ins).encode("utf-8"))
        return Counts(len(sessions), len(check_ins))

    # -- inside ----------------------------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One short write transaction; waits up to BUSY_SECONDS for another writer (then
        RETRY_SECONDS while the file stays locked). A file that could not be written is tried
        again first, and what recorders left waiting is written before this."""
        if self.unavailable is not None:
            self._reopen()
        self._flush_waiting()
        connection = self._connection
        try:
            connection.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise self._not_saved(exc) from exc
        try:
            yield connection
            connection.execute("COMMIT")
        except sqlite3.Error as exc:
            with suppress(sqlite3.Error):
                connection.execute("ROLLBACK")
            raise self._not_saved(exc) from exc
        except BaseException:
            with suppress(sqlite3.Error):
                connection.execute("ROLLBACK")
            raise
        if self._short_wait:
            self._short_wait = False
            with suppress(sqlite3.Error):
                connection.execute(f"PRAGMA busy_timeout = {_milliseconds(self._busy_seconds)}")

    def _not_saved(self, exc: sqlite3.Error) -> HistoryError:
        """The error for a write that failed; a locked or full file makes later tries short."""
        if self.path is None or _damaged(exc) or not isinstance(exc, sqlite3.OperationalError):
            return HistoryError(f"The history could not be saved: {exc}")
        if not self._short_wait:
            self._short_wait = True
            with suppress(sqlite3.Error):
                self._connection.execute(f"PRAGMA busy_timeout = {_milliseconds(RETRY_SECONDS)}")
        reason = _unavailable_words(exc, None)
        if _code(exc) not in (_SQLITE_BUSY, _SQLITE_LOCKED):
            # SQLite may have opened the file read-only, or be stuck after an I/O error: the
            # next write opens it again.
            self.unavailable = reason
        return HistoryError(_not_recorded(self.path, reason))

    def _reopen(self) -> None:
        """Try the file again, for writing; raises HistoryError when it still cannot be."""
        assert self.path is not None
        # Closed first: SQLite shares what it knows of a file among the connections of a
        # process, and would go on taking it for read-only while the old one is open.
        self.close()
        try:
            connection = _connect(self.path, RETRY_SECONDS)
        except (_Unusable, _Unavailable) as exc:
            self.unavailable = str(exc)
            try:
                self._connection = _connect_read_only(self.path, RETRY_SECONDS)
                self.shows_file = True
            except (_Unusable, _Unavailable):
                self._connection = _connect_memory()
                self.shows_file = False
            raise HistoryError(_not_recorded(self.path, str(exc))) from None
        with suppress(sqlite3.Error):
            connection.execute(f"PRAGMA busy_timeout = {_milliseconds(self._busy_seconds)}")
        self._connection = connection
        self.unavailable = None
        self.shows_file = True

    def _flush_waiting(self) -> None:
        if self._flushing or not self._waiting:
            return
        self._flushing = True
        try:
            for flush in list(self._waiting):
                if not flush():
                    break
                self._waiting.remove(flush)
        finally:
            self._flushing = False

    @contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        """One read transaction: the queries in it see a single moment of the file. While the
        file could not even be read, each read first tries to open it for reading, without
        waiting, so the history appears once the other program lets go of it."""
        if self.path is not None and not self.shows_file:
            try:
                connection = _connect_read_only(self.path, 0.0)
            except (_Unusable, _Unavailable):
                pass  # still unavailable: the stand-in is read, and the next read tries again
            else:
                with suppress(sqlite3.Error):
                    self._connection.close()
                self._connection = connection
                self.shows_file = True
        connection = self._connection
        try:
            connection.execute("BEGIN")
            try:
                yield connection
            finally:
                connection.execute("COMMIT")
        except sqlite3.Error as exc:
            raise HistoryError(f"The history could not be read: {exc}") from exc


# -- opening -------------------------------------------------------------------------------------


def _connect(path: Path, busy_seconds: float = BUSY_SECONDS) -> sqlite3.Connection:
    """An open, checked, up-to-date history at `path` (created when missing). Raises _Unusable
    for a damaged file, _Unavailable for one that cannot be used now."""
    try:
        found = path.stat()
    except FileNotFoundError:
        found = None
    except OSError as exc:
        raise _Unavailable(_os_words(exc)) from None
    if found is not None and stat.S_ISDIR(found.st_mode):
        raise _Unavailable("it is a folder, not a file")
    if found is not None and found.st_size > 0:
        _inspect(path, busy_seconds)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _Unavailable(f"its folder could not be made ({exc.strerror or exc})") from None
    try:
        connection = sqlite3.connect(
            path, timeout=busy_seconds, isolation_level=None, check_same_thread=True
        )
    except sqlite3.Error as exc:
        raise _failure(exc, busy_seconds) from None
    try:
        _prepare(connection, busy_seconds)
    except (_Unusable, _Unavailable):
        connection.close()
        raise
    except sqlite3.Error as exc:
        connection.close()
        raise _failure(exc, busy_seconds) from None
    return connection


def _inspect(path: Path, busy_seconds: float) -> None:
    """Check an existing file without changing it: read-only, because a read-write connection
    to a file that turns out not to be a database deletes the write-ahead log beside it when
    it closes, and that log may hold the last entries."""
    connection = _open_read_only(path, busy_seconds)
    try:
        _check_kind(connection)
        problems = [row[0] for row in connection.execute("PRAGMA quick_check").fetchall()]
        if problems != ["ok"]:
            raise _Unusable(f"it is damaged ({'; '.join(str(p) for p in problems[:3])})")
    except sqlite3.Error as exc:
        raise _failure(exc, busy_seconds) from None
    finally:
        connection.close()


def _open_read_only(path: Path, busy_seconds: float) -> sqlite3.Connection:
    """A read-only connection. In a read-only folder SQLite cannot make the shared-memory file
    a WAL database needs; when no write-ahead log is there (the last writer closed cleanly) the
    file alone is the whole history, and it is opened as unchanging instead."""
    uri = f"{path.absolute().as_uri()}?mode=ro"
    connection: sqlite3.Connection | None = None
    try:
        connection = sqlite3.connect(uri, uri=True, timeout=busy_seconds, isolation_level=None)
        connection.execute("PRAGMA user_version").fetchone()
        return connection
    except sqlite3.Error as exc:
        if connection is not None:
            connection.close()
        code = getattr(exc, "sqlite_errorcode", 0) or 0
        wal = path.with_name(path.name + "-wal")
        if code & 0xFF not in (_SQLITE_READONLY, _SQLITE_CANTOPEN) or wal.exists():
            raise _failure(exc, busy_seconds) from None
    try:
        return sqlite3.connect(
            f"{uri}&immutable=1", uri=True, timeout=busy_seconds, isolation_level=None
        )
    except sqlite3.Error as exc:
        raise _failure(exc, busy_seconds) from None


def _connect_read_only(path: Path, busy_seconds: float) -> sqlite3.Connection:
    """The history at `path` for reading only: a file that cannot be written now but can be
    read. Raises _Unavailable (or _Unusable) when it cannot be shown as it is."""
    try:
        found = path.stat()
    except OSError as exc:
        raise _Unavailable(_os_words(exc)) from None
    if not stat.S_ISREG(found.st_mode) or found.st_size == 0:
        raise _Unavailable("it is not a history file")
    connection = _open_read_only(path, busy_seconds)
    try:
        if _check_kind(connection) != SCHEMA_VERSION:
            raise _Unavailable("it must be upgraded before it can be shown")
        connection.execute(f"PRAGMA busy_timeout = {_milliseconds(busy_seconds)}")
        connection.execute("SELECT count(*) FROM sessions").fetchone()
    except (_Unusable, _Unavailable):
        connection.close()
        raise
    except sqlite3.Error as exc:
        connection.close()
        raise _failure(exc, busy_seconds) from None
    return connection


def _connect_memory() -> sqlite3.Connection:
    connection = sqlite3.connect(":memory:", isolation_level=None)
    _prepare(connection, BUSY_SECONDS)
    return connection


def _milliseconds(seconds: float) -> int:
    return max(0, int(seconds * 1000))


def _prepare(connection: sqlite3.Connection, busy_seconds: float) -> None:
    connection.execute(f"PRAGMA busy_timeout = {_milliseconds(busy_seconds)}")
    connection.execute("PRAGMA journal_mode = WAL").fetchone()
    # FULL: each commit is on the disk before it returns, so a power cut keeps it too.
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("BEGIN IMMEDIATE")
    try:
        _upgrade(connection)
        connection.execute("COMMIT")
    except BaseException:
        with suppress(sqlite3.Error):
            connection.execute("ROLLBACK")
        raise


def _check_kind(connection: sqlite3.Connection) -> int:
    """The file's schema version; raises _Unusable for a newer one or someone else's file."""
    (version,) = connection.execute("PRAGMA user_version").fetchone()
    if version > SCHEMA_VERSION:
        raise _Unusable(
            f"it was written by a newer version of Ankle Coach (history version {version}; "
            f"this version reads up to {SCHEMA_VERSION})"
        )
    if version == 0:
        (tables,) = connection.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).fetchone()
        if tables:
            raise _Unusable("it is a database, but not an Ankle Coach history")
    return int(version)


def _upgrade(connection: sqlite3.Connection) -> None:
    """Bring the file to SCHEMA_VERSION; inside the caller's write transaction, so a second
    window opening the same new file at the same moment waits and then finds it done."""
    version = _check_kind(connection)
    if version == SCHEMA_VERSION:
        # Stamped again all the same: SQLite finds a file it may not write (read-only file,
        # full disk) only when it writes, and the app must know now, not mid-session.
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        return
    if version == 0:
        _create_v2(connection)
    else:
        for step in range(version, SCHEMA_VERSION):
            try:
                MIGRATIONS[step](connection)
            except sqlite3.Error as exc:
                if not _damaged(exc):
                    raise _Unavailable(_unavailable_words(exc, None)) from None
                raise _Unusable(
                    f"its history version {version} could not be upgraded ({exc})"
                ) from None
            except (ValueError, TypeError) as exc:
                raise _Unusable(
                    f"its history version {version} could not be upgraded ({exc})"
                ) from None
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


# SQLite's primary result codes that matter here (sqlite3.h).
_SQLITE_PERM: Final = 3
_SQLITE_BUSY: Final = 5
_SQLITE_LOCKED: Final = 6
_SQLITE_READONLY: Final = 8
_SQLITE_IOERR: Final = 10
_SQLITE_CORRUPT: Final = 11
_SQLITE_FULL: Final = 13
_SQLITE_CANTOPEN: Final = 14
_SQLITE_AUTH: Final = 23
_SQLITE_NOTADB: Final = 26


def _code(exc: sqlite3.Error) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) and code else None


def _damaged(exc: sqlite3.Error) -> bool:
    """Whether SQLite says the file itself is bad (not a database, malformed), as opposed to
    unavailable now (locked, full, read-only, unreadable)."""
    code = _code(exc)
    if code is not None:
        return code in (_SQLITE_CORRUPT, _SQLITE_NOTADB)
    text = str(exc).lower()
    return "not a database" in text or "malformed" in text or "corrupt" in text


def _failure(exc: sqlite3.Error, busy_seconds: float | None) -> _Unusable | _Unavailable:
    """What an error on opening means: a damaged file, or one that cannot be used now."""
    if _damaged(exc):
        not_a_database = _code(exc) == _SQLITE_NOTADB or "not a database" in str(exc)
        return _Unusable("it is not a database" if not_a_database else "it is damaged")
    return _Unavailable(_unavailable_words(exc, busy_seconds))


def _unavailable_words(exc: sqlite3.Error, busy_seconds: float | None) -> str:
    """Why the file cannot be used now, in words; `busy_seconds`: how long was waited."""
    code, text = _code(exc), str(exc).lower()
    if code in (_SQLITE_BUSY, _SQLITE_LOCKED) or (code is None and "locked" in text):
        if busy_seconds is not None:
            unit = "second" if busy_seconds == 1 else "seconds"
            return f"another program has kept it locked for {busy_seconds:g} {unit}"
        return "another program has it locked"
    if code == _SQLITE_FULL or (code is None and "full" in text):
        return "the disk is full"
    if code == _SQLITE_READONLY or (code is None and ("readonly" in text or "read-only" in text)):
        return "it or its folder is read-only"
    if code in (_SQLITE_PERM, _SQLITE_AUTH) or (code is None and "permission" in text):
        return "permission denied"
    if code == _SQLITE_CANTOPEN or (code is None and "unable to open" in text):
        return "it could not be opened (check that you may read and write it and its folder)"
    if code == _SQLITE_IOERR or (code is None and "i/o" in text):
        return f"the disk could not be read or written ({exc})"
    return str(exc)


def _os_words(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied"
    return f"it could not be opened ({exc.strerror or exc})"


def _not_recorded(path: Path, reason: str) -> str:
    return (
        f"History not recorded this time: the history file {path} cannot be written now "
        f"({reason}). It was left as it is; Ankle Coach tries again at each save."
    )


#: The files SQLite keeps beside the database; the write-ahead log holds committed entries.
_SIDE_FILES: Final = ("-wal", "-shm", "-journal")


# -- rows ----------------------------------------------------------------------------------------

_SESSION_COLUMNS: Final = (
    "id, routine_id, title, started_at, ended_at, updated_at, total_seconds, done_seconds,"
    " exercises, outcome"
)
_CHECK_IN_COLUMNS: Final = "id, at, moment, rating, red_flags, session_id"

_SessionRow = tuple[
    int, str, str, str, str | None, str, float | None, float | None, str, str | None
]
_CheckInRow = tuple[int, str, str, int | None, str, int | None]


def _session(row: _SessionRow) -> SessionRecord:
    (row_id, routine_id, title, started, ended, updated, total, done, exercises, outcome) = row
    try:
        names = json.loads(exercises)
    except ValueError:
        names = []
    return SessionRecord(
        id=row_id,
        routine_id=routine_id,
        title=title,
        started_at=_parse_time(started),
        ended_at=_parse_time(ended) if ended else None,
        updated_at=_parse_time(updated),
        total_seconds=total,
        done_seconds=done,
        completed_exercises=tuple(str(name) for name in names if isinstance(name, str)),
        outcome="finished" if outcome == "finished" else "stopped" if outcome else None,
    )


def _check_in(row: _CheckInRow) -> CheckIn:
    row_id, at, moment, rating, flags, session_id = row
    when: CheckInMoment = "standalone"
    for known in CHECK_IN_MOMENTS:
        if moment == known:
            when = known
    return CheckIn(
        at=_parse_time(at),
        when=when,
        rating=rating,
        red_flags=_flags(flags),
        session_id=session_id if when != "standalone" else None,
        id=row_id,
    )


def _flags_text(flags: Iterable[RedFlag]) -> str:
    return ",".join(sorted(str(flag) for flag in flags))


def _flags(text: str) -> frozenset[RedFlag]:
    known = {str(flag) for flag in RedFlag}
    # A flag from a newer version is left out, not fatal.
    return frozenset(RedFlag(value) for value in text.split(",") if value in known)


def _row_id(cursor: sqlite3.Cursor) -> int:
    row_id = cursor.lastrowid
    assert row_id is not None
    return row_id


def _chunks(ids: list[int], size: int = 500) -> Iterator[list[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _day_range(column: str, first: date | None, last: date | None) -> tuple[str, list[str]]:
    conditions, parameters = [], []
    if first is not None:
        conditions.append(f"{column} >= ?")
        parameters.append(first.isoformat())
    if last is not None:
        conditions.append(f"{column} <= ?")
        parameters.append(last.isoformat())
    return ("WHERE " + " AND ".join(conditions) if conditions else ""), parameters


# -- times ---------------------------------------------------------------------------------------


def _aware(moment: datetime) -> datetime:
    """A time with its UTC offset; one without is taken as local time."""
    return moment if moment.tzinfo is not None else moment.astimezone()


def _iso(moment: datetime) -> str:
    return _aware(moment).isoformat(timespec="seconds")


def _utc_text(moment: datetime) -> str:
    return _aware(moment).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _stamp(moment: datetime) -> tuple[str, str, str]:
    """(ISO 8601 with the offset, sortable UTC, local date)."""
    aware = _aware(moment)
    return _iso(aware), _utc_text(aware), aware.date().isoformat()


def _parse_time(text: str) -> datetime:
    return _aware(datetime.fromisoformat(text))


def _title_from_id(routine_id: str) -> str:
    words = routine_id.replace("-", " ").replace("_", " ").strip()
    return words[:1].upper() + words[1:] or routine_id


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def streaks(days: Sequence[date], today: date) -> Streaks:
    """Runs of consecutive days in `days` (sorted, distinct): the one reaching today (or
    yesterday: today is not over yet) and the longest."""
    longest = run = 0
    previous: date | None = None
    for day in days:
        run = run + 1 if previous is not None and day - previous == timedelta(days=1) else 1
        longest = max(longest, run)
        previous = day
    current = 0
    if previous is not None and today - previous <= timedelta(days=1) and previous <= today:
        current = run
    return Streaks(current=current, longest=longest)


# -- export --------------------------------------------------------------------------------------

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
)


def csv_text(sessions: Iterable[SessionRecord], check_ins: Iterable[CheckIn]) -> str:
    """Sessions and check-ins as CSV, each kind in its own rows, merged by time."""
    rows: list[tuple[datetime, int, dict[str, str]]] = []
    for session in sessions:
        fraction = session.fraction_done
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


def _seconds(value: float | None) -> str:
    return "" if value is None else f"{value:.1f}"


def _cell(text: str) -> str:
    """A spreadsheet runs a cell that starts like a formula; a routine title must never be one."""
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + text
    return text


# -- recording a session as it goes --------------------------------------------------------------


@dataclass
class _Seen:
    clock: float
    phase: Phase
    position: float
    segment_index: int


@dataclass
class SessionRecorder:
    """Writes one session to the history as the engine's state changes: feed it every state
    (the controller's stateChanged) and, after a live adjustment, the new Plan (planChanged).

    The session is logged when it first leaves READY (a session never started is not logged).
    A work segment is done when the session runs past its end, or is moved on from with no
    more than NEARLY_DONE_SECONDS of it to go; one skipped (Next) or gone back from (Back) is
    not. A manual step is done when Done is pressed after it has been called. An exercise is
    completed when all its work is done. Progress is written each time a work segment is
    done; the end ("finished" or "stopped") when the session is over.

    `done_seconds` is the Plan time followed on the clock, never what was skipped, at most the
    Plan's length. A history error is handed to `on_problem` (once) and the session itself
    goes on. What could not be written (the start, the progress, the end) is kept and written
    at the next progress or end, at `record_check_in`, at `flush`, and before the history's
    next write of any kind, once the file can be written again: never lost while the app runs.
    """

    history: History
    routine_id: str
    title: str
    plan: Plan
    clock: Clock
    now: Callable[[], datetime] = local_now
    before_check_in_id: int | None = None
    on_problem: Callable[[str], None] | None = None
    session_id: int | None = field(default=None, init=False)
    outcome: Outcome | None = field(default=None, init=False)
    problem: str | None = field(default=None, init=False)
    done_seconds: float = field(default=0.0, init=False)
    _done: set[int] = field(default_factory=set, init=False)
    _completed: list[int] = field(default_factory=list, init=False)
    _seen: _Seen | None = field(default=None, init=False)
    # What is waiting to be written: when it started, whether the check-in before it is
    # linked, when the progress was last made, and how it ended.
    _started_at: datetime | None = field(default=None, init=False)
    _linked: bool = field(default=False, init=False)
    _progress_at: datetime | None = field(default=None, init=False)
    _ended: tuple[Outcome, datetime] | None = field(default=None, init=False)
    _flushing: bool = field(default=False, init=False)

    @property
    def completed_exercises(self) -> list[str]:
        return [self._exercise_name(index) for index in self._completed]

    @property
    def over(self) -> bool:
        return self.outcome is not None

    @property
    def pending(self) -> bool:
        """Whether something of this session is still to be written."""
        started = self._started_at is not None
        return (
            (started and self.session_id is None)
            or (started and self.before_check_in_id is not None and not self._linked)
            or self._progress_at is not None
            or self._ended is not None
        )

    def set_plan(self, plan: Plan) -> None:
        """The Plan after a live adjustment; the structure is the same, the times moved."""
        self.plan = plan

    def on_state(self, state: SessionState) -> None:
        if self.over:
            return
        now_clock = self.clock.now()
        seen, self._seen = (
            self._seen,
            _Seen(now_clock, state.phase, state.position, state.segment_index),
        )
        started = False
        if self._started_at is None:
            if state.phase is Phase.READY:
                return
            if state.phase is Phase.STOPPED:
                self.outcome = "stopped"  # stopped before it started: nothing to log
                return
            self._started_at = self.now()
            started = True
        if seen is None:
            seen = _Seen(now_clock, Phase.READY, state.position, state.segment_index)
        newly_done = self._advance(seen, state, now_clock)
        if state.phase in (Phase.FINISHED, Phase.STOPPED):
            self.outcome = "finished" if state.phase is Phase.FINISHED else "stopped"
            ended_at = self.now()
            self._progress_at = ended_at
            self._ended = (self.outcome, ended_at)
            self.flush()
        elif newly_done or started:
            if newly_done:
                self._progress_at = self.now()
            self.flush()

    def flush(self) -> bool:
        """Write what is waiting to be written; True when nothing is left. A failure is
        reported (once) and the rest kept for the next try."""
        if self._flushing:
            return not self.pending
        self._flushing = True
        try:
            if self._started_at is not None and self.session_id is None:
                self.session_id = self.history.start_session(
                    self.routine_id, self.title, self.plan.total_seconds, self._started_at
                )
            if self.session_id is not None and self.before_check_in_id is not None:
                if not self._linked:
                    self.history.link_check_in(self.before_check_in_id, self.session_id)
                    self._linked = True
            if self.session_id is not None and self._progress_at is not None:
                self._write_progress(self._progress_at)
                self._progress_at = None
            if self.session_id is not None and self._ended is not None:
                outcome, ended_at = self._ended
                self.history.finish_session(self.session_id, ended_at, outcome)
                self._ended = None
        except HistoryError as exc:
            self._report(str(exc))
            self.history.retry_later(self.flush)
            return False
        finally:
            self._flushing = False
        return True

    def record_check_in(self, check_in: CheckIn) -> int | None:
        """Log a check-in for this session (the one after it); None when it could not be."""
        self.flush()
        try:
            return self.history.add_check_in(replace(check_in, session_id=self.session_id))
        except HistoryError as exc:
            self._report(str(exc))
            return None

    # -- inside ----------------------------------------------------------------------------

    def _write_progress(self, at: datetime) -> None:
        assert self.session_id is not None
        self.history.record_progress(
            self.session_id,
            round(self.done_seconds, 1),
            self.completed_exercises,
            at=at,
            total_seconds=self.plan.total_seconds,
        )

    def _advance(self, seen: _Seen, state: SessionState, now_clock: float) -> bool:
        """Count what was done between the last state and this one; True when a work segment
        was done."""
        segments = self.plan.segments
        # Where the clock alone would have taken the session since the last state.
        reach = seen.position
        if seen.phase is Phase.RUNNING:
            reach = seen.position + max(0.0, now_clock - seen.clock)
        followed_to = min(state.position, reach)
        self.done_seconds = min(
            self.plan.total_seconds, self.done_seconds + max(0.0, followed_to - seen.position)
        )
        newly_done = False
        if state.position > seen.position:
            limit = min(followed_to + NEARLY_DONE_SECONDS, state.position)
            first = seen.segment_index
            for segment in segments[first : state.segment_index + 1]:
                if segment.kind != "work":
                    continue
                if seen.position < segment.end <= limit + 1e-6:
                    newly_done |= self._mark_done(segment)
        # A manual step that had been called and waited for Done, and was moved on from.
        left = segments[seen.segment_index] if seen.segment_index < len(segments) else None
        if (
            left is not None
            and left.kind == "manual"
            and seen.phase in (Phase.WAITING, Phase.PAUSED)
            and seen.position >= left.end - 1e-6
            and state.phase is not Phase.STOPPED
            and (state.segment_index > left.index or state.phase is Phase.FINISHED)
        ):
            newly_done |= self._mark_done(left)
        return newly_done

    def _mark_done(self, segment: Segment) -> bool:
        if segment.index in self._done:
            return False
        self._done.add(segment.index)
        exercise = segment.exercise_index
        if exercise not in self._completed and all(
            s.index in self._done
            for s in self.plan.segments
            if s.exercise_index == exercise and s.kind in ("work", "manual")
        ):
            self._completed.append(exercise)
        return True

    def _exercise_name(self, exercise_index: int) -> str:
        for segment in self.plan.segments:
            if segment.exercise_index == exercise_index:
                return segment.exercise
        return ""

    def _report(self, message: str) -> None:
        if self.problem is None:
            self.problem = message
            if self.on_problem is not None:
                self.on_problem(message)
