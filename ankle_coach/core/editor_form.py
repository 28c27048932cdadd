"""The routine editor's document, without Qt: what its inputs hold, as plain values, and how
that becomes a Routine (checked with the routine file's own rules) and back.

A RoutineForm keeps every input, also those of the kinds not chosen (switching from reps to a
hold and back keeps the numbers); `check` turns it into the Routine it stands for, or the
validator's problems with it, each placed at its input by `problem_place`.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, Literal

import msgspec

from ankle_coach.core.images import find_image, illustrations_dir
from ankle_coach.core.plan import fitting_lead_in
from ankle_coach.core.routine import (
    FORMAT,
    Exercise,
    Problem,
    Routine,
    RoutineError,
    routine_from_mapping,
)
from ankle_coach.core.words import prescription_text

CLOCKWISE: Final = ("clockwise", "counter-clockwise")

Kind = Literal["hold", "reps", "duration", "manual"]
KIND_NAMES: Final[dict[str, str]] = {
    "hold": "Hold for a time",
    "reps": "Repetitions",
    "duration": "For a time (moving)",
    "manual": "At own pace (waits for Done)",
}
SIDES_NAMES: Final[dict[str, tuple[str, tuple[str, ...]]]] = {
    "none": ("Not sided", ()),
    "each": ("Each side (left, then right)", ("left", "right")),
    "each-right-first": ("Each side (right, then left)", ("right", "left")),
    "left": ("Left only", ("left",)),
    "right": ("Right only", ("right",)),
}
DIRECTIONS_NAMES: Final[dict[str, str]] = {
    "none": "None",
    "circles": "Clockwise, then counter-clockwise",
    "custom": "Custom\u2026",
}
NO_IMAGE: Final = ""
UNSAVED_PATH: Final = "(unsaved routine)"


@dataclass(frozen=True)
class ExerciseForm:
    """One exercise as the editor shows it, including inputs of the kinds not chosen (so that
    switching from reps to hold and back keeps the numbers)."""

    name: str = "Exercise"
    instructions: str = ""
    cue: str = ""
    image: str = NO_IMAGE
    #: A file chosen from the disk, copied next to the routine (as `image`) when it is saved.
    image_source: str = ""
    sides: str = "none"
    directions: str = "none"
    custom_directions: str = ""
    sets: int = 1
    kind: str = "hold"
    hold_seconds: float = 30.0
    reps: int = 10
    rep_seconds: float = 2.0
    duration_seconds: float = 60.0
    rest_seconds: float = 0.0
    switch_seconds: float = 5.0


@dataclass(frozen=True)
class RoutineForm:
    title: str = "New routine"
    summary: str = ""
    lead_in_seconds: float = 5.0
    rest_between_exercises_seconds: float = 15.0
    tags: str = ""
    exercises: tuple[ExerciseForm, ...] = (ExerciseForm(name="Exercise 1"),)


def _words(text: str) -> list[str]:
    """A comma-separated list as typed: blanks between commas are left out."""
    return [word.strip() for word in text.split(",") if word.strip()]


def exercise_form(exercise: Exercise, image_source: str = "") -> ExerciseForm:
    sides = next(
        (key for key, (_, value) in SIDES_NAMES.items() if value == exercise.sides), "each"
    )
    if not exercise.directions:
        directions, custom = "none", ""
    elif exercise.directions == CLOCKWISE:
        directions, custom = "circles", ""
    else:
        directions, custom = "custom", ", ".join(exercise.directions)
    base = ExerciseForm()
    kind: Kind = "manual"
    if exercise.hold_seconds is not None:
        kind = "hold"
    elif exercise.reps is not None:
        kind = "reps"
    elif exercise.duration_seconds is not None:
        kind = "duration"
    return ExerciseForm(
        name=exercise.name,
        instructions=exercise.instructions,
        cue=exercise.cue,
        image=exercise.image,
        image_source=image_source,
        sides=sides,
        directions=directions,
        custom_directions=custom,
        sets=exercise.sets,
        kind=kind,
        hold_seconds=exercise.hold_seconds or base.hold_seconds,
        reps=exercise.reps or base.reps,
        rep_seconds=exercise.tempo_seconds,
        duration_seconds=exercise.duration_seconds or base.duration_seconds,
        rest_seconds=exercise.rest_seconds,
        switch_seconds=exercise.switch_seconds,
    )


def routine_form(routine: Routine, image_folder: Path | None = None) -> RoutineForm:
    """The form for `routine`. Images found in `image_folder` (not built-in ones) are marked to
    be copied at save, for a routine saved into another folder than its own."""

    def source(name: str) -> str:
        if not name or image_folder is None or (illustrations_dir() / name).is_file():
            return ""
        found = find_image(name, image_folder)
        return str(found) if found is not None else ""

    return RoutineForm(
        title=routine.title,
        summary=routine.summary,
        lead_in_seconds=routine.lead_in_seconds,
        rest_between_exercises_seconds=routine.rest_between_exercises_seconds,
        tags=", ".join(routine.tags),
        exercises=tuple(exercise_form(e, source(e.image)) for e in routine.exercises),
    )


def exercise_mapping(form: ExerciseForm) -> dict[str, Any]:
    """The [[exercises]] table the form stands for, as TOML would decode it."""
    raw: dict[str, Any] = {"name": form.name, "instructions": form.instructions, "cue": form.cue}
    if form.image:
        raw["image"] = form.image
    raw["sides"] = list(SIDES_NAMES.get(form.sides, SIDES_NAMES["none"])[1])
    if form.directions == "circles":
        raw["directions"] = list(CLOCKWISE)
    elif form.directions == "custom":
        raw["directions"] = _words(form.custom_directions)
    raw["sets"] = form.sets
    if form.kind == "hold":
        raw["hold_seconds"] = form.hold_seconds
    elif form.kind == "reps":
        raw["reps"] = form.reps
        raw["rep_seconds"] = form.rep_seconds
    elif form.kind == "duration":
        raw["duration_seconds"] = form.duration_seconds
    else:
        raw["manual"] = True
    raw["rest_seconds"] = form.rest_seconds
    raw["switch_seconds"] = form.switch_seconds
    return raw


def routine_mapping(form: RoutineForm) -> dict[str, Any]:
    """The routine file the form stands for, as TOML would decode it."""
    return {
        "format": FORMAT,
        "title": form.title,
        "summary": form.summary,
        "lead_in_seconds": form.lead_in_seconds,
        "rest_between_exercises_seconds": form.rest_between_exercises_seconds,
        "tags": _words(form.tags),
        "exercises": [exercise_mapping(exercise) for exercise in form.exercises],
    }


def check(form: RoutineForm) -> tuple[Routine | None, tuple[Problem, ...]]:
    """The routine, or the validator's problems with it."""
    try:
        return routine_from_mapping(routine_mapping(form), UNSAVED_PATH), ()
    except RoutineError as exc:
        return None, exc.problems


