"""`ankle-coach list`, `validate`, `plan` and `cues`: the routine commands (`run` is in run.py).

Each imports what it needs when it runs, so a command loads no more than it uses (and the app,
started with no command, loads Qt first)."""

from __future__ import annotations

import errno
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from ankle_coach.core.i18n import QT_TRANSLATE_NOOP, translate
from ankle_coach.core.safe_text import safe_json, safe_line
from ankle_coach.core.words import clock_text, timetable

if TYPE_CHECKING:
    from ankle_coach.core.choices import SessionChoices
    from ankle_coach.core.library import LibraryEntry
    from ankle_coach.core.settings import Settings


#: Where a routine came from, as `list` says it (its JSON keeps the machine names).
ORIGIN_WORDS = {
    "built-in": QT_TRANSLATE_NOOP("commands.routines", "built-in"),
    "my routines": QT_TRANSLATE_NOOP("commands.routines", "my routines"),
    "file": QT_TRANSLATE_NOOP("commands.routines", "file"),
    "unsaved": QT_TRANSLATE_NOOP("commands.routines", "unsaved"),
}


def list_command(out: TextIO, *, as_json: bool) -> int:
    from ankle_coach.core.library import load_library
    from ankle_coach.core.plan import total_seconds

    library = load_library()
    rows = [
        {
            "id": entry.id,
            "title": entry.routine.title,
            "total_seconds": total_seconds(entry.routine),
            "origin": str(entry.origin),
            "path": str(entry.path),
            "tags": list(entry.routine.tags),
        }
        for entry in library.entries
    ]
    problems = [{"path": p.path, "field": p.field, "message": p.message} for p in library.problems]
    if as_json:
        out.write(safe_json({"routines": rows, "errors": problems}) + "\n")
        return 0
    # text from routine files reaches the terminal with no control character (core/safe_text.py)
    for row in rows:
        origin = str(row["origin"])
        row["origin"] = translate("commands.routines", ORIGIN_WORDS.get(origin, origin))
        row.update({key: safe_line(row[key]) for key in ("id", "title", "origin")})
    heading = (
        translate("commands.routines", "ID"),
        translate("commands.routines", "TITLE"),
        translate("commands.routines", "TIME"),
        translate("commands.routines", "FROM"),
    )
    id_width = max((len(str(row["id"])) for row in rows), default=0)
    id_width = max(id_width, len(heading[0]))
    title_width = max((len(str(row["title"])) for row in rows), default=0)
    title_width = max(title_width, len(heading[1]))
    time_width = max(7, len(heading[2]))
    out.write(
        f"{heading[0]:<{id_width}}  {heading[1]:<{title_width}}  {heading[2]:>{time_width}}  "
        f"{heading[3]}\n"
    )
    for row in rows:
        total = clock_text(float(str(row["total_seconds"])))
        out.write(
            f"{row['id']!s:<{id_width}}  {row['title']!s:<{title_width}}  "
            f"{total:>{time_width}}  {row['origin']}\n"
        )
    if library.problems:
        files = len({problem.path for problem in library.problems})  # a file may have several
        if files == 1:
            said = translate("commands.routines", "{count} routine file could not be loaded:")
        else:
            said = translate("commands.routines", "{count} routine files could not be loaded:")
        out.write("\n" + said.format(count=files) + "\n")
        for problem in library.problems:
            out.write(f"  {safe_line(problem)}\n")
    return 0


def validate_command(out: TextIO, paths: Sequence[Path]) -> int:
    from ankle_coach.core.library import load_files

    library = load_files(paths)
    # A picture that cannot be shown is a problem too (the routine still loads and runs).
    problems = [*library.problems, *(p for e in library.entries for p in e.picture_problems)]
    for problem in problems:
        out.write(f"{safe_line(problem)}\n")
    return 1 if problems else 0


def resolve_or_say(reference: str) -> LibraryEntry | None:
    """The routine, or None after printing its problems to stderr."""
    from ankle_coach.core.library import resolve
    from ankle_coach.core.routine import RoutineError

    try:
        return resolve(reference)
    except RoutineError as exc:
        for problem in exc.problems:
            print(safe_line(problem), file=sys.stderr)
        return None


def user_settings(*, defaults: bool) -> Settings:
    """The user's settings, as the window reads them; the defaults with `--defaults`. What
    could not be used in the settings file is said on stderr, and the rest is used."""
    from ankle_coach.core.paths import Paths
    from ankle_coach.core.settings import Settings, load_settings

    if defaults:
        return Settings()
    settings, message = load_settings(Paths.default())
    if message:
        print(safe_line(message), file=sys.stderr)
    return settings


def user_choices(*, defaults: bool) -> SessionChoices:
    """The Plan options, the voice and the sound of the user's settings (core/choices.py)."""
    from ankle_coach.core.choices import session_choices

    return session_choices(user_settings(defaults=defaults))


def plan_command(out: TextIO, reference: str, *, as_json: bool, defaults: bool = False) -> int:
    from ankle_coach.core.plan import compile_plan

    entry = resolve_or_say(reference)
    if entry is None:
        return 1
    plan = compile_plan(entry.routine, user_choices(defaults=defaults).plan_options)
    if as_json:
        out.write(safe_json(plan.to_dict(entry.id)) + "\n")
    else:
        out.write(timetable(plan))
    return 0


def cues_command(out: TextIO, reference: str, folder: Path, *, defaults: bool = False) -> int:
    from ankle_coach.core.plan import compile_plan
    from ankle_coach.speech import (
        CacheUnwritable,
        CueCache,
        Pyttsx3Renderer,
        SpeechUnavailable,
        VoiceSettings,
    )
    from ankle_coach.speech.manifest import MANIFEST, write_cue_files

    entry = resolve_or_say(reference)
    if entry is None:
        return 1
    choices = user_choices(defaults=defaults)
    settings = VoiceSettings(**choices.voice)
    plan = compile_plan(entry.routine, choices.plan_options)

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            said = translate("commands.routines", "Rendering cues: {done}/{total}")
            sys.stderr.write("\r" + said.format(done=done, total=total))
            sys.stderr.flush()

    try:
        entries = write_cue_files(
            plan, folder, Pyttsx3Renderer(CueCache.default()), settings, progress
        )
    except CacheUnwritable as exc:  # a full or read-only cache: not the speech engine's fault
        print(safe_line(exc.reason), file=sys.stderr)
        return 1
    except SpeechUnavailable as exc:
        said = translate("commands.routines", "No voice: {reason}").format(reason=exc.reason)
        print(safe_line(said), file=sys.stderr)
        return 1
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            said = translate("commands.routines", "{path}: no space left on device")
        else:
            said = translate("commands.routines", "{path}: cannot write the cue files: {reason}")
        print(safe_line(said.format(path=folder, reason=exc.strerror or exc)), file=sys.stderr)
        return 1
    if sys.stderr.isatty():
        sys.stderr.write("\n")
    speech = sum(entry["duration"] for entry in entries)
    said = translate(
        "commands.routines",
        "{count} cues of \u201c{title}\u201d ({seconds} s of speech) in {folder}; see {manifest}",
    )
    out.write(
        said.format(
            count=len(entries),
            title=safe_line(entry.routine.title),
            seconds=f"{speech:.0f}",
            folder=folder,
            manifest=folder / MANIFEST,
        )
        + "\n"
    )
    return 0
