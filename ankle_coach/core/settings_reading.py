"""Reading the settings file's TOML safely (core/settings.py checks what is in it): looked at
before it is opened, opened without waiting, never more than MAX_FILE_BYTES read. Each reason
it cannot be used is said in the user's language."""

from __future__ import annotations

import errno
import os
import stat
import tomllib
from pathlib import Path
from typing import Any, Final

from ankle_coach.core.i18n import current_language, translate
from ankle_coach.core.paths import kind_of_file


class Unusable(Exception):
    """The whole file cannot be used; the message finishes "The settings file X could not be
    used: ..."."""


class NotAFile(Exception):
    """Not a regular file (a folder, a pipe, a device, a link in a loop): never read, never
    moved; the message says what it is."""


class CannotRead(Exception):
    """The file is there but cannot be read now (permission, a disk error): left as it is."""


#: A settings file is a few hundred bytes; anything far larger is not one, and is never parsed.
MAX_FILE_BYTES: Final = 64 * 1024


def read_document(path: Path) -> dict[str, Any]:
    """The file's TOML document. Looked at before it is opened, and opened without waiting
    (a named pipe would hold the start up forever), then checked again once open."""
    try:
        found = os.stat(path)
    except FileNotFoundError:
        raise Unusable(
            translate("core.settings_reading", "it is a link to a file that does not exist")
        ) from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise NotAFile(_loop_words(path)) from None
        raise CannotRead(exc.strerror or str(exc)) from None
    if not stat.S_ISREG(found.st_mode):
        raise NotAFile(kind_words(found.st_mode))
    data = _read_bytes(path)
    try:
        text = data.decode("utf-8-sig")  # a byte-order mark from a Windows editor is fine
    except UnicodeDecodeError:
        raise Unusable(translate("core.settings_reading", "it is not UTF-8 text")) from None
    if not text.strip():
        raise Unusable(translate("core.settings_reading", "it is empty"))
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise Unusable(_not_toml(str(exc))) from None
    except RecursionError:
        raise Unusable(
            translate(
                "core.settings_reading",
                "it is not valid TOML (its lists or tables are nested too deeply)",
            )
        ) from None
    except MemoryError:
        raise Unusable(translate("core.settings_reading", "it is too large to read")) from None
    except ValueError as exc:  # a number of thousands of digits, say
        words = (
            translate("core.settings_reading", "a number in it has too many digits")
            if "digits" in str(exc)
            else str(exc)
        )
        raise Unusable(_not_toml(words)) from None


def _not_toml(why: str) -> str:
    return translate("core.settings_reading", "it is not valid TOML ({error})").format(error=why)


def _read_bytes(path: Path) -> bytes:
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise NotAFile(_loop_words(path)) from None
        raise CannotRead(exc.strerror or str(exc)) from None
    try:
        found = os.fstat(descriptor)
        if not stat.S_ISREG(found.st_mode):  # replaced since it was looked at
            raise NotAFile(kind_words(found.st_mode))
        if found.st_size > MAX_FILE_BYTES:
            raise Unusable(_too_large(found.st_size))
        chunks: list[bytes] = []
        size = 0
        while size <= MAX_FILE_BYTES:
            chunk = os.read(descriptor, MAX_FILE_BYTES + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > MAX_FILE_BYTES:  # it grew since
            raise Unusable(_too_large(size))
        return b"".join(chunks)
    except OSError as exc:
        raise CannotRead(exc.strerror or str(exc)) from None
    finally:
        os.close(descriptor)


def _too_large(size: int) -> str:
    shown = f"{size / 1024:.1f} KiB" if size < 1024 * 1024 else f"{size / 1024 / 1024:.1f} MiB"
    if current_language() != "en":  # German and Spanish write a decimal comma
        shown = shown.replace(".", ",")
    return translate(
        "core.settings_reading", "it is {size}; a settings file is at most {limit} KiB"
    ).format(size=shown, limit=MAX_FILE_BYTES // 1024)


def kind_words(mode: int) -> str:
    return translate("core.settings_reading", "it is {kind}").format(kind=kind_of_file(mode))


def _loop_words(path: Path) -> str:
    in_a_loop = translate("core.settings_reading", "it is a link in a loop of links")
    try:
        target = path.parent / os.readlink(path)
    except OSError:
        return in_a_loop
    if os.path.normpath(target) == os.path.normpath(path):
        return translate("core.settings_reading", "it is a link that points back to itself")
    return in_a_loop
