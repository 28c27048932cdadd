"""The history file: a new one in WAL mode, the upgrade from version 1, damaged files moved
aside, and files that cannot be used now left where they are."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from ankle_coach.core import i18n
from ankle_coach.core.history import (
    SCHEMA_V1,
    SCHEMA_VERSION,
    CheckIn,
    Counts,
    History,
    HistoryError,
    history_path,
    statements,
)
from ankle_coach.core.history.schema import _create_v2
from ankle_coach.core.i18n import Language
from ankle_coach.core.paths import Paths
from tests.unit.core.history.helpers import (
    ASIDE,
    HEALTHY,
    LOCKED,
    NOW,
    READ_ONLY,
    START,
    WAIT,
    chmod,
    healthy_history,
    locked_by_another_process,
    open_quietly,
    shared_folder,
)

# -- a new file ------------------------------------------------------------------------------


def test_a_new_history_is_a_wal_file_at_the_current_version(paths: Paths) -> None:
    history = open_quietly(paths)
    history.close()
    path = history_path(paths)
    assert path == paths.data / "history.sqlite3"
    with contextlib.closing(sqlite3.connect(path)) as raw:
        assert raw.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
        assert raw.execute("PRAGMA journal_mode").fetchone() == ("wal",)


# -- upgrading from version 1 ------------------------------------------------------------------


def write_version_1(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.closing(sqlite3.connect(path)) as raw:
        for statement in statements(SCHEMA_V1):
            raw.execute(statement)
        raw.executemany(
            "INSERT INTO sessions (id, routine_id, started_at, ended_at, finished)"
            " VALUES (?, ?, ?, ?, ?)",
            [
                (1, "calf-raises", "2025-06-01T17:00:00+00:00", "2025-06-01T17:06:00+00:00", 1),
                (2, "ankle-circles", "2025-06-02T17:00:00+00:00", "2025-06-02T17:01:00+00:00", 0),
                (3, "foot_massage", "2025-06-03T17:00:00+00:00", None, 0),
            ],
        )
        raw.executemany(
            "INSERT INTO pain (id, session_id, at, rating) VALUES (?, ?, ?, ?)",
            [(1, 1, "2025-06-01T17:07:00+00:00", 4), (2, None, "2025-06-05T08:00:00+00:00", 6)],
        )
        raw.execute("PRAGMA user_version = 1")
        raw.commit()


def test_a_version_1_file_is_upgraded_with_its_data(paths: Paths) -> None:
    path = history_path(paths)
    write_version_1(path)
    history = open_quietly(paths)

    finished, stopped, unfinished = history.sessions()
    assert (finished.id, finished.title, finished.outcome) == (1, "Calf raises", "finished")
    assert finished.started_at == datetime(2025, 6, 1, 17, tzinfo=UTC)
    assert finished.ended_at == datetime(2025, 6, 1, 17, 6, tzinfo=UTC)
    assert finished.total_seconds is None and finished.fraction_done is None
    assert (stopped.title, stopped.outcome) == ("Ankle circles", "stopped")
    assert (unfinished.title, unfinished.outcome, unfinished.ended_at) == (
        "Foot massage",
        None,
        None,
    )
    after, lone = history.check_ins()
    assert (after.when, after.rating, after.session_id, after.red_flags) == (
        "after",
        4,
        1,
        frozenset(),
    )
    assert (lone.when, lone.rating, lone.session_id) == ("standalone", 6, None)

    # The upgraded file takes new entries and keeps numbering after the old ones.
    assert history.start_session("r", "R", 10, START) == 4
    history.close()
    with contextlib.closing(sqlite3.connect(path)) as raw:
        assert raw.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_version_2_file_is_upgraded_and_its_sessions_count_by_the_plan_time_followed(
    paths: Paths,
) -> None:
    path = history_path(paths)
    path.parent.mkdir(parents=True)
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as raw:
        raw.execute("BEGIN")
        _create_v2(raw)
        for day, done in ((2, 60.0), (3, 10.0)):  # 60 % and 10 % of a 100 s Plan
            raw.execute(
                "INSERT INTO sessions (routine_id, title, started_at, started_utc, started_day,"
                " updated_at, total_seconds, done_seconds, exercises, outcome)"
                " VALUES ('r', 'R', ?, ?, ?, ?, 100, ?, '[]', 'stopped')",
                (
                    f"2026-03-0{day}T18:30:00+01:00",
                    f"2026-03-0{day}T17:30:00.000000Z",
                    f"2026-03-0{day}",
                    f"2026-03-0{day}T18:30:00+01:00",
                    done,
                ),
            )
        raw.execute("PRAGMA user_version = 2")
        raw.execute("COMMIT")
    history = open_quietly(paths)
    with history:
        sessions = history.sessions()
        assert [(s.done_seconds, s.work_seconds, s.work_done_seconds) for s in sessions] == [
            (60.0, None, None),
            (10.0, None, None),
        ]
        assert history.daily_counts(date(2026, 3, 1), date(2026, 3, 9)) == {date(2026, 3, 2): 1}
    with contextlib.closing(sqlite3.connect(path)) as raw:
        assert raw.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,) == (3,)


def test_an_upgrade_that_fails_leaves_the_old_file_whole_and_aside(paths: Paths) -> None:
    path = history_path(paths)
    write_version_1(path)
    with contextlib.closing(sqlite3.connect(path)) as raw:
        raw.execute("UPDATE sessions SET started_at = 'last Tuesday' WHERE id = 2")
        raw.commit()

    history, message = History.open(paths, now=lambda: NOW)
    aside = path.with_name(ASIDE)
    assert message == (
        f"The history file {path} could not be used: its history version 1 could not be "
        "upgraded (Invalid isoformat string: 'last Tuesday'). It was moved to "
        f"{aside}, and a new, empty history was started."
    )
    assert history.counts() == Counts(0, 0)
    with contextlib.closing(sqlite3.connect(aside)) as raw:  # untouched: still version 1
        assert raw.execute("PRAGMA user_version").fetchone() == (1,)
        assert raw.execute("SELECT count(*) FROM sessions").fetchone() == (3,)


# -- files that cannot be used ------------------------------------------------------------------


def damaged_database(path: Path) -> None:
    """A real history whose table pages were overwritten in the middle."""
    history = open_quietly(path)
    for number in range(400):
        history.start_session("r", f"Session {number} " + "x" * 200, 10, START)
    history.close()
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(3 * page, len(data) - page, 5 * page):
        data[offset : offset + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))


def newer_version(path: Path) -> None:
    open_quietly(path).close()
    with contextlib.closing(sqlite3.connect(path)) as raw:
        raw.execute("PRAGMA user_version = 7")


def someone_elses_database(path: Path) -> None:
    with contextlib.closing(sqlite3.connect(path)) as raw:
        raw.execute("CREATE TABLE songs (title TEXT)")


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (
            lambda p: p.write_bytes(b"PK\x03\x04 not a database at all" * 100),
            "it is not a database",
        ),
        (lambda p: p.write_bytes(b"SQLite format 3\x00" + b"\x00" * 90), "it is not a database"),
        (damaged_database, "it is damaged"),
        (
            newer_version,
            "it was written by a newer version of Ankle Coach (history version 7; this "
            "version reads up to 3)",
        ),
        (someone_elses_database, "it is a database, but not an Ankle Coach history"),
    ],
    ids=["not-sqlite", "bad-header", "damaged-pages", "newer", "not-ours"],
)
def test_a_file_that_cannot_be_used_is_moved_aside(
    paths: Paths, damage: object, reason: str
) -> None:
    path = history_path(paths)
    path.parent.mkdir(parents=True)
    assert callable(damage)
    damage(path)
    before = path.read_bytes() if path.is_file() else None

    history, message = History.open(paths, now=lambda: NOW)

    aside = path.with_name(ASIDE)
    assert message is not None
    assert message.startswith(f"The history file {path} could not be used: {reason}")
    assert message.endswith(f"It was moved to {aside}, and a new, empty history was started.")
    if before is not None:
        assert aside.read_bytes() == before  # kept as it was, never deleted
    history.start_session("r", "R", 10, START)
    assert history.counts() == Counts(1, 0) and history.path == path
    history.close()
    assert open_quietly(paths).counts() == Counts(1, 0)


def test_the_write_ahead_log_goes_aside_with_its_database(paths: Paths) -> None:
    path = history_path(paths)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"garbage" * 1000)
    path.with_name(path.name + "-wal").write_bytes(b"an old log")
    history, message = History.open(paths, now=lambda: NOW)
    assert message is not None
    assert path.with_name(ASIDE + "-wal").read_bytes() == b"an old log"
    assert history.counts() == Counts(0, 0)


def test_a_second_bad_file_in_the_same_second_gets_its_own_name(paths: Paths) -> None:
    path = history_path(paths)
    path.parent.mkdir(parents=True)
    for _ in range(2):
        path.write_bytes(b"garbage" * 1000)
        history, message = History.open(paths, now=lambda: NOW)
        history.close()
    assert message is not None and f"{ASIDE}-2" in message
    assert path.with_name(ASIDE).exists() and path.with_name(f"{ASIDE}-2").exists()


def test_a_file_that_cannot_be_moved_aside_leaves_the_history_in_memory(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = history_path(paths)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"garbage" * 1000)

    def refuse(self: Path, target: Path) -> Path:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "rename", refuse)
    history, message = History.open(paths, now=lambda: NOW)
    assert message == (
        f"The history file {path} could not be used: it is not a database. It could not be "
        "moved aside either (Permission denied), so it was left as it is, and this session's "
        "history will not be kept."
    )
    assert history.path is None
    history.start_session("r", "R", 10, START)  # the app goes on
    assert history.counts() == Counts(1, 0)
    assert path.read_bytes() == b"garbage" * 1000


# -- unavailable is not damaged ------------------------------------------------------------------


@contextlib.contextmanager
def sqlite_says(monkeypatch: pytest.MonkeyPatch, error: str) -> Iterator[None]:
    """SQLite raising `error` where it first writes the file (setting up the write-ahead log,
    the first transaction): how a full disk or a read-only mount shows. Neither can be made
    here (no mounts in the test sandbox), so the error is raised in SQLite's words instead."""
    import ankle_coach.core.history.schema as module

    def fails(connection: sqlite3.Connection, busy_seconds: float) -> None:
        raise sqlite3.OperationalError(error)

    with monkeypatch.context() as patch:
        patch.setattr(module, "_prepare", fails)
        yield


