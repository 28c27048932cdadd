"""Files the app writes: atomically, and a damaged one moved aside, never deleted."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Callable, Iterator
from contextlib import suppress
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from ankle_coach.core.i18n import translate
from ankle_coach.core.paths import kind_of_file


@contextlib.contextmanager
def atomic_write(
    path: Path, mode: str = "wb", *, temporary: Path | None = None, private: bool = False
) -> Iterator[IO[Any]]:
    """Open a file that replaces `path` only when the block ends without an error.

    What is written goes to a temporary file in the same folder (so os.replace never crosses
    file systems), which is flushed and fsynced, then moved over `path`: a reader sees either the
    old file or the whole new one. On any failure the temporary file is removed and the error
    raised. The folder is created when missing. `temporary` names the temporary file when
    someone must be able to find it after a crash (the cue cache names it by process);
    otherwise a fresh hidden name is chosen. `mode` is "wb" or "w" (text as UTF-8).

    `path` a symbolic link: the file it leads to is replaced, the link kept. Something there
    that is not a regular file (a device such as /dev/full, a named pipe, a socket, a folder) is
    never replaced: NotAFileThere. The new file has the replaced one's permissions, or a new
    file's (the umask's: a handout others may read); `private` makes it the owner's alone.
    """
    if mode not in ("wb", "w"):
        raise ValueError(f"atomic_write writes whole files ('wb' or 'w'), not {mode!r}")
    path, kept = _written_file(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    encoding = None if "b" in mode else "utf-8"
    if temporary is None:
        partial, descriptor = _new_temporary(path, kept, 0o600 if private else 0o666)
        handle: IO[Any] = open(descriptor, mode, encoding=encoding)  # noqa: SIM115 - closed below
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


def write_atomically(path: Path, data: bytes, *, private: bool = False) -> None:
    """Replace `path` with `data` so that it is either the old file or the whole new one
    (see atomic_write)."""
    with atomic_write(path, private=private) as handle:
        handle.write(data)


class NotAFileThere(OSError):
    """What is at the path written to is not a regular file, and was left as it is."""

    def __init__(self, path: Path, mode: int) -> None:
        said = translate("core.savefile", "{kind} is there, not a file; it was left as it is")
        super().__init__(errno.EEXIST, said.format(kind=kind_of_file(mode)), str(path))


def _written_file(path: Path) -> tuple[Path, int | None]:
    """The file a write to `path` replaces (the one a link leads to, else `path`), and its
    permissions when it is there. Raises NotAFileThere for a device, named pipe, socket or
    folder."""
    target = Path(os.path.realpath(path)) if path.is_symlink() else path
    try:
        found = os.stat(target)
    except OSError as exc:
        if exc.errno == errno.ELOOP:  # a link that leads back to itself: left as it is
            raise
        return target, None  # nothing there yet (or the write will say what is wrong)
    if not stat.S_ISREG(found.st_mode):
        raise NotAFileThere(target, found.st_mode)
    return target, stat.S_IMODE(found.st_mode)


def _new_temporary(path: Path, kept: int | None, permissions: int) -> tuple[Path, int]:
    """A new hidden file beside `path`, open for writing: with `kept`, the permissions of the
    file it will replace, or `permissions` less the umask for a new one."""
    for _ in range(100):
        partial = path.with_name(f".{path.name}.{os.urandom(4).hex()}.tmp")
        try:
            descriptor = os.open(
                partial,
                os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                permissions,
            )
        except FileExistsError:
            continue
        if kept is not None and os.name == "posix":
            with contextlib.suppress(OSError):
                os.fchmod(descriptor, kept)
        return partial, descriptor
    raise FileExistsError(errno.EEXIST, "no free name for a temporary file", str(path))


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
