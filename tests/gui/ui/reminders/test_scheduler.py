"""The reminder timer on a fake wall clock: it waits at most a minute, fires at the time,
notices a sleep or a clock set back, and asks again after a snooze."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from ankle_coach.core.schedule import Due, WeeklyPlan
from ankle_coach.ui.reminders.scheduler import WATCH_MS, ReminderScheduler
from tests.support.reminders import BERLIN, WallClock

#: Saturday 28 March 2026, 18:00: Berlin's clocks go forward that night.
SATURDAY = datetime(2026, 3, 28, 18, 0, tzinfo=BERLIN)


class Heard:
    def __init__(self, scheduler: ReminderScheduler) -> None:
        self.due: list[Due] = []
        self.missed: list[list[Due]] = []
        scheduler.due.connect(self.due.append)
        scheduler.missed.connect(self.missed.append)


def make(qtbot: QtBot, plan: WeeklyPlan, clock: WallClock) -> tuple[ReminderScheduler, Heard]:
    parent = QObject()
    scheduler = ReminderScheduler(lambda: plan, clock, lambda: BERLIN, parent)
    heard = Heard(scheduler)
    scheduler.start(clock())
    make.parents.append(parent)  # type: ignore[attr-defined]
    return scheduler, heard


make.parents = []  # type: ignore[attr-defined]


def daily(at: time) -> WeeklyPlan:
    return WeeklyPlan().added("calf-raises", range(7), at, since=None)[0]


def test_the_wait_is_never_longer_than_a_minute(qtbot: QtBot) -> None:
    clock = WallClock(SATURDAY)
    scheduler, heard = make(qtbot, daily(time(18, 30)), clock)
    assert scheduler.timer.interval() == WATCH_MS
    clock.advance(minutes=29, seconds=30)
    scheduler.check()
    assert scheduler.timer.interval() == 31_000
    clock.advance(seconds=31)
    scheduler.check()
    assert [d.at for d in heard.due] == [datetime(2026, 3, 28, 18, 30, tzinfo=BERLIN)]
    assert heard.missed == []


def test_across_the_spring_change_the_next_wait_is_by_the_wall_clock(qtbot: QtBot) -> None:
    clock = WallClock(SATURDAY.replace(hour=19))
    scheduler, heard = make(qtbot, daily(time(18, 30)), clock)
    assert scheduler.next is not None
    # Sunday 18:30 is in summer time: 22 h 30 min of wall clock, 22 h 30 min of real time too
    # (the hour lost is between), and the instant is 16:30 UTC
    assert scheduler.next.at == datetime(2026, 3, 29, 18, 30, tzinfo=BERLIN)
    assert scheduler.next.at.utcoffset().total_seconds() == 7200  # type: ignore[union-attr]


def test_a_sleep_past_the_time_is_said_as_missed_once(qtbot: QtBot) -> None:
    clock = WallClock(SATURDAY)
    scheduler, heard = make(qtbot, daily(time(18, 30)), clock)
    clock.advance(days=7)  # a week asleep
    scheduler.check()
    assert heard.due == []
    assert [[d.at for d in found] for found in heard.missed] == [
        [datetime(2026, 4, 3, 18, 30, tzinfo=BERLIN)]
    ]
    scheduler.check()
    assert len(heard.missed) == 1


def test_a_little_late_is_still_on_time(qtbot: QtBot) -> None:
    clock = WallClock(SATURDAY)
    scheduler, heard = make(qtbot, daily(time(18, 30)), clock)
    clock.advance(minutes=40)  # ten minutes late: a short suspend
    scheduler.check()
    assert len(heard.due) == 1 and heard.missed == []


def test_a_clock_set_back_a_little_says_nothing_twice(qtbot: QtBot) -> None:
    clock = WallClock(SATURDAY.replace(minute=31))
    scheduler, heard = make(qtbot, daily(time(18, 30)), clock)
    clock.advance(minutes=-5)
    scheduler.check()
    clock.advance(minutes=5)
    scheduler.check()
    assert heard.due == [] and heard.missed == []


def test_snooze_comes_back_in_ten_minutes(qtbot: QtBot) -> None:
    clock = WallClock(SATURDAY.replace(minute=30))
    scheduler, heard = make(qtbot, daily(time(18, 30)), clock)
    due = Due(daily(time(18, 30)).reminders[0], clock())
    assert scheduler.snooze(due) == datetime(2026, 3, 28, 18, 40, tzinfo=BERLIN)
    clock.advance(minutes=5)
    scheduler.check()
    assert scheduler.timer.interval() == WATCH_MS
    clock.advance(minutes=5)
    scheduler.check()
    assert [d.at for d in heard.due] == [datetime(2026, 3, 28, 18, 40, tzinfo=BERLIN)]


def test_nothing_switched_on_nothing_waits(qtbot: QtBot) -> None:
    plan = WeeklyPlan().added("calf-raises", range(7), time(7, 0), enabled=False, since=None)[0]
    scheduler, heard = make(qtbot, plan, WallClock(SATURDAY))
    assert not scheduler.timer.isActive() and scheduler.next is None


def test_a_clock_set_back_a_day_follows_the_clock(qtbot: QtBot) -> None:
    clock = WallClock(SATURDAY.replace(minute=31))
    scheduler, heard = make(qtbot, daily(time(18, 30)), clock)
    clock.advance(days=-1)  # it was a day ahead
    scheduler.check()
    assert heard.due == []
    clock.advance(seconds=-60)
    clock.advance(minutes=1)
    scheduler.check()
    assert heard.due == []
    assert scheduler.next is not None
    assert scheduler.next.at == datetime(2026, 3, 27, 18, 30, tzinfo=BERLIN) + timedelta(days=1)


def test_after_its_end_date_the_scheduler_does_not_fire(qtbot: QtBot) -> None:
    """A suggested schedule "for 4 weeks" ending on Saturday 28 March: its last reminder fires
    that evening; on Sunday (the clocks gone forward) and after, nothing, and no next."""
    ending = WeeklyPlan().added(
        "calf-raises", range(7), time(18, 30), since=date(2026, 3, 1), until=SATURDAY.date()
    )[0]
    clock = WallClock(SATURDAY)
    scheduler, heard = make(qtbot, ending, clock)
    assert scheduler.next is not None and scheduler.next.at == SATURDAY.replace(minute=30)
    clock.advance(minutes=31)
    scheduler.check()
    assert [d.at for d in heard.due] == [SATURDAY.replace(minute=30)]
    assert scheduler.next is None and not scheduler.timer.isActive()
    for hours in (24, 24 * 7):  # Sunday's 18:30, then a week asleep: nothing said
        clock.advance(hours=hours)
        scheduler.check()
    assert len(heard.due) == 1 and heard.missed == []
    assert scheduler.next is None


def test_a_plan_that_ended_while_the_app_was_closed_fires_nothing(qtbot: QtBot) -> None:
    ended = WeeklyPlan().added(
        "calf-raises", range(7), time(18, 30), since=date(2026, 3, 1), until=date(2026, 3, 27)
    )[0]
    clock = WallClock(SATURDAY)
    parent = QObject()
    scheduler = ReminderScheduler(lambda: ended, clock, lambda: BERLIN, parent)
    heard = Heard(scheduler)
    scheduler.start(SATURDAY - timedelta(days=3))  # last looked on Wednesday
    clock.advance(hours=1)
    with qtbot.assertNotEmitted(scheduler.due):
        scheduler.check()
    assert heard.due == [] and heard.missed == [] and scheduler.next is None


def test_with_no_reminder_on_nothing_is_asked_and_the_timer_rests(qtbot: QtBot) -> None:
    """An empty plan, or one whose reminders are all off: no time zone is asked (so none is
    loaded), nothing is said, and the timer does not run; switched on, the wait is back."""
    clock = WallClock(SATURDAY)
    asked: list[datetime] = []

    def zone() -> tzinfo:
        asked.append(clock())
        return BERLIN

    off = daily(time(18, 30)).switched(1, enabled=False)
    plans = [WeeklyPlan()]
    parent = QObject()
    scheduler = ReminderScheduler(lambda: plans[0], clock, zone, parent)
    heard = Heard(scheduler)
    for plan in (WeeklyPlan(), off):
        plans[0] = plan
        scheduler.start(clock())
        clock.advance(hours=49)
        scheduler.check()
        assert (asked, heard.due, heard.missed, scheduler.next) == ([], [], [], None)
        assert not scheduler.timer.isActive()
    plans[0] = off.switched(1, enabled=True)
    scheduler.check()
    assert asked and scheduler.next is not None and scheduler.timer.isActive()
