"""`ankle-coach handout ROUTINE -o FILE [--letter]`: the printable PDF of a routine.

Kept out of cli.py so that the other commands never import Qt; this one starts an offscreen
QGuiApplication (no display needed) when none is running.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from ankle_coach.core.guidance import GuidanceError
from ankle_coach.core.library import resolve
from ankle_coach.core.routine import RoutineError
from ankle_coach.core.safe_text import safe_line


def handout_command(
    reference: str, out: Path, page_size: str = "A4", *, stdout: TextIO | None = None
) -> int:
    """Write the handout of the routine `reference` (an id or a path) to `out`.

    Exit status 0 when written; 1 after printing to stderr why not, one problem a line, like
    the other commands.
    """
    shown = {"a4": "A4", "letter": "Letter"}.get(page_size.lower())
    if shown is None:
        print(safe_line(f"{page_size}: not a page size; use A4 or Letter"), file=sys.stderr)
        return 1
    try:
        entry = resolve(reference)
    except RoutineError as exc:
        for problem in exc.problems:
            print(safe_line(problem), file=sys.stderr)
        return 1

    from ankle_coach.core.savefile import write_atomically
    from ankle_coach.ui.handout.sheet import handout_pdf

    try:
        data, pages = handout_pdf(entry, None, page_size="Letter" if shown == "Letter" else "A4")
    except GuidanceError as exc:
        for problem in exc.problems:
            print(safe_line(problem), file=sys.stderr)
        return 1
    try:
        write_atomically(out, data)
    except OSError as exc:
        print(safe_line(f"{out}: cannot write the handout: {exc.strerror or exc}"), file=sys.stderr)
        return 1
    title = safe_line(entry.routine.title)
    said = f"{out}: the handout of {title!r}, {pages} page{'s' if pages != 1 else ''} ({shown})"
    (stdout or sys.stdout).write(safe_line(said) + "\n")
    return 0