#: What the editor calls each field of a routine file, for its Problems list.
ROUTINE_LABELS: Final[dict[str, str]] = {
    "format": "Format",
    "title": "Title",
    "summary": "Summary",
    "lead_in_seconds": "Lead-in",
    "rest_between_exercises_seconds": "Rest between exercises",
    "tags": "Tags",
    "exercises": "Exercises",
}
EXERCISE_LABELS: Final[dict[str, str]] = {
    "name": "Name",
    "instructions": "Instructions",
    "cue": "Custom cue",
    "image": "Illustration",
    "sides": "Sides",
    "directions": "Directions",
    "sets": "Sets",
    "hold_seconds": "Hold",
    "reps": "Reps",
    "rep_seconds": "Seconds per rep",
    "duration_seconds": "Duration",
    "manual": "How it is done",
    "rest_seconds": "Rest between sets",
    "switch_seconds": "Switch time",
}


def problem_label(problem: Problem) -> str:
    """A problem as the editor's Problems list says it, by the labels of its inputs:
    "Exercise 2, Name: must not be empty" (a file's field path is for files: see problem_text)."""
    index, field = problem_place(problem)
    if index is None:
        where = ROUTINE_LABELS.get(field, field)
    else:
        where = f"Exercise {index + 1}"
        if field:
            where += f", {EXERCISE_LABELS.get(field, field)}"
    return f"{where}: {problem.message}" if where else problem.message


