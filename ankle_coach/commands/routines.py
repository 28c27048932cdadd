"""`ankle-coach list`, `validate`, `plan` and `cues`: the routine commands (`run` is in run.py).

Each imports what it needs when it runs, so a command loads no more than it uses (and the app,
started with no command, loads Qt first)."""

from __future__ import annotations

import errno
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from ankle_coach.core.safe_text import safe_json, safe_line
from ankle_coach.core.words import clock_text, timetable

if TYPE_CHECKING:
    from ankle_coach.core.choices import SessionChoices
    from ankle_coach.core.library import LibraryEntry
    from ankle_coach.core.settings import Settings


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
        row.update({key: safe_line(row[key]) for key in ("id", "title", "origin")})
    id_width = max((len(str(row["id"])) for row in rows), default=2)
    title_width = max((len(str(row["title"])) for row in rows), default=5)
    out.write(f"{'ID':<{id_width}}  {'TITLE':<{title_width}}  {'TIME':>7}  FROM\n")
    for row in rows:
        total = clock_text(float(str(row["total_seconds"])))
        out.write(
            f"{row['id']!s:<{id_width}}  {row['title']!s:<{title_width}}  {total:>7}  "
            f"{row['origin']}\n"
        )
    if library.problems:
        files = len({problem.path for problem in library.problems})  # a file may have several
        out.write(f"\n{files} routine file(s) could not be loaded:\n")
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
            sys.stderr.write(f"\rRendering cues: {done}/{total}")
            sys.stderr.flush()

    try:
        entries = write_cue_files(
            plan, folder, Pyttsx3Renderer(CueCache.default()), settings, progress
        )
    except CacheUnwritable as exc:  # a full or read-only cache: not the speech engine's fault
        print(safe_line(exc.reason), file=sys.stderr)
        return 1
    except SpeechUnavailable as exc:
        print(safe_line(f"No voice: {exc.reason}"), file=sys.stderr)
        return 1
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            said = "no space left on device"
        else:
            said = f"cannot write the cue files: {exc.strerror or exc}"
        print(safe_line(f"{folder}: {said}"), file=sys.stderr)
        return 1
    if sys.stderr.isatty():
        sys.stderr.write("\n")
    speech = sum(entry["duration"] for entry in entries)
    out.write(
        f"{len(entries)} cues of {safe_line(entry.routine.title)!r} ({speech:.0f} s of speech) "
        f"in {folder}; see {folder / MANIFEST}\n"
    )
    return 0
