"""Writing a Routine back as a format-1 routine file, and the safe file names it is saved under.

`routine_to_toml` gives format 1 with the defaults left out, in the order of DESIGN.md;
`save_routine` writes it atomically, and only after checking that it loads back equal. `slug`
and `file_name_for` name a new file after its title, never over another routine's id.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, Final

import msgspec
import tomli_w

from ankle_coach.core.ascii_words import ascii_words
from ankle_coach.core.i18n import translate
from ankle_coach.core.library import SUFFIX, LibraryEntry, Origin
from ankle_coach.core.paths import builtin_routines_dir
from ankle_coach.core.routine import Exercise, Problem, Routine, RoutineError, parse_routine
from ankle_coach.core.routine_translations import ExerciseTexts, RoutineTexts, texts_document
from ankle_coach.core.savefile import write_atomically
from ankle_coach.core.schedule.suggested import suggestion_document

#: The folder beside an imported `ID.toml` that holds its images: its stem is taken too.
IMAGES_SUFFIX: Final = ".images"
#: File names stay short enough for every file system and still say what the routine is.
MAX_NAME_LENGTH: Final = 60

# Names Windows will not create, whatever the extension.
_RESERVED_NAMES: Final = frozenset(
    ["con", "prn", "aux", "nul"]
    + [f"com{n}" for n in range(1, 10)]
    + [f"lpt{n}" for n in range(1, 10)]
)


def routine_document(routine: Routine) -> dict[str, Any]:
    """The routine as the TOML document `routine_to_toml` writes: fields in declaration order
    (format, title, summary, ..., the suggested schedule, then the exercises), each left out
    when it has its default."""
    document = _without_defaults(routine, skip=("exercises", "suggested_schedule", "translations"))
    if routine.translations:
        document["translations"] = _translations(routine.translations)
    if routine.suggested_schedule is not None:
        document["suggested_schedule"] = suggestion_document(routine.suggested_schedule)
    document["exercises"] = [_exercise_document(exercise) for exercise in routine.exercises]
    return document


def _exercise_document(exercise: Exercise) -> dict[str, Any]:
    document = _without_defaults(exercise, skip=("translations",))
    if exercise.translations:
        document["translations"] = _translations(exercise.translations)
    return document


def _translations(
    translations: Mapping[str, RoutineTexts] | Mapping[str, ExerciseTexts],
) -> dict[str, dict[str, Any]]:
    """`[translations.LANGUAGE]` tables in the order the routine holds them (the file's)."""
    return {language: texts_document(texts) for language, texts in translations.items()}


def routine_to_toml(routine: Routine) -> str:
    """Format 1 TOML for `routine`; `parse_routine` reads it back equal (for a valid routine).

    Texts with line breaks are written as multi-line strings, unless one holds a carriage
    return: tomli-w would turn CR LF into LF there, and the routine would not load back equal.
    """
    document = routine_document(routine)
    multiline = not any("\r" in text for text in _texts(document))
    exercises = document.pop("exercises")
    suggestion = document.pop("suggested_schedule", None)
    translations = document.pop("translations", {})
    parts = [_table(document, multiline)]
    parts.extend(_translation_tables("translations", translations, multiline))
    if suggestion is not None:
        parts.append(f"\n[suggested_schedule]\n{_table(suggestion, multiline)}")
    for exercise in exercises:
        own = exercise.pop("translations", {})
        parts.append(f"\n[[exercises]]\n{_table(exercise, multiline)}")
        parts.extend(_translation_tables("exercises.translations", own, multiline))
    return "".join(parts)


def _translation_tables(
    prefix: str, translations: Mapping[str, Mapping[str, Any]], multiline: bool
) -> Iterator[str]:
    """`[translations.de]` then its texts, for each language (a language code is a bare key)."""
    for language, texts in translations.items():
        yield f"\n[{prefix}.{language}]\n{_table(texts, multiline)}"


def _table(table: Mapping[str, Any], multiline: bool) -> str:
    """Key-value lines; lists on one line (`sides = ["left", "right"]`), as people write them."""
    lines: list[str] = []
    for key, value in table.items():
        if isinstance(value, list):
            items = (tomli_w.dumps({"v": item}).removeprefix("v = ").rstrip("\n") for item in value)
            lines.append(f"{tomli_w.dumps({key: []}).split(' = ')[0]} = [{', '.join(items)}]\n")
        else:
            lines.append(tomli_w.dumps({key: value}, multiline_strings=multiline))
    return "".join(lines)


def _without_defaults(struct: msgspec.Struct, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    document: dict[str, Any] = {}
    for declared in msgspec.structs.fields(struct):
        if declared.name in skip:
            continue
        value = getattr(struct, declared.name)
        if declared.required or value != declared.default:
            document[declared.encode_name] = _toml_value(value)
    return document


def _toml_value(value: Any) -> Any:
    if isinstance(value, tuple):
        return [_toml_value(item) for item in value]
    if isinstance(value, float) and value.is_integer():
        return int(value)  # `hold_seconds = 30`, as a person writes it; it loads back as 30.0
    return value


def _texts(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item)


def routine_bytes(routine: Routine, shown: str) -> bytes:
    """The UTF-8 file for `routine`, checked to load back equal.

    Raises RoutineError (naming `shown`) when the routine breaks a rule of the format: such a
    routine is never written, since the app could not load it again.
    """
    try:
        data = routine_to_toml(routine).encode("utf-8")
    except UnicodeEncodeError:
        message = translate(
            "core.routine_toml", "holds characters that cannot be saved as UTF-8 text"
        )
        raise RoutineError([Problem(shown, "", message)]) from None
    if parse_routine(data, shown) != routine:  # parse_routine raises for a routine breaking a rule
        message = translate("core.routine_toml", "would not load back the same; not saved")
        raise RoutineError([Problem(shown, "", message)])
    return data


def save_routine(routine: Routine, folder: Path, *, overwrite: Path | None = None) -> Path:
    """Write `routine` atomically and return its path.

    The file is `overwrite` when given (the routine being edited), else a new file in `folder`
    named after the title (`file_name_for`). Raises RoutineError, writing nothing, for a routine
    that would not load back equal; OSError when it cannot be written (the old file, if any, is
    then left as it was).
    """
    path = overwrite if overwrite is not None else file_name_for(routine.title, folder)
    write_atomically(path, routine_bytes(routine, str(path)))
    return path


def slug(text: str) -> str:
    """A safe ASCII file stem for `text`: "Calf work, week 1!" gives "calf-work-week-1".

    Lowercase letters and digits joined by hyphens, at most MAX_NAME_LENGTH characters (cut
    between words where it can be), never empty ("routine") and never a name Windows reserves.
    """
    name = "-".join(ascii_words(text))
    if len(name) > MAX_NAME_LENGTH:
        cut = name.rfind("-", 0, MAX_NAME_LENGTH + 1)
        name = name[: cut if cut > 0 else MAX_NAME_LENGTH].strip("-")
    if not name:
        return "routine"
    return f"{name}-routine" if name in _RESERVED_NAMES else name


def builtin_ids() -> frozenset[str]:
    """The ids of the built-in routines: a routine file of the same id would not load."""
    try:
        return frozenset(
            path.stem for path in builtin_routines_dir().iterdir() if path.suffix == SUFFIX
        )
    except OSError:
        return frozenset()


def file_name_for(title: str, folder: Path) -> Path:
    """A new routine file in `folder` for a routine called `title`: `calf-work-week-1.toml`,
    `calf-work-week-1-2.toml` when that is taken, and so on.

    A name is taken by a file (or the images folder) of that stem in `folder`, and by a built-in
    routine's id, which would hide a user routine of the same id.
    """
    return folder / f"{free_id(slug(title), folder)}{SUFFIX}"


def free_id(stem: str, folder: Path, reserved: frozenset[str] | None = None) -> str:
    """`stem`, or `stem-2`, `stem-3`... : the first that is neither in `reserved` (by default
    the built-in ids) nor a routine file or images folder in `folder`."""
    taken = builtin_ids() if reserved is None else reserved
    number = 1
    candidate = stem
    while candidate in taken or routine_exists(folder, candidate):
        number += 1
        candidate = f"{stem}-{number}"
    return candidate


def routine_exists(folder: Path, routine_id: str) -> bool:
    """Whether `folder` holds a routine file of that id, or its images folder (even a link)."""
    return any(
        path.exists() or path.is_symlink()
        for path in (folder / f"{routine_id}{SUFFIX}", folder / f"{routine_id}{IMAGES_SUFFIX}")
    )


def unsaved_entry(routine: Routine, folder: Path) -> LibraryEntry:
    """A routine tried from the editor before it is saved, as a session sees it: named after its
    title (what an export of it would be called), its images looked up in `folder`."""
    routine_id = slug(routine.title)
    return LibraryEntry(routine_id, folder / f"{routine_id}{SUFFIX}", Origin.UNSAVED, routine)