def problem_text(problem: Problem) -> str:
    """ "exercises[1].hold_seconds: must be between 1 and 600 seconds, not 0"."""
    return f"{problem.field}: {problem.message}" if problem.field else problem.message


_EXERCISE_FIELD = re.compile(r"^exercises\[(?P<index>\d+)\](?:\.(?P<field>\w+))?")


def problem_place(problem: Problem) -> tuple[int | None, str]:
    """Where a problem is: (exercise index or None for the routine, field name or "")."""
    if match := _EXERCISE_FIELD.match(problem.field):
        return int(match["index"]), match["field"] or ""
    return None, re.split(r"[.\[]", problem.field, maxsplit=1)[0]


def new_routine_form() -> RoutineForm:
    """A new routine: one exercise, and a lead-in long enough for its get-ready."""
    form = RoutineForm()
    routine, _ = check(form)
    if routine is None:  # never: the default form is a valid routine
        return form
    return dataclasses.replace(form, lead_in_seconds=float(fitting_lead_in(routine)))


#: Added to a copy's title: the library lists the copy and the routine it came from apart.
MY_VERSION: Final = " (my version)"
COPY: Final = " (copy)"


def copy_form(form: RoutineForm, *, of_builtin: bool) -> RoutineForm:
    """The form of a copy: its own title ("Standing calf stretch (my version)" for a built-in
    routine, "... (copy)" for one's own), and the summary of a built-in marked as edited."""
    mark = MY_VERSION if of_builtin else COPY
    title = form.title.strip()
    if not title.endswith(mark):
        title = title[: TITLE_LENGTH - len(mark)].rstrip() + mark
    summary = form.summary
    if of_builtin:
        note = f"Edited from the built-in routine \u201c{form.title.strip()}\u201d."
        summary = f"{summary.rstrip()}\n\n{note}" if summary.strip() else note
        summary = summary[:SUMMARY_LENGTH]
    return dataclasses.replace(form, title=title, summary=summary)


#: The longest title and summary a routine file may have (Routine's fields).
TITLE_LENGTH: Final = 120
SUMMARY_LENGTH: Final = 1000


@dataclass(frozen=True)
class Snapshot:
    """The document at one moment, and which exercise is chosen: what undo and redo restore."""

    form: RoutineForm
    current: int


def exercise_prescription(form: ExerciseForm) -> str:
    """ "3 \u00d7 30 s hold, each side" for the exercise, or "" while it breaks a rule."""
    try:
        exercise = msgspec.convert(exercise_mapping(form), Exercise)
    except msgspec.ValidationError:
        return ""
    return prescription_text(exercise)


#: Fields whose change shows or hides other inputs: each is an undo step of its own.
CHOICE_FIELDS: Final = frozenset({"kind", "directions", "sides", "image", "image_source"})


def with_exercise_fields(form: RoutineForm, index: int, **fields: Any) -> RoutineForm:
    """`form` with those fields of exercise `index` changed."""
    exercises = list(form.exercises)
    exercises[index] = dataclasses.replace(exercises[index], **fields)
    return dataclasses.replace(form, exercises=tuple(exercises))


def rows_moved(
    exercises: tuple[ExerciseForm, ...], start: int, end: int, row: int
) -> tuple[list[ExerciseForm], int]:
    """The exercises after rows `start`..`end` were dropped before `row` (as a list view moves
    them), and where the first of them is now."""
    moved_list = list(exercises)
    target = row if row < start else row - (end - start + 1)
    moved = moved_list[start : end + 1]
    del moved_list[start : end + 1]
    moved_list[target:target] = moved
    return moved_list, target


def own_images(form: RoutineForm, builtin: list[str]) -> list[str]:
    """The `image` values of the form that are not built-in illustrations, sorted."""
    return sorted({e.image for e in form.exercises if e.image and e.image not in builtin})


def builtin_illustrations() -> list[str]:
    """The file names of the built-in illustrations, sorted."""
    return sorted(path.name for path in illustrations_dir().glob("*.svg"))
