"""Finds routine files (built-in, the user's folder, files opened by path) and loads them.

Loading never stops at a bad file: it returns the good routines and one Problem per bad file.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from pathlib import Path
from typing import Final

from ankle_coach.core.i18n import QT_TRANSLATE_NOOP, current_language, translate
from ankle_coach.core.paths import Paths, builtin_routines_dir, kind_of_file
from ankle_coach.core.routine import MAX_FILE_BYTES, Problem, Routine, RoutineError, parse_routine

SUFFIX = ".toml"


class Origin(StrEnum):
    BUILT_IN = "built-in"
    USER = "my routines"
    FILE = "file"
    #: Tried from the editor before it was saved: never in the library, never logged.
    UNSAVED = "unsaved"


@dataclass(frozen=True)
class LibraryEntry:
    """A routine that loaded, with where it came from. Its id is the file's stem.

    `original` is the routine as its file holds it (English, with every translation): what the
    editor edits, what is exported and saved. `routine` is the one shown and spoken: `original`
    in the language in use (`core.i18n.current_language()`), asked each time, so a language
    chosen in Settings shows at once."""

    id: str
    path: Path
    origin: Origin
    original: Routine
    _shown: dict[str, Routine] = field(default_factory=dict, compare=False, repr=False)

    @property
    def routine(self) -> Routine:
        """The routine in the language in use (English for any text it does not translate)."""
        language = current_language()
        shown = self._shown.get(language)
        if shown is None:
            shown = self._shown[language] = self.original.in_language(language)
        return shown

    @property
    def folder(self) -> Path:
        """Where paths inside the routine (its images) are looked up."""
        return self.path.parent

    @cached_property
    def picture_problems(self) -> tuple[Problem, ...]:
        """Why pictures its exercises name cannot be shown (`picture_problems`); looked at when
        first asked for, not at start-up, then kept. The routine is used all the same."""
        return picture_problems(self.original, self.folder, str(self.path))


@dataclass
class Library:
    entries: list[LibraryEntry] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def get(self, routine_id: str) -> LibraryEntry | None:
        return next((entry for entry in self.entries if entry.id == routine_id), None)

    def extend(self, other: Library) -> None:
        """Add another library's routines; an id already taken is reported, not loaded."""
        for entry in other.entries:
            taken = self.get(entry.id)
            if taken is None:
                self.entries.append(entry)
                continue
            message = translate(
                "core.library",
                'the routine id "{id}" is already used by {path} ({origin}); rename this file '
                "to load it",
            ).format(id=entry.id, path=taken.path, origin=origin_words(taken.origin))
            self.problems.append(Problem(str(entry.path), "", message))
        self.problems.extend(other.problems)


#: Where a routine came from, in a problem's words (shown with `origin_words`).
ORIGIN_WORDS: Final = {
    Origin.BUILT_IN: QT_TRANSLATE_NOOP("core.library", "built-in"),
    Origin.USER: QT_TRANSLATE_NOOP("core.library", "my routines"),
    Origin.FILE: QT_TRANSLATE_NOOP("core.library", "file"),
    Origin.UNSAVED: QT_TRANSLATE_NOOP("core.library", "unsaved"),
}


def origin_words(origin: Origin) -> str:
    """ "built-in", "my routines"... in the language in use (`str(origin)` is the id)."""
    return translate("core.library", ORIGIN_WORDS[origin])


#: The built-in routines' tags in a reader's words. A tag is the file's own word (searched,
#: written back as it is); these are shown in the language in use (`tag_words`).
TAG_WORDS: Final = {
    "after-run": QT_TRANSLATE_NOOP("core.library", "after-run"),
    "pre-run": QT_TRANSLATE_NOOP("core.library", "pre-run"),
    "stretch": QT_TRANSLATE_NOOP("core.library", "stretch"),
    "strength": QT_TRANSLATE_NOOP("core.library", "strength"),
    "warm-up": QT_TRANSLATE_NOOP("core.library", "warm-up"),
    "massage": QT_TRANSLATE_NOOP("core.library", "massage"),
    "step": QT_TRANSLATE_NOOP("core.library", "step"),
    "floor": QT_TRANSLATE_NOOP("core.library", "floor"),
    "standing": QT_TRANSLATE_NOOP("core.library", "standing"),
    "seated": QT_TRANSLATE_NOOP("core.library", "seated"),
}


