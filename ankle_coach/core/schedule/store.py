"""The weekly plan's file, and when the app last looked for due reminders.

`Paths.data / "schedule.toml"`, written atomically:

    version = 1
    last_id = 2

    [[reminders]]
    id = 1
    routine = "after-run-recovery"   # a library id, as `ankle-coach list` shows it
    days = ["mon", "wed", "fri"]     # or any of parse_days' words: ["daily"], ["mon-fri"]
    at = "18:30"                     # local wall-clock time, 24-hour
    enabled = true
    since = 2026-12-05               # the first day it is in force (the day it was added)
    until = 2027-01-01               # optional: the last day ("for 4 weeks"); none: no end

A file that cannot be used as a whole (not UTF-8, not TOML, empty, far too large, a bad
`version`, `reminders` not a list of tables) is moved aside to `schedule.toml.corrupt-STAMP`,
never deleted, and the plan starts empty. A reminder in it that cannot be read is reported,
left out of the plan and written back as it was, so a hand edit can still fix it. Something
that is not a regular file, a file that cannot be read now, or a file of a newer version is left
as it is and never saved over.

Before `since`/`until` were kept here, the spans of accepted suggested schedules were kept in
`plan-spans.toml` beside it (`[[reminder]]` tables of `id`, `since`, `until`). That file is
still read: a reminder without `since` takes its span from there, and the next save writes it
into this file. It is never written or deleted (an older version still reads it); this file wins.

`Paths.data / "reminders-seen.toml"` holds one moment, `seen`: when the app last looked, so a
reminder missed while it was closed is shown once at the next start. It holds nothing the user
typed: when it cannot be used the app has not looked yet.
"""

from __future__ import annotations

import errno
import os
import stat
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, Final, TypeGuard

import tomli_w

from ankle_coach.core.i18n import current_language, translate
from ankle_coach.core.paths import Paths, kind_of_file
from ankle_coach.core.savefile import move_aside, write_atomically
from ankle_coach.core.schedule.model import (
    Reminder,
    ScheduleInputError,
    WeeklyPlan,
    day_keys,
    parse_days,
    parse_time,
    time_key,
)

SCHEDULE_FILE: Final = "schedule.toml"
SEEN_FILE: Final = "reminders-seen.toml"
#: Where the spans were kept before they were part of each reminder (read, never written).
LEGACY_SPANS_FILE: Final = "plan-spans.toml"
VERSION: Final = 1
#: A plan of a hundred reminders is a few KiB; a far larger file is not one and is never parsed.
MAX_FILE_BYTES: Final = 256 * 1024
_ENTRY_KEYS: Final = ("id", "routine", "days", "at", "enabled", "since", "until")

#: Files left alone at load in this run (unreadable, not a file, newer): never saved over.
_LEFT_ALONE: Final[set[Path]] = set()


class ScheduleNotSaved(OSError):
    """The plan was not saved, on purpose: what is there was left alone at load."""


def schedule_path(paths: Paths) -> Path:
    return paths.data / SCHEDULE_FILE


def load_schedule(
    paths: Paths, *, now: Callable[[], datetime] = datetime.now
) -> tuple[WeeklyPlan, str | None]:
    """The saved weekly plan, and a one-line message for the user when something in the file
    was not used (see the module's docstring). No file: an empty plan, no message."""
    path = schedule_path(paths)
    if not os.path.lexists(path):
        return WeeklyPlan(), None
    try:
        document = _read(path)
        plan, message = _plan(document, path)
        return _with_legacy_spans(plan, legacy_spans(paths)), message
    except _Unusable as exc:
        aside, problem = move_aside(path, now)
        if problem is not None:
            return WeeklyPlan(), translate(
                "core.schedule.store",
                "The weekly plan file {path} could not be used: {reason}. It could not be moved "
                "aside to {aside} either ({problem}), so it will be replaced when the plan is "
                "next saved. Your weekly plan is empty.",
            ).format(path=path, reason=exc, aside=aside, problem=problem)
        return WeeklyPlan(), translate(
            "core.schedule.store",
            "The weekly plan file {path} could not be used: {reason}. It was moved to {aside}, "
            "and your weekly plan is empty.",
        ).format(path=path, reason=exc, aside=aside)
    except _LeftAlone as exc:
        _LEFT_ALONE.add(path)
        return WeeklyPlan(), translate(
            "core.schedule.store",
            "The weekly plan file {path} {reason}. It was left as it is, and reminders will not "
            "be saved there until that is put right.",
        ).format(path=path, reason=exc)


def save_schedule(plan: WeeklyPlan, paths: Paths) -> Path:
    """Write the plan atomically, creating its folder; returns the file's path.

    Raises OSError when it cannot be written (the file there is left as it was), and
    ScheduleNotSaved rather than replace what `load_schedule` left alone.
    """
    path = schedule_path(paths)
    if path in _LEFT_ALONE:
        raise ScheduleNotSaved(
            translate(
                "core.schedule.store",
                "{path} was left as it is when it was read, so the weekly plan was not saved "
                "over it",
            ).format(path=path)
        )
    try:
        found = os.stat(path)
    except FileNotFoundError:
        found = None
    if found is not None and not stat.S_ISREG(found.st_mode):
        raise ScheduleNotSaved(
            translate("core.schedule.store", "{path} was left as it is: it is {kind}").format(
                path=path, kind=kind_of_file(found.st_mode)
            )
        )
    write_atomically(path, tomli_w.dumps(schedule_document(plan)).encode("utf-8"))
    return path


