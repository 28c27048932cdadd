"""Routine packages and files built in the tests: good ones, and the hostile shapes they take."""

from __future__ import annotations

import os
import stat
import struct
import zipfile
from collections.abc import Sequence
from pathlib import Path

import pytest

from ankle_coach.core.routine import (
    Exercise,
    Routine,
)
from tests.support.pictures import png

ROUTINE = Routine(
    format=1, title="Calf work, week 1", exercises=(Exercise(name="Calf", hold_seconds=30.0),)
)


GOOD_SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 30">'
    b'<defs><linearGradient id="g"/></defs><rect width="40" height="30" fill="url(#g)"/></svg>'
)


PNG = png(2, 2)


def routine_toml(image: str = "heel.svg", **header: str) -> str:
    lines = ["format = 1", 'title = "Heel drops"']
    lines += [f"{key} = {value}" for key, value in header.items()]
    lines += ["[[exercises]]", 'name = "Heel drops"', f'image = "{image}"', "reps = 12"]
    return "\n".join(lines) + "\n"


Entries = Sequence[tuple[str | zipfile.ZipInfo, bytes]]


def make_zip(path: Path, entries: Entries) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            archive.writestr(name, data)
    return path


def symlink_entry(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.create_system = 3
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


def patch_headers(path: Path, name: str, local: int, central: int, fmt: str, value: int) -> Path:
    """Overwrite a field of `name`'s local and central zip headers (at those offsets)."""
    data = bytearray(path.read_bytes())
    encoded = name.encode()
    for signature, field_at, name_at in ((b"PK\x03\x04", local, 30), (b"PK\x01\x02", central, 46)):
        start = 0
        while (start := data.find(signature, start)) >= 0:
            if data[start + name_at : start + name_at + len(encoded)] == encoded:
                struct.pack_into(fmt, data, start + field_at, value)
            start += 4
    path.write_bytes(bytes(data))
    return path


def lying_sizes(path: Path, name: str, size: int) -> Path:
    """Make `name`'s headers declare `size` uncompressed bytes."""
    return patch_headers(path, name, 22, 24, "<I", size)


PKG = "heel.ankle.zip"


def write_file(path: Path, text: str) -> Path:
    path.write_text(text)
    return path


def tree(folder: Path) -> dict[str, bytes | None]:
    """Every path under `folder` with its bytes (None for a folder): what a test compares."""
    if not folder.exists():
        return {}
    return {
        str(path.relative_to(folder)): (None if path.is_dir() else path.read_bytes())
        for path in sorted(folder.rglob("*"))
    }


def symlink_loop(folder: Path) -> None:
    (folder / "heel.svg").symlink_to("heel.svg")


def fifo(folder: Path) -> None:
    os.mkfifo(folder / "heel.svg")


def folder_named(folder: Path) -> None:
    (folder / "heel.svg").mkdir()


ODD_FILES = [
    pytest.param(symlink_loop, "is a symbolic link that leads back to itself", id="symlink loop"),
    pytest.param(fifo, "is a named pipe, not an image file", id="FIFO"),
    pytest.param(folder_named, "is a folder, not an image file", id="folder"),
]


def package_with_image(tmp_path: Path, content: bytes = GOOD_SVG) -> Path:
    return make_zip(
        tmp_path / PKG,
        [("heel.toml", routine_toml("img/heel.svg").encode()), ("img/heel.svg", content)],
    )
