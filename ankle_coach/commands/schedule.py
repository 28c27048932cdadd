"""`ankle-coach schedule add|list|remove|next|on|off`: the weekly plan from a shell.

Bad input (a time that is not one, a day that is not one, a routine not in the library, an id
no reminder has) gets one line naming the option, exit status 2, and nothing is written."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from typing import TextIO

from ankle_coach.core.paths import Paths
from ankle_coach.core.safe_text import safe_json, safe_line
from ankle_coach.core.schedule import (
    Due,
    Reminder,
    ScheduleInputError,
    WeeklyPlan,
    day_keys,
    days_words,
    load_schedule,
    local_zone,
    next_moment,
    parse_days,
    parse_time,
    reminder_words,
    save_schedule,
    time_key,
    upcoming,
    when_words,
)

#: Exit status for input the command refuses (as argparse uses for a bad option).
BAD_INPUT = 2
#: How the command line names each field of a reminder in its one-line errors.
OPTION_NAMES = {"days": "--days", "at": "--at", "routine": "ROUTINE", "id": "ID"}
ADD_EXAMPLE = "ankle-coach schedule add ROUTINE --days mon,wed,fri --at 18:30"


@dataclass
class _Shell:
    """What every schedule command runs against; tests give a fake clock, zone and folders."""

    paths: Paths
    now: datetime
    zone: tzinfo
    out: TextIO
    err: TextIO

    def bad(self, action: str, error: ScheduleInputError) -> int:
        field = OPTION_NAMES.get(error.field, error.field)
        self.err.write(safe_line(f"ankle-coach schedule {action}: {field}: {error.message}") + "\n")
        return BAD_INPUT

    @property
    def today(self) -> date:
        """The user's date now, in their zone: the day a new reminder starts."""
        return self.now.astimezone(self.zone).date()

    def plan(self) -> WeeklyPlan:
        plan, message = load_schedule(self.paths)
        if message:
            self.err.write(safe_line(message) + "\n")
        return plan

    def save(self, action: str, plan: WeeklyPlan) -> bool:
        try:
            save_schedule(plan, self.paths)
        except OSError as exc:
            said = exc.strerror or str(exc)
            self.err.write(
                safe_line(f"ankle-coach schedule {action}: the weekly plan was not saved: {said}")
                + "\n"
            )
            return False
        return True


def _shell(
    paths: Paths | None,
    now: Callable[[], datetime] | None,
    zone: tzinfo | None,
    out: TextIO | None,
    err: TextIO | None,
) -> _Shell:
    return _Shell(
        paths=paths if paths is not None else Paths.default(),
        now=(now or _utc_now)(),
        zone=zone if zone is not None else local_zone(),
        out=out if out is not None else sys.stdout,
        err=err if err is not None else sys.stderr,
    )


def _utc_now() -> datetime:
    return datetime.now(UTC)


