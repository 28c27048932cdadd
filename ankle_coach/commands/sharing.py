"""`ankle-coach import` and `ankle-coach export`: the File menu's sharing, from a shell.

The same checks as the window's (core/sharing/ does them) and the same words, printed the
way `validate` prints: one line per reason, "PATH: field: message". Exit status 0 when done,
1 when refused or when a file could not be read or written; never a traceback. A routine of
the same id already in My routines is never replaced unless --replace says so.
"""

from __future__ import annotations

import sys
from datetime import datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from ankle_coach.core.i18n import translate
from ankle_coach.core.paths import Paths
from ankle_coach.core.routine import Problem, RoutineError
from ankle_coach.core.safe_text import safe_line
from ankle_coach.core.schedule.model import ScheduleInputError

if TYPE_CHECKING:
    from ankle_coach.core.schedule.suggested import SuggestedSchedule
    from ankle_coach.core.sharing.importing import OnConflict


def _cannot(err: TextIO, exc: OSError, fallback: Path, said: str) -> int:
    """An OSError as one line naming the file it happened to: `said` is a translated message
    with {path} and {reason}."""
    where = exc.filename if exc.filename else fallback
    err.write(safe_line(said.format(path=where, reason=exc.strerror or exc)) + "\n")
    return 1


def _problems(err: TextIO, problems: tuple[Problem, ...] | list[Problem]) -> int:
    for problem in problems:
        err.write(safe_line(problem) + "\n")
    return 1


def import_command(
    path: Path,
    on_conflict: OnConflict = "ask",
    paths: Paths | None = None,
    *,
    out: TextIO | None = None,
    err: TextIO | None = None,
    plan: str | None = None,
    days: str | None = None,
    at: str | None = None,
) -> int:
    """Import a routine package or routine file into My routines.

    A routine with a suggested schedule: `plan` "accept" adds it to the weekly plan (ending
    after its weeks), on `days` at `at` when given (changed); "decline" or None leaves the plan
    as it is (None says how to add it). Bad days or time: exit status 2, nothing imported.

    `on_conflict`: "ask" (the default) refuses when My routines already has a routine of that
    id and says which flag to use; "replace" replaces it; "rename" keeps both.
    """
    from ankle_coach.core.sharing.importing import ImportStatus, import_routine

    out = out if out is not None else sys.stdout
    err = err if err is not None else sys.stderr
    where = paths if paths is not None else Paths.default()
    folder = where.user_routines
    try:
        chosen = _chosen_plan(plan, days, at)
    except ScheduleInputError as exc:
        err.write(safe_line(f"{exc.field}: {exc.message}") + "\n")
        return 2
    try:
        result = import_routine(
            path,
            folder,
            on_conflict=on_conflict,
        )
    except OSError as exc:
        return _cannot(
            err,
            exc,
            folder,
            translate(
                "commands.sharing", "{path}: cannot import the routine into My routines: {reason}"
            ),
        )
    if result.status is ImportStatus.REFUSED:
        return _problems(err, result.problems)
    if result.status is ImportStatus.CONFLICT:
        said = translate(
            "commands.sharing",
            "{path}: My routines already has \u201c{id}\u201d ({where}); nothing was changed. Use "
            "--replace to replace it, or --keep-both to keep both (the new one as "
            "\u201c{new_id}\u201d).",
        )
        err.write(
            safe_line(
                said.format(
                    path=path, id=result.routine_id, where=result.path, new_id=result.suggested_id
                )
            )
            + "\n"
        )
        return 1
    for warning in result.warnings:
        err.write(safe_line(warning) + "\n")
    if result.replaced:
        said = translate(
            "commands.sharing",
            "Imported into My routines as {id}: {path} (it replaced the one there before)",
        )
    else:
        said = translate("commands.sharing", "Imported into My routines as {id}: {path}")
    out.write(safe_line(said.format(id=result.routine_id, path=result.path)) + "\n")
    suggestion = result.routine.suggested_schedule if result.routine is not None else None
    if suggestion is None:
        return 0
    return _suggested_plan(result.routine_id, suggestion, plan, chosen, where, out, err)


