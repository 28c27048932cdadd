"""The routine editor's document, without Qt: what its inputs hold, as plain values, and how
that becomes a Routine (checked with the routine file's own rules) and back.

A RoutineForm keeps every input, also those of the kinds not chosen (switching from reps to a
hold and back keeps the numbers); `check` turns it into the Routine it stands for, or the
validator's problems with it, each placed at its input by `problem_place`.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, Literal, TypeVar

import msgspec

from ankle_coach.core.i18n import NATIVE_NAMES, QT_TRANSLATE_NOOP, language_of, translate, using
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
from ankle_coach.core.routine_translations import ExerciseTexts, RoutineTexts, texts_document
from ankle_coach.core.words import prescription_text

CLOCKWISE: Final = ("clockwise", "counter-clockwise")

Kind = Literal["hold", "reps", "duration", "manual"]
#: The choices' names (shown with `translate("core.editor_form", name)`).
KIND_NAMES: Final[dict[str, str]] = {
    "hold": QT_TRANSLATE_NOOP("core.editor_form", "Hold for a time"),
    "reps": QT_TRANSLATE_NOOP("core.editor_form", "Repetitions"),
    "duration": QT_TRANSLATE_NOOP("core.editor_form", "For a time (moving)"),
    "manual": QT_TRANSLATE_NOOP("core.editor_form", "At own pace (waits for Done)"),
}
SIDES_NAMES: Final[dict[str, tuple[str, tuple[str, ...]]]] = {
    "none": (QT_TRANSLATE_NOOP("core.editor_form", "Not sided"), ()),
    "each": (
        QT_TRANSLATE_NOOP("core.editor_form", "Each side (left, then right)"),
        ("left", "right"),
    ),
    "each-right-first": (
        QT_TRANSLATE_NOOP("core.editor_form", "Each side (right, then left)"),
        ("right", "left"),
    ),
    "left": (QT_TRANSLATE_NOOP("core.editor_form", "Left only"), ("left",)),
    "right": (QT_TRANSLATE_NOOP("core.editor_form", "Right only"), ("right",)),
}
DIRECTIONS_NAMES: Final[dict[str, str]] = {
    "none": QT_TRANSLATE_NOOP("core.editor_form", "None"),
    "circles": QT_TRANSLATE_NOOP("core.editor_form", "Clockwise, then counter-clockwise"),
    "custom": QT_TRANSLATE_NOOP("core.editor_form", "Custom\u2026"),
}
NO_IMAGE: Final = ""
#: The path a routine not saved yet is named by in its problems (the editor shows their labels).
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
    #: Its texts in other languages, as the file holds them (core/routine_translations.py).
    translations: Mapping[str, ExerciseTexts] = dataclasses.field(default_factory=dict)


@dataclass(frozen=True)
class RoutineForm:
    title: str = "New routine"
    summary: str = ""
    lead_in_seconds: float = 5.0
    rest_between_exercises_seconds: float = 15.0
    tags: str = ""
    exercises: tuple[ExerciseForm, ...] = (ExerciseForm(name="Exercise 1"),)
    #: The title and summary in other languages, as the file holds them.
    translations: Mapping[str, RoutineTexts] = dataclasses.field(default_factory=dict)


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
        translations=dict(exercise.translations),
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
        translations=dict(routine.translations),
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
    if form.translations:
        raw["translations"] = _translations_mapping(form.translations)
    return raw


def _translations_mapping(
    translations: Mapping[str, RoutineTexts] | Mapping[str, ExerciseTexts],
) -> dict[str, dict[str, Any]]:
    return {language: texts_document(texts) for language, texts in translations.items()}


def routine_mapping(form: RoutineForm) -> dict[str, Any]:
    """The routine file the form stands for, as TOML would decode it."""
    raw: dict[str, Any] = {
        "format": FORMAT,
        "title": form.title,
        "summary": form.summary,
        "lead_in_seconds": form.lead_in_seconds,
        "rest_between_exercises_seconds": form.rest_between_exercises_seconds,
        "tags": _words(form.tags),
        "exercises": [exercise_mapping(exercise) for exercise in form.exercises],
    }
    if form.translations:
        raw["translations"] = _translations_mapping(form.translations)
    return raw


def check(form: RoutineForm) -> tuple[Routine | None, tuple[Problem, ...]]:
    """The routine, or the validator's problems with it."""
    try:
        return routine_from_mapping(routine_mapping(form), UNSAVED_PATH), ()
    except RoutineError as exc:
        return None, exc.problems