UNAVAILABLE = [
    pytest.param(
        lambda path, patch: locked_by_another_process(path, "writer"), LOCKED, True, id="locked"
    ),
    pytest.param(
        lambda path, patch: locked_by_another_process(path, "whole-file"),
        LOCKED,
        False,
        id="locked-whole-file",
    ),
    pytest.param(lambda path, patch: chmod(path.parent, 0o555), READ_ONLY, True, id="ro-folder"),
    pytest.param(lambda path, patch: chmod(path, 0o444), READ_ONLY, True, id="read-only-file"),
    pytest.param(
        lambda path, patch: chmod(path, 0o000),
        "it could not be opened (check that you may read and write it and its folder)",
        False,
        id="unreadable",
    ),
    pytest.param(
        lambda path, patch: sqlite_says(patch, "database or disk is full"),
        "the disk is full",
        True,
        id="disk-full",
    ),
    pytest.param(
        lambda path, patch: sqlite_says(patch, "attempt to write a readonly database"),
        READ_ONLY,
        True,
        id="read-only-mount",
    ),
]


@pytest.mark.parametrize(("condition", "reason", "readable"), UNAVAILABLE)
def test_a_history_that_cannot_be_used_now_is_never_moved_aside(
    monkeypatch: pytest.MonkeyPatch, condition: object, reason: str, readable: bool
) -> None:
    with shared_folder() as folder:
        path = folder / "history.sqlite3"
        healthy_history(path)
        before = path.read_bytes()
        assert callable(condition)
        with condition(path, monkeypatch):
            history, message = History.open(path, now=lambda: NOW, busy_seconds=WAIT)
            assert (history.path, history.unavailable, history.shows_file) == (
                path,
                reason,
                readable,
            )
            if readable:
                assert message == (
                    f"The history file {path} cannot be written now: {reason}. It was left as "
                    "it is, and your history is shown as it is. History not recorded this "
                    "time: Ankle Coach tries again at each save."
                )
                assert history.counts() == HEALTHY
                assert [s.title for s in history.sessions()] == ["Calf raises", "Ankle circles"]
            else:
                assert message == (
                    f"The history file {path} cannot be used now: {reason}. It was left as it "
                    "is, nothing in it was changed, and your history cannot be shown. History "
                    "not recorded this time: Ankle Coach tries again at each save."
                )
                assert history.counts() == Counts(0, 0)
            with pytest.raises(HistoryError) as refused:
                history.add_check_in(CheckIn(START, "standalone", 1))
            assert str(refused.value).startswith(
                f"History not recorded this time: the history file {path} cannot be written now ("
            )
            assert str(refused.value).endswith(
                "). It was left as it is; Ankle Coach tries again at each save."
            )
            assert sorted(p.name for p in folder.iterdir() if "corrupt" in p.name) == []

        # The problem is gone: the same history writes to the file again, nothing was lost.
        history.add_check_in(CheckIn(START, "standalone", 1))
        assert (history.unavailable, history.shows_file) == (None, True)
        assert history.counts() == Counts(2, 2)
        history.close()
        assert open_quietly(path).counts() == Counts(2, 2)
        assert sorted(p.name for p in folder.iterdir() if "corrupt" in p.name) == []
        assert before  # the healthy file was there all along, at its place


