"""Routines out of the app and into it: TOML writing, safe file names, and sharing packages.

Writing: `routine_to_toml` gives format 1 with the defaults left out, in the order of DESIGN.md;
`save_routine` writes it atomically, and only after checking that it loads back equal.

Sharing: a routine travels as a **routine package**, `NAME.ankle.zip`: a zip file holding the
routine file `NAME.toml` at its top and the image files it uses, at the relative paths its
`image` fields give (built-in illustrations are not packed; every copy of the app has them).
`export_routine` writes one; `import_routine` reads one, or a plain routine file with its images
beside it, into the user's routines folder.

An imported file is untrusted. Before anything is written it is checked whole, and refused with
every reason found: sizes (declared in the zip and counted while reading), entry names (no
absolute paths, "..", backslashes or links), kinds of file (the routine and .svg/.png/.jpg
images only; an SVG with scripts, event handlers or references outside itself is refused), and
the routine's own rules. Nothing in it is executed, and its text is kept as text.

An imported routine is saved under its file's stem (made a safe name) as `ID.toml`, its images
under `ID.images/`, so two routines never share or overwrite each other's pictures. A routine
already there is never replaced without asking: `on_conflict="ask"` returns a CONFLICT result
for the UI to turn into a question, then "replace" or "rename" does what the user chose.
"""

from __future__ import annotations

import contextlib
import errno
import io
import lzma
import os
import re
import secrets
import shutil
import stat
import tempfile
import unicodedata
import zipfile
import zlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, Final, Literal

import msgspec
import tomli_w

from ankle_coach.core.images import IMAGE_SUFFIXES as IMAGE_SUFFIXES
from ankle_coach.core.images import MAX_IMAGE_BYTES as MAX_IMAGE_BYTES
from ankle_coach.core.images import (
    ImageError,
    image_in_folder,
    is_builtin_image,
    read_picture_file,
)
from ankle_coach.core.images import image_problem as image_problem
from ankle_coach.core.library import SUFFIX, LibraryEntry, read_routine_file
from ankle_coach.core.paths import builtin_routines_dir
from ankle_coach.core.routine import (
    MAX_FILE_BYTES,
    Problem,
    Routine,
    RoutineError,
    is_safe_relative_path,
    parse_routine,
)
from ankle_coach.core.savefile import write_atomically

#: What a routine package's file name ends with.
PACKAGE_SUFFIX: Final = ".ankle.zip"
#: The folder beside an imported `ID.toml` that holds its images.
IMAGES_SUFFIX: Final = ".images"
#: The most a package may unpack to (its routine and its images together), and the most the
#: package file itself may weigh.
MAX_PACKAGE_BYTES: Final = 10 * 1024 * 1024
MAX_PACKAGE_ENTRIES: Final = 50
#: File names stay short enough for every file system and still say what the routine is.
MAX_NAME_LENGTH: Final = 60
#: The longest name of an image file (or of a folder on its path), in UTF-8 bytes: file
#: systems take 255, and writing it safely adds a temporary name around it.
MAX_IMAGE_NAME_BYTES: Final = 200

OnConflict = Literal["ask", "replace", "rename"]

# Names Windows will not create, whatever the extension.
_RESERVED_NAMES: Final = frozenset(
    ["con", "prn", "aux", "nul"]
    + [f"com{n}" for n in range(1, 10)]
    + [f"lpt{n}" for n in range(1, 10)]
)
# Letters that Unicode does not decompose into an ASCII letter and a mark.
_TRANSLITERATION: Final[Mapping[int, str]] = str.maketrans(
    {"ß": "ss", "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o", "œ": "oe", "Œ": "oe", "ł": "l",
     "Ł": "l", "đ": "d", "Đ": "d", "þ": "th", "Þ": "th", "ð": "d", "Ð": "d", "ı": "i"}
)  # fmt: skip
# What zip programs add by themselves; never read, never refused.
_IGNORED_ENTRIES: Final = re.compile(r"^(__MACOSX/.*|(.*/)?\.DS_Store)$")
#: The date every packed file carries, so exporting the same routine twice gives the same bytes.
_ZIP_DATE: Final = (1980, 1, 1, 0, 0, 0)


