"""The history file: its SQL schema, the migrations between versions, and opening,
inspecting and upgrading a file; what SQLite's errors mean (damaged, to be moved aside, or only
unavailable now), and the read-only and in-memory fallbacks."""

from __future__ import annotations

import sqlite3
import stat
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Final

from ankle_coach.core.history.model import _iso, _parse_time, _stamp
from ankle_coach.core.i18n import translate
from ankle_coach.core.paths import Paths

HISTORY_FILE: Final = "history.sqlite3"
#: The version `open` brings every file up to; `MIGRATIONS` holds each step.
SCHEMA_VERSION: Final = 3
#: How long a write waits for another window or process to finish its own before giving up.
BUSY_SECONDS: Final = 10.0
#: How long a write waits once the file is known to be locked or read-only: a session is going on
#: in the window, which must not stall at every retry.
RETRY_SECONDS: Final = 0.2


def history_path(paths: Paths) -> Path:
    return paths.data / HISTORY_FILE


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


def _from_version_2(connection: sqlite3.Connection) -> None:
    """Version 2 -> 3: how many seconds of a session's work (its holds, reps, timed and manual
    steps, not the get-ready, rests and switches) were planned and done, for the rule that a
    session counts toward the week and the streak when half of its work was done. Sessions
    logged before have neither (NULL): they are judged by the Plan time followed instead."""
    connection.execute("ALTER TABLE sessions ADD COLUMN work_seconds REAL")
    connection.execute("ALTER TABLE sessions ADD COLUMN work_done_seconds REAL")


Migration = Callable[[sqlite3.Connection], None]

#: MIGRATIONS[n] turns a version n file into a version n + 1 one (inside one transaction).
MIGRATIONS: Final[dict[int, Migration]] = {1: _from_version_1, 2: _from_version_2}


class _Unusable(Exception):
    """The file is damaged (to be moved aside); the message says why, in words."""


class _Unavailable(Exception):
    """The file cannot be used now (locked, full, read-only, unreadable) but is not damaged: it is
    left where it is. The message says why, in words."""


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
        raise _Unavailable(translate("core.history.schema", "it is a folder, not a file"))
    if found is not None and found.st_size > 0:
        _inspect(path, busy_seconds)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _Unavailable(
            translate("core.history.schema", "its folder could not be made ({error})").format(
                error=exc.strerror or exc
            )
        ) from None
    try:
        connection = sqlite3.connect(
            path, timeout=busy_seconds, isolation_level=None, check_same_thread=True
        )
    except sqlite3.Error as exc:
        raise _failure(exc, busy_seconds) from None
    with _closed_on_failure(connection, busy_seconds):
        _prepare(connection, busy_seconds)
    return connection


@contextmanager
def _closed_on_failure(connection: sqlite3.Connection, busy_seconds: float) -> Iterator[None]:
    """Close `connection` if the block fails; SQLite's error becomes _Unusable or
    _Unavailable (`_failure`), which pass through as they are."""
    try:
        yield
    except (_Unusable, _Unavailable):
        connection.close()
        raise
    except sqlite3.Error as exc:
        connection.close()
        raise _failure(exc, busy_seconds) from None


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
        raise _Unavailable(translate("core.history.schema", "it is not a history file"))
    connection = _open_read_only(path, busy_seconds)
    with _closed_on_failure(connection, busy_seconds):
        if _check_kind(connection) != SCHEMA_VERSION:
            raise _Unavailable(
                translate("core.history.schema", "it must be upgraded before it can be shown")
            )
        connection.execute(f"PRAGMA busy_timeout = {_milliseconds(busy_seconds)}")
        connection.execute("SELECT count(*) FROM sessions").fetchone()
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
            translate(
                "core.history.schema",
                "it was written by a newer version of Ankle Coach (history version {version}; "
                "this version reads up to {known})",
            ).format(version=version, known=SCHEMA_VERSION)
        )
    if version == 0:
        (tables,) = connection.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).fetchone()
        if tables:
            raise _Unusable(
                translate("core.history.schema", "it is a database, but not an Ankle Coach history")
            )
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
        version = 2  # a new file is made as version 2, then upgraded as any other
    if version < SCHEMA_VERSION:
        for step in range(version, SCHEMA_VERSION):
            try:
                MIGRATIONS[step](connection)
            except sqlite3.Error as exc:
                if not _damaged(exc):
                    raise _Unavailable(_unavailable_words(exc, None)) from None
                raise _Unusable(_not_upgraded(version, exc)) from None
            except (ValueError, TypeError) as exc:
                raise _Unusable(_not_upgraded(version, exc)) from None
    connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _not_upgraded(version: int, exc: Exception) -> str:
    return translate(
        "core.history.schema", "its history version {version} could not be upgraded ({error})"
    ).format(version=version, error=exc)


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
        return _Unusable(
            translate("core.history.schema", "it is not a database")
            if not_a_database
            else translate("core.history.schema", "it is damaged")
        )
    return _Unavailable(_unavailable_words(exc, busy_seconds))


def _unavailable_words(exc: sqlite3.Error, busy_seconds: float | None) -> str:
    """Why the file cannot be used now, in words; `busy_seconds`: how long was waited."""
    code, text = _code(exc), str(exc).lower()
    if code in (_SQLITE_BUSY, _SQLITE_LOCKED) or (code is None and "locked" in text):
        if busy_seconds is not None:
            locked = (
                translate("core.history.schema", "another program has kept it locked for 1 second")
                if busy_seconds == 1
                else translate(
                    "core.history.schema",
                    "another program has kept it locked for {seconds} seconds",
                )
            )
            return locked.format(seconds=f"{busy_seconds:g}")
        return translate("core.history.schema", "another program has it locked")
    if code == _SQLITE_FULL or (code is None and "full" in text):
        return translate("core.history.schema", "the disk is full")
    if code == _SQLITE_READONLY or (code is None and ("readonly" in text or "read-only" in text)):
        return translate("core.history.schema", "it or its folder is read-only")
    if code in (_SQLITE_PERM, _SQLITE_AUTH) or (code is None and "permission" in text):
        return translate("core.history.schema", "permission denied")
    if code == _SQLITE_CANTOPEN or (code is None and "unable to open" in text):
        return translate(
            "core.history.schema",
            "it could not be opened (check that you may read and write it and its folder)",
        )
    if code == _SQLITE_IOERR or (code is None and "i/o" in text):
        return translate(
            "core.history.schema", "the disk could not be read or written ({error})"
        ).format(error=exc)
    return str(exc)


def _os_words(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return translate("core.history.schema", "permission denied")
    return translate("core.history.schema", "it could not be opened ({error})").format(
        error=exc.strerror or exc
    )


def _not_recorded(path: Path, reason: str) -> str:
    return translate(
        "core.history.schema",
        "History not recorded this time: the history file {path} cannot be written now "
        "({reason}). It was left as it is; Ankle Coach tries again at each save.",
    ).format(path=path, reason=reason)


#: The files SQLite keeps beside the database; the write-ahead log holds committed entries.
_SIDE_FILES: Final = ("-wal", "-shm", "-journal")


def _title_from_id(routine_id: str) -> str:
    words = routine_id.replace("-", " ").replace("_", " ").strip()
    return words[:1].upper() + words[1:] or routine_id