def schedule_document(plan: WeeklyPlan) -> dict[str, Any]:
    """What `save_schedule` writes."""
    entries: list[dict[str, Any]] = []
    for reminder in plan.reminders:
        entry: dict[str, Any] = {
            "id": reminder.id,
            "routine": reminder.routine,
            "days": day_keys(reminder.days),
            "at": time_key(reminder.at),
            "enabled": reminder.enabled,
        }
        if reminder.since is not None:
            entry["since"] = reminder.since
        if reminder.until is not None:
            entry["until"] = reminder.until
        entries.append(entry)
    entries.extend(plan.kept)
    ids = [reminder.id for reminder in plan.reminders]
    return {"version": VERSION, "last_id": max([plan.last_id, *ids]), "reminders": entries}


def legacy_spans(paths: Paths) -> dict[int, tuple[date, date | None]]:
    """The spans `plan-spans.toml` holds, by reminder id: (since, until). Nothing when there
    is no such file or it cannot be read; an entry that cannot be read is left out (its
    reminder then has no start, as before spans were kept)."""
    path = paths.data / LEGACY_SPANS_FILE
    if not os.path.lexists(path):
        return {}
    try:
        document = _read(path)
    except (_Unusable, _LeftAlone):
        return {}
    found: dict[int, tuple[date, date | None]] = {}
    entries = document.get("reminder")
    for entry in entries if isinstance(entries, list) else ():
        if not isinstance(entry, dict):
            continue
        number, since, until = entry.get("id"), entry.get("since"), entry.get("until")
        if (
            isinstance(number, int)
            and not isinstance(number, bool)
            and _is_date(since)
            and (until is None or (_is_date(until) and since <= until))
        ):
            found[number] = (since, until)
    return found


def _with_legacy_spans(
    plan: WeeklyPlan, spans: Mapping[int, tuple[date, date | None]]
) -> WeeklyPlan:
    """The plan with each reminder that has no span of its own given its old one."""
    if not spans:
        return plan
    reminders = tuple(
        replace(r, since=spans[r.id][0], until=spans[r.id][1])
        if r.since is None and r.until is None and r.id in spans
        else r
        for r in plan.reminders
    )
    return replace(plan, reminders=reminders)


def _is_date(value: object) -> TypeGuard[date]:
    return isinstance(value, date) and not isinstance(value, datetime)


def seen_path(paths: Paths) -> Path:
    return paths.data / SEEN_FILE


def load_last_seen(paths: Paths) -> datetime | None:
    """When the app last looked for due reminders, or None (never, or the file is unusable)."""
    try:
        document = _read(seen_path(paths))
    except (_Unusable, _LeftAlone):
        return None
    seen = document.get("seen")
    if isinstance(seen, datetime) and seen.utcoffset() is not None:
        return seen
    return None


def save_last_seen(paths: Paths, moment: datetime) -> Path:
    """Remember that the app looked at `moment` (aware); raises OSError when it cannot."""
    if moment.utcoffset() is None:
        raise ValueError(f"{moment} has no UTC offset")
    path = seen_path(paths)
    write_atomically(path, tomli_w.dumps({"seen": moment}).encode("utf-8"))
    return path


# -- reading ---------------------------------------------------------------------------------------


class _Unusable(Exception):
    """The whole file cannot be used: it is moved aside."""


class _LeftAlone(Exception):
    """Not damaged but not to be touched; the message finishes "The weekly plan file X ..."."""


