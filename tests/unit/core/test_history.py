"""The history: round trips, the upgrade from version 1, bad files moved aside, concurrent
windows and exports, the CSV, and the recorder that logs a session as it goes."""

from __future__ import annotations

import contextlib
import csv
import io
import os
import sqlite3
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from ankle_coach.core.clock import FakeClock
from ankle_coach.core.history import (
    CSV_COLUMNS,
    SCHEMA_V1,
    SCHEMA_VERSION,
    CheckIn,
    Counts,
    History,
    HistoryError,
    RedFlag,
    SessionRecorder,
    Streaks,
    history_path,
    statements,
    streaks,
)
from ankle_coach.core.paths import Paths
from ankle_coach.core.plan import compile_plan
from ankle_coach.core.routine import parse_routine
from ankle_coach.core.session import Phase, SessionEngine

ROOT = Path(__file__).resolve().parents[3]
CET = timezone(timedelta(hours=1))
START = datetime(2026, 3, 2, 18, 30, tzinfo=CET)  # a Monday evening
NOW = datetime(2026, 3, 2, 19, 0, 5)
ASIDE = "history.sqlite3.corrupt-20260302-190005"


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    return Paths.under(tmp_path)


@pytest.fixture
def history(paths: Paths) -> Iterator[History]:
    opened, message = History.open(paths)
    assert message is None
    yield opened
    opened.close()


def open_quietly(where: Paths | Path) -> History:
    opened, message = History.open(where, now=lambda: NOW)
    assert message is None, message
    return opened


# -- round trips -----------------------------------------------------------------------------


def test_a_new_history_is_a_wal_file_at_the_current_version(paths: Paths) -> None:
    history = open_quietly(paths)
    history.close()
    path = history_path(paths)
    assert path == paths.data / "history.sqlite3"
    with contextlib.closing(sqlite3.connect(path)) as raw:
        assert raw.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION,)
        assert raw.execute("PRAGMA journal_mode").fetchone() == ("wal",)


def test_a_session_round_trips_as_it_goes(history: History) -> None:
    session_id = history.start_session("calf-raises", "Calf raises", 345.0, START)
    recorded = history.session(session_id)
    assert recorded is not None
    assert (recorded.outcome, recorded.ended_at, recorded.done_seconds) == (None, None, 0.0)
    assert recorded.started_at == START and recorded.started_at.utcoffset() == timedelta(hours=1)

    history.record_progress(session_id, 120.0, ["Calf raises"], at=START + timedelta(minutes=2))
    history.finish_session(session_id, START + timedelta(minutes=6), "stopped")
    recorded = history.session(session_id)
    assert recorded is not None
    assert recorded.title == "Calf raises" and recorded.routine_id == "calf-raises"
    assert recorded.completed_exercises == ("Calf raises",)
    assert recorded.outcome == "stopped"
    assert recorded.ended_at == START + timedelta(minutes=6)
    assert recorded.fraction_done == pytest.approx(120 / 345)


def test_a_check_in_round_trips(history: History) -> None:
    session_id = history.start_session("ankle-circles", "Ankle circles", 60.0, START)
    given = CheckIn(
        at=START,
        when="before",
        rating=4,
        red_flags=frozenset({RedFlag.SWELLING, RedFlag.NUMBNESS_OR_TINGLING}),
        session_id=session_id,
    )
    check_in_id = history.add_check_in(given)
    assert history.check_ins() == [
        CheckIn(START, "before", 4, given.red_flags, session_id, check_in_id)
    ]
    skipped = history.add_check_in(CheckIn(START + timedelta(hours=1), "standalone"))
    assert history.check_ins()[-1].rating is None and history.check_ins()[-1].id == skipped
    assert history.check_ins(rated_only=True) == history.check_ins()[:1]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"rating": 11}, "a pain rating is a whole number from 0 to 10, not 11"),
        ({"rating": -1}, "a pain rating is a whole number from 0 to 10, not -1"),
        ({"rating": True}, "a pain rating is a whole number from 0 to 10, not True"),
        ({"when": "during"}, "a check-in is one of ('before', 'after', 'standalone')"),
        ({"when": "standalone", "session_id": 3}, "a standalone check-in belongs to no session"),
    ],
)
def test_a_check_in_is_always_valid(changes: dict[str, object], message: str) -> None:
    fields: dict[str, object] = {"at": START, "when": "after", "rating": 3, **changes}
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        CheckIn(**fields)  # type: ignore[arg-type]