#: What the editor calls each field of a routine file, for its Problems list (shown with
#: `translate("core.editor_form", label)`).
ROUTINE_LABELS: Final[dict[str, str]] = {
    "format": QT_TRANSLATE_NOOP("core.editor_form", "Format"),
    "title": QT_TRANSLATE_NOOP("core.editor_form", "Title"),
    "summary": QT_TRANSLATE_NOOP("core.editor_form", "Summary"),
    "lead_in_seconds": QT_TRANSLATE_NOOP("core.editor_form", "Lead-in"),
    "rest_between_exercises_seconds": QT_TRANSLATE_NOOP(
        "core.editor_form", "Rest between exercises"
    ),
    "tags": QT_TRANSLATE_NOOP("core.editor_form", "Tags"),
    "exercises": QT_TRANSLATE_NOOP("core.editor_form", "Exercises"),
    "translations": QT_TRANSLATE_NOOP("core.editor_form", "Translations"),
}
EXERCISE_LABELS: Final[dict[str, str]] = {
    "name": QT_TRANSLATE_NOOP("core.editor_form", "Name"),
    "instructions": QT_TRANSLATE_NOOP("core.editor_form", "Instructions"),
    "cue": QT_TRANSLATE_NOOP("core.editor_form", "Custom cue"),
    "image": QT_TRANSLATE_NOOP("core.editor_form", "Illustration"),
    "sides": QT_TRANSLATE_NOOP("core.editor_form", "Sides"),
    "directions": QT_TRANSLATE_NOOP("core.editor_form", "Directions"),
    "sets": QT_TRANSLATE_NOOP("core.editor_form", "Sets"),
    "hold_seconds": QT_TRANSLATE_NOOP("core.editor_form", "Hold"),
    "reps": QT_TRANSLATE_NOOP("core.editor_form", "Reps"),
    "rep_seconds": QT_TRANSLATE_NOOP("core.editor_form", "Seconds per rep"),
    "duration_seconds": QT_TRANSLATE_NOOP("core.editor_form", "Duration"),
    "manual": QT_TRANSLATE_NOOP("core.editor_form", "How it is done"),
    "rest_seconds": QT_TRANSLATE_NOOP("core.editor_form", "Rest between sets"),
    "switch_seconds": QT_TRANSLATE_NOOP("core.editor_form", "Switch time"),
    "translations": QT_TRANSLATE_NOOP("core.editor_form", "Translations"),
}


def language_name(language: str) -> str:
    """A language as the editor names it: "Deutsch" for "de"; a code the app does not speak
    as it stands ("fr")."""
    known = language_of(language)
    return NATIVE_NAMES[known] if known is not None and known == language else language


def problem_label(problem: Problem) -> str:
    """A problem as the editor's Problems list says it, by the labels of its inputs:
    "Exercise 2, Name: must not be empty", "Exercise 1, Custom cue (Deutsch): must not be
    blank; ..." (a file's field path is for files: see problem_text)."""
    index, field = problem_place(problem)
    language = problem_language(problem)
    label = ""
    if index is None:
        if field:
            label = translate("core.editor_form", ROUTINE_LABELS.get(field, field))
    elif field:
        label = translate("core.editor_form", EXERCISE_LABELS.get(field, field))
    if label and language is not None:
        label = translate("core.editor_form", "{label} ({language})").format(
            label=label, language=language_name(language)
        )
    if index is None:
        where = label
    elif label:
        where = translate("core.editor_form", "Exercise {number}, {label}").format(
            number=index + 1, label=label
        )
    else:
        where = translate("core.editor_form", "Exercise {number}").format(number=index + 1)
    if not where:
        return problem.message
    return translate("core.editor_form", "{where}: {message}").format(
        where=where, message=problem.message
    )