# -- writing a routine file ---------------------------------------------------------------------


def routine_document(routine: Routine) -> dict[str, Any]:
    """The routine as the TOML document `routine_to_toml` writes: fields in declaration order
    (format, title, summary, ..., then the exercises), each left out when it has its default."""
    document = _without_defaults(routine, skip="exercises")
    document["exercises"] = [_without_defaults(exercise) for exercise in routine.exercises]
    return document


def routine_to_toml(routine: Routine) -> str:
    """Format 1 TOML for `routine`; `parse_routine` reads it back equal (for a valid routine).

    Texts with line breaks are written as multi-line strings, unless one holds a carriage
    return: tomli-w would turn CR LF into LF there, and the routine would not load back equal.
    """
    document = routine_document(routine)
    multiline = not any("\r" in text for text in _texts(document))
    exercises = document.pop("exercises")
    parts = [_table(document, multiline)]
    parts.extend(f"\n[[exercises]]\n{_table(exercise, multiline)}" for exercise in exercises)
    return "".join(parts)


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


def _without_defaults(struct: msgspec.Struct, skip: str = "") -> dict[str, Any]:
    document: dict[str, Any] = {}
    for declared in msgspec.structs.fields(struct):
        if declared.name == skip:
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
        raise RoutineError(
            [Problem(shown, "", "holds characters that cannot be saved as UTF-8 text")]
        ) from None
    if parse_routine(data, shown) != routine:  # parse_routine raises for a routine breaking a rule
        raise RoutineError([Problem(shown, "", "would not load back the same; not saved")])
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


# -- file names ---------------------------------------------------------------------------------


def slug(text: str) -> str:
    """A safe ASCII file stem for `text`: "Calf work, week 1!" gives "calf-work-week-1".

    Lowercase letters and digits joined by hyphens, at most MAX_NAME_LENGTH characters (cut
    between words where it can be), never empty ("routine") and never a name Windows reserves.
    """
    letters = unicodedata.normalize("NFKD", text.translate(_TRANSLITERATION))
    words = re.findall(r"[a-z0-9]+", letters.encode("ascii", "ignore").decode("ascii").lower())
    name = "-".join(words)
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
    return folder / f"{_free_id(slug(title), folder)}{SUFFIX}"


def _free_id(stem: str, folder: Path, reserved: frozenset[str] | None = None) -> str:
    taken = builtin_ids() if reserved is None else reserved
    number = 1
    candidate = stem
    while candidate in taken or _exists(folder, candidate):
        number += 1
        candidate = f"{stem}-{number}"
    return candidate


def _exists(folder: Path, routine_id: str) -> bool:
    return any(
        path.exists() or path.is_symlink()
        for path in (folder / f"{routine_id}{SUFFIX}", folder / f"{routine_id}{IMAGES_SUFFIX}")
    )


# -- what a package or a file holds ---------------------------------------------------------------


@dataclass(frozen=True)
class _Contents:
    """A checked routine from a package or a file, with the bytes of the images it uses."""

    stem: str
    shown: str  # how to name the routine file in messages
    routine: Routine
    images: Mapping[str, bytes]  # by the `image` value that names them
    warnings: tuple[Problem, ...]


class _Refused(Exception):
    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__()
        self.problems = tuple(problems)


def _refuse(path: str, field: str, message: str) -> _Refused:
    return _Refused([Problem(path, field, message)])


def _mib(size: int) -> str:
    """A size in words: "1.5 MiB", "2 MiB", "200 bytes"."""
    if size < 1024 * 1024:
        return f"{size} bytes"
    return f"{size / (1024 * 1024):.1f}".removesuffix(".0") + " MiB"


def _over(size: int, limit: int) -> str:
    """A size over `limit`, never shown rounded down to it: "1.5 MiB", "more than 1 MiB"."""
    shown = _mib(size)
    return f"more than {_mib(limit)}" if shown == _mib(limit) else shown