def add_command(
    routine: str,
    days: str,
    at: str,
    paths: Paths | None = None,
    *,
    now: Callable[[], datetime] | None = None,
    zone: tzinfo | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Add a reminder of `routine` (a library id) on `days` at `at`, and say when it is next."""
    shell = _shell(paths, now, zone, out, err)
    try:
        chosen_days, chosen_time = parse_days(days), parse_time(at)
        title = _routine_title(routine, shell.paths)
    except ScheduleInputError as exc:
        return shell.bad("add", exc)
    plan = shell.plan()
    twin = plan.same_as(routine, chosen_days, chosen_time)
    if twin is not None:
        return shell.bad(
            "add",
            ScheduleInputError(
                "routine",
                f"{routine} is already planned at that time (reminder {twin.id}: "
                f"{reminder_words(twin)})",
            ),
        )
    plan, reminder = plan.added(routine, chosen_days, chosen_time, since=shell.today)
    if not shell.save("add", plan):
        return 1
    moment = next_moment(reminder, shell.now, shell.zone)
    coming = f"{when_words(moment, shell.now)} ({moment.isoformat()})" if moment else "none"
    shell.out.write(
        safe_line(
            f"Added reminder {reminder.id}: {title}, {reminder_words(reminder)}. Next: {coming}."
        )
        + "\n"
    )
    return 0


def list_command(
    paths: Paths | None = None,
    *,
    as_json: bool = False,
    now: Callable[[], datetime] | None = None,
    zone: tzinfo | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Every reminder with its days, time and next moment (or "off")."""
    shell = _shell(paths, now, zone, out, err)
    plan = shell.plan()
    titles = _titles(shell.paths)
    rows = [_row(reminder, titles, shell) for reminder in plan.reminders]
    if as_json:
        shell.out.write(safe_json({"zone": _zone_name(shell), "reminders": rows}) + "\n")
        return 0
    if not rows:
        shell.out.write(f"No reminders yet. Add one with: {ADD_EXAMPLE}\n")
        return 0
    table = [
        (
            str(reminder.id),
            reminder.routine + ("" if reminder.routine in titles else " (not in your library)"),
            days_words(reminder.days),
            time_key(reminder.at),
            _next_column(reminder, shell),
        )
        for reminder in plan.reminders
    ]
    heading = ("ID", "ROUTINE", "DAYS", "AT", "NEXT")
    widths = [max(len(row[column]) for row in (heading, *table)) for column in range(4)]
    for row in (heading, *table):
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        shell.out.write(safe_line("  ".join([*cells, row[4]])) + "\n")
    shell.out.write(f"Times are local ({_zone_name(shell)}).\n")
    return 0


def next_command(
    paths: Paths | None = None,
    *,
    as_json: bool = False,
    now: Callable[[], datetime] | None = None,
    zone: tzinfo | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """The next reminder: its moment in ISO 8601 with the UTC offset (local time), the routine
    and the reminder's id; `null` in JSON when none is switched on."""
    shell = _shell(paths, now, zone, out, err)
    plan = shell.plan()
    soonest = upcoming(plan, shell.now, shell.zone)
    due = soonest[0] if soonest else None
    if as_json:
        shell.out.write(safe_json(_due_json(due, shell) if due else None) + "\n")
        return 0
    if due is None:
        if not plan.reminders:
            why = "the weekly plan is empty"
        elif not any(r.enabled for r in plan.reminders):
            why = "every reminder is off"
        elif all(r.ended_by(shell.today) for r in plan.reminders):
            why = "every reminder has ended"
        else:
            why = "no reminder that is on has a planned day left before its end"
        shell.out.write(f"No reminder is coming: {why}.\n")
        return 0
    title = _titles(shell.paths).get(due.reminder.routine, f"{due.reminder.routine} (not found)")
    shell.out.write(
        safe_line(
            f"{due.at.isoformat()}  {title}, {when_words(due.at, shell.now)} "
            f"(reminder {due.reminder.id}: {reminder_words(due.reminder)})"
        )
        + "\n"
    )
    return 0


def remove_command(
    reminder_id: str,
    paths: Paths | None = None,
    *,
    now: Callable[[], datetime] | None = None,
    zone: tzinfo | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    shell = _shell(paths, now, zone, out, err)
    plan = shell.plan()
    try:
        gone = plan.find(_reminder_id(reminder_id))
    except ScheduleInputError as exc:
        return shell.bad("remove", exc)
    if not shell.save("remove", plan.removed(gone.id)):
        return 1
    shell.out.write(
        safe_line(f"Removed reminder {gone.id}: {gone.routine}, {reminder_words(gone)}.") + "\n"
    )
    return 0


def switch_command(
    reminder_id: str,
    *,
    enabled: bool,
    paths: Paths | None = None,
    now: Callable[[], datetime] | None = None,
    zone: tzinfo | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """`schedule on ID` / `schedule off ID`: keep a reminder but stop or start reminding."""
    action = "on" if enabled else "off"
    shell = _shell(paths, now, zone, out, err)
    plan = shell.plan()
    try:
        reminder = plan.find(_reminder_id(reminder_id))
    except ScheduleInputError as exc:
        return shell.bad(action, exc)
    if reminder.enabled != enabled and not shell.save(
        action, plan.switched(reminder.id, enabled=enabled)
    ):
        return 1
    said = f"Reminder {reminder.id} ({reminder.routine}, {reminder_words(reminder)}) is {action}"
    if enabled:
        said += f"; next {_next_words(reminder, shell)}"
    shell.out.write(safe_line(said + ".") + "\n")
    return 0


# -- helpers ---------------------------------------------------------------------------------------


def _reminder_id(text: str) -> int:
    shown = text.strip()
    if not shown.isascii() or not shown.isdigit():
        raise ScheduleInputError(
            "id", f"{text!r} is not a reminder id; see `ankle-coach schedule list`"
        )
    return int(shown)


def _routine_title(routine: str, paths: Paths) -> str:
    """The title of the library routine of id `routine`; ScheduleInputError("routine", ...)
    when there is none (a path is refused too: reminders are for routines in the library)."""
    from ankle_coach.core.library import SUFFIX, load_library

    library = load_library(paths)
    entry = library.get(routine)
    if entry is not None:
        return entry.routine.title
    if routine.endswith(SUFFIX) or "/" in routine or "\\" in routine:
        raise ScheduleInputError(
            "routine",
            f"{routine!r} is a file; reminders are for routines in your library: "
            "add it with `ankle-coach import FILE`, then use its id",
        )
    if any(problem.path.endswith(f"{routine}{SUFFIX}") for problem in library.problems):
        raise ScheduleInputError(
            "routine", f"{routine!r} cannot be loaded; `ankle-coach list` says why"
        )
    known = ", ".join(entry.id for entry in library.entries) or "none"
    raise ScheduleInputError("routine", f"no routine has the id {routine!r} (ids: {known})")


def _titles(paths: Paths) -> dict[str, str]:
    from ankle_coach.core.library import load_library

    return {entry.id: entry.routine.title for entry in load_library(paths).entries}


def _row(reminder: Reminder, titles: dict[str, str], shell: _Shell) -> dict[str, object]:
    return {
        "id": reminder.id,
        "routine": reminder.routine,
        "title": titles.get(reminder.routine),
        "days": day_keys(reminder.days),
        "at": time_key(reminder.at),
        "enabled": reminder.enabled,
        "since": reminder.since.isoformat() if reminder.since else None,
        "until": reminder.until.isoformat() if reminder.until else None,
        "ended": reminder.ended_by(shell.today),
        "next": moment.isoformat()
        if reminder.enabled and (moment := next_moment(reminder, shell.now, shell.zone))
        else None,
    }


def _due_json(due: Due, shell: _Shell) -> dict[str, object]:
    return {
        "at": due.at.isoformat(),
        "routine": due.reminder.routine,
        "id": due.reminder.id,
        "title": _titles(shell.paths).get(due.reminder.routine),
        "days": day_keys(due.reminder.days),
        "time": time_key(due.reminder.at),
        "zone": _zone_name(shell),
    }


def _next_words(reminder: Reminder, shell: _Shell) -> str:
    """When the reminder is next ("tomorrow at 18:30", "… until Fri 1 Jan 2027"), or that
    it has ended ("ended on Fri 1 Jan 2027")."""
    moment = next_moment(reminder, shell.now, shell.zone)
    if reminder.until is not None and reminder.ended_by(shell.today):
        return f"ended on {_date_words(reminder.until)}"
    if moment is None:  # ends later, but on none of its days
        last = reminder.until or shell.today
        return f"none left, ends on {_date_words(last)}"
    said = when_words(moment, shell.now)
    return said if reminder.until is None else f"{said}, until {_date_words(reminder.until)}"


def _next_column(reminder: Reminder, shell: _Shell) -> str:
    """`schedule list`'s NEXT: an ended reminder says so even when it is off."""
    if reminder.ended_by(shell.today):
        return _next_words(reminder, shell)
    return _next_words(reminder, shell) if reminder.enabled else "off"


def _date_words(day: date) -> str:
    return f"{day:%a} {day.day} {day:%b %Y}"


def _zone_name(shell: _Shell) -> str:
    key = getattr(shell.zone, "key", None)
    if isinstance(key, str) and key != "localtime":
        return key
    return shell.now.astimezone(shell.zone).tzname() or "local time"
