"""Did I do it? The weekly plan against the history: each planned session done, missed or still
to come, and the share done over the last weeks.

A planned session is one moment of a reminder (arithmetic.moments_between, in the user's zone,
so a daylight-saving week is counted right). It is **done** when a session that counts toward
the week (history/stats.py: at least half of its work) started on the same local day, before or
after the planned time ("late" is still done: a runner who did it after dinner did it). Each
session is matched once, a session of the planned routine first. A planned day that is over with
no session is **missed**; today's and later days are **to come**.

A reminder is planned only within its span (`Reminder.since`/`until`, kept in schedule.toml):
from the day it was added (or the day the app first saw one from an older plan), up to its end
date when it came from a routine's suggested schedule ("for 4 weeks"), so adding a reminder
today never marks last month as missed. `PlanSpans` is that span of each reminder by id, read
from the plan (`load_spans`), so the History page, the CSV and the reminders see the same days.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from pathlib import Path
from typing import Final

from ankle_coach.core.history.model import SessionRecord
from ankle_coach.core.history.stats import monday_of, session_counts
from ankle_coach.core.paths import Paths
from ankle_coach.core.savefile import write_atomically
from ankle_coach.core.schedule.arithmetic import moments_between
from ankle_coach.core.schedule.model import WeeklyPlan
from ankle_coach.core.schedule.store import load_schedule, save_schedule

SPANS_FILE: Final = "plan-spans.toml"
#: How far back "adherence" looks: the last four weeks, this one included.
ADHERENCE_WEEKS: Final = 4


class Status(StrEnum):
    DONE = "done"
    MISSED = "missed"
    TO_COME = "to come"


@dataclass(frozen=True, slots=True)
class Span:
    """When a reminder is in force: from `since` to `until` (both included; None: no end)."""

    since: date
    until: date | None = None

    def covers(self, day: date) -> bool:
        return self.since <= day and (self.until is None or day <= self.until)


@dataclass(frozen=True, slots=True)
class PlanSpans:
    """The span of each reminder, by reminder id."""

    spans: dict[int, Span] = field(default_factory=dict)

    def get(self, reminder_id: int) -> Span | None:
        return self.spans.get(reminder_id)

    def with_span(self, reminder_id: int, span: Span) -> PlanSpans:
        return PlanSpans({**self.spans, reminder_id: span})

    def seen(self, plan: WeeklyPlan, today: date) -> PlanSpans:
        """These spans with each reminder's own, and one from `today` for each reminder of
        `plan` that has neither (a plan older than spans)."""
        new = {
            r.id: Span(r.since or today, r.until)
            for r in plan.reminders
            if r.id not in self.spans or r.since is not None
        }
        new = {number: span for number, span in new.items() if self.spans.get(number) != span}
        return PlanSpans({**self.spans, **new}) if new else self


@dataclass(frozen=True, slots=True)
class PlannedSession:
    """One planned session: its reminder's routine, its day and moment, and what became of it."""

    routine: str
    day: date
    at: datetime
    status: Status
    #: The session that did it (DONE), else None.
    session_id: int | None = None
    #: DONE after the planned time.
    late: bool = False


@dataclass(frozen=True, slots=True)
class Adherence:
    """The share of the planned sessions done, among those decided (done, or missed)."""

    done: int
    missed: int

    @property
    def planned(self) -> int:
        return self.done + self.missed

    @property
    def percent(self) -> int | None:
        """Rounded, or None when nothing was planned."""
        return None if not self.planned else round(100 * self.done / self.planned)


def planned_sessions(
    plan: WeeklyPlan,
    spans: PlanSpans,
    sessions: Iterable[SessionRecord],
    first_day: date,
    last_day: date,
    now: datetime,
    zone: tzinfo,
) -> list[PlannedSession]:
    """Every planned session on the days `first_day` to `last_day` (local, in `zone`), oldest
    first, each done, missed or to come as of `now`. Reminders switched off still count on the
    days they are in force (switched off for a week is still planned; remove it to unplan it)."""
    start = datetime.combine(first_day, time(0), tzinfo=zone) - timedelta(microseconds=1)
    end = datetime.combine(last_day + timedelta(days=1), time(0), tzinfo=zone)
    slots: list[tuple[datetime, str]] = []
    for reminder in plan.reminders:
        span = spans.get(reminder.id)
        for moment in moments_between(reminder, start, end, zone):
            day = moment.astimezone(zone).date()
            if first_day <= day <= last_day and (span is None or span.covers(day)):
                slots.append((moment, reminder.routine))
    slots.sort(key=lambda slot: slot[0])
    today = now.astimezone(zone).date()
    by_day: dict[date, list[SessionRecord]] = {}
    for session in sessions:
        if session_counts(session):
            by_day.setdefault(_local_day(session.started_at, zone), []).append(session)
    used: set[int] = set()
    found: list[PlannedSession] = []
    for moment, routine in slots:
        day = moment.astimezone(zone).date()
        match = _match(by_day.get(day, ()), routine, used)
        if match is not None:
            used.add(match.id)
            late = _aware(match.started_at, zone) > moment
            found.append(PlannedSession(routine, day, moment, Status.DONE, match.id, late))
        else:
            status = Status.MISSED if day < today else Status.TO_COME
            found.append(PlannedSession(routine, day, moment, status))
    return found