def tag_words(tag: str) -> str:
    """A tag as shown: a built-in routine's tag in the language in use ("nach dem Laufen" for
    "after-run" in German), any other as its file writes it."""
    known = TAG_WORDS.get(tag)
    return translate("core.library", known) if known is not None else tag


#: Said of a picture that is neither in the routine's folder nor built in (Export refuses it);
#: shown with `translate("core.library", MISSING_PICTURE)`.
MISSING_PICTURE: Final = QT_TRANSLATE_NOOP(
    "core.library",
    "is neither in the routine's folder nor a built-in illustration; the exercise shows no "
    "illustration",
)


def picture_problems(routine: Routine, folder: Path | None, shown: str) -> tuple[Problem, ...]:
    """One Problem per exercise whose `image` cannot be shown: missing (and not built in), not a
    picture file, too large, or refused by the checks Export makes (core/sharing/checks.py, with
    core/images.py: malformed, too costly to draw, entities, references out of the file). The
    field is `exercises[N].image`; each exercise naming a bad picture has its own line, in order.
    A bad picture is a problem, not a refusal: the routine loads and runs without it."""
    from ankle_coach.core.sharing.checks import Refused, gather_images, picture_in_folder

    try:
        gather_images(
            routine,
            shown,
            lambda name: picture_in_folder(name, folder),
            missing_refused=translate("core.library", MISSING_PICTURE),
        )
    except Refused as exc:
        found = exc.problems
    else:
        return ()
    # Export names each picture once, at the first exercise using it; every one is said here.
    said = {problem.field: problem.message for problem in found}
    why: dict[str, str] = {}
    for index, exercise in enumerate(routine.exercises):
        message = said.get(f"exercises[{index}].image")
        if message is not None:
            why.setdefault(exercise.image, message)
    return tuple(
        Problem(shown, f"exercises[{index}].image", why[exercise.image])
        for index, exercise in enumerate(routine.exercises)
        if exercise.image in why
    )


def read_routine_file(path: Path, *, inside: Path | None = None) -> Routine:
    """Read and check one routine file. Raises RoutineError with every problem found.

    `inside`: the folder the file was found in; a symlink that leads out of it is refused.
    What it is is looked at before it is opened: a link in a loop, a link to nothing, a folder,
    a named pipe (which would wait for a writer for ever) or a device is a problem, never read.
    """
    shown = str(path)

    def refused(message: str) -> RoutineError:
        return RoutineError([Problem(shown, "", message)])

    try:
        found = os.lstat(path)
        if stat.S_ISLNK(found.st_mode):
            found = _followed(path, refused)
            if inside is not None:
                target = Path(os.path.realpath(path))
                if not target.is_relative_to(os.path.realpath(inside)):
                    raise refused(
                        translate(
                            "core.library", "is a link to {target}, outside {folder}; not loaded"
                        ).format(target=target, folder=inside)
                    )
        _check_kind(found, refused)
        descriptor = os.open(path, _READ_FLAGS)
        try:
            _check_kind(os.fstat(descriptor), refused)  # the same file as was looked at
            data = _read_at_most(descriptor, MAX_FILE_BYTES + 1)  # it may have grown since
        finally:
            os.close(descriptor)
    except FileNotFoundError:
        raise refused(translate("core.library", "no such file")) from None
    except IsADirectoryError:
        raise refused(_a_folder()) from None
    except PermissionError:
        raise refused(translate("core.library", "cannot be read: permission denied")) from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise refused(_loop_words(path)) from None
        # The system's reason (strerror) comes in the system's words.
        message = translate("core.library", "cannot be read: {reason}")
        raise refused(message.format(reason=exc.strerror or exc)) from None
    return parse_routine(data, shown)


#: Opening never waits: a named pipe put in the place of a file (after it was looked at) would
#: wait for a writer for ever.
_READ_FLAGS: Final = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_BINARY", 0)
    | getattr(os, "O_CLOEXEC", 0)
)