def _name_shown(name: str) -> str:
    """An entry name as it can be shown safely: no control characters, not too long."""
    clean = "".join("?" if unicodedata.category(char)[0] == "C" else char for char in name)
    return clean if len(clean) <= 100 else clean[:97] + "..."


def _read_limited(path: Path, limit: int, what: str) -> bytes:
    """A regular file's bytes, refused when larger than `limit` (checked before and while
    reading: it may grow in between)."""
    shown = str(path)
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise _refuse(shown, "", "is not a regular file")
        if info.st_size > limit:
            raise _refuse(
                shown, "", f"is {_over(info.st_size, limit)}; {what} may be at most {_mib(limit)}"
            )
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except FileNotFoundError:
        raise _refuse(shown, "", "no such file") from None
    except PermissionError:
        raise _refuse(shown, "", "cannot be read: permission denied") from None
    except OSError as exc:
        raise _refuse(shown, "", f"cannot be read: {exc.strerror or exc}") from None
    if len(data) > limit:
        raise _refuse(shown, "", f"is larger than {_mib(limit)}; {what} may be at most that")
    return data


def _read_package(path: Path) -> _Contents:
    """Check and read a routine package. Raises _Refused with every reason found."""
    data = _read_limited(path, MAX_PACKAGE_BYTES, "a routine package")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return _read_archive(archive, str(path))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, zlib.error, lzma.LZMAError) as exc:
        raise _refuse(
            str(path), "", f"is not a routine package: the zip file is damaged ({exc})"
        ) from None
    except (NotImplementedError, OSError) as exc:  # an unknown method; a bad bzip2 stream
        raise _refuse(str(path), "", f"cannot be unpacked: {exc}") from None


def _entry_problem(info: zipfile.ZipInfo) -> str | None:
    """What makes one zip entry unacceptable, in words; None when it is fine."""
    name = info.filename
    mode = info.external_attr >> 16
    if "\\" in name or "\\" in info.orig_filename:
        return "has a backslash in its name; a routine package uses / between folders"
    if name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        return "is an absolute path; a routine package holds only paths inside it"
    if ".." in name.rstrip("/").split("/"):
        return 'goes up a folder with ".."; a routine package holds only paths inside it'
    if not is_safe_relative_path(name.removesuffix("/")):
        return "is not a plain relative path; a routine package holds only paths inside it"
    if stat.S_ISLNK(mode):
        return "is a symbolic link; a routine package holds only plain files"
    if info.flag_bits & 0x1:
        return "is encrypted; a routine package cannot be password-protected"
    return None