def _match(
    candidates: Sequence[SessionRecord], routine: str, used: set[int]
) -> SessionRecord | None:
    free = [s for s in candidates if s.id not in used]
    same = [s for s in free if s.routine_id == routine]
    chosen = same or free
    return min(chosen, key=lambda s: s.started_at.timestamp()) if chosen else None


def this_week(
    plan: WeeklyPlan,
    spans: PlanSpans,
    sessions: Iterable[SessionRecord],
    now: datetime,
    zone: tzinfo,
) -> list[PlannedSession]:
    """The planned sessions of the week (Monday to Sunday) that holds `now`."""
    monday = monday_of(now.astimezone(zone).date())
    return planned_sessions(plan, spans, sessions, monday, monday + timedelta(6), now, zone)


def adherence(planned: Iterable[PlannedSession]) -> Adherence:
    """Done against done-or-missed; sessions still to come are not counted either way."""
    listed = list(planned)
    return Adherence(
        done=sum(p.status is Status.DONE for p in listed),
        missed=sum(p.status is Status.MISSED for p in listed),
    )


def recent_adherence(
    plan: WeeklyPlan,
    spans: PlanSpans,
    sessions: Iterable[SessionRecord],
    now: datetime,
    zone: tzinfo,
    weeks: int = ADHERENCE_WEEKS,
) -> Adherence:
    """Adherence over the last `weeks` weeks, from Monday `weeks - 1` weeks ago to today."""
    today = now.astimezone(zone).date()
    first = monday_of(today) - timedelta(weeks=weeks - 1)
    return adherence(planned_sessions(plan, spans, sessions, first, today, now, zone))


def _local_day(moment: datetime, zone: tzinfo) -> date:
    return _aware(moment, zone).astimezone(zone).date()


def _aware(moment: datetime, zone: tzinfo) -> datetime:
    """The store's times carry their offset; an old naive one is taken as local time."""
    return moment if moment.utcoffset() is not None else moment.replace(tzinfo=zone)


# -- the spans' file ---------------------------------------------------------------------------


def spans_path(paths: Paths) -> Path:
    """Where spans were kept before they were part of each reminder (read by the store)."""
    return paths.data / SPANS_FILE


def spans_of(plan: WeeklyPlan) -> PlanSpans:
    """The span of each reminder of `plan` that has a start."""
    return PlanSpans({r.id: Span(r.since, r.until) for r in plan.reminders if r.since is not None})


def load_spans(paths: Paths) -> PlanSpans:
    """The saved plan's spans (its reminders' `since`/`until`, an old plan-spans.toml read in
    for a reminder without one)."""
    plan, _ = load_schedule(paths)
    return spans_of(plan)


def save_spans(paths: Paths, spans: PlanSpans) -> Path:
    """Give each reminder of the saved plan that has no start the one in `spans`, and save the
    plan; raises OSError (ScheduleNotSaved among them) when it cannot be written."""
    plan, _ = load_schedule(paths)
    for reminder in plan.reminders:
        span = spans.get(reminder.id)
        if span is not None and reminder.since is None:
            plan = plan.replaced(replace(reminder, since=span.since, until=span.until))
    return save_schedule(plan, paths)


# -- the planned sessions as CSV -----------------------------------------------------------------

PLANNED_CSV_COLUMNS: Final = (
    "kind",
    "day",
    "planned_at",
    "routine_id",
    "status",
    "session_id",
    "late",
)


def report_days(spans: PlanSpans, now: datetime, zone: tzinfo) -> tuple[date, date]:
    """The days a report of the plan covers: from the first day a reminder was in force (at
    most a year back, at least ADHERENCE_WEEKS weeks back) to the end of this week."""
    today = now.astimezone(zone).date()
    earliest = monday_of(today) - timedelta(weeks=ADHERENCE_WEEKS - 1)
    starts = [span.since for span in spans.spans.values()]
    first = max(min([earliest, *starts]), today - timedelta(days=366))
    return first, monday_of(today) + timedelta(days=6)


def planned_csv_text(planned: Iterable[PlannedSession]) -> str:
    """The planned sessions as CSV, one row each, oldest first: `kind` is "planned", `status`
    is done, missed or to come, `session_id` the session that did it, `late` yes when it was
    done after the planned time. The columns are stable, for spreadsheets and scripts."""
    out = io.StringIO()
    writer = csv.DictWriter(out, PLANNED_CSV_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for item in planned:
        writer.writerow(
            {
                "kind": "planned",
                "day": item.day.isoformat(),
                "planned_at": item.at.isoformat(timespec="minutes"),
                "routine_id": _cell(item.routine),
                "status": item.status.value,
                "session_id": "" if item.session_id is None else str(item.session_id),
                "late": "yes" if item.late else "no",
            }
        )
    return out.getvalue()


def write_planned_csv(path: Path, planned: Sequence[PlannedSession]) -> int:
    """Write `planned` to `path` as CSV, atomically; the number of rows. Raises OSError."""
    write_atomically(path, planned_csv_text(planned).encode("utf-8"))
    return len(planned)


def _cell(text: str) -> str:
    """A spreadsheet runs a cell that starts like a formula; a routine id must never be one."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
