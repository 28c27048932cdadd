"""`ankle-coach schedule add|list|remove|next|on|off`: the weekly plan from a shell.

Bad input (a time that is not one, a day that is not one, a routine not in the library, an id
no reminder has) gets one line naming the option, exit status 2, and nothing is written."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from typing import TextIO

from ankle_coach.core.i18n import translate
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
            message = translate("commands.schedule", "the weekly plan was not saved: {reason}")
            self.err.write(
                safe_line(f"ankle-coach schedule {action}: " + message.format(reason=said)) + "\n"
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
                translate(
                    "commands.schedule",
                    "{routine} is already planned at that time (reminder {id}: {reminder})",
                ).format(routine=routine, id=twin.id, reminder=reminder_words(twin)),
            ),
        )
    plan, reminder = plan.added(routine, chosen_days, chosen_time, since=shell.today)
    if not shell.save("add", plan):
        return 1
    moment = next_moment(reminder, shell.now, shell.zone)
    if moment is not None:
        said = translate(
            "commands.schedule", "Added reminder {id}: {title}, {reminder}. Next: {when} ({iso})."
        )
    else:
        said = translate(
            "commands.schedule", "Added reminder {id}: {title}, {reminder}. Next: none."
        )
    shell.out.write(
        safe_line(
            said.format(
                id=reminder.id,
                title=title,
                reminder=reminder_words(reminder),
                when=when_words(moment, shell.now) if moment else "",
                iso=moment.isoformat() if moment else "",
            )
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
        said = translate("commands.schedule", "No reminders yet. Add one with: {example}")
        shell.out.write(said.format(example=ADD_EXAMPLE) + "\n")
        return 0
    table = [
        (
            str(reminder.id),
            reminder.routine
            if reminder.routine in titles
            else translate("commands.schedule", "{routine} (not in your library)").format(
                routine=reminder.routine
            ),
            days_words(reminder.days),
            time_key(reminder.at),
            _next_column(reminder, shell),
        )
        for reminder in plan.reminders
    ]
    heading = (
        translate("commands.schedule", "ID"),
        translate("commands.schedule", "ROUTINE"),
        translate("commands.schedule", "DAYS"),
        translate("commands.schedule", "AT"),
        translate("commands.schedule", "NEXT"),
    )
    widths = [max(len(row[column]) for row in (heading, *table)) for column in range(4)]
    for row in (heading, *table):
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        shell.out.write(safe_line("  ".join([*cells, row[4]])) + "\n")
    said = translate("commands.schedule", "Times are local ({zone}).")
    shell.out.write(said.format(zone=_zone_name(shell)) + "\n")
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
            why = translate("commands.schedule", "No reminder is coming: the weekly plan is empty.")
        elif not any(r.enabled for r in plan.reminders):
            why = translate("commands.schedule", "No reminder is coming: every reminder is off.")
        elif all(r.ended_by(shell.today) for r in plan.reminders):
            why = translate("commands.schedule", "No reminder is coming: every reminder has ended.")
        else:
            why = translate(
                "commands.schedule",
                "No reminder is coming: no reminder that is on has a planned day left before "
                "its end.",
            )
        shell.out.write(why + "\n")
        return 0
    title = _titles(shell.paths).get(due.reminder.routine)
    if title is None:
        title = translate("commands.schedule", "{routine} (not found)").format(
            routine=due.reminder.routine
        )
    said = translate("commands.schedule", "{iso}  {title}, {when} (reminder {id}: {reminder})")
    shell.out.write(
        safe_line(
            said.format(
                iso=due.at.isoformat(),
                title=title,
                when=when_words(due.at, shell.now),
                id=due.reminder.id,
                reminder=reminder_words(due.reminder),
            )
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
    said = translate("commands.schedule", "Removed reminder {id}: {routine}, {reminder}.")
    shell.out.write(
        safe_line(said.format(id=gone.id, routine=gone.routine, reminder=reminder_words(gone)))
        + "\n"
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
    if enabled:
        said = translate(
            "commands.schedule", "Reminder {id} ({routine}, {reminder}) is on; next {next}."
        )
    else:
        said = translate("commands.schedule", "Reminder {id} ({routine}, {reminder}) is off.")
    done = said.format(
        id=reminder.id,
        routine=reminder.routine,
        reminder=reminder_words(reminder),
        next=_next_words(reminder, shell) if enabled else "",
    )
    shell.out.write(safe_line(done) + "\n")
    return 0


# -- helpers ---------------------------------------------------------------------------------------


def _reminder_id(text: str) -> int:
    shown = text.strip()
    if not shown.isascii() or not shown.isdigit():
        said = translate(
            "commands.schedule",
            "\u201c{given}\u201d is not a reminder id; see `ankle-coach schedule list`",
        )
        raise ScheduleInputError("id", said.format(given=text))
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
        said = translate(
            "commands.schedule",
            "\u201c{routine}\u201d is a file; reminders are for routines in your library: "
            "add it with `ankle-coach import FILE`, then use its id",
        )
        raise ScheduleInputError("routine", said.format(routine=routine))
    if any(problem.path.endswith(f"{routine}{SUFFIX}") for problem in library.problems):
        said = translate(
            "commands.schedule",
            "\u201c{routine}\u201d cannot be loaded; `ankle-coach list` says why",
        )
        raise ScheduleInputError("routine", said.format(routine=routine))
    known = ", ".join(entry.id for entry in library.entries)
    if known:
        said = translate(
            "commands.schedule", "no routine has the id \u201c{routine}\u201d (ids: {known})"
        )
    else:
        said = translate(
            "commands.schedule", "no routine has the id \u201c{routine}\u201d (there are none)"
        )
    raise ScheduleInputError("routine", said.format(routine=routine, known=known))


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
        said = translate("commands.schedule", "ended on {date}")
        return said.format(date=_date_words(reminder.until))
    if moment is None:  # ends later, but on none of its days
        last = reminder.until or shell.today
        said = translate("commands.schedule", "none left, ends on {date}")
        return said.format(date=_date_words(last))
    when = when_words(moment, shell.now)
    if reminder.until is None:
        return when
    said = translate("commands.schedule", "{when}, until {date}")
    return said.format(when=when, date=_date_words(reminder.until))


def _next_column(reminder: Reminder, shell: _Shell) -> str:
    """`schedule list`'s NEXT: an ended reminder says so even when it is off."""
    if reminder.ended_by(shell.today):
        return _next_words(reminder, shell)
    return (
        _next_words(reminder, shell) if reminder.enabled else translate("commands.schedule", "off")
    )


def _date_words(day: date) -> str:
    """ "Fri 1 Jan 2027", as the language in use writes a date (the weekly plan's names of
    days and months, core/schedule/model.py)."""
    from ankle_coach.core.schedule.model import DAY_SHORT_NAMES, MONTH_SHORT_NAMES

    said = translate("commands.schedule", "{weekday} {day} {month} {year}")
    return said.format(
        weekday=translate("core.schedule.model", DAY_SHORT_NAMES[day.weekday()]),
        day=day.day,
        month=translate("core.schedule.model", MONTH_SHORT_NAMES[day.month - 1]),
        year=day.year,
    )


def _zone_name(shell: _Shell) -> str:
    key = getattr(shell.zone, "key", None)
    if isinstance(key, str) and key != "localtime":
        return key
    return shell.now.astimezone(shell.zone).tzname() or translate("commands.schedule", "local time")
