"""core/png_data.py: a PNG's pixel data read to its end, without decoding it to pixels."""

from __future__ import annotations

import struct
import zlib

import pytest

from ankle_coach.core.images import image_problem
from ankle_coach.core.png_data import png_data_problem
from tests.support.pictures import png

SIGNATURE = b"\x89PNG\r\n\x1a\n"


def chunk(kind: bytes, data: bytes, crc: int | None = None) -> bytes:
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", crc or zlib.crc32(body))


def made(
    idat: list[bytes], *, size: tuple[int, int] = (4, 3), interlaced: bool = False, end: bool = True
) -> bytes:
    header = struct.pack(">IIBBBBB", *size, 8, 2, 0, 0, 1 if interlaced else 0)
    return (
        SIGNATURE
        + chunk(b"IHDR", header)
        + b"".join(chunk(b"IDAT", part) for part in idat)
        + (chunk(b"IEND", b"") if end else b"")
    )


RAW = b"".join(b"\x00" + b"\x10\x20\x30" * 4 for _ in range(3))  # 4 x 3 RGB, 39 bytes


def test_a_whole_png_is_fine_in_one_chunk_or_many() -> None:
    assert png_data_problem(png(40, 30)) is None
    stream = zlib.compress(RAW)
    assert png_data_problem(made([stream])) is None
    assert png_data_problem(made([stream[:5], stream[5:9], stream[9:]])) is None
    assert png_data_problem(made([zlib.compress(RAW * 3)], interlaced=True)) is None  # not sized


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (made([b"not deflated pixels"]), "stream"),
        (made([zlib.compress(RAW)[:-6]]), "stream"),  # the stream cut short
        (made([]), "stream"),  # no pixel data at all
        (made([zlib.compress(RAW)], end=False), "chunks"),  # the file cut short
        (made([zlib.compress(RAW[:-3])]), "size"),  # fewer pixels than the header says
        (made([zlib.compress(RAW[:13] + b"\x07" + RAW[14:])]), "filter"),  # row 2: filter 7
        (made([zlib.compress(RAW + b"\x00" * 13)]), "size"),
        (
            SIGNATURE
            + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 3, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(RAW), crc=1)  # a byte changed on the way
            + chunk(b"IEND", b""),
            "stream",
        ),
    ],
)
def test_damaged_pixel_data_is_found(data: bytes, why: str) -> None:
    assert png_data_problem(data) == why
    assert image_problem("heel-walk.png", data) == (
        "is a damaged PNG image: its pixels cannot be read"
    )


def test_a_large_picture_is_read_in_steps_not_kept() -> None:
    """4000 x 3000 RGB is 36 MB of pixels: inflated a MiB at a time and dropped."""
    row = b"\x00" + b"\x7f" * (4000 * 3)
    stream = zlib.compress(row * 3000, 9)
    assert png_data_problem(made([stream], size=(4000, 3000))) is None
