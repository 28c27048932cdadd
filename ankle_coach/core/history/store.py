"""History: the log of sessions and check-ins read and written, one short transaction each;
a file that cannot be written now is tried again before every write."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Final

from ankle_coach.core.history import stats
from ankle_coach.core.history.model import (
    CHECK_IN_MOMENTS,
    OUTCOMES,
    CheckIn,
    CheckInMoment,
    Counts,
    Entry,
    HistoryError,
    Outcome,
    RedFlag,
    SessionRecord,
    Streaks,
    _aware,
    _iso,
    _parse_time,
    _stamp,
    _utc_text,
    local_now,
)
from ankle_coach.core.history.schema import (
    _SIDE_FILES,
    _SQLITE_BUSY,
    _SQLITE_LOCKED,
    BUSY_SECONDS,
    RETRY_SECONDS,
    _code,
    _connect,
    _connect_memory,
    _connect_read_only,
    _damaged,
    _milliseconds,
    _not_recorded,
    _Unavailable,
    _unavailable_words,
    _Unusable,
    history_path,
)
from ankle_coach.core.i18n import translate
from ankle_coach.core.paths import Paths
from ankle_coach.core.savefile import move_aside

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
            return cls(_connect_memory(), None), translate(
                "core.history.store",
                "The history file {path} could not be made: {reason}. This session's history "
                "will not be kept.",
            ).format(path=path, reason=reason)
        aside, move_problem = move_aside(path, now, side_files=_SIDE_FILES)
        if move_problem is None:
            try:
                history = cls(_connect(path, busy_seconds), path, busy_seconds=busy_seconds)
            except (_Unusable, _Unavailable) as exc:
                memory = cls(_connect_memory(), None)
                return memory, translate(
                    "core.history.store",
                    "The history file {path} could not be used: {reason}. It was moved to "
                    "{aside}, but a new one could not be started either ({error}). This "
                    "session's history will not be kept.",
                ).format(path=path, reason=reason, aside=aside, error=exc)
            return history, translate(
                "core.history.store",
                "The history file {path} could not be used: {reason}. It was moved to "
                "{aside}, and a new, empty history was started.",
            ).format(path=path, reason=reason, aside=aside)
        return cls(_connect_memory(), None), translate(
            "core.history.store",
            "The history file {path} could not be used: {reason}. It could not be moved "
            "aside either ({problem}), so it was left as it is, and this session's "
            "history will not be kept.",
        ).format(path=path, reason=reason, problem=move_problem)

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
            return stand_in, translate(
                "core.history.store",
                "The history file {path} cannot be used now: {reason}. It was left as it is, "
                "nothing in it was changed, and your history cannot be shown. History not "
                "recorded this time: Ankle Coach tries again at each save.",
            ).format(path=path, reason=reason)
        history = cls(connection, path, busy_seconds=busy_seconds, unavailable=reason)
        return history, translate(
            "core.history.store",
            "The history file {path} cannot be written now: {reason}. It was left as it is, "
            "and your history is shown as it is. History not recorded this time: Ankle Coach "
            "tries again at each save.",
        ).format(path=path, reason=reason)

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
        self,
        routine_id: str,
        title: str,
        total_seconds: float,
        started_at: datetime,
        work_seconds: float | None = None,
    ) -> int:
        """Log a session that has just started; returns its id. `work_seconds`: how much of
        the Plan is work (holds, reps, timed and manual steps)."""
        stamp = _stamp(started_at)
        with self._write() as connection:
            cursor = connection.execute(
                "INSERT INTO sessions (routine_id, title, started_at, started_utc, started_day,"
                " updated_at, total_seconds, done_seconds, exercises, work_seconds,"
                " work_done_seconds) VALUES (?, ?, ?, ?, ?, ?, ?, 0, '[]', ?, ?)",
                (
                    routine_id,
                    title,
                    *stamp,
                    stamp[0],
                    float(total_seconds),
                    None if work_seconds is None else float(work_seconds),
                    None if work_seconds is None else 0.0,
                ),
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
        work_seconds: float | None = None,
        work_done_seconds: float | None = None,
    ) -> None:
        """How much of the Plan has been followed so far, and the exercises completed, in the
        order they were. `total_seconds` (and `work_seconds`) when a live adjustment changed
        the Plan's length; `work_done_seconds`: how much of its work was done."""
        with self._write() as connection:
            connection.execute(
                "UPDATE sessions SET done_seconds = ?, exercises = ?, updated_at = ?,"
                " total_seconds = coalesce(?, total_seconds),"
                " work_seconds = coalesce(?, work_seconds),"
                " work_done_seconds = coalesce(?, work_done_seconds) WHERE id = ?",
                (
                    float(done_seconds),
                    json.dumps(list(completed_exercises), ensure_ascii=False),
                    _iso(at) if at is not None else _iso(local_now()),
                    total_seconds,
                    work_seconds,
                    work_done_seconds,
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
        """Sessions that count (stats.counts_toward_goal) per week (weeks start on Monday)
        from `first_day` to `last_day`: every week that overlaps the range, with zero for a
        week without sessions."""
        found: dict[date, int] = {}
        for day in self._counted_days(first_day, last_day):
            week = stats.monday_of(day)
            found[week] = found.get(week, 0) + 1
        return stats.weekly_series(found, first_day, last_day)

    def daily_counts(self, first_day: date, last_day: date) -> dict[date, int]:
        """Sessions that count per local day from `first_day` to `last_day`; days without
        are left out."""
        found: dict[date, int] = {}
        for day in self._counted_days(first_day, last_day):
            found[day] = found.get(day, 0) + 1
        return found

    def streaks(self, today: date) -> Streaks:
        """The current and the longest run of days with a session that counts."""
        with self._read() as connection:
            rows = connection.execute(
                f"SELECT DISTINCT started_day FROM sessions WHERE {stats.COUNTS_SQL}"
                " ORDER BY started_day"
            ).fetchall()
        return stats.streaks([date.fromisoformat(day) for (day,) in rows], today)

    def _counted_days(self, first_day: date, last_day: date) -> list[date]:
        """The local day of each session from `first_day` to `last_day` that counts toward
        the week and the streak (stats.counts_toward_goal, as stats.COUNTS_SQL)."""
        with self._read() as connection:
            rows = connection.execute(
                "SELECT started_day, count(*) FROM sessions WHERE started_day BETWEEN ? AND ?"
                f" AND {stats.COUNTS_SQL} GROUP BY started_day",
                (first_day.isoformat(), last_day.isoformat()),
            ).fetchall()
        return [date.fromisoformat(day) for day, count in rows for _ in range(count)]

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
        from ankle_coach.core.history.export import write_csv  # here: a session never exports

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
        return write_csv(path, sessions, check_ins)

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
            said = translate("core.history.store", "The history could not be saved: {error}")
            return HistoryError(said.format(error=exc))
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
            said = translate("core.history.store", "The history could not be read: {error}")
            raise HistoryError(said.format(error=exc)) from exc


# -- rows ----------------------------------------------------------------------------------------

_SESSION_COLUMNS: Final = (
    "id, routine_id, title, started_at, ended_at, updated_at, total_seconds, done_seconds,"
    " exercises, outcome, work_seconds, work_done_seconds"
)
_CHECK_IN_COLUMNS: Final = "id, at, moment, rating, red_flags, session_id"

_SessionRow = tuple[
    int,
    str,
    str,
    str,
    str | None,
    str,
    float | None,
    float | None,
    str,
    str | None,
    float | None,
    float | None,
]
_CheckInRow = tuple[int, str, str, int | None, str, int | None]


def _session(row: _SessionRow) -> SessionRecord:
    (row_id, routine_id, title, started, ended, updated, total, done, exercises, outcome) = row[:10]
    work, work_done = row[10:]
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
        work_seconds=work,
        work_done_seconds=work_done,
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