def _read_archive(archive: zipfile.ZipFile, shown: str) -> _Contents:
    infos = archive.infolist()
    if len(infos) > MAX_PACKAGE_ENTRIES:
        raise _refuse(
            shown,
            "",
            f"holds {len(infos)} entries; a routine package may hold at most {MAX_PACKAGE_ENTRIES}",
        )
    problems: list[Problem] = []
    seen: set[str] = set()
    first_of: dict[str, str] = {}
    files: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        name = info.filename
        problem = _entry_problem(info)
        # Names a case-insensitive or normalising file system (Windows, macOS) would merge.
        folded = unicodedata.normalize("NFC", name).casefold()
        # Names of one file once "./" is left out: both would be written to it.
        same = "/".join(part for part in folded.rstrip("/").split("/") if part != ".")
        if problem is None and folded in seen:
            problem = "appears twice in the package"
        elif problem is None and same in first_of:
            problem = (
                f'names the same file as "{_name_shown(first_of[same])}"; a routine package '
                "holds each file once"
            )
        seen.add(folded)
        first_of.setdefault(same, name)
        if problem is not None:
            problems.append(Problem(shown, _name_shown(name), problem))
        elif not info.is_dir() and not _IGNORED_ENTRIES.match(name):
            files[name] = info
    if problems:
        raise _Refused(problems)

    declared = sum(info.file_size for info in infos)
    if declared > MAX_PACKAGE_BYTES:
        raise _refuse(
            shown,
            "",
            f"would unpack to {_over(declared, MAX_PACKAGE_BYTES)}; a routine package may "
            f"unpack to at most {_mib(MAX_PACKAGE_BYTES)}",
        )
    routines = [name for name in files if "/" not in name and name.lower().endswith(SUFFIX)]
    if not routines:
        raise _refuse(shown, "", f"holds no routine file ({SUFFIX}) at its top level")
    if len(routines) > 1:
        listed = ", ".join(_name_shown(name) for name in sorted(routines))
        raise _refuse(
            shown, "", f"holds {len(routines)} routine files ({listed}); a package holds one"
        )
    (routine_name,) = routines
    folders = {name.rsplit("/", 1)[0] + "/" for name in files if "/" in name}
    for name, info in files.items():
        if name == routine_name:
            limit, what = MAX_FILE_BYTES, "a routine file"
        elif name.lower().endswith(IMAGE_SUFFIXES):
            limit, what = MAX_IMAGE_BYTES, "an image"
        else:
            problems.append(
                Problem(
                    shown,
                    _name_shown(name),
                    "is neither the routine file nor an image (.svg, .png, .jpg); "
                    "a routine package holds only those",
                )
            )
            continue
        if any(folder.startswith(name + "/") for folder in folders):
            problems.append(Problem(shown, _name_shown(name), "is both a file and a folder"))
        elif info.file_size > limit:
            problems.append(
                Problem(
                    shown,
                    _name_shown(name),
                    f"is {_over(info.file_size, limit)}; {what} may be at most {_mib(limit)}",
                )
            )
    if problems:
        raise _Refused(problems)

    budget = _Budget(shown)
    routine_shown = f"{shown}/{routine_name}"
    data = budget.read(archive, files[routine_name], MAX_FILE_BYTES, "a routine file")
    try:
        routine = parse_routine(data, routine_shown)
    except RoutineError as exc:
        raise _Refused(exc.problems) from None

    def find(name: str) -> bytes | None:
        info = files.get(name)
        return None if info is None else budget.read(archive, info, MAX_IMAGE_BYTES, "an image")

    images, warnings = _gather_images(routine, routine_shown, find)
    stem = routine_name[: -len(SUFFIX)]
    return _Contents(stem, routine_shown, routine, images, warnings)


@dataclass
class _Budget:
    """Reads zip entries counting the bytes that really come out, whatever the headers say."""

    shown: str
    total: int = 0

    def read(self, archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, what: str) -> bytes:
        with archive.open(info) as stream:
            data = stream.read(limit + 1)
        name = _name_shown(info.filename)
        if len(data) > limit:
            raise _refuse(
                self.shown, name, f"unpacks to more than {_mib(limit)}; {what} may be at most that"
            )
        self.total += len(data)
        if self.total > MAX_PACKAGE_BYTES:
            raise _refuse(
                self.shown,
                "",
                f"unpacks to more than {_mib(MAX_PACKAGE_BYTES)}; a routine package may unpack "
                "to at most that",
            )
        return data


def _read_plain_file(path: Path) -> _Contents:
    """Check and read a routine file and the images beside it that it names."""
    try:
        routine = read_routine_file(path)
    except RoutineError as exc:
        raise _Refused(exc.problems) from None
    total = [0]

    def find(name: str) -> bytes | None:
        found = image_in_folder(name, path.parent)
        if found is None:
            return None  # a link out of the folder is as good as missing
        data = read_picture_file(found)  # ImageError for a loop, a FIFO, a device, a folder
        total[0] += len(data)
        if total[0] > MAX_PACKAGE_BYTES:
            raise _refuse(
                str(path),
                "",
                f"its images come to more than {_mib(MAX_PACKAGE_BYTES)}; a routine may bring "
                "at most that",
            )
        return data

    images, warnings = _gather_images(routine, str(path), find)
    return _Contents(path.stem, str(path), routine, images, warnings)


