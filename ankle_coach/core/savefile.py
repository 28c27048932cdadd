"""Files the app writes: atomically, and a damaged one moved aside, never deleted."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import suppress
from datetime import datetime
from pathlib import Path
from typing import IO, Any


@contextlib.contextmanager
def atomic_write(
    path: Path, mode: str = "wb", *, temporary: Path | None = None
) -> Iterator[IO[Any]]:
    """Open a file that replaces `path` only when the block ends without an error.

    What is written goes to a temporary file in the same folder (so os.replace never crosses
    file systems), which is flushed and fsynced, then moved over `path`: a reader sees either the
    old file or the whole new one. On any failure the temporary file is removed and the error
    raised. The folder is created when missing. `temporary` names the temporary file when
    someone must be able to find it after a crash (the cue cache names it by process);
    otherwise a fresh hidden name is chosen. `mode` is "wb" or "w" (text as UTF-8).
    """
    if mode not in ("wb", "w"):
        raise ValueError(f"atomic_write writes whole files ('wb' or 'w'), not {mode!r}")
    path.parent.mkdir(parents=True, exist_ok=True)
    encoding = None if "b" in mode else "utf-8"
    if temporary is None:
        handle: IO[Any] = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed below
            mode,
            dir=path.parent,
            prefix=f".{path.name}.",
            suffix=".tmp",
            delete=False,
            encoding=encoding,
        )
        partial = Path(handle.name)
    else:
        partial = temporary
        handle = open(partial, mode, encoding=encoding)  # noqa: SIM115 - closed below
    try:
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(partial)
        raise
    _sync_folder(path.parent)


def write_atomically(path: Path, data: bytes) -> None:
    """Replace `path` with `data` so that it is either the old file or the whole new one
    (see atomic_write)."""
    with atomic_write(path) as handle:
        handle.write(data)


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