def _followed(link: Path, refused: Callable[[str], RoutineError]) -> os.stat_result:
    """What a link leads to; a link to nothing or in a loop is a problem."""
    try:
        return os.stat(link)
    except FileNotFoundError:
        try:
            target = os.readlink(link)
        except OSError:
            raise refused(
                translate("core.library", "is a link to a file that does not exist")
            ) from None
        message = translate("core.library", "is a link to {target}, which does not exist")
        raise refused(message.format(target=target)) from None


def _check_kind(found: os.stat_result, refused: Callable[[str], RoutineError]) -> None:
    mode = found.st_mode
    if stat.S_ISDIR(mode):
        raise refused(_a_folder())
    if not stat.S_ISREG(mode):
        message = translate("core.library", "is not a regular file ({kind}); it was not read")
        raise refused(message.format(kind=kind_of_file(mode)))
    if found.st_size > MAX_FILE_BYTES:
        message = translate(
            "core.library", "the file is {size} MiB; a routine file may be at most 1 MiB"
        )
        raise refused(message.format(size=f"{found.st_size / (1024 * 1024):.1f}"))


def _a_folder() -> str:
    return translate("core.library", "is a folder, not a routine file")


def _read_at_most(descriptor: int, limit: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while size < limit:
        chunk = os.read(descriptor, limit - size)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    return b"".join(chunks)


def _loop_words(link: Path) -> str:
    try:
        target = link.parent / os.readlink(link)
    except OSError:
        return translate("core.library", "is a link in a loop of links that never reaches a file")
    if os.path.normpath(target) == os.path.normpath(link):
        return translate("core.library", "is a link that points back to itself")
    return translate("core.library", "is a link in a loop of links that never reaches a file")


def load_folder(folder: Path, origin: Origin) -> Library:
    """Every `*.toml` file directly in `folder`, sorted by name. A missing folder is empty."""
    library = Library()
    try:
        names = sorted(
            entry.name
            for entry in os.scandir(folder)
            if entry.name.endswith(SUFFIX) and not entry.name.startswith(".")
        )
    except FileNotFoundError:
        return library
    except OSError as exc:
        message = translate("core.library", "the folder cannot be read: {reason}")
        library.problems.append(
            Problem(str(folder), "", message.format(reason=exc.strerror or exc))
        )
        return library
    for name in names:
        path = folder / name
        try:
            routine = read_routine_file(path, inside=folder)
        except RoutineError as exc:
            library.problems.extend(exc.problems)
            continue
        library.entries.append(LibraryEntry(path.stem, path, origin, routine))
    return library


def load_files(paths: Iterable[Path]) -> Library:
    library = Library()
    for path in paths:
        try:
            routine = read_routine_file(path)
        except RoutineError as exc:
            library.problems.extend(exc.problems)
            continue
        library.entries.append(LibraryEntry(path.stem, path, Origin.FILE, routine))
    return library


def load_library(paths: Paths | None = None, files: Sequence[Path] = ()) -> Library:
    """Built-in routines, then the user's routines folder, then files given by path."""
    paths = paths or Paths.default()
    library = load_folder(builtin_routines_dir(), Origin.BUILT_IN)
    library.extend(load_folder(paths.user_routines, Origin.USER))
    library.extend(load_files(files))
    return library


def resolve(reference: str, paths: Paths | None = None) -> LibraryEntry:
    """A routine named by library id or by the path of a routine file.

    Raises RoutineError: the file's problems, or that no routine has that id.
    """
    candidate = Path(reference)
    if reference.endswith(SUFFIX) or os.sep in reference or candidate.is_file():
        routine = read_routine_file(candidate)
        return LibraryEntry(candidate.stem, candidate, Origin.FILE, routine)
    library = load_library(paths)
    entry = library.get(reference)
    if entry is not None:
        return entry
    for problem in library.problems:
        if Path(problem.path).stem == reference:
            raise RoutineError([p for p in library.problems if p.path == problem.path])
    ids = ", ".join(e.id for e in library.entries)  # ids are the files' names: not translated
    if ids:
        message = translate(
            "core.library", "no routine has this id and no such file exists (ids: {ids})"
        ).format(ids=ids)
    else:
        message = translate(
            "core.library", "no routine has this id and no such file exists (ids: none)"
        )
    raise RoutineError([Problem(reference, "", message)])
