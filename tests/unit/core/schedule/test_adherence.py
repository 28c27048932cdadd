"""Did I do it (core/schedule/adherence.py): a plan, sessions built here and a fake "now" ->
each planned session done (on the day, late), missed or to come, and the share done; a DST
week in Berlin; the spans' file."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from ankle_coach.core.history.model import SessionRecord
from ankle_coach.core.paths import Paths
from ankle_coach.core.schedule.adherence import (
    Adherence,
    PlanSpans,
    Span,
    Status,
    load_spans,
    planned_sessions,
    recent_adherence,
    save_spans,
    spans_path,
    this_week,
)
from ankle_coach.core.schedule.model import WeeklyPlan
from ankle_coach.core.schedule.store import load_schedule, save_schedule, schedule_path

BERLIN = ZoneInfo("Europe/Berlin")
MWF = (0, 2, 4)


def plan(days: tuple[int, ...] = MWF, at: time = time(18, 30)) -> WeeklyPlan:
    return WeeklyPlan().added("calf", days, at, since=None)[0]


def session(
    number: int, when: datetime, *, done: float = 1.0, routine: str = "calf"
) -> SessionRecord:
    return SessionRecord(
        id=number,
        routine_id=routine,
        title=routine,
        started_at=when,
        ended_at=when + timedelta(minutes=10),
        updated_at=when,
        total_seconds=600.0,
        done_seconds=600.0 * done,
        completed_exercises=(),
        outcome="finished" if done == 1.0 else "stopped",
        work_seconds=400.0,
        work_done_seconds=400.0 * done,
    )


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=BERLIN)


MON = date(2026, 3, 2)  # a Monday
CASES = {
    "all done on the day": (
        [
            session(1, at(MON, 18, 30)),
            session(2, at(MON + timedelta(2), 7)),
            session(3, at(MON + timedelta(4), 21)),
        ],
        at(MON + timedelta(6), 12),
        ["done", "done", "done"],
        [False, False, True],
    ),
    "late on the day counts, next day does not": (
        [session(1, at(MON, 23, 50)), session(2, at(MON + timedelta(3), 9))],
        at(MON + timedelta(6), 12),
        ["done", "missed", "missed"],
        [True, False, False],
    ),
    "less than half the work does not count": (
        [
            session(1, at(MON, 18, 30), done=0.4),
            session(2, at(MON + timedelta(2), 18, 30), done=0.5),
        ],
        at(MON + timedelta(2), 19),
        ["missed", "done", "to come"],
        [False, False, False],
    ),
    "today not yet done is still to come": (
        [],
        at(MON + timedelta(2), 23, 59),
        ["missed", "to come", "to come"],
        [False, False, False],
    ),
    "one session covers one planned day only": (
        [session(1, at(MON, 8)), session(2, at(MON, 9))],
        at(MON + timedelta(6), 12),
        ["done", "missed", "missed"],
        [False, False, False],
    ),
    "another routine on the day counts": (
        [session(1, at(MON, 18), routine="ankle-circles")],
        at(MON + timedelta(1), 12),
        ["done", "to come", "to come"],
        [False, False, False],
    ),
}


@pytest.mark.parametrize(("sessions", "now", "statuses", "late"), CASES.values(), ids=CASES)
def test_this_week(
    sessions: list[SessionRecord], now: datetime, statuses: list[str], late: list[bool]
) -> None:
    found = this_week(plan(), PlanSpans(), sessions, now, BERLIN)
    assert [p.day for p in found] == [MON, MON + timedelta(2), MON + timedelta(4)]
    assert [p.status.value for p in found] == statuses
    assert [p.late for p in found] == late


def test_dst_week_in_berlin_counts_each_day_once() -> None:
    # Clocks go forward at 02:00 on Sunday 29 March 2026: a daily 02:30 moves to 03:30.
    monday = date(2026, 3, 23)
    daily = plan(tuple(range(7)), time(2, 30))
    sessions = [session(n, at(monday + timedelta(n), 6)) for n in range(7) if n != 3]
    found = this_week(daily, PlanSpans(), sessions, at(monday + timedelta(6), 23), BERLIN)
    assert [p.day for p in found] == [monday + timedelta(n) for n in range(7)]
    assert found[6].at.hour == 3 and found[6].at.utcoffset() == timedelta(hours=2)
    assert [p.status for p in found].count(Status.MISSED) == 1
    assert found[3].status is Status.MISSED


def test_adherence_over_four_weeks_with_span() -> None:
    today = MON + timedelta(weeks=3, days=2)  # Wednesday of the fourth week
    mwf = plan()
    spans = PlanSpans({1: Span(MON + timedelta(weeks=1))})  # planned from week 2 only
    # week 2: 3 of 3; week 3: 1 of 3; week 4: Monday done, today (Wednesday) not yet
    days = [7, 9, 11, 14, 21]
    sessions = [session(n, at(MON + timedelta(d), 18)) for n, d in enumerate(days, 1)]
    result = recent_adherence(mwf, spans, sessions, at(today, 12), BERLIN)
    assert result == Adherence(done=5, missed=2)
    assert result.percent == 71
    assert recent_adherence(mwf, PlanSpans(), sessions, at(today, 12), BERLIN) == Adherence(5, 5)
    assert Adherence(0, 0).percent is None


def test_span_ends_a_plan() -> None:
    spans = PlanSpans({1: Span(MON, MON + timedelta(days=2))})
    found = planned_sessions(
        plan(), spans, [], MON, MON + timedelta(6), at(MON + timedelta(7), 0), BERLIN
    )
    assert [p.day for p in found] == [MON, MON + timedelta(2)]


def test_spans_are_the_plans_and_an_old_spans_file_is_read_in(tmp_path: Path) -> None:
    paths = Paths.under(tmp_path)
    save_schedule(plan(), paths)  # reminder 1 without a start: a plan older than spans
    spans_path(paths).write_text(
        "[[reminder]]\nid = 1\nsince = 2026-03-02\nuntil = 2026-03-29\n"
        "[[reminder]]\nid = 7\nsince = 2026-03-02\n",  # no such reminder: not used
        encoding="utf-8",
    )
    four_weeks = PlanSpans({1: Span(MON, MON + timedelta(27))})
    assert load_spans(paths) == four_weeks
    assert load_schedule(paths)[0].reminders[0].until == MON + timedelta(27)
    save_spans(paths, load_spans(paths))  # the History page's save: into schedule.toml
    assert "since = 2026-03-02" in schedule_path(paths).read_text(encoding="utf-8")
    spans_path(paths).write_text("not [ toml", encoding="utf-8")
    assert load_spans(paths) == four_weeks  # schedule.toml holds it now
    assert load_spans(paths).seen(load_schedule(paths)[0], MON + timedelta(40)) == four_weeks
    fresh = WeeklyPlan().added("calf", MWF, time(7), since=None)[0]
    assert PlanSpans().seen(fresh, MON) == PlanSpans({1: Span(MON)})