def problem_text(problem: Problem) -> str:
    """ "exercises[1].hold_seconds: must be between 1 and 600 seconds, not 0"."""
    return f"{problem.field}: {problem.message}" if problem.field else problem.message


_EXERCISE_FIELD = re.compile(r"^exercises\[(?P<index>\d+)\](?:\.(?P<field>\w+))?")
#: A translation's field: `translations.de.title`, `exercises[0].translations.de.cue`.
_TRANSLATED = re.compile(
    r"^(?:exercises\[\d+\]\.)?translations\.(?P<language>[^.]+)(?:\.(?P<field>\w+))?"
)


def problem_place(problem: Problem) -> tuple[int | None, str]:
    """Where a problem is: (exercise index or None for the routine, field name or ""). A
    translation's field is placed at the field it translates (its language: problem_language);
    a translations table as a whole at "translations"."""
    translated = _TRANSLATED.match(problem.field)
    index: int | None = None
    if match := _EXERCISE_FIELD.match(problem.field):
        index = int(match["index"])
    if translated is not None:
        return index, translated["field"] or "translations"
    if match is not None:
        return index, match["field"] or ""
    return None, re.split(r"[.\[]", problem.field, maxsplit=1)[0]


def problem_language(problem: Problem) -> str | None:
    """The language of the translation a problem is in ("de"), or None (the English texts, or
    not a text)."""
    translated = _TRANSLATED.match(problem.field)
    return translated["language"] if translated is not None else None


# -- one language at a time: the editor shows English ("en") or one translation in the same
# text inputs; each of these reads or writes the text of one input in one language.

#: The routine's and an exercise's inputs that hold text a file may translate.
ROUTINE_TEXT_INPUTS: Final = ("title", "summary")
EXERCISE_TEXT_INPUTS: Final = ("name", "instructions", "cue", "custom_directions")


def form_languages(form: RoutineForm) -> tuple[str, ...]:
    """The languages the form has any text in, besides English, sorted."""
    found = set(form.translations)
    for exercise in form.exercises:
        found.update(exercise.translations)
    return tuple(sorted(found))


def routine_text(form: RoutineForm, language: str, name: str) -> str:
    """The routine's `name` input ("title", "summary") in `language`: "" when not translated
    (the English then shows; see english placeholder: `routine_text(form, "en", name)`)."""
    if language == "en":
        return str(getattr(form, name))
    texts = form.translations.get(language)
    value = getattr(texts, name) if texts is not None else None
    return value or ""


def with_routine_text(form: RoutineForm, language: str, name: str, value: str) -> RoutineForm:
    """`form` with the routine's `name` input in `language` set to `value`; for a translation,
    a blank value takes the text out (the English is used)."""
    if language == "en":
        return (
            dataclasses.replace(form, title=value)
            if name == "title"
            else (dataclasses.replace(form, summary=value))
        )
    texts = form.translations.get(language, RoutineTexts())
    changed = msgspec.structs.replace(texts, **{name: value if value.strip() else None})
    return dataclasses.replace(form, translations=_with(form.translations, language, changed))


def exercise_text(exercise: ExerciseForm, language: str, name: str) -> str:
    """An exercise's `name` input ("name", "instructions", "cue", "custom_directions") in
    `language`; "" when not translated. Translated directions are typed as the English ones:
    separated by commas."""
    if language == "en":
        return str(getattr(exercise, name))
    texts = exercise.translations.get(language)
    if texts is None:
        return ""
    if name == "custom_directions":
        return ", ".join(texts.directions or ())
    value = getattr(texts, name)
    return value or ""


