"""`ankle-coach import` and `ankle-coach export`: the File menu's sharing, from a shell.

The same checks as the window's (core/sharing/ does them) and the same words, printed the
way `validate` prints: one line per reason, "PATH: field: message". Exit status 0 when done,
1 when refused or when a file could not be read or written; never a traceback. A routine of
the same id already in My routines is never replaced unless --replace says so.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from ankle_coach.core.paths import Paths
from ankle_coach.core.routine import Problem, RoutineError
from ankle_coach.core.safe_text import safe_line

if TYPE_CHECKING:
    from ankle_coach.core.sharing.importing import OnConflict


def _cannot(err: TextIO, exc: OSError, fallback: Path, doing: str) -> int:
    """An OSError as one line naming the file it happened to."""
    where = exc.filename if exc.filename else fallback
    err.write(safe_line(f"{where}: cannot {doing}: {exc.strerror or exc}") + "\n")
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
) -> int:
    """Import a routine package or routine file into My routines.

    `on_conflict`: "ask" (the default) refuses when My routines already has a routine of that
    id and says which flag to use; "replace" replaces it; "rename" keeps both.
    """
    from ankle_coach.core.sharing.importing import ImportStatus, import_routine

    out = out if out is not None else sys.stdout
    err = err if err is not None else sys.stderr
    folder = (paths if paths is not None else Paths.default()).user_routines
    try:
        result = import_routine(
            path,
            folder,
            on_conflict=on_conflict,
        )
    except OSError as exc:
        return _cannot(err, exc, folder, "import the routine into My routines")
    if result.status is ImportStatus.REFUSED:
        return _problems(err, result.problems)
    if result.status is ImportStatus.CONFLICT:
        err.write(
            safe_line(
                f"{path}: My routines already has \u201c{result.routine_id}\u201d "
                f"({result.path}); nothing was changed. Use --replace to replace it, or "
                f"--keep-both to keep both (the new one as \u201c{result.suggested_id}\u201d)."
            )
            + "\n"
        )
        return 1
    for warning in result.warnings:
        err.write(safe_line(warning) + "\n")
    replaced = " (it replaced the one there before)" if result.replaced else ""
    out.write(
        safe_line(f"Imported into My routines as {result.routine_id}: {result.path}{replaced}")
        + "\n"
    )
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
        return _cannot(err, exc, Path(reference), "read the routine")
    if target.is_dir():
        target = target / package_name_for(entry)
    try:
        written = export_routine(entry, None, target)
    except RoutineError as exc:
        return _problems(err, exc.problems)
    except OSError as exc:
        return _cannot(err, exc, target, "write the routine package")
    out.write(
        safe_line(
            f"Exported \u201c{entry.routine.title}\u201d to {written}: one file to send as it is."
        )
        + "\n"
    )
    return 0
