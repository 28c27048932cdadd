"""The routine model (format 1), decoded from TOML with msgspec and checked against the rules."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import PurePosixPath, PureWindowsPath
from typing import Annotated, Any, Final, Literal

import msgspec

from ankle_coach.core.decoding import (
    Problem as Problem,  # kept importable from here: every file format's problems
)
from ankle_coach.core.decoding import (
    Words,
    convert_collecting,
    describe,
    toml_message,
    too_slow_to_parse,
)
from ankle_coach.core.i18n import QT_TRANSLATE_NOOP, translate
from ankle_coach.core.routine_translations import (
    CONTROL as _CONTROL,
)
from ankle_coach.core.routine_translations import (
    MAX_CUE_CHARACTERS as MAX_CUE_CHARACTERS,
)
from ankle_coach.core.routine_translations import (
    ExerciseTexts,
    RoutineTexts,
    read_translations,
)
from ankle_coach.core.schedule.suggested import TABLE as SUGGESTED_TABLE
from ankle_coach.core.schedule.suggested import SuggestedSchedule, read_suggestion
from ankle_coach.core.words.times import duration_text

FORMAT: Final = 1
MAX_FILE_BYTES: Final = 1024 * 1024
#: Longest a whole routine may run; anything longer is a typo, not a session.
MAX_TOTAL_SECONDS: Final = 4 * 60 * 60

Side = Literal["left", "right"]
SIDES: Final[tuple[Side, ...]] = ("left", "right")
WORK_FIELDS: Final = ("hold_seconds", "reps", "duration_seconds", "manual")
#: The table of a routine's or an exercise's texts in other languages.
TRANSLATIONS: Final = "translations"


class Exercise(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """One exercise: what to do, on which sides and directions, and for how long or how often."""

    name: Annotated[str, msgspec.Meta(min_length=1, max_length=80)]
    instructions: Annotated[str, msgspec.Meta(min_length=0, max_length=2000)] = ""
    #: Said by the voice as each set starts, after the call: "Slow on the way down."
    cue: Annotated[str, msgspec.Meta(min_length=0, max_length=MAX_CUE_CHARACTERS)] = ""
    image: Annotated[str, msgspec.Meta(min_length=0, max_length=255)] = ""
    sides: Annotated[tuple[Side, ...], msgspec.Meta(max_length=2)] = ()
    directions: Annotated[
        tuple[Annotated[str, msgspec.Meta(min_length=1, max_length=40)], ...],
        msgspec.Meta(max_length=4),
    ] = ()
    sets: Annotated[int, msgspec.Meta(ge=1, le=20)] = 1
    hold_seconds: Annotated[float, msgspec.Meta(ge=1, le=600)] | None = None
    reps: Annotated[int, msgspec.Meta(ge=1, le=200)] | None = None
    rep_seconds: Annotated[float, msgspec.Meta(ge=0.5, le=30)] | None = None
    duration_seconds: Annotated[float, msgspec.Meta(ge=1, le=3600)] | None = None
    manual: bool = False
    rest_seconds: Annotated[float, msgspec.Meta(ge=0, le=600)] = 0.0
    switch_seconds: Annotated[float, msgspec.Meta(ge=0, le=120)] = 5.0
    #: `[exercises.translations.de]`: its texts in other languages (routine_translations.py).
    translations: dict[str, ExerciseTexts] = msgspec.field(default_factory=dict)

    def in_language(self, language: str) -> Exercise:
        """The exercise with its texts in `language`, each one it has no translation of in
        English, and without translations; itself for English or a language it lacks."""
        texts = self.translations.get(language)
        if language == "en" or texts is None:
            return self if not self.translations or language == "en" else _bare(self)
        return msgspec.structs.replace(
            self,
            name=texts.name or self.name,
            instructions=texts.instructions or self.instructions,
            cue=texts.cue or self.cue,
            directions=texts.directions or self.directions,
            translations={},
        )

    @property
    def tempo_seconds(self) -> float:
        """Seconds per rep: the file's `rep_seconds`, else a calm 2 s."""
        return self.rep_seconds if self.rep_seconds is not None else DEFAULT_REP_SECONDS

    @property
    def work_seconds(self) -> float:
        """Length of one work segment (one set, on one side, in one direction); 0 when manual."""
        if self.hold_seconds is not None:
            return self.hold_seconds
        if self.reps is not None:
            return self.reps * self.tempo_seconds
        if self.duration_seconds is not None:
            return self.duration_seconds
        return 0.0