def with_exercise_text(
    form: RoutineForm, index: int, language: str, name: str, value: str
) -> RoutineForm:
    """`form` with exercise `index`'s `name` input in `language` set to `value`; for a
    translation, a blank value takes the text out (the English is used)."""
    if language == "en":
        return with_exercise_fields(form, index, **{name: value})
    exercise = form.exercises[index]
    texts = exercise.translations.get(language, ExerciseTexts())
    if name == "custom_directions":
        directions = tuple(_words(value))
        changed = msgspec.structs.replace(texts, directions=directions or None)
    else:
        changed = msgspec.structs.replace(texts, **{name: value if value.strip() else None})
    translations = _with(exercise.translations, language, changed)
    return with_exercise_fields(form, index, translations=translations)


T = TypeVar("T", RoutineTexts, ExerciseTexts)


def _with(translations: Mapping[str, T], language: str, texts: T) -> dict[str, T]:
    """The translations with `language`'s texts replaced; a language left with no text is
    taken out."""
    changed = dict(translations)
    if texts_document(texts):
        changed[language] = texts
    else:
        changed.pop(language, None)
    return changed


def new_routine_form() -> RoutineForm:
    """A new routine: one exercise, and a lead-in long enough for its get-ready; its title and
    exercise named in the language in use (what the user types is the file's English text)."""
    name = translate("core.editor_form", "Exercise {number}").format(number=1)
    form = RoutineForm(
        title=translate("core.editor_form", "New routine"), exercises=(ExerciseForm(name=name),)
    )
    routine, _ = check(form)
    if routine is None:  # never: the default form is a valid routine
        return form
    return dataclasses.replace(form, lead_in_seconds=float(fitting_lead_in(routine)))


#: Added to a copy's title: the library lists the copy and the routine it came from apart.
#: The file's English title gets the English mark; each translated title its language's.
MY_VERSION: Final = QT_TRANSLATE_NOOP("core.editor_form", " (my version)")
COPY: Final = QT_TRANSLATE_NOOP("core.editor_form", " (copy)")
EDITED_NOTE: Final = QT_TRANSLATE_NOOP(
    "core.editor_form", "Edited from the built-in routine \u201c{title}\u201d."
)


def copy_form(form: RoutineForm, *, of_builtin: bool) -> RoutineForm:
    """The form of a copy: its own title ("Standing calf stretch (my version)" for a built-in
    routine, "... (copy)" for one's own), and the summary of a built-in marked as edited; the
    same in each language the routine is translated into, in that language's words."""
    marked_title, marked_summary = _marked(form.title, form.summary, "en", of_builtin)
    translations = dict(form.translations)
    for language, texts in form.translations.items():
        if texts.title is None:
            continue
        title, summary = _marked(texts.title, texts.summary or "", language, of_builtin)
        translations[language] = msgspec.structs.replace(
            texts, title=title, summary=summary if texts.summary is not None else None
        )
    return dataclasses.replace(
        form, title=marked_title, summary=marked_summary, translations=translations
    )


def _speaking(language: str) -> AbstractContextManager[object]:
    """`i18n.using` for a language the app speaks; for another, the language in use."""
    known = language_of(language)
    return using(known) if known is not None and known == language else nullcontext()


def _marked(title: str, summary: str, language: str, of_builtin: bool) -> tuple[str, str]:
    with _speaking(language):
        mark = translate("core.editor_form", MY_VERSION if of_builtin else COPY)
        note = translate("core.editor_form", EDITED_NOTE).format(title=title.strip())
    marked = title.strip()
    if not marked.endswith(mark):
        marked = marked[: TITLE_LENGTH - len(mark)].rstrip() + mark
    if of_builtin:
        summary = f"{summary.rstrip()}\n\n{note}" if summary.strip() else note
        summary = summary[:SUMMARY_LENGTH]
    return marked, summary


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
