"""The translations a routine file carries of its own texts, and how they are read and checked.

A routine file is written in English; it may add, per language, the routine's title and
summary in a `[translations.de]` table, and an exercise's name, instructions, cue and custom
directions in an `[exercises.translations.de]` table after that exercise's fields:

    [translations.de]
    title = "Fersenheben"

    [[exercises]]
    name = "Calf raises"
    cue = "Slowly lower and raise your heels."

    [exercises.translations.de]
    name = "Fersenheben"
    cue = "Fersen langsam senken und heben."

Every field of a translation may be left out: the English text is used for it. A language is a
plain lowercase code ("de", "es"); a file may carry languages the app does not speak (they are
kept, and written back). Ids, tags, pictures and every number stay the file's own: only texts
are translated. `Routine.in_language` gives the routine with one language's texts put in.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Annotated, Any, Final, TypeVar

import msgspec

from ankle_coach.core.decoding import MAX_SHOWN_NAME, Problem, convert_collecting, describe
from ankle_coach.core.i18n import translate

if TYPE_CHECKING:
    from ankle_coach.core.routine import Routine

#: A custom cue is said at the start of every set, between the call and the counting: a few
#: words ("Slow on the way down."), not a paragraph.
MAX_CUE_CHARACTERS: Final = 100
#: Line breaks, tabs and other control characters: a cue is one spoken line.
CONTROL: Final = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
#: A language as a translation table names it: "de", "es", "fr" (ISO 639, lowercase).
LANGUAGE_CODE: Final = re.compile(r"^[a-z]{2,3}$")
#: The directions the app itself says in every language (core/cues.py): a file need not
#: translate them, and the built-in routines do not.
SAID_BY_THE_APP: Final = frozenset({"clockwise", "counter-clockwise"})


class RoutineTexts(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """A routine's own texts in one language (`[translations.de]`); None: the English one."""

    title: Annotated[str, msgspec.Meta(min_length=1, max_length=120)] | None = None
    summary: Annotated[str, msgspec.Meta(min_length=1, max_length=1000)] | None = None