def _gather_images(
    routine: Routine, shown: str, find: Callable[[str], bytes | None]
) -> tuple[dict[str, bytes], tuple[Problem, ...]]:
    """The images the routine uses that `find(name)` supplies, each checked; warnings for the
    ones that are neither supplied nor built in (the exercise then shows no illustration)."""
    images: dict[str, bytes] = {}
    problems: list[Problem] = []
    warnings: list[Problem] = []
    checked: set[str] = set()
    for index, exercise in enumerate(routine.exercises):
        name = exercise.image
        if not name or name in checked:
            continue
        checked.add(name)
        where = f"exercises[{index}].image"
        longest = max(len(part.encode("utf-8")) for part in name.split("/"))
        if longest > MAX_IMAGE_NAME_BYTES:
            problems.append(
                Problem(
                    shown,
                    where,
                    f'"{_name_shown(name)}" has a file name of {longest} bytes; an image\'s may '
                    f"have at most {MAX_IMAGE_NAME_BYTES}",
                )
            )
            continue
        try:
            data = find(name)
        except ImageError as exc:
            problems.append(Problem(shown, where, f'"{_name_shown(name)}" {exc.message}'))
            continue
        if data is None:
            if not is_builtin_image(name):
                warnings.append(
                    Problem(
                        shown,
                        where,
                        f'"{name}" is neither included nor a built-in illustration; the '
                        "exercise will show no illustration",
                    )
                )
            continue
        problem = image_problem(name, data)
        if problem is not None:
            problems.append(Problem(shown, where, f'"{name}" {problem}'))
            continue
        images[name] = data
    if problems:
        raise _Refused(problems)
    return images, tuple(warnings)


# -- importing ------------------------------------------------------------------------------------


class ImportStatus(StrEnum):
    IMPORTED = "imported"
    #: A routine of the same id is in the folder; nothing was written. Ask, then import again
    #: with on_conflict="replace" or "rename".
    CONFLICT = "conflict"
    #: The file cannot be used; `problems` says why. Nothing was written.
    REFUSED = "refused"


@dataclass(frozen=True)
class ImportResult:
    """What `import_routine` did, or why it did not."""

    status: ImportStatus
    #: IMPORTED: the routine as saved (image paths changed). CONFLICT: as read. REFUSED: None.
    routine: Routine | None = None
    #: IMPORTED: the id it was saved under. CONFLICT: the id it asks for.
    routine_id: str = ""
    #: IMPORTED: the new routine file. CONFLICT: the routine file already there.
    path: Path | None = None
    #: CONFLICT: the id "rename" would save it under.
    suggested_id: str = ""
    #: IMPORTED: it replaced a routine of the same id.
    replaced: bool = False
    #: REFUSED: why, each naming the file and field.
    problems: tuple[Problem, ...] = ()
    #: Not reasons to refuse, but worth telling: a missing image, a changed id.
    warnings: tuple[Problem, ...] = ()


def import_routine(
    path: Path, user_routines_folder: Path, *, on_conflict: OnConflict = "ask"
) -> ImportResult:
    """Import a routine package (`*.zip`) or a routine file (`*.toml`, with its images beside
    it) into `user_routines_folder`, after checking all of it.

    The routine is saved as `ID.toml`, ID being the routine file's stem made safe (`slug`); its
    images go to `ID.images/` and its `image` fields are changed to match. When ID is the id of
    a built-in routine it is saved under the next free id, with a warning. When the folder
    already holds a routine of that id: "ask" writes nothing and returns CONFLICT; "replace"
    replaces it (and its images); "rename" saves under the next free id.

    Never raises for a file that cannot be read or used, nor for a folder that cannot be
    written (full, read-only, a name too long for it): each is a REFUSED result naming the
    file, and nothing is left half-written.
    """
    try:
        contents = _read_import(path)
        return _install(contents, user_routines_folder, on_conflict)
    except _Refused as exc:
        return ImportResult(ImportStatus.REFUSED, problems=exc.problems)
    except OSError as exc:
        where = exc.filename if isinstance(exc.filename, str | os.PathLike) else None
        problem = Problem(
            str(where or user_routines_folder),
            "",
            f"could not be written: {_write_error(exc)}; nothing was imported",
        )
        return ImportResult(ImportStatus.REFUSED, problems=(problem,))


