"""What a routine package or an imported routine file may hold, and every reason it is refused.

A routine travels as a **routine package**, `NAME.ankle.zip`: a zip file holding the routine
file `NAME.toml` at its top and the image files it uses, at the relative paths its `image`
fields give (built-in illustrations are not packed; every copy of the app has them).

An imported file is untrusted. Before anything is written it is checked whole here, and refused
with every reason found: sizes (declared in the zip and counted while reading), entry names (no
absolute paths, "..", backslashes or links), kinds of file (the routine and .svg/.png/.jpg
images only, each picture checked by core/images.py), and the routine's own rules. Nothing in
it is executed, and its text is kept as text.
"""

from __future__ import annotations

import io
import lzma
import re
import stat
import unicodedata
import zipfile
import zlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from ankle_coach.core.images import (
    IMAGE_SUFFIXES,
    MAX_IMAGE_BYTES,
    ImageError,
    image_in_folder,
    image_problem,
    is_builtin_image,
    over_text,
    read_picture_file,
    size_text,
)
from ankle_coach.core.library import SUFFIX, read_routine_file
from ankle_coach.core.routine import (
    MAX_FILE_BYTES,
    Problem,
    Routine,
    RoutineError,
    is_safe_relative_path,
    parse_routine,
)

#: What a routine package's file name ends with.
PACKAGE_SUFFIX: Final = ".ankle.zip"
#: The most a package may unpack to (its routine and its images together), and the most the
#: package file itself may weigh.
MAX_PACKAGE_BYTES: Final = 10 * 1024 * 1024
MAX_PACKAGE_ENTRIES: Final = 50
#: The longest name of an image file (or of a folder on its path), in UTF-8 bytes: file
#: systems take 255, and writing it safely adds a temporary name around it.
MAX_IMAGE_NAME_BYTES: Final = 200

# What zip programs add by themselves; never read, never refused.
_IGNORED_ENTRIES: Final = re.compile(r"^(__MACOSX/.*|(.*/)?\.DS_Store)$")


@dataclass(frozen=True)
class Contents:
    """A checked routine from a package or a file, with the bytes of the images it uses."""

    stem: str
    shown: str  # how to name the routine file in messages
    routine: Routine
    images: Mapping[str, bytes]  # by the `image` value that names them
    warnings: tuple[Problem, ...]


