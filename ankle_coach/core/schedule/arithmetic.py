"""When reminders happen: the next one, the ones due or missed since the app last looked, and
every planned moment in a stretch of time, computed from wall-clock times in a given zone.

Rules (RFC 5545's, as calendars use them):
- A reminder's time is a wall-clock time in the zone the user is in *now*: 18:30 is 18:30 in
  Berlin in winter and in summer, and 18:30 in New York after a move there.
- A time that does not happen on a day, because the clocks spring forward over it (02:30 on
  the last Sunday of March in Berlin), happens as long after the change as it was meant after
  the hour before it: 02:30 becomes 03:30.
- A time that happens twice, because the clocks fall back over it (02:30 on the last Sunday of
  October in Berlin), happens once, the first time.

Every moment given in must carry its UTC offset (aware); moments are compared as instants, and
every moment given out is in the zone it was computed in.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from ankle_coach.core.schedule.model import Reminder, WeeklyPlan


@dataclass(frozen=True, slots=True)
class Due:
    """A reminder at one of its moments (aware, in the zone it was computed in)."""

    reminder: Reminder
    at: datetime


def moment_on(day: date, at: time, zone: tzinfo) -> datetime:
    """When the wall-clock time `at` happens on `day` in `zone`, by the rules above."""
    wall = datetime.combine(day, at, tzinfo=zone)  # fold=0: the first of two, or before a gap
    return wall.astimezone(UTC).astimezone(zone)


def moments_between(
    reminder: Reminder, start: datetime, end: datetime, zone: tzinfo
) -> list[datetime]:
    """Every moment of `reminder` after `start` and up to and including `end` on the days of
    its span, in order (whether or not it is switched on: the plan as it stood, for counting
    what was planned)."""
    _check_aware(start, end)
    first = start.astimezone(zone).date() - timedelta(days=1)  # a gap near midnight moves
    last = end.astimezone(zone).date() + timedelta(days=1)  # a time to the next day
    return [m for m in _moments(reminder, first, last, zone) if _utc(start) < _utc(m) <= _utc(end)]


def next_moment(reminder: Reminder, after: datetime, zone: tzinfo) -> datetime | None:
    """The first moment of `reminder` after `after`; None when its span ended before that."""
    _check_aware(after)
    first = after.astimezone(zone).date() - timedelta(days=1)
    if reminder.since is not None:
        first = max(first, reminder.since - timedelta(days=1))
    if reminder.until is not None and reminder.until < first:
        return None
    # every reminder happens at least once a week; 9 days cover a gap moving it a day on
    return next(
        (m for m in _moments(reminder, first, first + timedelta(9), zone) if _utc(m) > _utc(after)),
        None,
    )


def last_moment(reminder: Reminder, at_or_before: datetime, zone: tzinfo) -> datetime | None:
    """The latest moment of `reminder` up to and including `at_or_before`; None when its span
    had not begun by then."""
    _check_aware(at_or_before)
    last = at_or_before.astimezone(zone).date() + timedelta(days=1)
    if reminder.until is not None:
        last = min(last, reminder.until + timedelta(days=1))
    if reminder.since is not None and last < reminder.since:
        return None
    limit = _utc(at_or_before)
    found = [m for m in _moments(reminder, last - timedelta(9), last, zone) if _utc(m) <= limit]
    return found[-1] if found else None


def upcoming(plan: WeeklyPlan, now: datetime, zone: tzinfo) -> list[Due]:
    """The next moment of each reminder that is switched on and not over, soonest first (the
    lower id first at the same moment)."""
    found = [
        Due(r, moment)
        for r in plan.reminders
        if r.enabled and (moment := next_moment(r, now, zone)) is not None
    ]
    return sorted(found, key=lambda due: (_utc(due.at), due.reminder.id))


def next_due(plan: WeeklyPlan, now: datetime, zone: tzinfo) -> Due | None:
    """The next reminder of the plan after `now`, or None when none is switched on and not
    over."""
    soonest = upcoming(plan, now, zone)
    return soonest[0] if soonest else None


def missed(plan: WeeklyPlan, last_looked: datetime, now: datetime, zone: tzinfo) -> list[Due]:
    """What happened since the app last looked: for each reminder switched on, its latest
    moment after `last_looked` and up to `now`, at most one each, never a pile (a week asleep
    with a daily reminder gives one, the most recent). Oldest first.

    This is also what a running app checks on each tick (with `last_looked` its previous tick):
    a reminder due now is one missed zero seconds ago. A clock set back (`now` before
    `last_looked`) misses nothing. Only moments within a reminder's span count, and once its
    end date is over (`now` on a later day) a reminder is not said at all: it neither fires nor
    is shown as missed (the History page still counts what was missed within it).
    """
    _check_aware(last_looked, now)
    today = now.astimezone(zone).date()
    found = [
        Due(reminder, moment)
        for reminder in plan.reminders
        if reminder.enabled
        and not reminder.ended_by(today)
        and (moment := last_moment(reminder, now, zone)) is not None
        and _utc(moment) > _utc(last_looked)
    ]
    return sorted(found, key=lambda due: (_utc(due.at), due.reminder.id))


def _moments(reminder: Reminder, first: date, last: date, zone: tzinfo) -> Iterator[datetime]:
    """The reminder's moments on the days from `first` to `last` within its span, in order,
    each once (a day a zone skips moves a time onto the next day's)."""
    moments: dict[datetime, datetime] = {}
    for day in _days(first, last):
        if reminder.happens_on(day.weekday()) and reminder.covers(day):
            moment = moment_on(day, reminder.at, zone)
            moments.setdefault(_utc(moment), moment)
    return iter([moments[instant] for instant in sorted(moments)])


def _days(first: date, last: date) -> Iterable[date]:
    return (first + timedelta(days=n) for n in range((last - first).days + 1))


def _utc(moment: datetime) -> datetime:
    """As an instant: aware datetimes of one tzinfo compare by wall time, ignoring fold."""
    return moment.astimezone(UTC)


def _check_aware(*moments: datetime) -> None:
    for moment in moments:
        if moment.utcoffset() is None:
            raise ValueError(f"{moment} has no UTC offset: schedule moments must be aware")