class ExerciseTexts(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """An exercise's texts in one language (`[exercises.translations.de]`); None: the English.
    `directions`, when given, names each of the exercise's directions, in the same order."""

    name: Annotated[str, msgspec.Meta(min_length=1, max_length=80)] | None = None
    instructions: Annotated[str, msgspec.Meta(min_length=1, max_length=2000)] | None = None
    cue: Annotated[str, msgspec.Meta(min_length=1, max_length=MAX_CUE_CHARACTERS)] | None = None
    directions: (
        Annotated[
            tuple[Annotated[str, msgspec.Meta(min_length=1, max_length=40)], ...],
            msgspec.Meta(max_length=4),
        ]
        | None
    ) = None


#: The text fields of each, in the order a file writes them.
ROUTINE_TEXT_FIELDS: Final = tuple(f.name for f in msgspec.structs.fields(RoutineTexts))
EXERCISE_TEXT_FIELDS: Final = tuple(f.name for f in msgspec.structs.fields(ExerciseTexts))

T = TypeVar("T", RoutineTexts, ExerciseTexts)


def texts_document(texts: RoutineTexts | ExerciseTexts) -> dict[str, Any]:
    """A translation as its TOML table: the fields it gives, in declaration order."""
    document: dict[str, Any] = {}
    for name in ROUTINE_TEXT_FIELDS if isinstance(texts, RoutineTexts) else EXERCISE_TEXT_FIELDS:
        value = getattr(texts, name)
        if value is not None:
            document[name] = list(value) if isinstance(value, tuple) else value
    return document


def is_empty(texts: RoutineTexts | ExerciseTexts) -> bool:
    return not texts_document(texts)


def read_translations(
    raw: Any,
    texts: type[T],
    path: str,
    where: str,
    english: Mapping[str, Any],
    field_words: Mapping[str, tuple[str, str]],
) -> tuple[dict[str, T], list[Problem]]:
    """The `translations` table at `where` (`translations`, `exercises[2].translations`) of the
    file at `path`, checked: every language's table converted to `texts`, or every problem with
    it. `english` is the table the translations belong to, as written (for its directions)."""
    problems: list[Problem] = []
    found: dict[str, T] = {}
    header = "[translations.de]" if texts is RoutineTexts else "[exercises.translations.de]"
    if not isinstance(raw, dict):
        message = translate(
            "core.routine_translations",
            "must be a table of languages, such as {header}, not {value}",
        ).format(header=header, value=describe(raw))
        return found, [Problem(path, where, message)]
    kind = (
        translate("core.routine_translations", "a routine's translation")
        if texts is RoutineTexts
        else translate("core.routine_translations", "an exercise's translation")
    )
    for language, table in raw.items():
        shown = language if len(language) <= MAX_SHOWN_NAME else language[:57] + "..."
        at = f"{where}.{shown}"
        if language == "en":
            message = translate(
                "core.routine_translations",
                "English is the file's own language: write the English texts in the fields "
                "themselves",
            )
            problems.append(Problem(path, at, message))
            continue
        if not LANGUAGE_CODE.match(language):
            problems.append(Problem(path, at, _not_a_code(language)))
            continue
        if not isinstance(table, dict):
            message = translate(
                "core.routine_translations", "must be a table of translated texts, not {value}"
            ).format(value=describe(table))
            problems.append(Problem(path, at, message))
            continue
        converted, wrong = convert_collecting(
            table, texts, path, at, kind=kind, field_words=field_words
        )
        problems.extend(wrong)
        problems.extend(_text_rules(table, english, path, at))
        if converted is not None and not wrong:
            found[language] = converted
    return found, problems


def _not_a_code(language: str) -> str:
    base = language.strip().replace("-", "_").split("_")[0].split(".")[0].lower()
    if LANGUAGE_CODE.match(base) and base != "en":
        return translate(
            "core.routine_translations",
            'is not a language code; name a language in lowercase letters, such as "de" or '
            '"es"; did you mean "{code}"?',
        ).format(code=base)
    return translate(
        "core.routine_translations",
        'is not a language code; name a language in lowercase letters, such as "de" or "es"',
    )


def _text_rules(
    table: Mapping[str, Any], english: Mapping[str, Any], path: str, at: str
) -> list[Problem]:
    """A translation's rules beyond each field's own: no blank text, a cue on one line, one
    direction for each of the exercise's own."""
    problems: list[Problem] = []
    for name, value in table.items():
        if isinstance(value, str) and value and not value.strip():
            message = translate(
                "core.routine_translations", "must not be blank; leave it out to use the English"
            )
            problems.append(Problem(path, f"{at}.{name}", message))
        elif name == "cue" and isinstance(value, str) and CONTROL.search(value):
            message = translate(
                "core.routine_translations",
                "must be one line of plain text, without line breaks, tabs or control characters",
            )
            problems.append(Problem(path, f"{at}.{name}", message))
    directions = table.get("directions")
    if isinstance(directions, list):
        own = english.get("directions")
        own = own if isinstance(own, list) else []
        if not own:
            message = translate(
                "core.routine_translations",
                "the exercise has no directions to translate; leave this out",
            )
            problems.append(Problem(path, f"{at}.directions", message))
        elif len(directions) != len(own):
            listed = ", ".join(f'"{d}"' for d in own if isinstance(d, str))
            if len(own) == 1:
                message = translate(
                    "core.routine_translations",
                    "must name one direction, as the exercise has one ({listed}); it names {given}",
                ).format(listed=listed, given=len(directions))
            else:
                message = translate(
                    "core.routine_translations",
                    "must name {count} directions, one for each of the exercise's ({listed}), "
                    "in the same order; it names {given}",
                ).format(count=len(own), listed=listed, given=len(directions))
            problems.append(Problem(path, f"{at}.directions", message))
        seen: set[str] = set()
        for value in directions:
            if isinstance(value, str) and value in seen:
                message = translate("core.routine_translations", 'lists "{value}" twice').format(
                    value=value
                )
                problems.append(Problem(path, f"{at}.directions", message))
            if isinstance(value, str):
                seen.add(value)
    return problems


def untranslated(routine: Routine, language: str) -> tuple[str, ...]:
    """The texts of `routine` that have no translation into `language`, as field paths
    (`summary`, `exercises[1].cue`): each English text that is not empty, and custom directions
    (those the app does not say itself). Empty when the routine is wholly translated."""
    missing: list[str] = []
    texts = routine.translations.get(language, RoutineTexts())
    for name in ROUTINE_TEXT_FIELDS:
        if getattr(routine, name) and getattr(texts, name) is None:
            missing.append(name)
    for index, exercise in enumerate(routine.exercises):
        own = exercise.translations.get(language, ExerciseTexts())
        for name in EXERCISE_TEXT_FIELDS:
            english = getattr(exercise, name)
            if name == "directions" and set(english) <= SAID_BY_THE_APP:
                continue
            if english and getattr(own, name) is None:
                missing.append(f"exercises[{index}].{name}")
    return tuple(missing)
