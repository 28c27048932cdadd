"""The handout's pictures: each exercise's, checked as the window checks it, and the ones the
sheet has to leave out, with why, so that whoever prints it is told (the command on stderr, the
window in a notice) instead of finding a card without its picture on paper."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ankle_coach.core.decoding import Problem
from ankle_coach.core.library import MISSING_PICTURE, LibraryEntry, picture_problems
from ankle_coach.core.routine import Routine
from ankle_coach.core.sharing.checks import name_shown, named_problem
from ankle_coach.ui.i18n import translate
from ankle_coach.ui.widgets.illustration import ImageError, Picture, find_image, load_picture


@dataclass(frozen=True)
class LeftOut:
    """A picture the handout is printed without."""

    #: The exercise's name, as the sheet prints it (in the language in use).
    exercise: str
    #: The routine's file (empty for a routine not read from one), the field
    #: (`exercises[N].image`) and why, as `ankle-coach validate` says it.
    problem: Problem


def sheet_picture(path: Path | None) -> Picture | None:
    """The exercise's picture, checked as the window checks it; None (a card without a picture)
    for one that cannot be used: the handout of a routine is still printed."""
    try:
        return _checked_picture(path)
    except ImageError:
        return None


def pictures_left_out(source: LibraryEntry | Routine, folder: Path | None) -> list[LeftOut]:
    """Every exercise that names a picture the sheet cannot print, in order, with why: the
    library's own checks' words when they found it (missing, refused), else Qt's reason.

    `folder` is where the pictures are looked up, as for the sheet (the entry's folder when
    None; built-in illustrations only for a Routine)."""
    if isinstance(source, LibraryEntry):
        routine, shown = source.routine, str(source.path)
        if folder is None or folder == source.folder:
            # the checks the overview already made (and kept): every picture read once
            folder, checked = source.folder, source.picture_problems
        else:
            checked = picture_problems(source.original, folder, shown)
    else:
        routine, shown = source, ""
        checked = picture_problems(source, folder, shown)
    said = {problem.field: problem.message for problem in checked}
    left_out: list[LeftOut] = []
    for index, exercise in enumerate(routine.exercises):
        if not exercise.image:
            continue
        field = f"exercises[{index}].image"
        try:
            _checked_picture(find_image(exercise.image, folder))
        except ImageError as exc:
            why = said.get(field) or named_problem(name_shown(exercise.image), exc.message)
            left_out.append(LeftOut(exercise.name, Problem(shown, field, why)))
    return left_out


def _checked_picture(path: Path | None) -> Picture:
    """Raises ImageError for a picture the sheet cannot draw (a missing one included)."""
    if path is None:
        raise ImageError(Path(), translate("core.library", MISSING_PICTURE))
    picture = load_picture(path)
    if not picture.is_svg:
        picture.decoded()  # here, not while painting the page
    return picture