def _write_error(exc: OSError) -> str:
    """Why a file could not be written, in words."""
    known = {
        errno.ENOSPC: "no space left on the disk",
        errno.EDQUOT: "the disk quota is used up",
        errno.EROFS: "the folder is read-only",
        errno.EACCES: "permission denied",
        errno.EPERM: "permission denied",
        errno.ENAMETOOLONG: "the name is too long for the file system",
    }
    return known.get(exc.errno or 0, (exc.strerror or str(exc)).lower())


def _read_import(path: Path) -> _Contents:
    lower = path.name.lower()
    if lower.endswith(".zip"):
        return _read_package(path)
    if lower.endswith(SUFFIX):
        return _read_plain_file(path)
    raise _refuse(
        str(path),
        "",
        f"is neither a routine package ({PACKAGE_SUFFIX}) nor a routine file ({SUFFIX})",
    )


def _install(contents: _Contents, folder: Path, on_conflict: OnConflict) -> ImportResult:
    wanted = slug(contents.stem)
    warnings = list(contents.warnings)
    builtin = builtin_ids()
    routine_id = wanted
    existing = folder / f"{wanted}{SUFFIX}"
    replacing = False
    if wanted in builtin or (not _is_file(existing) and _exists(folder, wanted)):
        routine_id = _free_id(wanted, folder, builtin)
        reason = (
            "a built-in routine has that id"
            if wanted in builtin
            else f"{folder / (wanted + IMAGES_SUFFIX)} is already there"
        )
        warnings.append(Problem(contents.shown, "", f'saved as "{routine_id}", since {reason}'))
    elif _is_file(existing):
        if on_conflict == "ask":
            return ImportResult(
                ImportStatus.CONFLICT,
                routine=contents.routine,
                routine_id=wanted,
                path=existing,
                suggested_id=_free_id(wanted, folder, builtin),
                warnings=tuple(warnings),
            )
        if on_conflict == "rename":
            routine_id = _free_id(wanted, folder, builtin)
        else:
            replacing = True

    renamed = _images_renamed(contents, routine_id)
    routine = _with_images(contents.routine, renamed)
    target = folder / f"{routine_id}{SUFFIX}"
    for index, exercise in enumerate(routine.exercises):
        if len(exercise.image) > 255:
            raise _refuse(
                contents.shown,
                f"exercises[{index}].image",
                "is too long once imported: at most 255 characters",
            )
    try:
        data = routine_bytes(routine, str(target))
    except RoutineError as exc:  # not expected of a routine that was read and checked
        raise _Refused(exc.problems) from None
    prefix = f"{routine_id}{IMAGES_SUFFIX}/"
    images = {
        renamed[name].removeprefix(prefix): content for name, content in contents.images.items()
    }
    _write_routine(folder, routine_id, data, images)
    return ImportResult(
        ImportStatus.IMPORTED,
        routine=routine,
        routine_id=routine_id,
        path=target,
        replaced=replacing,
        warnings=tuple(warnings),
    )


def _is_file(path: Path) -> bool:
    return path.is_file() or path.is_symlink()


def _images_renamed(contents: _Contents, routine_id: str) -> dict[str, str]:
    """Where each included image goes: `ID.images/` plus its path, without the images folder of
    the routine it was exported from (so exporting and importing again does not nest)."""
    old_prefix = f"{contents.stem}{IMAGES_SUFFIX}/"
    names = list(contents.images)
    strip = bool(names) and all(name.startswith(old_prefix) for name in names)
    return {
        name: f"{routine_id}{IMAGES_SUFFIX}/{name.removeprefix(old_prefix) if strip else name}"
        for name in names
    }


def _with_images(routine: Routine, renamed: Mapping[str, str]) -> Routine:
    exercises = tuple(
        msgspec.structs.replace(exercise, image=renamed[exercise.image])
        if exercise.image in renamed
        else exercise
        for exercise in routine.exercises
    )
    return msgspec.structs.replace(routine, exercises=exercises)