def _chosen_plan(
    plan: str | None, days: str | None, at: str | None
) -> tuple[tuple[int, ...] | None, time | None]:
    """The days and time typed to change the suggestion (checked before anything is done)."""
    from ankle_coach.core.schedule import parse_days, parse_time

    if (days is not None or at is not None) and plan == "decline":
        raise ScheduleInputError(
            "plan",
            translate("commands.sharing", "--days and --at change a plan to accept, not decline"),
        )
    return (
        parse_days(days) if days is not None else None,
        parse_time(at) if at is not None else None,
    )


def _suggested_plan(
    routine_id: str,
    suggestion: SuggestedSchedule,
    plan: str | None,
    chosen: tuple[tuple[int, ...] | None, time | None],
    paths: Paths,
    out: TextIO,
    err: TextIO,
) -> int:
    """Say the routine's suggested schedule and accept it, or not."""
    from ankle_coach.core.schedule import day_keys, reminder_words, time_key
    from ankle_coach.core.schedule.accepting import accept_plan
    from ankle_coach.core.schedule.suggested import (
        end_date,
        reminder_days,
        reminder_time,
        suggestion_words,
    )

    said = translate("commands.sharing", "Suggested schedule: {schedule}.")
    out.write(safe_line(said.format(schedule=suggestion_words(suggestion))) + "\n")
    days = chosen[0] or reminder_days(suggestion)
    at = chosen[1] or reminder_time(suggestion)
    if plan is None and chosen == (None, None):
        said = translate(
            "commands.sharing",
            "Not added to your weekly plan. To add it: {command} (or import with --plan "
            "accept, which also ends it after its weeks)",
        )
        command = (
            f"ankle-coach schedule add {routine_id} --days {','.join(day_keys(days))} "
            f"--at {time_key(at)}"
        )
        out.write(safe_line(said.format(command=command)) + "\n")
        return 0
    if plan == "decline":
        out.write(translate("commands.sharing", "Not added to your weekly plan.") + "\n")
        return 0
    today = datetime.now().astimezone().date()
    until = end_date(suggestion, today)
    try:
        reminder = accept_plan(paths, routine_id, days, at, today, until)
    except OSError as exc:
        said = translate("commands.sharing", "The weekly plan could not be saved: {reason}")
        err.write(safe_line(said.format(reason=exc)) + "\n")
        return 1
    if until is not None:
        said = translate(
            "commands.sharing",
            "Added to your weekly plan (reminder {id}): {reminder}, until {date}.",
        )
    else:
        said = translate(
            "commands.sharing", "Added to your weekly plan (reminder {id}): {reminder}."
        )
    done = said.format(
        id=reminder.id,
        reminder=reminder_words(reminder),
        date=until.isoformat() if until is not None else "",
    )
    out.write(safe_line(done) + "\n")
    return 0


def export_command(
    reference: str,
    target: Path,
    paths: Paths | None = None,
    *,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Write the routine package of `reference` (a library id or a routine file) to `target`,
    or into `target` under its usual name when `target` is a folder."""
    from ankle_coach.core.library import resolve
    from ankle_coach.core.sharing.exporting import export_routine, package_name_for

    out = out if out is not None else sys.stdout
    err = err if err is not None else sys.stderr
    try:
        entry = resolve(reference, paths)
    except RoutineError as exc:
        return _problems(err, exc.problems)
    except OSError as exc:
        return _cannot(
            err,
            exc,
            Path(reference),
            translate("commands.sharing", "{path}: cannot read the routine: {reason}"),
        )
    if target.is_dir():
        target = target / package_name_for(entry)
    try:
        written = export_routine(entry, None, target)
    except RoutineError as exc:
        return _problems(err, exc.problems)
    except OSError as exc:
        return _cannot(
            err,
            exc,
            target,
            translate("commands.sharing", "{path}: cannot write the routine package: {reason}"),
        )
    said = translate(
        "commands.sharing", "Exported \u201c{title}\u201d to {path}: one file to send as it is."
    )
    out.write(safe_line(said.format(title=entry.routine.title, path=written)) + "\n")
    return 0