DEFAULT_REP_SECONDS: Final = 2.0


class Routine(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """A whole routine file, format 1 (see DESIGN.md)."""

    format: int
    title: Annotated[str, msgspec.Meta(min_length=1, max_length=120)]
    summary: Annotated[str, msgspec.Meta(min_length=0, max_length=1000)] = ""
    lead_in_seconds: Annotated[float, msgspec.Meta(ge=0, le=120)] = 5.0
    rest_between_exercises_seconds: Annotated[float, msgspec.Meta(ge=0, le=600)] = 15.0
    tags: Annotated[
        tuple[Annotated[str, msgspec.Meta(min_length=1, max_length=40)], ...],
        msgspec.Meta(max_length=20),
    ] = ()
    #: The `[suggested_schedule]` table: days and time a physio suggests, for some weeks.
    suggested_schedule: SuggestedSchedule | None = None
    exercises: Annotated[tuple[Exercise, ...], msgspec.Meta(max_length=100)] = ()
    #: `[translations.de]`: its title and summary in other languages (routine_translations.py).
    translations: dict[str, RoutineTexts] = msgspec.field(default_factory=dict)

    @property
    def languages(self) -> tuple[str, ...]:
        """The languages the file has any text in, besides English, sorted."""
        found = set(self.translations)
        for exercise in self.exercises:
            found.update(exercise.translations)
        return tuple(sorted(found))

    def in_language(self, language: str) -> Routine:
        """The routine as shown and spoken in `language`: every text the file translates into
        it, the English where it does not (field by field), and no translations (this is a
        view, not a file: edit and export the routine it came from). English, and a language
        the file has no text in, give the routine itself."""
        if language == "en" or language not in self.languages:
            return self
        texts = self.translations.get(language)
        return msgspec.structs.replace(
            self,
            title=(texts.title if texts else None) or self.title,
            summary=(texts.summary if texts else None) or self.summary,
            exercises=tuple(exercise.in_language(language) for exercise in self.exercises),
            translations={},
        )


def _bare(exercise: Exercise) -> Exercise:
    return msgspec.structs.replace(exercise, translations={})


class RoutineError(Exception):
    """A routine file that cannot be used, with every problem found in it."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


# What each field holds, for messages: (what it must be, unit for its bounds), shown with
# `translate("core.routine", ...)` (`_field_words`).
_TEXT: Final = (
    QT_TRANSLATE_NOOP("core.routine", "text"),
    QT_TRANSLATE_NOOP("core.routine", "characters"),
)
_SECONDS: Final = (
    QT_TRANSLATE_NOOP("core.routine", "a number of seconds"),
    QT_TRANSLATE_NOOP("core.routine", "seconds"),
)
_WHOLE: Final = QT_TRANSLATE_NOOP("core.routine", "a whole number")
_FIELD_WORDS: Final[Mapping[str, tuple[str, str]]] = {
    "format": (_WHOLE, ""),
    "title": _TEXT,
    "summary": _TEXT,
    "name": _TEXT,
    "instructions": _TEXT,
    "cue": _TEXT,
    "image": (QT_TRANSLATE_NOOP("core.routine", "a file name"), _TEXT[1]),
    "lead_in_seconds": _SECONDS,
    "rest_between_exercises_seconds": _SECONDS,
    "tags": (
        QT_TRANSLATE_NOOP("core.routine", "a list of words"),
        QT_TRANSLATE_NOOP("core.routine", "tags"),
    ),
    "exercises": (
        QT_TRANSLATE_NOOP("core.routine", "a list of [[exercises]] tables"),
        QT_TRANSLATE_NOOP("core.routine", "exercises"),
    ),
    "sides": (
        QT_TRANSLATE_NOOP("core.routine", 'a list of sides, such as ["left", "right"]'),
        QT_TRANSLATE_NOOP("core.routine", "sides"),
    ),
    "directions": (
        QT_TRANSLATE_NOOP(
            "core.routine", 'a list of directions, such as ["clockwise", "counter-clockwise"]'
        ),
        QT_TRANSLATE_NOOP("core.routine", "directions"),
    ),
    "sets": (_WHOLE, QT_TRANSLATE_NOOP("core.routine", "sets")),
    "hold_seconds": _SECONDS,
    "reps": (_WHOLE, QT_TRANSLATE_NOOP("core.routine", "reps")),
    "rep_seconds": _SECONDS,
    "duration_seconds": _SECONDS,
    "manual": (QT_TRANSLATE_NOOP("core.routine", "true or false"), ""),
    "rest_seconds": _SECONDS,
    "switch_seconds": _SECONDS,
}


def _field_words() -> dict[str, tuple[str, str]]:
    """_FIELD_WORDS in the language in use."""
    return {
        name: (translate("core.routine", want), translate("core.routine", unit) if unit else "")
        for name, (want, unit) in _FIELD_WORDS.items()
    }


def _exercise_words() -> Words:
    """How msgspec's complaints about an exercise are put, in the language in use."""
    kind = translate("core.routine", "an exercise")
    return {"kind": kind, "field_words": _field_words(), "choices": SIDES}


def _routine_words() -> Words:
    """How msgspec's complaints about the routine's header are put, in the language in use."""
    kind = translate("core.routine", "a routine")
    return {"kind": kind, "field_words": _field_words(), "choices": SIDES}


def parse_routine(data: bytes, path: str) -> Routine:
    """Decode and check a routine file's bytes. Raises RoutineError naming every problem found."""
    if len(data) > MAX_FILE_BYTES:
        raise RoutineError(
            [
                Problem(
                    path,
                    "",
                    translate(
                        "core.routine", "the file is {size}; a routine file may be at most 1 MiB"
                    ).format(size=_size(len(data))),
                )
            ]
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        message = translate(
            "core.routine",
            "the file is not UTF-8 text (line {line} cannot be read); save it as UTF-8",
        ).format(line=line)
        raise RoutineError([Problem(path, "", message)]) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    slow = too_slow_to_parse(text)
    if slow is not None:
        raise RoutineError([Problem(path, "", slow)])
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RoutineError([Problem(path, "", toml_message(str(exc)))]) from None
    # tomllib lets these two through: int() of a number past sys.get_int_max_str_digits()
    # (4300 digits), and arrays or inline tables nested past the interpreter's recursion limit.
    except ValueError:
        message = translate(
            "core.routine", "the file cannot be read: a number in it has too many digits"
        )
        raise RoutineError([Problem(path, "", message)]) from None
    except RecursionError:
        message = translate(
            "core.routine", "the file cannot be read: its lists or tables are nested too deeply"
        )
        raise RoutineError([Problem(path, "", message)]) from None
    return routine_from_mapping(raw, path)


def routine_from_mapping(raw: Mapping[str, Any], path: str) -> Routine:
    """Build a Routine from decoded TOML, collecting every problem before giving up."""
    _check_format(raw, path)
    exercise_problems: list[Problem] = []

    exercises: list[Exercise] = []
    raw_exercises = raw.get("exercises")
    if raw_exercises is None:
        exercise_problems.append(Problem(path, "exercises", _no_exercises()))
    elif not isinstance(raw_exercises, list):
        exercise_problems.append(
            Problem(
                path,
                "exercises",
                translate(
                    "core.routine", "must be a list of [[exercises]] tables, not {value}"
                ).format(value=describe(raw_exercises)),
            )
        )
    elif not raw_exercises:
        exercise_problems.append(Problem(path, "exercises", _no_exercises()))
    else:
        for index, raw_exercise in enumerate(raw_exercises):
            where = f"exercises[{index}]"
            if not isinstance(raw_exercise, dict):
                exercise_problems.append(
                    Problem(
                        path,
                        where,
                        translate(
                            "core.routine", "must be an [[exercises]] table, not {value}"
                        ).format(value=describe(raw_exercise)),
                    )
                )
                continue
            fields = {k: v for k, v in raw_exercise.items() if k != TRANSLATIONS}
            exercise, found = convert_collecting(fields, Exercise, path, where, **_exercise_words())
            found += _exercise_rules(raw_exercise, path, where)
            if TRANSLATIONS in raw_exercise:
                translations, wrong = read_translations(
                    raw_exercise[TRANSLATIONS],
                    ExerciseTexts,
                    path,
                    f"{where}.{TRANSLATIONS}",
                    raw_exercise,
                    _field_words(),
                )
                found += wrong
                if exercise is not None and translations:
                    exercise = msgspec.structs.replace(exercise, translations=translations)
            exercise_problems.extend(_in_file_order(found, raw_exercise, where))
            if exercise is not None:
                exercises.append(exercise)

    # The routine's own fields come before its [[exercises]] in a file, so their problems do too.
    # A table this version does not know (a later version's addition) is left out, not refused.
    header = {
        key: value
        for key, value in raw.items()
        if key not in ("exercises", SUGGESTED_TABLE, TRANSLATIONS)
        and not _unknown_table(key, value)
    }
    routine, problems = convert_collecting(header, Routine, path, "", **_routine_words())
    routine_translations: dict[str, RoutineTexts] = {}
    if TRANSLATIONS in raw:
        routine_translations, found = read_translations(
            raw[TRANSLATIONS], RoutineTexts, path, TRANSLATIONS, raw, _field_words()
        )
        problems.extend(found)
    suggestion: SuggestedSchedule | None = None
    if SUGGESTED_TABLE in raw:
        suggestion, found = read_suggestion(raw[SUGGESTED_TABLE], path)
        problems.extend(found)
    if routine is not None and not routine.title.strip():
        problems.append(Problem(path, "title", translate("core.routine", "must not be blank")))
    problems.extend(exercise_problems)
    if routine is not None and isinstance(raw_exercises, list) and len(raw_exercises) > 100:
        message = translate("core.routine", "a routine may have at most 100 exercises")
        problems.append(Problem(path, "exercises", message))

    if problems:
        raise RoutineError(problems)
    assert routine is not None
    routine = msgspec.structs.replace(
        routine,
        exercises=tuple(exercises),
        suggested_schedule=suggestion,
        translations=routine_translations,
    )
    total = _least_seconds(routine)
    if total > MAX_TOTAL_SECONDS:
        raise RoutineError(
            [
                Problem(
                    path,
                    "",
                    translate(
                        "core.routine",
                        "the whole routine would take {duration}; a routine may last at most 4 "
                        "hours",
                    ).format(duration=duration_text(total)),
                )
            ]
        )
    return routine


def _no_exercises() -> str:
    return translate("core.routine", "the routine has no exercises; add at least one [[exercises]]")


def _unknown_table(key: str, value: Any) -> bool:
    """A table the routine format does not have: ignored, so that a file written for a later
    version (format 1 with a new table) still loads here. A misspelt known table is not one."""
    if not isinstance(value, dict) or key in _KNOWN_KEYS:
        return False
    import difflib  # only a file with an unknown table pays for it

    return not difflib.get_close_matches(key, _KNOWN_KEYS, n=1)


_KNOWN_KEYS: Final = tuple(f.encode_name for f in msgspec.structs.fields(Routine))


def _least_seconds(routine: Routine) -> float:
    """What the routine's Plan lasts at least, for the limit checked while loading: its timed
    segments without the manual steps (the Plan sizes those from their spoken words, which this
    module cannot do). The Plan's own length is plan.total_seconds."""
    total = routine.lead_in_seconds if routine.exercises else 0.0
    for index, exercise in enumerate(routine.exercises):
        if index:
            total += routine.rest_between_exercises_seconds
        for step in work_steps(exercise):
            total += step.gap_before + exercise.work_seconds
    return total


@dataclass(frozen=True)
class WorkStep:
    """One work segment of an exercise and the pause that comes before it within the exercise."""

    set: int
    side: Side | None
    direction: str | None
    gap_kind: Literal["rest", "switch", "none"]
    gap_before: float


def work_steps(exercise: Exercise) -> Iterator[WorkStep]:
    """The exercise's work segments in order: for each set, each side, each direction."""
    sides: Sequence[Side | None] = exercise.sides or (None,)
    directions: Sequence[str | None] = exercise.directions or (None,)
    first = True
    for set_number in range(1, exercise.sets + 1):
        for side_index, side in enumerate(sides):
            for direction_index, direction in enumerate(directions):
                gap_kind: Literal["rest", "switch", "none"] = "none"
                gap = 0.0
                if not first:
                    if side_index == 0 and direction_index == 0:
                        gap_kind, gap = "rest", exercise.rest_seconds
                    elif direction_index == 0:
                        gap_kind, gap = "switch", exercise.switch_seconds
                if gap <= 0:
                    gap_kind, gap = "none", 0.0
                yield WorkStep(set_number, side, direction, gap_kind, gap)
                first = False


def _check_format(raw: Mapping[str, Any], path: str) -> None:
    if "format" not in raw:
        raise RoutineError(
            [
                Problem(
                    path,
                    "format",
                    translate(
                        "core.routine",
                        "is missing; an Ankle Coach routine file starts with `format = {format}`",
                    ).format(format=FORMAT),
                )
            ]
        )
    value = raw["format"]
    if isinstance(value, bool) or not isinstance(value, int):
        raise RoutineError(
            [
                Problem(
                    path,
                    "format",
                    translate(
                        "core.routine", "must be the whole number {format}, not {value}"
                    ).format(format=FORMAT, value=describe(value)),
                )
            ]
        )
    if value != FORMAT:
        raise RoutineError(
            [
                Problem(
                    path,
                    "format",
                    translate(
                        "core.routine",
                        "this file is format {value}, but this version of Ankle Coach reads "
                        "format {format} only; update Ankle Coach or ask for a format {format} "
                        "file",
                    ).format(value=value, format=FORMAT),
                )
            ]
        )


def _exercise_rules(raw: Mapping[str, Any], path: str, where: str) -> list[Problem]:
    """The rules of an exercise beyond each field's own (exactly one way to say how long, no
    blank name...), read from its table as written: they are said even while a field is wrong."""
    problems: list[Problem] = []
    given = [name for name in WORK_FIELDS if name in raw and raw[name] is not False]
    # The field names are the file's words (never translated); the sentence around them is.
    choices = translate("core.routine", "hold_seconds, reps, duration_seconds or manual = true")
    if not given:
        message = translate(
            "core.routine", "says neither how long nor how many; give exactly one of {choices}"
        )
        problems.append(Problem(path, where, message.format(choices=choices)))
    elif len(given) > 1:
        both = given[0]
        for other in given[1:]:
            both = translate("core.routine", "{first} and {second}").format(
                first=both, second=other
            )
        message = translate("core.routine", "gives both {both}; give exactly one of {choices}")
        problems.append(Problem(path, where, message.format(both=both, choices=choices)))
    if "rep_seconds" in raw and "reps" not in raw:
        message = translate("core.routine", "only applies to an exercise counted in reps")
        problems.append(Problem(path, f"{where}.rep_seconds", message))
    name = raw.get("name")
    if isinstance(name, str) and name and not name.strip():
        problems.append(
            Problem(path, f"{where}.name", translate("core.routine", "must not be blank"))
        )
    cue = raw.get("cue")
    if isinstance(cue, str) and cue and not cue.strip():
        message = translate("core.routine", "must not be blank; leave it out for no cue")
        problems.append(Problem(path, f"{where}.cue", message))
    elif isinstance(cue, str) and _CONTROL.search(cue):
        message = translate(
            "core.routine",
            "must be one line of plain text, without line breaks, tabs or control characters",
        )
        problems.append(Problem(path, f"{where}.cue", message))
    for field in ("sides", "directions"):
        values = raw.get(field)
        if not isinstance(values, list):
            continue
        seen: set[str] = set()
        for value in values:
            if isinstance(value, str) and value in seen:
                message = translate("core.routine", 'lists "{value}" twice').format(value=value)
                problems.append(Problem(path, f"{where}.{field}", message))
            if isinstance(value, str):
                seen.add(value)
    image = raw.get("image")
    if isinstance(image, str) and image and not is_safe_relative_path(image):
        problems.append(
            Problem(
                path,
                f"{where}.image",
                translate(
                    "core.routine",
                    '"{image}" leaves the routine\'s folder; give a built-in illustration name '
                    "or a path inside the folder of the routine file",
                ).format(image=image),
            )
        )
    return problems


def _in_file_order(problems: list[Problem], raw: Mapping[str, Any], where: str) -> list[Problem]:
    """An exercise's problems by the place of their field in its table; those about the whole
    exercise (or a field it lacks) after them. Sorting is stable: a field keeps its own order."""
    place = {key: number for number, key in enumerate(raw)}

    def position(problem: Problem) -> int:
        field = problem.field.removeprefix(where).lstrip(".")
        key = re.split(r"[.\[]", field, maxsplit=1)[0]
        return place.get(key, len(place))

    return sorted(problems, key=position)


def is_safe_relative_path(name: str) -> bool:
    """True for a relative path that stays inside its folder on every platform."""
    if "\\" in name or "\x00" in name or ":" in name:
        return False
    posix = PurePosixPath(name)
    if posix.is_absolute() or PureWindowsPath(name).is_absolute():
        return False
    return all(part not in ("..", "") for part in name.split("/"))


def _size(size: int) -> str:
    if size >= 1024 * 1024:
        return translate("core.routine", "{size} MiB").format(size=f"{size / (1024 * 1024):.1f}")
    return translate("core.routine", "{size} bytes").format(size=size)
