"""When reminders happen (core/schedule/arithmetic.py): tables of a reminder, a fake "now" and
a zone -> the moment, across daylight-saving changes, a time-zone move, leap days and a week
asleep."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from ankle_coach.core.schedule import (
    Reminder,
    WeeklyPlan,
    last_moment,
    missed,
    moment_on,
    moments_between,
    next_due,
    next_moment,
    upcoming,
)

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
ZONES = {"Berlin": BERLIN, "New York": NEW_YORK, "UTC": UTC}
DAYS = {"daily": tuple(range(7)), "sun": (6,), "tue": (1,), "mon,wed,fri": (0, 2, 4)}


def reminder(days: str, at: str, *, number: int = 1, enabled: bool = True) -> Reminder:
    hours, minutes = (int(part) for part in at.split(":"))
    return Reminder(
        id=number, routine="calf-raises", days=DAYS[days], at=time(hours, minutes), enabled=enabled
    )


def iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def clock(text: str, zone: str) -> datetime:
    """A fake now: an ISO time read in the zone (fold 1 when written with "fold=1")."""
    wall, _, fold = text.partition(" fold=")
    return datetime.fromisoformat(wall).replace(tzinfo=ZONES[zone], fold=int(fold or 0))


NEXT_CASES = [
    # zone, days, at, now (local wall clock), the next moment (ISO 8601 with its offset), why
    ("Berlin", "daily", "18:30", "2026-03-28T12:00", "2026-03-28T18:30:00+01:00", "winter"),
    (
        "Berlin",
        "daily",
        "18:30",
        "2026-03-28T18:30",
        "2026-03-29T18:30:00+02:00",
        "over the change",
    ),
    ("Berlin", "sun", "02:30", "2026-03-28T12:00", "2026-03-29T03:30:00+02:00", "in the gap: +1 h"),
    ("Berlin", "sun", "02:00", "2026-03-28T12:00", "2026-03-29T03:00:00+02:00", "gap's start"),
    ("Berlin", "sun", "03:00", "2026-03-28T12:00", "2026-03-29T03:00:00+02:00", "just after it"),
    ("Berlin", "sun", "02:30", "2026-10-24T12:00", "2026-10-25T02:30:00+02:00", "twice: the first"),
    ("Berlin", "sun", "02:30", "2026-10-25T02:30", "2026-11-01T02:30:00+01:00", "never the second"),
    ("Berlin", "sun", "02:30", "2026-10-25T02:45 fold=1", "2026-11-01T02:30:00+01:00", "same"),
    ("Berlin", "daily", "18:30", "2026-10-25T12:00", "2026-10-25T18:30:00+01:00", "winter again"),
    ("New York", "sun", "02:30", "2026-03-07T12:00", "2026-03-08T03:30:00-04:00", "in the gap"),
    ("New York", "daily", "18:30", "2026-03-08T01:00", "2026-03-08T18:30:00-04:00", "over it"),
    ("New York", "daily", "01:30", "2026-10-31T23:00", "2026-11-01T01:30:00-04:00", "the first"),
    ("New York", "daily", "01:30", "2026-11-01T01:30", "2026-11-02T01:30:00-05:00", "not again"),
    ("New York", "daily", "01:30", "2026-11-01T01:10 fold=1", "2026-11-02T01:30:00-05:00", "2nd"),
    ("New York", "mon,wed,fri", "18:30", "2026-12-05T21:00", "2026-12-07T18:30:00-05:00", "Sat"),
    ("UTC", "daily", "07:00", "2028-02-28T23:00", "2028-02-29T07:00:00+00:00", "leap day"),
    ("UTC", "daily", "07:00", "2028-02-29T08:00", "2028-03-01T07:00:00+00:00", "after it"),
    ("UTC", "tue", "07:00", "2028-02-23T08:00", "2028-02-29T07:00:00+00:00", "a leap Tuesday"),
    ("UTC", "daily", "07:00", "2027-02-28T08:00", "2027-03-01T07:00:00+00:00", "no 29th"),
    ("UTC", "daily", "07:00", "2100-02-28T08:00", "2100-03-01T07:00:00+00:00", "2100: no 29th"),
    ("Berlin", "daily", "00:00", "2026-12-31T23:59", "2027-01-01T00:00:00+01:00", "new year"),
    ("Berlin", "daily", "23:59", "2026-12-31T23:59", "2027-01-01T23:59:00+01:00", "not now"),
]


@pytest.mark.parametrize(
    ("zone", "days", "at", "now", "expected", "why"), NEXT_CASES, ids=[c[5] for c in NEXT_CASES]
)
def test_the_next_moment(zone: str, days: str, at: str, now: str, expected: str, why: str) -> None:
    found = next_moment(reminder(days, at), clock(now, zone), ZONES[zone])
    assert found is not None and found.isoformat() == expected
    assert found.tzinfo is ZONES[zone]  # given out on the zone's own clock


def test_the_same_instant_after_a_move_is_the_same_wall_clock_time_there() -> None:
    daily = reminder("daily", "18:30")
    instant = datetime(2026, 12, 5, 16, 0, tzinfo=UTC)  # 17:00 in Berlin, 11:00 in New York
    assert iso(next_moment(daily, instant, BERLIN)) == "2026-12-05T18:30:00+01:00"
    assert iso(next_moment(daily, instant, NEW_YORK)) == "2026-12-05T18:30:00-05:00"
    # landed in New York at 19:00 local: today's 18:30 there has passed
    landed = datetime(2026, 12, 6, 0, 0, tzinfo=UTC)
    assert iso(next_moment(daily, landed, NEW_YORK)) == "2026-12-06T18:30:00-05:00"


def test_a_wall_clock_time_on_a_day() -> None:
    assert moment_on(date(2026, 3, 29), time(2, 30), BERLIN).isoformat() == (
        "2026-03-29T03:30:00+02:00"
    )
    twice = moment_on(date(2026, 10, 25), time(2, 30), BERLIN)
    assert (twice.isoformat(), twice.fold) == ("2026-10-25T02:30:00+02:00", 0)


def test_a_week_of_moments_across_both_changes_counts_each_day_once() -> None:
    for zone, spring, autumn in (
        (BERLIN, date(2026, 3, 29), date(2026, 10, 25)),
        (NEW_YORK, date(2026, 3, 8), date(2026, 11, 1)),
    ):
        for change in (spring, autumn):
            start = datetime.combine(change - timedelta(days=3), time(0), tzinfo=zone)
            end = datetime.combine(change + timedelta(days=4), time(0), tzinfo=zone)
            for at in ("01:30", "02:30", "18:30"):
                found = moments_between(reminder("daily", at), start, end, zone)
                assert [m.date() for m in found] == [
                    change + timedelta(days=n) for n in range(-3, 4)
                ], (zone, change, at)
                assert len({m.astimezone(UTC) for m in found}) == 7


def test_moments_between_takes_the_end_and_not_the_start() -> None:
    daily = reminder("daily", "18:30")
    start = datetime(2026, 12, 1, 18, 30, tzinfo=BERLIN)
    end = datetime(2026, 12, 3, 18, 30, tzinfo=BERLIN)
    assert [m.day for m in moments_between(daily, start, end, BERLIN)] == [2, 3]


def test_the_last_moment_up_to_now() -> None:
    mwf = reminder("mon,wed,fri", "18:30")
    sunday = datetime(2026, 12, 6, 12, 0, tzinfo=BERLIN)
    assert iso(last_moment(mwf, sunday, BERLIN)) == "2026-12-04T18:30:00+01:00"
    on_time = datetime(2026, 12, 4, 18, 30, tzinfo=BERLIN)
    assert last_moment(mwf, on_time, BERLIN) == on_time


MISSED_CASES = [
    # zone, days, at, last looked, now (both local), the one reminder missed or None, why
    (
        "Berlin",
        "daily",
        "18:30",
        "2026-11-28T22:00",
        "2026-12-05T09:00",
        "2026-12-04T18:30:00+01:00",
        "a week of sleep: only the latest",
    ),
    (
        "Berlin",
        "mon,wed,fri",
        "18:30",
        "2026-11-29T09:00",
        "2026-12-06T09:00",
        "2026-12-04T18:30:00+01:00",
        "three planned that week: one",
    ),
    ("Berlin", "daily", "18:30", "2026-12-05T18:00", "2026-12-05T18:20", None, "not yet"),
    (
        "Berlin",
        "daily",
        "18:30",
        "2026-12-05T18:00",
        "2026-12-05T18:30",
        "2026-12-05T18:30:00+01:00",
        "due now",
    ),
    ("Berlin", "daily", "18:30", "2026-12-05T18:30", "2026-12-05T19:00", None, "already shown"),
    ("Berlin", "daily", "18:30", "2026-12-05T20:00", "2026-12-05T19:00", None, "clock set back"),
    (
        "Berlin",
        "sun",
        "02:30",
        "2026-03-29T01:00",
        "2026-03-29T09:00",
        "2026-03-29T03:30:00+02:00",
        "asleep over the gap",
    ),
    (
        "Berlin",
        "sun",
        "02:30",
        "2026-10-25T02:40",
        "2026-10-25T02:40 fold=1",
        None,
        "the repeated hour: not twice",
    ),
    (
        "New York",
        "daily",
        "01:30",
        "2026-10-31T12:00",
        "2026-11-01T03:00",
        "2026-11-01T01:30:00-04:00",
        "over the fall-back",
    ),
    (
        "UTC",
        "daily",
        "07:00",
        "2028-02-28T12:00",
        "2028-03-01T06:00",
        "2028-02-29T07:00:00+00:00",
        "missed on a leap day",
    ),
]


@pytest.mark.parametrize(
    ("zone", "days", "at", "looked", "now", "expected", "why"),
    MISSED_CASES,
    ids=[c[6] for c in MISSED_CASES],
)
def test_missed_reminders(
    zone: str, days: str, at: str, looked: str, now: str, expected: str | None, why: str
) -> None:
    plan = WeeklyPlan((reminder(days, at),))
    found = missed(plan, clock(looked, zone), clock(now, zone), ZONES[zone])
    assert [due.at.isoformat() for due in found] == ([expected] if expected else [])


def test_missed_gives_one_per_reminder_oldest_first_and_none_for_one_off() -> None:
    plan = WeeklyPlan(
        (
            reminder("daily", "18:30", number=1),
            reminder("mon,wed,fri", "07:00", number=2),
            reminder("daily", "12:00", number=3, enabled=False),
        )
    )
    looked = datetime(2026, 11, 20, 9, 0, tzinfo=BERLIN)  # two weeks away
    now = datetime(2026, 12, 5, 9, 0, tzinfo=BERLIN)  # a Saturday
    found = missed(plan, looked, now, BERLIN)
    assert [(due.reminder.id, due.at.isoformat()) for due in found] == [
        (2, "2026-12-04T07:00:00+01:00"),
        (1, "2026-12-04T18:30:00+01:00"),
    ]


def test_missed_after_a_move_uses_the_zone_of_now() -> None:
    # looked in Berlin at 18:00 (before its 18:30), flew to New York, opened it there at 20:00
    daily = WeeklyPlan((reminder("daily", "18:30"),))
    looked = datetime(2026, 12, 5, 18, 0, tzinfo=BERLIN)
    now = datetime(2026, 12, 5, 20, 0, tzinfo=NEW_YORK)
    found = missed(daily, looked, now, NEW_YORK)
    assert [due.at.isoformat() for due in found] == ["2026-12-05T18:30:00-05:00"]


def test_the_plan_s_next_reminder_is_the_soonest_switched_on() -> None:
    plan = WeeklyPlan(
        (
            reminder("daily", "18:30", number=1),
            reminder("daily", "07:00", number=2, enabled=False),
            reminder("daily", "18:30", number=3),
        )
    )
    now = datetime(2026, 12, 5, 6, 0, tzinfo=BERLIN)
    due = next_due(plan, now, BERLIN)
    assert due is not None
    assert (due.reminder.id, due.at.isoformat()) == (1, "2026-12-05T18:30:00+01:00")
    assert [d.reminder.id for d in upcoming(plan, now, BERLIN)] == [1, 3]
    assert next_due(WeeklyPlan(), now, BERLIN) is None


def test_a_moment_without_an_offset_is_refused() -> None:
    with pytest.raises(ValueError, match="no UTC offset"):
        next_moment(reminder("daily", "18:30"), datetime(2026, 12, 5, 12, 0), BERLIN)


# -- a reminder's span (since/until): after its end it neither fires, nor is missed, nor is next --

MONDAY_DEC = date(2026, 12, 7)


def spanned(
    days: str, at: str, since: date | None, until: date | None, *, enabled: bool = True
) -> Reminder:
    hours, minutes = (int(part) for part in at.split(":"))
    return Reminder(
        id=1,
        routine="calf-raises",
        days=DAYS[days],
        at=time(hours, minutes),
        enabled=enabled,
        since=since,
        until=until,
    )


SPAN_NEXT_CASES = [
    # zone, days, at, since, until, now (local), the next moment or None, why
    (
        "Berlin",
        "daily",
        "18:30",
        None,
        "2026-12-07",
        "2026-12-07T12:00",
        "2026-12-07T18:30:00+01:00",
        "ends today: today's still comes",
    ),
    (
        "Berlin",
        "daily",
        "18:30",
        None,
        "2026-12-07",
        "2026-12-07T19:00",
        None,
        "ends today, after it",
    ),
    ("Berlin", "daily", "18:30", None, "2026-12-06", "2026-12-07T12:00", None, "ended yesterday"),
    (
        "Berlin",
        "daily",
        "18:30",
        None,
        "2026-12-08",
        "2026-12-07T19:00",
        "2026-12-08T18:30:00+01:00",
        "ends tomorrow",
    ),
    (
        "Berlin",
        "mon,wed,fri",
        "18:30",
        None,
        "2026-12-08",
        "2026-12-07T19:00",
        None,
        "no planned day left",
    ),
    (
        "Berlin",
        "daily",
        "18:30",
        "2026-12-08",
        None,
        "2026-12-07T12:00",
        "2026-12-08T18:30:00+01:00",
        "starts tomorrow",
    ),
    (
        "Berlin",
        "tue",
        "18:30",
        "2026-12-20",
        None,
        "2026-12-07T12:00",
        "2026-12-22T18:30:00+01:00",
        "starts in two weeks",
    ),
    (
        "Berlin",
        "daily",
        "18:30",
        "2026-12-07",
        "2026-12-07",
        "2026-12-07T12:00",
        "2026-12-07T18:30:00+01:00",
        "a one-day span",
    ),
    (
        "Berlin",
        "sun",
        "02:30",
        None,
        "2026-03-29",
        "2026-03-28T12:00",
        "2026-03-29T03:30:00+02:00",
        "ends on a spring-forward day: moved, kept",
    ),
    (
        "Berlin",
        "daily",
        "02:30",
        None,
        "2026-03-28",
        "2026-03-28T03:00",
        None,
        "ended before the change",
    ),
    (
        "Berlin",
        "sun",
        "02:30",
        None,
        "2026-10-25",
        "2026-10-25T02:45 fold=1",
        None,
        "ends on a fall-back day: once",
    ),
    (
        "New York",
        "daily",
        "01:30",
        None,
        "2026-11-01",
        "2026-10-31T23:00",
        "2026-11-01T01:30:00-04:00",
        "New York fall-back end day",
    ),
    (
        "New York",
        "daily",
        "18:30",
        None,
        "2026-03-08",
        "2026-03-08T19:00",
        None,
        "New York spring-forward end day, after",
    ),
]


@pytest.mark.parametrize(
    ("zone", "days", "at", "since", "until", "now", "expected", "why"),
    SPAN_NEXT_CASES,
    ids=[c[7] for c in SPAN_NEXT_CASES],
)
def test_the_next_moment_within_a_span(
    zone: str,
    days: str,
    at: str,
    since: str | None,
    until: str | None,
    now: str,
    expected: str | None,
    why: str,
) -> None:
    r = spanned(
        days,
        at,
        date.fromisoformat(since) if since else None,
        date.fromisoformat(until) if until else None,
    )
    found = next_moment(r, clock(now, zone), ZONES[zone])
    assert (found.isoformat() if found else None) == expected
    plan = WeeklyPlan((r,), 1)
    due = next_due(plan, clock(now, zone), ZONES[zone])
    assert (due.at.isoformat() if due else None) == expected
    assert len(upcoming(plan, clock(now, zone), ZONES[zone])) == (expected is not None)


SPAN_MISSED_CASES = [
    # until, last looked, now (Berlin), what is said (the moments), why
    (
        "2026-12-07",
        "2026-12-07T18:29",
        "2026-12-07T18:30",
        ["2026-12-07T18:30:00+01:00"],
        "fires on its last day",
    ),
    ("2026-12-06", "2026-12-07T18:29", "2026-12-07T18:30", [], "ended yesterday: never fires"),
    (
        "2026-12-08",
        "2026-12-07T18:29",
        "2026-12-07T18:30",
        ["2026-12-07T18:30:00+01:00"],
        "ends tomorrow: fires",
    ),
    (
        "2026-12-08",
        "2026-12-07T18:31",
        "2026-12-08T18:31",
        ["2026-12-08T18:30:00+01:00"],
        "its last one",
    ),
    (
        "2026-12-07",
        "2026-12-07T12:00",
        "2026-12-07T23:59",
        ["2026-12-07T18:30:00+01:00"],
        "missed on its last day: said",
    ),
    ("2026-12-07", "2026-12-07T12:00", "2026-12-08T09:00", [], "asleep over its end: not said"),
    ("2026-12-01", "2026-11-24T12:00", "2026-12-07T09:00", [], "a week asleep, ended in it"),
    (
        None,
        "2026-11-30T12:00",
        "2026-12-07T09:00",
        ["2026-12-06T18:30:00+01:00"],
        "no end: the latest, once",
    ),
]


@pytest.mark.parametrize(
    ("until", "last", "now", "expected", "why"),
    SPAN_MISSED_CASES,
    ids=[c[4] for c in SPAN_MISSED_CASES],
)
def test_missed_within_a_span(
    until: str | None, last: str, now: str, expected: list[str], why: str
) -> None:
    r = spanned("daily", "18:30", None, date.fromisoformat(until) if until else None)
    found = missed(WeeklyPlan((r,), 1), clock(last, "Berlin"), clock(now, "Berlin"), BERLIN)
    assert [due.at.isoformat() for due in found] == expected


def test_a_span_starts_on_its_first_day() -> None:
    r = spanned("daily", "18:30", MONDAY_DEC, None)
    before = clock("2026-12-06T19:00", "Berlin")
    assert last_moment(r, before, BERLIN) is None
    assert missed(WeeklyPlan((r,), 1), clock("2026-12-01T00:00", "Berlin"), before, BERLIN) == []
    week = moments_between(
        r, clock("2026-12-01T00:00", "Berlin"), clock("2026-12-08T23:00", "Berlin"), BERLIN
    )
    assert [m.date().isoformat() for m in week] == ["2026-12-07", "2026-12-08"]