def test_a_time_without_an_offset_is_local_time(history: History) -> None:
    history.start_session("r", "R", 10, datetime(2026, 3, 2, 18, 30))
    (recorded,) = history.sessions()
    assert recorded.started_at == datetime(2026, 3, 2, 18, 30).astimezone()


def test_queries_by_day_week_and_streak(history: History) -> None:
    # Sessions on Mon 2, Tue 3, Wed 4 and Mon 9 March (two that day); a check-in on Sun 8.
    for day, hour in [(2, 8), (3, 8), (4, 23), (9, 7), (9, 19)]:
        history.start_session("r", "R", 10, datetime(2026, 3, day, hour, tzinfo=CET))
    history.add_check_in(CheckIn(datetime(2026, 3, 8, 9, tzinfo=CET), "standalone", 2))

    in_week_one = history.sessions(date(2026, 3, 2), date(2026, 3, 8))
    assert [s.started_at.day for s in in_week_one] == [2, 3, 4]
    assert [s.started_at.day for s in history.sessions(newest_first=True)] == [9, 9, 4, 3, 2]
    assert history.weekly_counts(date(2026, 2, 25), date(2026, 3, 15)) == [
        (date(2026, 2, 23), 0),
        (date(2026, 3, 2), 3),
        (date(2026, 3, 9), 2),
    ]
    assert history.daily_counts(date(2026, 3, 3), date(2026, 3, 9)) == {
        date(2026, 3, 3): 1,
        date(2026, 3, 4): 1,
        date(2026, 3, 9): 2,
    }
    assert history.streaks(date(2026, 3, 9)) == Streaks(current=1, longest=3)
    assert history.streaks(date(2026, 3, 11)) == Streaks(current=0, longest=3)
    assert [c.at.day for c in history.check_ins(date(2026, 3, 8), date(2026, 3, 8))] == [8]
    assert history.counts() == Counts(sessions=5, check_ins=1)


def test_the_local_day_is_the_day_where_the_session_was(history: History) -> None:
    # 23:30 in UTC-5 is already the next day in UTC: the session counts on the 4th.
    late = datetime(2026, 3, 4, 23, 30, tzinfo=timezone(timedelta(hours=-5)))
    history.start_session("r", "R", 10, late)
    assert history.daily_counts(date(2026, 3, 1), date(2026, 3, 9)) == {date(2026, 3, 4): 1}


@pytest.mark.parametrize(
    ("days", "today", "expected"),
    [
        ([], date(2026, 3, 9), Streaks(0, 0)),
        ([date(2026, 3, 9)], date(2026, 3, 9), Streaks(1, 1)),
        ([date(2026, 3, 8)], date(2026, 3, 9), Streaks(1, 1)),  # today is not over yet
        ([date(2026, 3, 7)], date(2026, 3, 9), Streaks(0, 1)),
        ([date(2026, 3, d) for d in (1, 2, 3, 5, 6)], date(2026, 3, 6), Streaks(2, 3)),
    ],
)
def test_streaks(days: list[date], today: date, expected: Streaks) -> None:
    assert streaks(days, today) == expected


def test_entries_are_sessions_with_their_check_ins_and_lone_check_ins(history: History) -> None:
    first = history.start_session("r", "First", 10, START)
    history.add_check_in(CheckIn(START, "before", 3, session_id=first))
    history.add_check_in(CheckIn(START + timedelta(minutes=9), "after", 2, session_id=first))
    history.add_check_in(CheckIn(START + timedelta(hours=2), "standalone", 5))
    second = history.start_session("r", "Second", 10, START + timedelta(days=1))

    assert history.entry_count() == 3
    newest, lone, oldest = history.entries(0, 10)
    assert newest.session is not None and newest.session.id == second and newest.check_ins == ()
    assert lone.kind == "check-in" and lone.check_ins[0].rating == 5
    assert oldest.session is not None and [c.rating for c in oldest.check_ins] == [3, 2]
    assert [e.at for e in history.entries(1, 1)] == [lone.at]
    assert history.entries(3, 10) == []