class Refused(Exception):
    """A file that cannot be imported or exported: `problems` says every reason found."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__()
        self.problems = tuple(problems)


def refuse(path: str, field: str, message: str) -> Refused:
    """One reason to refuse, to raise."""
    return Refused([Problem(path, field, message)])


def name_shown(name: str) -> str:
    """An entry name as it can be shown safely: no control characters, not too long."""
    clean = "".join("?" if unicodedata.category(char)[0] == "C" else char for char in name)
    return clean if len(clean) <= 100 else clean[:97] + "..."


def read_limited(path: Path, limit: int, what: str) -> bytes:
    """A regular file's bytes, refused when larger than `limit` (checked before and while
    reading: it may grow in between)."""
    shown = str(path)
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise refuse(shown, "", "is not a regular file")
        if info.st_size > limit:
            raise refuse(
                shown,
                "",
                f"is {over_text(info.st_size, limit)}; {what} may be at most {size_text(limit)}",
            )
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except FileNotFoundError:
        raise refuse(shown, "", "no such file") from None
    except PermissionError:
        raise refuse(shown, "", "cannot be read: permission denied") from None
    except OSError as exc:
        raise refuse(shown, "", f"cannot be read: {exc.strerror or exc}") from None
    if len(data) > limit:
        raise refuse(shown, "", f"is larger than {size_text(limit)}; {what} may be at most that")
    return data


def read_package(path: Path) -> Contents:
    """Check and read a routine package. Raises Refused with every reason found."""
    data = read_limited(path, MAX_PACKAGE_BYTES, "a routine package")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return read_archive(archive, str(path))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, zlib.error, lzma.LZMAError) as exc:
        raise refuse(
            str(path), "", f"is not a routine package: the zip file is damaged ({exc})"
        ) from None
    except (NotImplementedError, OSError) as exc:  # an unknown method; a bad bzip2 stream
        raise refuse(str(path), "", f"cannot be unpacked: {exc}") from None


def entry_problem(info: zipfile.ZipInfo) -> str | None:
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


def read_archive(archive: zipfile.ZipFile, shown: str) -> Contents:
    infos = archive.infolist()
    if len(infos) > MAX_PACKAGE_ENTRIES:
        raise refuse(
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
        problem = entry_problem(info)
        # Names a case-insensitive or normalising file system (Windows, macOS) would merge.
        folded = unicodedata.normalize("NFC", name).casefold()
        # Names of one file once "./" is left out: both would be written to it.
        same = "/".join(part for part in folded.rstrip("/").split("/") if part != ".")
        if problem is None and folded in seen:
            problem = "appears twice in the package"
        elif problem is None and same in first_of:
            problem = (
                f'names the same file as "{name_shown(first_of[same])}"; a routine package '
                "holds each file once"
            )
        seen.add(folded)
        first_of.setdefault(same, name)
        if problem is not None:
            problems.append(Problem(shown, name_shown(name), problem))
        elif not info.is_dir() and not _IGNORED_ENTRIES.match(name):
            files[name] = info
    if problems:
        raise Refused(problems)

    declared = sum(info.file_size for info in infos)
    if declared > MAX_PACKAGE_BYTES:
        raise refuse(
            shown,
            "",
            f"would unpack to {over_text(declared, MAX_PACKAGE_BYTES)}; a routine package may "
            f"unpack to at most {size_text(MAX_PACKAGE_BYTES)}",
        )
    routines = [name for name in files if "/" not in name and name.lower().endswith(SUFFIX)]
    if not routines:
        raise refuse(shown, "", f"holds no routine file ({SUFFIX}) at its top level")
    if len(routines) > 1:
        listed = ", ".join(name_shown(name) for name in sorted(routines))
        raise refuse(
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
                    name_shown(name),
                    "is neither the routine file nor an image (.svg, .png, .jpg); "
                    "a routine package holds only those",
                )
            )
            continue
        if any(folder.startswith(name + "/") for folder in folders):
            problems.append(Problem(shown, name_shown(name), "is both a file and a folder"))
        elif info.file_size > limit:
            problems.append(
                Problem(
                    shown,
                    name_shown(name),
                    f"is {over_text(info.file_size, limit)}; {what} may be at most "
                    f"{size_text(limit)}",
                )
            )
    if problems:
        raise Refused(problems)

    budget = Budget(shown)
    routine_shown = f"{shown}/{routine_name}"
    data = budget.read(archive, files[routine_name], MAX_FILE_BYTES, "a routine file")
    try:
        routine = parse_routine(data, routine_shown)
    except RoutineError as exc:
        raise Refused(exc.problems) from None

    def find(name: str) -> bytes | None:
        info = files.get(name)
        return None if info is None else budget.read(archive, info, MAX_IMAGE_BYTES, "an image")

    images, warnings = gather_images(routine, routine_shown, find)
    stem = routine_name[: -len(SUFFIX)]
    return Contents(stem, routine_shown, routine, images, warnings)


@dataclass
class Budget:
    """Reads zip entries counting the bytes that really come out, whatever the headers say."""

    shown: str
    total: int = 0

    def read(self, archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, what: str) -> bytes:
        with archive.open(info) as stream:
            data = stream.read(limit + 1)
        name = name_shown(info.filename)
        if len(data) > limit:
            raise refuse(
                self.shown,
                name,
                f"unpacks to more than {size_text(limit)}; {what} may be at most that",
            )
        self.total += len(data)
        if self.total > MAX_PACKAGE_BYTES:
            raise refuse(
                self.shown,
                "",
                f"unpacks to more than {size_text(MAX_PACKAGE_BYTES)}; a routine package may "
                "unpack to at most that",
            )
        return data


def read_plain_file(path: Path) -> Contents:
    """Check and read a routine file and the images beside it that it names."""
    try:
        routine = read_routine_file(path)
    except RoutineError as exc:
        raise Refused(exc.problems) from None
    total = [0]

    def find(name: str) -> bytes | None:
        data = picture_in_folder(name, path.parent)
        if data is None:
            return None
        total[0] += len(data)
        if total[0] > MAX_PACKAGE_BYTES:
            raise refuse(
                str(path),
                "",
                f"its images come to more than {size_text(MAX_PACKAGE_BYTES)}; a routine may bring "
                "at most that",
            )
        return data

    images, warnings = gather_images(routine, str(path), find)
    return Contents(path.stem, str(path), routine, images, warnings)


def picture_in_folder(name: str, folder: Path | None) -> bytes | None:
    """The unchecked bytes of the picture an `image` value names in `folder`; None when there is
    none there (a link out of the folder is as good as missing). Raises ImageError for a loop, a
    FIFO, a device or a folder."""
    found = image_in_folder(name, folder)
    return None if found is None else read_picture_file(found)


def gather_images(
    routine: Routine,
    shown: str,
    find: Callable[[str], bytes | None],
    *,
    missing_refused: str = "",
) -> tuple[dict[str, bytes], tuple[Problem, ...]]:
    """The images the routine uses that `find(name)` supplies, each checked by core/images.py;
    warnings for the ones that are neither supplied nor built in (the exercise then shows no
    illustration), or, given `missing_refused` (what to say after the name), refusals.

    Raises Refused with every image problem found, in the order of the exercises.
    """
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
                    f'"{name_shown(name)}" has a file name of {longest} bytes; an image\'s may '
                    f"have at most {MAX_IMAGE_NAME_BYTES}",
                )
            )
            continue
        try:
            data = find(name)
        except ImageError as exc:
            problems.append(Problem(shown, where, f'"{name_shown(name)}" {exc.message}'))
            continue
        if data is None:
            if missing_refused and not is_builtin_image(name):
                problems.append(Problem(shown, where, f'"{name}" {missing_refused}'))
            elif not is_builtin_image(name):
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
        raise Refused(problems)
    return images, tuple(warnings)


def read_import(path: Path) -> Contents:
    """Check and read a routine package (`*.zip`) or a routine file with its images beside it."""
    lower = path.name.lower()
    if lower.endswith(".zip"):
        return read_package(path)
    if lower.endswith(SUFFIX):
        return read_plain_file(path)
    raise refuse(
        str(path),
        "",
        f"is neither a routine package ({PACKAGE_SUFFIX}) nor a routine file ({SUFFIX})",
    )