def _write_routine(folder: Path, routine_id: str, data: bytes, images: Mapping[str, bytes]) -> None:
    """Write `ID.images/` (`images` by their paths inside it) then `ID.toml`, replacing what is
    there, so that a failure leaves the old routine and its images as they were."""
    folder.mkdir(parents=True, exist_ok=True)
    images_folder = folder / f"{routine_id}{IMAGES_SUFFIX}"
    staging: Path | None = None
    aside: Path | None = None
    placed = False
    try:
        if images:
            staging = Path(tempfile.mkdtemp(prefix=f".{images_folder.name}.", dir=folder))
            for name, content in images.items():
                write_atomically(staging / name, content)
        if images_folder.exists() or images_folder.is_symlink():
            aside = folder / f".{images_folder.name}.old-{os.getpid()}-{secrets.token_hex(4)}"
            images_folder.rename(aside)
        if staging is not None:
            staging.rename(images_folder)
            staging, placed = None, True
        write_atomically(folder / f"{routine_id}{SUFFIX}", data)
    except BaseException:
        if placed:
            shutil.rmtree(images_folder, ignore_errors=True)
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)
        if aside is not None:
            with contextlib.suppress(OSError):
                aside.rename(images_folder)
        raise
    if aside is not None:
        _remove(aside)


def _remove(path: Path) -> None:
    if path.is_symlink() or not path.is_dir():
        path.unlink(missing_ok=True)
    else:
        shutil.rmtree(path, ignore_errors=True)


# -- exporting ------------------------------------------------------------------------------------


def package_name_for(source: LibraryEntry | Routine) -> str:
    """The file name a package of `source` gets: `calf-work-week-1.ankle.zip`."""
    return f"{_package_stem(source)}{PACKAGE_SUFFIX}"


def _package_stem(source: LibraryEntry | Routine) -> str:
    return slug(source.id if isinstance(source, LibraryEntry) else source.title)


def export_routine(
    source: LibraryEntry | Routine, folder_of_routine: Path | None, out_path: Path
) -> Path:
    """Write a routine package of `source` to `out_path` (atomically) and return the path.

    `folder_of_routine` is where its `image` paths are looked up: by default the entry's
    folder; for a Routine not saved yet, None means it uses built-in illustrations only. The
    package is checked as `import_routine` would check it, so what is exported imports.

    Raises RoutineError when an image is missing, too large or not allowed in a package, or
    the routine breaks a rule of the format; OSError when `out_path` cannot be written.
    """
    routine = source.routine if isinstance(source, LibraryEntry) else source
    folder = folder_of_routine
    if folder is None and isinstance(source, LibraryEntry):
        folder = source.folder
    stem = _package_stem(source)
    shown = f"{out_path}/{stem}{SUFFIX}"
    files = {f"{stem}{SUFFIX}": routine_bytes(routine, shown)}
    files.update(_images_to_pack(routine, folder, shown))
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as package:
        for name, content in files.items():
            info = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # Unix, so the mode below means what it says
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            package.writestr(info, content)
    data = archive.getvalue()
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            check = _read_archive(package, str(out_path))
    except _Refused as exc:
        raise RoutineError(exc.problems) from None
    if check.routine != routine:
        raise RoutineError([Problem(str(out_path), "", "would not import the same; not written")])
    write_atomically(out_path, data)
    return out_path


def _images_to_pack(routine: Routine, folder: Path | None, shown: str) -> dict[str, bytes]:
    images: dict[str, bytes] = {}
    problems: list[Problem] = []
    for index, exercise in enumerate(routine.exercises):
        name = exercise.image
        if not name or name in images:
            continue
        where = f"exercises[{index}].image"
        found = image_in_folder(name, folder)
        if found is None:
            if not is_builtin_image(name):
                problems.append(
                    Problem(
                        shown,
                        where,
                        f'"{name}" is neither in the routine\'s folder nor a built-in '
                        "illustration; fix it before sharing the routine",
                    )
                )
            continue
        try:
            data = read_picture_file(found)
        except ImageError as exc:
            problems.append(Problem(shown, where, f'"{name}" {exc.message}'))
            continue
        problem = image_problem(name, data)
        if problem is not None:
            problems.append(Problem(shown, where, f'"{name}" {problem}'))
            continue
        images[name] = data
    if problems:
        raise RoutineError(problems)
    return images
