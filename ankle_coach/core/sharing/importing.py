"""Importing a routine package or a routine file into the user's routines folder.

The file is checked whole first (sharing/checks.py). An imported routine is saved under its
file's stem (made a safe name) as `ID.toml`, its images under `ID.images/`, so two routines
never share or overwrite each other's pictures. A routine already there is never replaced
without asking: `on_conflict="ask"` returns a CONFLICT result for the UI to turn into a
question, then "replace" or "rename" does what the user chose.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import shutil
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Literal

import msgspec

from ankle_coach.core.i18n import QT_TRANSLATE_NOOP, translate
from ankle_coach.core.library import SUFFIX
from ankle_coach.core.routine import Problem, Routine, RoutineError
from ankle_coach.core.routine_toml import (
    IMAGES_SUFFIX,
    builtin_ids,
    free_id,
    routine_bytes,
    routine_exists,
    slug,
)
from ankle_coach.core.savefile import write_atomically
from ankle_coach.core.sharing.checks import Contents, Refused, read_import, refuse

OnConflict = Literal["ask", "replace", "rename"]


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
        contents = read_import(path)
        return _install(contents, user_routines_folder, on_conflict)
    except Refused as exc:
        return ImportResult(ImportStatus.REFUSED, problems=exc.problems)
    except OSError as exc:
        where = exc.filename if isinstance(exc.filename, str | os.PathLike) else None
        problem = Problem(
            str(where or user_routines_folder),
            "",
            translate(
                "core.sharing.importing", "could not be written: {reason}; nothing was imported"
            ).format(reason=_write_error(exc)),
        )
        return ImportResult(ImportStatus.REFUSED, problems=(problem,))


def _write_error(exc: OSError) -> str:
    """Why a file could not be written, in words."""
    known = {
        errno.ENOSPC: QT_TRANSLATE_NOOP("core.sharing.importing", "no space left on the disk"),
        errno.EDQUOT: QT_TRANSLATE_NOOP("core.sharing.importing", "the disk quota is used up"),
        errno.EROFS: QT_TRANSLATE_NOOP("core.sharing.importing", "the folder is read-only"),
        errno.EACCES: QT_TRANSLATE_NOOP("core.sharing.importing", "permission denied"),
        errno.EPERM: QT_TRANSLATE_NOOP("core.sharing.importing", "permission denied"),
        errno.ENAMETOOLONG: QT_TRANSLATE_NOOP(
            "core.sharing.importing", "the name is too long for the file system"
        ),
    }
    found = known.get(exc.errno or 0)
    if found is None:  # the system's own words, in the system's language
        return (exc.strerror or str(exc)).lower()
    return translate("core.sharing.importing", found)


def _install(contents: Contents, folder: Path, on_conflict: OnConflict) -> ImportResult:
    wanted = slug(contents.stem)
    warnings = list(contents.warnings)
    builtin = builtin_ids()
    routine_id = wanted
    existing = folder / f"{wanted}{SUFFIX}"
    replacing = False
    if wanted in builtin or (not _is_file(existing) and routine_exists(folder, wanted)):
        routine_id = free_id(wanted, folder, builtin)
        said = (
            translate(
                "core.sharing.importing", 'saved as "{id}", since a built-in routine has that id'
            )
            if wanted in builtin
            else translate(
                "core.sharing.importing", 'saved as "{id}", since {folder} is already there'
            )
        )
        warnings.append(
            Problem(
                contents.shown,
                "",
                said.format(id=routine_id, folder=folder / (wanted + IMAGES_SUFFIX)),
            )
        )
    elif _is_file(existing):
        if on_conflict == "ask":
            return ImportResult(
                ImportStatus.CONFLICT,
                routine=contents.routine,
                routine_id=wanted,
                path=existing,
                suggested_id=free_id(wanted, folder, builtin),
                warnings=tuple(warnings),
            )
        if on_conflict == "rename":
            routine_id = free_id(wanted, folder, builtin)
        else:
            replacing = True

    renamed = _images_renamed(contents, routine_id)
    routine = _with_images(contents.routine, renamed)
    target = folder / f"{routine_id}{SUFFIX}"
    for index, exercise in enumerate(routine.exercises):
        if len(exercise.image) > 255:
            raise refuse(
                contents.shown,
                f"exercises[{index}].image",
                translate(
                    "core.sharing.importing", "is too long once imported: at most 255 characters"
                ),
            )
    try:
        data = routine_bytes(routine, str(target))
    except RoutineError as exc:  # not expected of a routine that was read and checked
        raise Refused(exc.problems) from None
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


def _images_renamed(contents: Contents, routine_id: str) -> dict[str, str]:
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
