"""Files the app writes: atomically, and a damaged one moved aside, never deleted."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from contextlib import suppress
from datetime import datetime
from pathlib import Path


def write_atomically(path: Path, data: bytes) -> None:
    """Replace `path` with `data` so that it is either the old file or the whole new one.

    A temporary file in the same folder (so os.replace never crosses file systems) is written,
    flushed and fsynced, then moved over `path`; on any failure it is removed and the error
    raised. The folder is created when missing.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = tempfile.NamedTemporaryFile(
        "wb", dir=path.parent, prefix=f".{path.name}.", suffix=".tmp", delete=False
    )
    try:
        with handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(handle.name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(handle.name)
        raise
    _sync_folder(path.parent)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable where the system allows opening a folder (not Windows)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def move_aside(
    path: Path, now: Callable[[], datetime], *, side_files: tuple[str, ...] = ()
) -> tuple[Path, str | None]:
    """Rename a damaged `path` to `NAME.corrupt-YYYYmmdd-HHMMSS` (never deleted), with the files
    named `NAME + suffix` for each of `side_files` (a database's write-ahead log, so the pair can
    still be opened); returns where to, and what went wrong when it could not be moved."""
    stamp = now().strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.corrupt-{stamp}")
    number = 1
    while aside.exists() or aside.is_symlink():
        number += 1
        aside = path.with_name(f"{path.name}.corrupt-{stamp}-{number}")
    try:
        path.rename(aside)
    except OSError as exc:
        return aside, str(exc.strerror or exc)
    for suffix in side_files:
        side = path.with_name(path.name + suffix)
        if side.exists():
            try:
                side.rename(aside.with_name(aside.name + suffix))
            except OSError:
                # A write-ahead log left beside a new database would be read into it.
                with suppress(OSError):
                    side.unlink()
    return aside, None