def test_a_history_that_could_not_be_read_appears_once_it_can_be(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    healthy_history(path)
    with locked_by_another_process(path, "whole-file"):
        history, message = History.open(path, now=lambda: NOW, busy_seconds=WAIT)
        assert message is not None and history.counts() == Counts(0, 0)
    assert history.counts() == HEALTHY  # read again, without any write
    assert history.shows_file
    history.add_check_in(CheckIn(START, "standalone", 1))  # and written again
    assert (history.unavailable, history.counts()) == (None, Counts(2, 2))
    history.close()


def test_a_folder_in_the_place_of_the_history_is_left_alone(paths: Paths) -> None:
    path = history_path(paths)
    (path / "notes").mkdir(parents=True)
    history, message = History.open(paths, now=lambda: NOW, busy_seconds=WAIT)
    assert message == (
        f"The history file {path} cannot be used now: it is a folder, not a file. It was left "
        "as it is, nothing in it was changed, and your history cannot be shown. History not "
        "recorded this time: Ankle Coach tries again at each save."
    )
    with pytest.raises(HistoryError, match="History not recorded this time"):
        history.start_session("r", "R", 10, START)
    assert (path / "notes").is_dir() and not list(paths.data.glob("*corrupt*"))


def test_a_data_folder_that_cannot_be_made_is_reported(tmp_path: Path) -> None:
    (tmp_path / "data").write_text("a file where the data folder should be")
    path = tmp_path / "data" / "history.sqlite3"
    history, message = History.open(path, now=lambda: NOW)
    assert message == (
        f"The history file {path} cannot be used now: it could not be opened (Not a "
        "directory). It was left as it is, nothing in it was changed, and your history cannot "
        "be shown. History not recorded this time: Ankle Coach tries again at each save."
    )
    assert history.counts() == Counts(0, 0)
    with pytest.raises(HistoryError, match="History not recorded this time"):
        history.add_check_in(CheckIn(START, "standalone", 2))
    assert (tmp_path / "data").read_text() == "a file where the data folder should be"


@pytest.mark.parametrize(
    ("language", "message"),
    [
        (
            "de",
            "Die Verlaufsdatei {path} konnte nicht verwendet werden: sie ist eine Datenbank, aber "
            "kein Verlauf von Ankle Coach. Sie wurde nach {aside} verschoben, und ein neuer, "
            "leerer Verlauf wurde begonnen.",
        ),
        (
            "es",
            "No se ha podido usar el archivo del historial {path}: es una base de datos, pero no "
            "un historial de Ankle Coach. Se ha movido a {aside} y se ha empezado un historial "
            "nuevo y vacío.",
        ),
    ],
)
def test_a_file_moved_aside_is_said_in_the_users_language(
    paths: Paths, language: Language, message: str
) -> None:
    path = history_path(paths)
    path.parent.mkdir(parents=True)
    someone_elses_database(path)
    with i18n.using(language):
        history, said = History.open(paths, now=lambda: NOW)
    history.close()
    assert said == message.format(path=path, aside=path.with_name(ASIDE))