def _read(path: Path) -> dict[str, Any]:
    """The file's TOML document, opened only when it is a regular file, without waiting (a
    named pipe would hold the start up forever)."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise _Unusable(
            translate("core.schedule.store", "it is a link to a file that does not exist")
        ) from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise _LeftAlone(
                translate("core.schedule.store", "is a link in a loop of links")
            ) from None
        raise _LeftAlone(_not_read(exc)) from None
    try:
        found = os.fstat(descriptor)
        if not stat.S_ISREG(found.st_mode):
            raise _LeftAlone(
                translate("core.schedule.store", "is {kind}, not a file").format(
                    kind=kind_of_file(found.st_mode)
                )
            )
        if found.st_size > MAX_FILE_BYTES:
            raise _Unusable(
                translate(
                    "core.schedule.store", "it is {size} bytes, far more than a weekly plan"
                ).format(size=_thousands(found.st_size))
            )
        data = os.read(descriptor, MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise _LeftAlone(_not_read(exc)) from None
    finally:
        os.close(descriptor)
    if len(data) > MAX_FILE_BYTES:
        raise _Unusable(
            translate(
                "core.schedule.store", "it grew past the size of a weekly plan while it was read"
            )
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _Unusable(translate("core.schedule.store", "it is not UTF-8 text")) from None
    if not text.strip():
        raise _Unusable(translate("core.schedule.store", "it is empty"))
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _Unusable(
            translate("core.schedule.store", "it is not valid TOML ({error})").format(error=exc)
        ) from None
    except (RecursionError, MemoryError, ValueError):
        raise _Unusable(
            translate(
                "core.schedule.store",
                "it is not valid TOML (nested too deeply, or a number too long)",
            )
        ) from None


def _thousands(number: int) -> str:
    """ "307,202"; German and Spanish group thousands with a point, "307.202"."""
    shown = f"{number:,}"
    return shown if current_language() == "en" else shown.replace(",", ".")


def _not_read(exc: OSError) -> str:
    return translate("core.schedule.store", "could not be read ({error})").format(
        error=exc.strerror or exc
    )


def _plan(document: Mapping[str, Any], path: Path) -> tuple[WeeklyPlan, str | None]:
    version = document.get("version", VERSION)
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise _Unusable(
            translate(
                "core.schedule.store", "its version must be a whole number from 1, not {version}"
            ).format(version=repr(version))
        )
    if version > VERSION:
        raise _LeftAlone(
            translate(
                "core.schedule.store",
                "was written by a newer version of Ankle Coach (version {version}; this one "
                "reads {known})",
            ).format(version=version, known=VERSION)
        )
    entries = document.get("reminders", [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise _Unusable(
            translate("core.schedule.store", "reminders must be a list of tables ([[reminders]])")
        )
    last_id = document.get("last_id", 0)
    if isinstance(last_id, bool) or not isinstance(last_id, int) or last_id < 0:
        last_id = 0  # the highest id in the file is used instead
    reminders: list[Reminder] = []
    kept: list[dict[str, Any]] = []
    problems: list[str] = []
    for number, entry in enumerate(entries, start=1):
        try:
            reminder = _reminder(entry)
            if any(r.id == reminder.id for r in reminders):
                raise ScheduleInputError(
                    "id",
                    translate("core.schedule.store", "{id} is used by another reminder").format(
                        id=reminder.id
                    ),
                )
        except ScheduleInputError as exc:
            kept.append(entry)
            problems.append(
                translate("core.schedule.store", "reminder {number}: {problem}").format(
                    number=number, problem=exc
                )
            )
            continue
        reminders.append(reminder)
        unknown = [key for key in entry if key not in _ENTRY_KEYS]
        if unknown:
            problems.append(
                translate(
                    "core.schedule.store", "reminder {number}: {keys} not known, ignored"
                ).format(number=number, keys=", ".join(unknown))
            )
    plan = WeeklyPlan(tuple(reminders), last_id, tuple(kept))
    unknown_top = [key for key in document if key not in ("version", "last_id", "reminders")]
    if unknown_top:
        problems.append(
            translate("core.schedule.store", "{keys} not known, ignored").format(
                keys=", ".join(unknown_top)
            )
        )
    if not problems:
        return plan, None
    message = (
        translate(
            "core.schedule.store",
            "Some of the weekly plan file {path} could not be used (left in the file as they "
            "are): {problems}.",
        )
        if kept
        else translate(
            "core.schedule.store",
            "Some of the weekly plan file {path} could not be used: {problems}.",
        )
    )
    return plan, message.format(path=path, problems="; ".join(problems))


def _reminder(entry: Mapping[str, Any]) -> Reminder:
    for key in ("id", "routine", "days", "at"):
        if key not in entry:
            raise ScheduleInputError(key, translate("core.schedule.store", "missing"))
    days = entry["days"]
    if not isinstance(days, list) or not all(isinstance(day, str) for day in days):
        raise ScheduleInputError(
            "days",
            translate("core.schedule.store", 'must be a list of days, e.g. ["mon", "wed", "fri"]'),
        )
    at = entry["at"]
    if isinstance(at, time):  # a TOML local time, 18:30:00
        at = time_key(at) if not (at.second or at.microsecond) else str(at)
    if not isinstance(at, str):
        raise ScheduleInputError(
            "at", translate("core.schedule.store", 'must be a time of day in quotes, e.g. "18:30"')
        )
    enabled = entry.get("enabled", True)
    if not isinstance(enabled, bool):
        raise ScheduleInputError(
            "enabled", translate("core.schedule.store", "must be true or false")
        )
    routine = entry["routine"]
    if not isinstance(routine, str):
        raise ScheduleInputError(
            "routine", translate("core.schedule.store", "must be a routine id in quotes")
        )
    since, until = entry.get("since"), entry.get("until")
    for key, value in (("since", since), ("until", until)):
        if value is not None and not _is_date(value):
            raise ScheduleInputError(
                key,
                translate("core.schedule.store", "must be a date without quotes, e.g. 2026-12-05"),
            )
    return Reminder(
        id=entry["id"],
        routine=routine,
        days=parse_days(",".join(days)),
        at=parse_time(at),
        enabled=enabled,
        since=since,
        until=until,
    )