def test_a_check_in_made_before_the_session_is_linked_to_it(history: History) -> None:
    check_in_id = history.add_check_in(CheckIn(START, "before", 4))
    session_id = history.start_session("r", "R", 10, START)
    history.link_check_in(check_in_id, session_id)
    assert history.check_ins()[0].session_id == session_id
    assert history.entry_count() == 1


def test_delete_one_and_delete_all(history: History) -> None:
    kept = history.start_session("r", "Kept", 10, START)
    gone = history.start_session("r", "Gone", 10, START + timedelta(hours=1))
    history.add_check_in(CheckIn(START, "after", 3, session_id=gone))
    lone = history.add_check_in(CheckIn(START, "standalone", 3))

    history.delete_session(gone)  # and its check-ins
    history.delete_check_in(lone)
    assert [s.id for s in history.sessions()] == [kept]
    assert history.check_ins() == []

    history.add_check_in(CheckIn(START, "after", 1, session_id=kept))
    history.delete_all()
    assert history.counts() == Counts(0, 0)
    assert history.integrity_problems() == []


def test_advice_input_reaches_back_to_the_latest_rating_of_0(history: History) -> None:
    now = datetime(2026, 3, 30, 12, tzinfo=CET)
    given = [(90, 4), (70, 0), (60, 1), (50, 2), (40, 3), (30, None), (20, 4), (10, None), (1, 5)]
    for days_ago, rating in given:
        history.add_check_in(CheckIn(now - timedelta(days=days_ago), "standalone", rating))
    found = history.check_ins_for_advice(now, recent_days=7, last_rated=3)
    assert [(now - c.at).days for c in found] == [70, 60, 50, 40, 30, 20, 10, 1]


def test_advice_input_without_a_rating_of_0_is_everything(history: History) -> None:
    now = datetime(2026, 3, 30, 12, tzinfo=CET)
    for days_ago in range(400, 0, -1):
        history.add_check_in(CheckIn(now - timedelta(days=days_ago), "standalone", 5))
    assert len(history.check_ins_for_advice(now, recent_days=7, last_rated=3)) == 400


def test_advice_input_after_a_rating_of_0_is_the_last_ratings_and_the_recent_days(
    history: History,
) -> None:
    now = datetime(2026, 3, 30, 12, tzinfo=CET)
    for days_ago, rating in [(60, 1), (50, 2), (40, 3), (30, None), (20, 4), (10, None), (1, 0)]:
        history.add_check_in(CheckIn(now - timedelta(days=days_ago), "standalone", rating))
    found = history.check_ins_for_advice(now, recent_days=7, last_rated=3)
    assert [(now - c.at).days for c in found] == [40, 30, 20, 10, 1]


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
            "version reads up to 2)",
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


@contextlib.contextmanager
def as_nobody() -> Iterator[None]:
    """Permissions mean nothing to root: drop to an ordinary user for the block."""
    if os.geteuid() != 0:
        yield
        return
    os.seteuid(65534)
    try:
        yield
    finally:
        os.seteuid(0)


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


def test_a_write_that_fails_raises_a_history_error(history: History) -> None:
    history.close()
    with pytest.raises(HistoryError, match="The history could not be saved"):
        history.start_session("r", "R", 10, START)
    with pytest.raises(HistoryError, match="The history could not be read"):
        history.counts()


# -- concurrency -------------------------------------------------------------------------------


