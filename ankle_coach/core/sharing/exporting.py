"""Exporting a routine as a routine package, `NAME.ankle.zip`, checked as an import would be."""

from __future__ import annotations

import io
import stat
import zipfile
from pathlib import Path
from typing import Final

from ankle_coach.core.i18n import translate
from ankle_coach.core.library import SUFFIX, LibraryEntry
from ankle_coach.core.routine import Problem, Routine, RoutineError
from ankle_coach.core.routine_toml import routine_bytes, slug
from ankle_coach.core.savefile import write_atomically
from ankle_coach.core.sharing.checks import (
    PACKAGE_SUFFIX,
    Refused,
    gather_images,
    picture_in_folder,
    read_archive,
)

#: The date every packed file carries, so exporting the same routine twice gives the same bytes.
_ZIP_DATE: Final = (1980, 1, 1, 0, 0, 0)


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
    routine = source.original if isinstance(source, LibraryEntry) else source
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
            check = read_archive(package, str(out_path))
    except Refused as exc:
        raise RoutineError(exc.problems) from None
    if check.routine != routine:
        said = translate("core.sharing.exporting", "would not import the same; not written")
        raise RoutineError([Problem(str(out_path), "", said)])
    write_atomically(out_path, data)
    return out_path


def _images_to_pack(routine: Routine, folder: Path | None, shown: str) -> dict[str, bytes]:
    """The routine's own images, from `folder`, each checked; RoutineError naming every image
    that is missing (and not built in) or refused."""
    try:
        images, _ = gather_images(
            routine,
            shown,
            lambda name: picture_in_folder(name, folder),
            missing_refused=translate(
                "core.sharing.exporting",
                "is neither in the routine's folder nor a built-in illustration; "
                "fix it before sharing the routine",
            ),
        )
    except Refused as exc:
        raise RoutineError(exc.problems) from None
    return images
