"""History's reads and writes: round trips, queries by day and week, the history list, deletes,
what the triage rules read, concurrent windows, and a writer killed at any moment."""

from __future__ import annotations

import contextlib
import sqlite3
import subprocess
import sys
import threading
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from ankle_coach.core.history import CheckIn, Counts, History, HistoryError, RedFlag, Streaks
from ankle_coach.core.paths import Paths
from tests.unit.core.history.helpers import CET, ROOT, START, open_quietly


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


def test_a_time_without_an_offset_is_local_time(history: History) -> None:
    history.start_session("r", "R", 10, datetime(2026, 3, 2, 18, 30))
    (recorded,) = history.sessions()
    assert recorded.started_at == datetime(2026, 3, 2, 18, 30).astimezone()


def done_session(history: History, started_at: datetime) -> int:
    """A 10 s session with all of its 6 s of work done."""
    session_id = history.start_session("r", "R", 10, started_at, work_seconds=6)
    history.record_progress(session_id, 10, ["Hold"], work_done_seconds=6)
    return session_id


def test_queries_by_day_week_and_streak(history: History) -> None:
    # Sessions on Mon 2, Tue 3, Wed 4 and Mon 9 March (two that day); a check-in on Sun 8.
    for day, hour in [(2, 8), (3, 8), (4, 23), (9, 7), (9, 19)]:
        done_session(history, datetime(2026, 3, day, hour, tzinfo=CET))
    # Stopped early (a tenth of the work done) on Thu 5 and Sun 8: not counted (test_stats.py)
    for day in (5, 8):
        early = history.start_session("r", "R", 10, datetime(2026, 3, day, 8), work_seconds=6)
        history.record_progress(early, 1, [], work_done_seconds=0.6)
    history.add_check_in(CheckIn(datetime(2026, 3, 8, 9, tzinfo=CET), "standalone", 2))

    in_week_one = history.sessions(date(2026, 3, 2), date(2026, 3, 8))
    assert [s.started_at.day for s in in_week_one] == [2, 3, 4, 5, 8]
    assert [s.started_at.day for s in history.sessions(newest_first=True)] == [9, 9, 8, 5, 4, 3, 2]
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
    assert history.counts() == Counts(sessions=7, check_ins=1)


def test_the_local_day_is_the_day_where_the_session_was(history: History) -> None:
    # 23:30 in UTC-5 is already the next day in UTC: the session counts on the 4th.
    late = datetime(2026, 3, 4, 23, 30, tzinfo=timezone(timedelta(hours=-5)))
    done_session(history, late)
    assert history.daily_counts(date(2026, 3, 1), date(2026, 3, 9)) == {date(2026, 3, 4): 1}


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


@pytest.mark.slow
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
    # A fixed number of rounds, each killed after the writer has said a chosen number of lines
    # (none: while Python starts or the file is opened), whatever the machine's speed.
    said_before_kill = [0, 0, *(chance.randint(1, 60) for _ in range(12))]
    for wanted in said_before_kill:
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert writer.stdout is not None
        heard = [writer.stdout.readline() for _ in range(wanted)]
        assert all(heard), "the writer stopped before it was killed"
        # Then a moment more, so that some kills land inside a (long) write.
        time.sleep(chance.uniform(0.0, 0.05))
        writer.send_signal(signal.SIGKILL)
        out, err = writer.communicate(timeout=30)
        assert writer.returncode == -signal.SIGKILL, err
        # Only whole lines: the kill may land in the middle of writing one.
        for line in "".join(heard + [out]).splitlines(keepends=True):
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
    assert len(finished) > 20  # the kills did land among the writes