def test_two_windows_writing_at_once_lose_nothing(paths: Paths) -> None:
    open_quietly(paths).close()
    errors: list[BaseException] = []

    def window(name: str) -> None:
        try:
            with open_quietly(paths) as mine:
                for number in range(150):
                    session_id = mine.start_session("r", f"{name} {number}", 60, START)
                    mine.record_progress(session_id, 30, ["Calf raises"])
                    mine.add_check_in(CheckIn(START, "after", number % 11, session_id=session_id))
        except BaseException as exc:  # reported below, in the test's thread
            errors.append(exc)

    threads = [threading.Thread(target=window, args=(name,)) for name in ("A", "B")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with open_quietly(paths) as history:
        assert history.counts() == Counts(300, 300)
        assert all(s.done_seconds == 30 for s in history.sessions())
        assert history.integrity_problems() == []


def test_exports_while_a_session_is_written_see_whole_entries(paths: Paths, tmp_path: Path) -> None:
    open_quietly(paths).close()
    stop = threading.Event()
    written: list[int] = []

    def session_being_recorded() -> None:
        with open_quietly(paths) as mine:
            while not stop.is_set():
                session_id = mine.start_session("r", "R", 60, START)
                mine.record_progress(session_id, 60, ["Calf stretch", "Calf raises"])
                mine.finish_session(session_id, START + timedelta(minutes=1), "finished")
                written.append(session_id)

    writer = threading.Thread(target=session_being_recorded)
    writer.start()
    try:
        # A CLI export in another process, and exports from a second window, meanwhile.
        cli = subprocess.Popen(
            [
                sys.executable,
                "-c",
                "import sys; from pathlib import Path; from ankle_coach.core.paths import Paths;"
                "from ankle_coach.commands.history import export_command;"
                "sys.exit(export_command(Path(sys.argv[1]), Paths.under(Path(sys.argv[2]))))",
                str(tmp_path / "cli.csv"),
                str(paths.data.parent),
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        with open_quietly(paths) as window:
            for number in range(15):
                counts = window.export_csv(tmp_path / f"export-{number}.csv")
                rows = read_csv(tmp_path / f"export-{number}.csv")
                assert len(rows) == counts.sessions
                # A snapshot between commits: every session is started, then has its progress.
                assert {row["outcome"] for row in rows} <= {"finished", "not finished"}
        out, err = cli.communicate(timeout=60)
        assert cli.returncode == 0, out + err
    finally:
        stop.set()
        writer.join()
    assert read_csv(tmp_path / "cli.csv")  # the CLI saw sessions too
    with open_quietly(paths) as history:
        assert {s.id for s in history.sessions()} == set(written)
        assert history.integrity_problems() == []


# -- export ------------------------------------------------------------------------------------


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_export_has_one_row_per_session_and_per_check_in(history: History, tmp_path: Path) -> None:
    session_id = history.start_session("calf-raises", "Calf raises", 345, START)
    history.add_check_in(CheckIn(START, "before", 4, frozenset({RedFlag.SWELLING}), session_id))
    history.record_progress(session_id, 172.5, ["Calf raises"])
    history.finish_session(session_id, START + timedelta(minutes=6), "finished")
    history.add_check_in(
        CheckIn(START + timedelta(minutes=7), "after", None, frozenset(), session_id)
    )
    history.add_check_in(
        CheckIn(
            START + timedelta(days=1),
            "standalone",
            2,
            frozenset({RedFlag.CANNOT_BEAR_WEIGHT, RedFlag.PAIN_AT_REST_OR_NIGHT}),
        )
    )
    history.start_session("=cmd", '=HYPERLINK("http://x")', 60, START + timedelta(days=2))

    target = tmp_path / "for the podiatrist.csv"
    assert history.export_csv(target) == Counts(sessions=2, check_ins=3)
    text = target.read_text(encoding="utf-8")
    assert text.splitlines()[0] == ",".join(CSV_COLUMNS)
    rows = read_csv(target)
    assert [(r["kind"], r["start"]) for r in rows] == [
        ("session", "2026-03-02T18:30:00+01:00"),
        ("check-in", "2026-03-02T18:30:00+01:00"),
        ("check-in", "2026-03-02T18:37:00+01:00"),
        ("check-in", "2026-03-03T18:30:00+01:00"),
        ("session", "2026-03-04T18:30:00+01:00"),
    ]
    session, before, after, lone, sneaky = rows
    assert session | {"id": ""} == {
        "kind": "session",
        "id": "",
        "start": "2026-03-02T18:30:00+01:00",
        "end": "2026-03-02T18:36:00+01:00",
        "routine_id": "calf-raises",
        "routine": "Calf raises",
        "outcome": "finished",
        "total_seconds": "345.0",
        "done_seconds": "172.5",
        "percent_done": "50",
        "exercises_completed": "Calf raises",
        "session_id": "",
        "check_in": "",
        "pain_0_to_10": "",
        "warning_signs": "",
    }
    assert (before["check_in"], before["pain_0_to_10"], before["warning_signs"]) == (
        "before",
        "4",
        "Swelling",
    )
    assert before["session_id"] == session["id"] and before["routine"] == ""
    assert (after["check_in"], after["pain_0_to_10"]) == ("after", "")
    assert lone["warning_signs"] == "I can\u2019t put weight on it; Pain at rest or at night"
    assert lone["session_id"] == ""
    # A title that looks like a formula is never run by a spreadsheet.
    assert (sneaky["routine"], sneaky["routine_id"]) == ('\'=HYPERLINK("http://x")', "'=cmd")
    assert sneaky["outcome"] == "not finished" and sneaky["end"] == ""
    assert list(tmp_path.glob(".*.tmp")) == []


def test_an_export_that_cannot_be_written_leaves_the_old_file(
    history: History, tmp_path: Path
) -> None:
    target = tmp_path / "missing folder" / "x.csv"
    (tmp_path / "missing folder").write_text("a file, not a folder")
    with pytest.raises(OSError):
        history.export_csv(target)


def test_an_empty_history_exports_the_header_only(history: History, tmp_path: Path) -> None:
    assert history.export_csv(tmp_path / "x.csv") == Counts(0, 0)
    assert list(csv.reader(io.StringIO((tmp_path / "x.csv").read_text()))) == [list(CSV_COLUMNS)]


# -- the recorder ------------------------------------------------------------------------------

# Plan: 0 get-ready 0-5 | 1 work 5-15 L | 2 switch 15-20 | 3 work 20-30 R | 4 rest 30-40
#       5 work 40-46 (3 reps of 2 s) | 6 rest 46-56 | 7 manual 56-... | end
RECORDED = parse_routine(
    b"""
format = 1
title = "Recorded"
lead_in_seconds = 5
rest_between_exercises_seconds = 10

[[exercises]]
name = "Calf stretch"
sides = ["left", "right"]
hold_seconds = 10
switch_seconds = 5

[[exercises]]
name = "Calf raises"
reps = 3
rep_seconds = 2.0

[[exercises]]
name = "Ice"
manual = true
""",
    "recorded.toml",
)


class Session:
    """An engine on a fake clock with a recorder fed every state, as the controller does."""

    def __init__(self, history: History, before: int | None = None) -> None:
        self.clock = FakeClock()
        self.engine = SessionEngine(RECORDED, self.clock)
        self.wall = START
        self.recorder = SessionRecorder(
            history,
            "recorded",
            "Recorded",
            self.engine.plan,
            self.clock,
            now=lambda: self.wall,
            before_check_in_id=before,
        )
        self.history = history
        self.feed()

    def feed(self) -> None:
        self.recorder.on_state(self.engine.tick().state)

    def run(self, seconds: float, step: float = 1.0) -> None:
        """Let time pass, fed once a second and at each segment end, like the controller."""
        target = self.clock.now() + seconds
        while self.clock.now() < target - 1e-9:
            self.clock.advance(min(step, target - self.clock.now()))
            self.wall += timedelta(seconds=step)
            self.feed()

    def act(self, command: str) -> None:
        getattr(self.engine, command)()
        self.feed()

    @property
    def record(self):  # type: ignore[no-untyped-def]
        assert self.recorder.session_id is not None
        return self.history.session(self.recorder.session_id)


def test_a_session_is_logged_when_it_starts_and_as_each_work_segment_is_done(
    history: History,
) -> None:
    session = Session(history)
    assert history.counts().sessions == 0  # READY is not a session yet
    session.act("start")
    assert session.record.done_seconds == 0 and session.record.outcome is None
    session.run(14)
    assert session.record.done_seconds == 0  # nothing done yet: written at each segment end
    session.run(1)  # the left side is held to its end
    assert session.record.done_seconds == 15 and session.record.completed_exercises == ()
    session.run(15)
    assert session.record.completed_exercises == ("Calf stretch",)
    session.run(16)  # the rest and the three reps
    assert session.record.completed_exercises == ("Calf stretch", "Calf raises")
    assert session.record.done_seconds == 46


def test_a_finished_session_is_all_done(history: History) -> None:
    session = Session(history)
    session.act("start")
    session.run(70)
    assert session.engine.phase is Phase.WAITING
    session.act("done")
    assert session.engine.state().phase is Phase.FINISHED
    record = session.record
    assert record.outcome == "finished" and record.fraction_done == 1
    assert record.completed_exercises == ("Calf stretch", "Calf raises", "Ice")
    assert record.ended_at == session.wall
    assert session.recorder.over


def test_skipped_work_is_not_done_and_nearly_done_work_is(history: History) -> None:
    session = Session(history)
    session.act("start")
    session.run(10)  # 5 s into the left side
    session.act("next")  # skipped with 5 s to go: to the switch
    session.run(9)  # 4 s into the right side
    session.act("next")  # skipped with 6 s to go: to the rest
    session.run(1)
    assert session.record.completed_exercises == ()
    assert session.record.done_seconds == 0  # nothing done, nothing written yet
    session.act("back")  # 1 s into the rest: back to the start of the right side
    session.run(9.5, step=0.5)
    session.act("next")  # 0.5 s to go: the right side counts as done
    assert session.record.done_seconds == 10 + 9 + 1 + 9.5
    session.run(9.5, step=0.5)
    session.act("next")  # out of the rest early: a rest is not work
    session.run(5.5, step=0.5)  # calf raises, 0.5 s to go
    session.act("next")
    record = session.record
    assert record.completed_exercises == ("Calf raises",)  # the left side was never done
    assert record.done_seconds == pytest.approx(10 + 9 + 1 + 9.5 + 9.5 + 5.5)


def test_a_stopped_session_records_how_far_it_got(history: History) -> None:
    session = Session(history)
    session.act("start")
    session.run(12)
    session.act("stop")
    record = session.record
    assert record.outcome == "stopped"
    assert record.done_seconds == 12 and record.completed_exercises == ()
    session.run(5)
    assert session.record == record  # nothing after the end


def test_a_session_stopped_before_it_started_is_not_logged(history: History) -> None:
    session = Session(history)
    session.act("stop")
    assert history.counts().sessions == 0 and session.recorder.over


def test_the_check_in_before_is_linked_and_the_one_after_added(history: History) -> None:
    before = history.add_check_in(CheckIn(START, "before", 3))
    session = Session(history, before=before)
    session.act("start")
    session.run(3)
    session.act("stop")
    after = session.recorder.record_check_in(CheckIn(session.wall, "after", 2))
    assert after is not None
    assert [(c.when, c.session_id) for c in history.check_ins()] == [
        ("before", session.recorder.session_id),
        ("after", session.recorder.session_id),
    ]


def test_an_adjusted_plan_is_followed(history: History) -> None:
    session = Session(history)
    session.act("start")
    session.run(6)
    session.engine.adjust(10)  # the left hold is now 20 s: it ends at 25
    session.recorder.set_plan(session.engine.plan)
    session.feed()
    session.run(18)
    assert session.record.done_seconds == 0
    session.run(1)
    assert session.record.done_seconds == 25
    assert session.record.total_seconds == session.engine.plan.total_seconds


def test_a_history_error_is_reported_once_and_the_session_goes_on(history: History) -> None:
    problems: list[str] = []
    session = Session(history)
    session.recorder.on_problem = problems.append
    session.act("start")
    history.close()
    session.run(20)
    assert len(problems) == 1 and problems[0].startswith("The history could not be saved")
    assert session.recorder.problem == problems[0]
    assert session.engine.phase is Phase.RUNNING


def test_the_plan_of_a_real_routine_is_recorded_from_its_first_state(history: History) -> None:
    clock = FakeClock()
    engine = SessionEngine(RECORDED, clock)
    recorder = SessionRecorder(history, "recorded", "Recorded", compile_plan(RECORDED), clock)
    engine.start()
    recorder.on_state(engine.tick().state)  # connected after start: still logged
    assert history.counts().sessions == 1


# -- killed while writing ----------------------------------------------------------------------

#: Logs sessions as the app does (start, progress, end, check-ins), printing each commit after
#: it returns; now and then a bigger write, so that some kills land inside a long transaction.
WRITER = """
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from ankle_coach.core.history import CheckIn, History, RedFlag

history, message = History.open(Path(sys.argv[1]))
assert message is None, message
start = datetime(2026, 3, 2, 18, 30, tzinfo=timezone.utc)
number = 0


def said(*words):
    sys.stdout.write(" ".join(str(word) for word in words) + "\\n")
    sys.stdout.flush()


while True:
    number += 1
    at = start + timedelta(minutes=number)
    session_id = history.start_session("calf-raises", f"Session {number}", 300.0, at)
    said("session", session_id)
    exercises = ["Calf raises"] * (2000 if number % 7 == 0 else 1)
    history.record_progress(session_id, float(number), exercises, at=at)
    said("progress", session_id, number)
    check_in = CheckIn(at, "after", number % 11, frozenset({RedFlag.SWELLING}), session_id)
    said("check-in", history.add_check_in(check_in))
    history.finish_session(session_id, at, "finished")
    said("finished", session_id)
"""


def test_killed_at_any_moment_no_committed_entry_is_lost(tmp_path: Path) -> None:
    import random
    import signal
    import time

    path = tmp_path / "history.sqlite3"
    chance = random.Random(20260302)
    sessions: set[int] = set()
    progress: dict[int, int] = {}
    finished: set[int] = set()
    check_ins: set[int] = set()
    rounds, deadline = 0, time.monotonic() + 12
    while rounds < 25 and time.monotonic() < deadline:
        rounds += 1
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        # Some kills while Python starts or the file is opened, most in the middle of writing.
        time.sleep(chance.uniform(0.0, 0.6))
        writer.send_signal(signal.SIGKILL)
        out, err = writer.communicate(timeout=30)
        assert writer.returncode == -signal.SIGKILL, err
        # Only whole lines: the kill may land in the middle of writing one.
        for line in out.splitlines(keepends=True):
            if not line.endswith("\n"):
                continue
            kind, *numbers = line.split()
            if kind == "session":
                sessions.add(int(numbers[0]))
            elif kind == "progress":
                progress[int(numbers[0])] = int(numbers[1])
            elif kind == "check-in":
                check_ins.add(int(numbers[0]))
            elif kind == "finished":
                finished.add(int(numbers[0]))

        with contextlib.closing(sqlite3.connect(path)) as raw:
            assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        history = open_quietly(path)  # and the app opens it as it is, nothing moved aside
        try:
            found = {s.id: s for s in history.sessions()}
            assert sessions <= found.keys()
            for session_id, done in progress.items():
                assert found[session_id].done_seconds == done
            assert {s for s in finished if found[s].outcome == "finished"} == finished
            assert check_ins <= {c.id for c in history.check_ins()}
        finally:
            history.close()
    assert rounds >= 10 and len(finished) > 20  # the kills did land among the writes


# -- unavailable is not damaged ------------------------------------------------------------------

#: How long these tests wait for a lock (the app waits BUSY_SECONDS).
WAIT = 0.3

#: Another program holding the history: a writer's lock (readers still read, as in WAL), or the
#: whole file (`locking_mode = EXCLUSIVE`: nobody else may even read it).
LOCKER = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
if sys.argv[2] == "whole-file":
    connection.execute("PRAGMA locking_mode = EXCLUSIVE")
connection.execute("BEGIN EXCLUSIVE")
connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
print("locked", flush=True)
sys.stdin.readline()
connection.execute("ROLLBACK")
"""


@contextlib.contextmanager
def locked_by_another_process(path: Path, how: str) -> Iterator[None]:
    locker = subprocess.Popen(
        [sys.executable, "-c", LOCKER, str(path), how],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert locker.stdout is not None and locker.stdout.readline() == "locked\n"
        yield
    finally:
        locker.communicate("\n", timeout=30)
    assert locker.returncode == 0


@contextlib.contextmanager
def chmod(path: Path, mode: int) -> Iterator[None]:
    """`path` with `mode` for the block, seen by an ordinary user (root ignores permissions: the
    block runs as nobody, so the kernel refuses for real)."""
    before = path.stat().st_mode & 0o777
    os.chmod(path, mode)
    try:
        with as_nobody():
            yield
    finally:
        os.chmod(path, before)


@contextlib.contextmanager
def sqlite_says(monkeypatch: pytest.MonkeyPatch, error: str) -> Iterator[None]:
    """SQLite raising `error` where it first writes the file (setting up the write-ahead log,
    the first transaction): how a full disk or a read-only mount shows. Neither can be made
    here (no mounts in the test sandbox), so the error is raised in SQLite's words instead."""
    import ankle_coach.core.history as module

    def fails(connection: sqlite3.Connection, busy_seconds: float) -> None:
        raise sqlite3.OperationalError(error)

    with monkeypatch.context() as patch:
        patch.setattr(module, "_prepare", fails)
        yield


@contextlib.contextmanager
def shared_folder() -> Iterator[Path]:
    # Not under tmp_path: its folders are open to their owner only, and root drops to nobody.
    with tempfile.TemporaryDirectory(prefix="ankle-coach-unavailable-") as temporary:
        folder = Path(temporary)
        os.chmod(folder, 0o777)
        yield folder


def healthy_history(path: Path) -> None:
    history = open_quietly(path)
    first = history.start_session("calf-raises", "Calf raises", 60, START)
    history.finish_session(first, START + timedelta(minutes=1), "finished")
    history.start_session("ankle-circles", "Ankle circles", 90, START + timedelta(days=1))
    history.add_check_in(CheckIn(START, "after", 3, session_id=first))
    history.close()


HEALTHY = Counts(2, 1)
LOCKED = f"another program has kept it locked for {WAIT:g} seconds"
READ_ONLY = "it or its folder is read-only"

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


class _FullDisk:
    """A connection whose writes fail as SQLite's do on a full disk; reads go through."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection

    def execute(self, sql: str, *args: Any) -> sqlite3.Cursor:
        if sql == "BEGIN IMMEDIATE":
            raise sqlite3.OperationalError("database or disk is full")
        return self.connection.execute(sql, *args)

    def close(self) -> None:
        self.connection.close()


def test_the_session_is_written_when_the_disk_has_room_again(history: History) -> None:
    problems: list[str] = []
    session = Session(history)
    session.recorder.on_problem = problems.append
    session.act("start")
    session.run(15)  # the left side is done and written
    assert session.record.done_seconds == 15
    real = history._connection
    history._connection = _FullDisk(real)  # type: ignore[assignment]
    session.run(20)  # the right side, then the rest: not written, kept
    assert problems == [
        f"History not recorded this time: the history file {history.path} cannot be written "
        "now (the disk is full). It was left as it is; Ankle Coach tries again at each save."
    ]
    assert session.recorder.pending
    history._connection = real  # room again
    session.run(11)  # the next work segment done: everything kept is written with it
    assert not session.recorder.pending
    assert session.record.completed_exercises == ("Calf stretch", "Calf raises")
    assert session.record.done_seconds == 46
    assert len(problems) == 1  # said once


def test_a_session_started_and_ended_while_locked_is_written_once_the_lock_is_gone(
    tmp_path: Path,
) -> None:
    path = tmp_path / "history.sqlite3"
    healthy_history(path)
    history, message = History.open(path, now=lambda: NOW, busy_seconds=WAIT)
    assert message is None
    problems: list[str] = []
    with locked_by_another_process(path, "writer"):
        session = Session(history)
        session.recorder.on_problem = problems.append
        session.act("start")
        session.run(30)
        session.act("stop")
        assert session.recorder.over and session.recorder.session_id is None
        assert session.recorder.pending and len(problems) == 1
        assert problems[0].startswith("History not recorded this time")
        assert history.counts() == HEALTHY  # the file as it was
    # After the session, the next write of any kind writes the session first.
    history.add_check_in(CheckIn(START + timedelta(days=2), "standalone", 0))
    assert not session.recorder.pending
    assert history.counts() == Counts(3, 2)
    record = session.record
    assert (record.title, record.outcome, record.done_seconds) == ("Recorded", "stopped", 30)
    assert record.completed_exercises == ("Calf stretch",)
    history.close()
