"""`ankle-coach handout ROUTINE -o FILE [--letter]`: the printable PDF of a routine.

Kept out of cli.py so that the other commands never import Qt; this one starts an offscreen
QGuiApplication (no display needed) when none is running, and installs the translators of the
language in use (--language, Settings or the environment: cli.py chose it), as the window does:
the sheet is drawn by Qt, in that language, with its date format.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from ankle_coach.core import i18n
from ankle_coach.core.guidance import GuidanceError
from ankle_coach.core.i18n import translate
from ankle_coach.core.library import resolve
from ankle_coach.core.routine import RoutineError
from ankle_coach.core.safe_text import safe_line


def handout_command(
    reference: str, out: Path, page_size: str = "A4", *, stdout: TextIO | None = None
) -> int:
    """Write the handout of the routine `reference` (an id or a path) to `out`.

    Exit status 0 when written; 1 after printing to stderr why not, one problem a line, like
    the other commands. A picture the sheet has to leave out is said on stderr too, one line
    each in `validate`'s form; the handout is written without it (status 0).
    """
    shown = {"a4": "A4", "letter": "Letter"}.get(page_size.lower())
    if shown is None:
        said = translate("commands.handout", "{size}: not a page size; use A4 or Letter")
        print(safe_line(said.format(size=page_size)), file=sys.stderr)
        return 1
    try:
        entry = resolve(reference)
    except RoutineError as exc:
        for problem in exc.problems:
            print(safe_line(problem), file=sys.stderr)
        return 1

    from ankle_coach.core.savefile import write_atomically
    from ankle_coach.ui.handout.pictures import pictures_left_out
    from ankle_coach.ui.handout.sheet import handout_pdf

    try:
        with _sheet_language():
            data, pages = handout_pdf(
                entry, None, page_size="Letter" if shown == "Letter" else "A4"
            )
            left_out = pictures_left_out(entry, None)
    except GuidanceError as exc:
        for problem in exc.problems:
            print(safe_line(problem), file=sys.stderr)
        return 1
    try:
        write_atomically(out, data)
    except OSError as exc:
        said = translate("commands.handout", "{path}: cannot write the handout: {reason}")
        print(safe_line(said.format(path=out, reason=exc.strerror or exc)), file=sys.stderr)
        return 1
    if pages == 1:
        said = translate(
            "commands.handout", "{path}: the handout of \u201c{title}\u201d, 1 page ({size})"
        )
    else:
        said = translate(
            "commands.handout", "{path}: the handout of \u201c{title}\u201d, {pages} pages ({size})"
        )
    for picture in left_out:  # written all the same: a card without its picture, said why
        problem = picture.problem
        why = translate("commands.handout", "left out of the handout: {why}")
        print(
            safe_line(f"{problem.path}: {problem.field}: {why.format(why=problem.message)}"),
            file=sys.stderr,
        )
    title = safe_line(entry.routine.title)  # in the language in use (core/library.py)
    done = said.format(path=out, title=title, pages=pages, size=shown)
    (stdout or sys.stdout).write(safe_line(done) + "\n")
    return 0


@contextmanager
def _sheet_language() -> Iterator[None]:
    """The window's translators (ours and Qt's) and the language's QLocale, in the language
    the command speaks, while the sheet is drawn; then as before (the command goes on in
    that language)."""
    from ankle_coach.ui import i18n as window_i18n
    from ankle_coach.ui.handout.sheet import ensure_gui_app

    app = ensure_gui_app()
    language = i18n.current_language()
    window_i18n.install(app, language)
    try:
        yield
    finally:
        window_i18n.uninstall(app)
        i18n.use(language)
