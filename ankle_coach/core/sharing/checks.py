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

from ankle_coach.core.i18n import QT_TRANSLATE_NOOP, translate
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

#: What a limit is of, in the user's language through `translate("core.sharing.checks", ...)`:
#: "{what} may be at most {limit}".
A_PACKAGE: Final = QT_TRANSLATE_NOOP("core.sharing.checks", "a routine package")
A_ROUTINE_FILE: Final = QT_TRANSLATE_NOOP("core.sharing.checks", "a routine file")
AN_IMAGE: Final = QT_TRANSLATE_NOOP("core.sharing.checks", "an image")

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
    reading: it may grow in between). `what` is A_PACKAGE, A_ROUTINE_FILE or AN_IMAGE."""
    shown = str(path)
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise refuse(shown, "", translate("core.sharing.checks", "is not a regular file"))
        if info.st_size > limit:
            raise refuse(shown, "", _too_large(over_text(info.st_size, limit), limit, what))
        with path.open("rb") as handle:
            data = handle.read(limit + 1)
    except FileNotFoundError:
        raise refuse(shown, "", translate("core.sharing.checks", "no such file")) from None
    except PermissionError:
        raise refuse(
            shown, "", translate("core.sharing.checks", "cannot be read: permission denied")
        ) from None
    except OSError as exc:
        raise refuse(
            shown,
            "",
            translate("core.sharing.checks", "cannot be read: {error}").format(
                error=exc.strerror or exc
            ),
        ) from None
    if len(data) > limit:
        raise refuse(
            shown,
            "",
            translate(
                "core.sharing.checks", "is larger than {limit}; {what} may be at most that"
            ).format(limit=size_text(limit), what=translate("core.sharing.checks", what)),
        )
    return data


def _too_large(size: str, limit: int, what: str) -> str:
    """ "is 12 MiB; a routine package may be at most 10 MiB"."""
    return translate("core.sharing.checks", "is {size}; {what} may be at most {limit}").format(
        size=size, what=translate("core.sharing.checks", what), limit=size_text(limit)
    )


def read_package(path: Path) -> Contents:
    """Check and read a routine package. Raises Refused with every reason found."""
    data = read_limited(path, MAX_PACKAGE_BYTES, A_PACKAGE)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return read_archive(archive, str(path))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, zlib.error, lzma.LZMAError) as exc:
        raise refuse(
            str(path),
            "",
            translate(
                "core.sharing.checks", "is not a routine package: the zip file is damaged ({error})"
            ).format(error=exc),
        ) from None
    except (NotImplementedError, OSError) as exc:  # an unknown method; a bad bzip2 stream
        raise refuse(
            str(path),
            "",
            translate("core.sharing.checks", "cannot be unpacked: {error}").format(error=exc),
        ) from None


def entry_problem(info: zipfile.ZipInfo) -> str | None:
    """What makes one zip entry unacceptable, in words; None when it is fine."""
    name = info.filename
    mode = info.external_attr >> 16
    if "\\" in name or "\\" in info.orig_filename:
        return translate(
            "core.sharing.checks",
            "has a backslash in its name; a routine package uses / between folders",
        )
    if name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        return translate(
            "core.sharing.checks",
            "is an absolute path; a routine package holds only paths inside it",
        )
    if ".." in name.rstrip("/").split("/"):
        return translate(
            "core.sharing.checks",
            'goes up a folder with ".."; a routine package holds only paths inside it',
        )
    if not is_safe_relative_path(name.removesuffix("/")):
        return translate(
            "core.sharing.checks",
            "is not a plain relative path; a routine package holds only paths inside it",
        )
    if stat.S_ISLNK(mode):
        return translate(
            "core.sharing.checks", "is a symbolic link; a routine package holds only plain files"
        )
    if info.flag_bits & 0x1:
        return translate(
            "core.sharing.checks", "is encrypted; a routine package cannot be password-protected"
        )
    return None


def read_archive(archive: zipfile.ZipFile, shown: str) -> Contents:
    infos = archive.infolist()
    if len(infos) > MAX_PACKAGE_ENTRIES:
        raise refuse(
            shown,
            "",
            translate(
                "core.sharing.checks",
                "holds {count} entries; a routine package may hold at most {limit}",
            ).format(count=len(infos), limit=MAX_PACKAGE_ENTRIES),
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
            problem = translate("core.sharing.checks", "appears twice in the package")
        elif problem is None and same in first_of:
            problem = translate(
                "core.sharing.checks",
                'names the same file as "{name}"; a routine package holds each file once',
            ).format(name=name_shown(first_of[same]))
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
            translate(
                "core.sharing.checks",
                "would unpack to {size}; a routine package may unpack to at most {limit}",
            ).format(
                size=over_text(declared, MAX_PACKAGE_BYTES), limit=size_text(MAX_PACKAGE_BYTES)
            ),
        )
    routines = [name for name in files if "/" not in name and name.lower().endswith(SUFFIX)]
    if not routines:
        raise refuse(
            shown,
            "",
            translate(
                "core.sharing.checks", "holds no routine file ({suffix}) at its top level"
            ).format(suffix=SUFFIX),
        )
    if len(routines) > 1:
        listed = ", ".join(name_shown(name) for name in sorted(routines))
        raise refuse(
            shown,
            "",
            translate(
                "core.sharing.checks", "holds {count} routine files ({names}); a package holds one"
            ).format(count=len(routines), names=listed),
        )
    (routine_name,) = routines
    folders = {name.rsplit("/", 1)[0] + "/" for name in files if "/" in name}
    for name, info in files.items():
        if name == routine_name:
            limit, what = MAX_FILE_BYTES, A_ROUTINE_FILE
        elif name.lower().endswith(IMAGE_SUFFIXES):
            limit, what = MAX_IMAGE_BYTES, AN_IMAGE
        else:
            problems.append(
                Problem(
                    shown,
                    name_shown(name),
                    translate(
                        "core.sharing.checks",
                        "is neither the routine file nor an image (.svg, .png, .jpg); "
                        "a routine package holds only those",
                    ),
                )
            )
            continue
        if any(folder.startswith(name + "/") for folder in folders):
            problems.append(
                Problem(
                    shown,
                    name_shown(name),
                    translate("core.sharing.checks", "is both a file and a folder"),
                )
            )
        elif info.file_size > limit:
            problems.append(
                Problem(
                    shown,
                    name_shown(name),
                    _too_large(over_text(info.file_size, limit), limit, what),
                )
            )
    if problems:
        raise Refused(problems)

    budget = Budget(shown)
    routine_shown = f"{shown}/{routine_name}"
    data = budget.read(archive, files[routine_name], MAX_FILE_BYTES, A_ROUTINE_FILE)
    try:
        routine = parse_routine(data, routine_shown)
    except RoutineError as exc:
        raise Refused(exc.problems) from None

    def find(name: str) -> bytes | None:
        info = files.get(name)
        return None if info is None else budget.read(archive, info, MAX_IMAGE_BYTES, AN_IMAGE)

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
                translate(
                    "core.sharing.checks",
                    "unpacks to more than {limit}; {what} may be at most that",
                ).format(limit=size_text(limit), what=translate("core.sharing.checks", what)),
            )
        self.total += len(data)
        if self.total > MAX_PACKAGE_BYTES:
            raise refuse(
                self.shown,
                "",
                translate(
                    "core.sharing.checks",
                    "unpacks to more than {limit}; a routine package may unpack to at most that",
                ).format(limit=size_text(MAX_PACKAGE_BYTES)),
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
                translate(
                    "core.sharing.checks",
                    "its images come to more than {limit}; a routine may bring at most that",
                ).format(limit=size_text(MAX_PACKAGE_BYTES)),
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
                    translate(
                        "core.sharing.checks",
                        '"{name}" has a file name of {length} bytes; an image\'s may have at most '
                        "{limit}",
                    ).format(name=name_shown(name), length=longest, limit=MAX_IMAGE_NAME_BYTES),
                )
            )
            continue
        try:
            data = find(name)
        except ImageError as exc:
            problems.append(Problem(shown, where, named_problem(name_shown(name), exc.message)))
            continue
        if data is None:
            if missing_refused and not is_builtin_image(name):
                problems.append(Problem(shown, where, named_problem(name, missing_refused)))
            elif not is_builtin_image(name):
                warnings.append(
                    Problem(
                        shown,
                        where,
                        translate(
                            "core.sharing.checks",
                            '"{name}" is neither included nor a built-in illustration; the '
                            "exercise will show no illustration",
                        ).format(name=name),
                    )
                )
            continue
        problem = image_problem(name, data)
        if problem is not None:
            problems.append(Problem(shown, where, named_problem(name, problem)))
            continue
        images[name] = data
    if problems:
        raise Refused(problems)
    return images, tuple(warnings)


def named_problem(name: str, problem: str) -> str:
    """An image's problem after its name: '"calf.png" is not a PNG image inside' (the problem
    is a predicate in the user's language, as core/images.py words it)."""
    return translate("core.sharing.checks", '"{name}" {problem}').format(name=name, problem=problem)


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
        translate(
            "core.sharing.checks",
            "is neither a routine package ({package}) nor a routine file ({suffix})",
        ).format(package=PACKAGE_SUFFIX, suffix=SUFFIX),
    )
