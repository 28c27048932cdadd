"""Whether a PNG's pixel data can be read, without decoding it to pixels (core/images.py).

The header says a PNG's size; its pixels are a zlib stream spread over IDAT chunks. A file
whose header is right but whose stream is damaged (a download cut short, a disk error) passed
the checks and was refused only when Qt decoded it: `validate` and Export took it, the window
showed "No illustration" and the handout left it out. Here the stream is inflated, the output
counted and dropped (never kept: a few MiB of memory whatever the picture's size), and checked
to end where the header says it must.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterator
from typing import Final

#: Bytes of pixel data inflated at a time, then dropped.
_STEP: Final = 1 << 20
#: The highest row filter a PNG may use (None, Sub, Up, Average, Paeth).
_LAST_FILTER: Final = 4
#: Samples per pixel of each PNG colour type (gray, RGB, palette, gray+alpha, RGBA).
_CHANNELS: Final = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}


def png_data_problem(data: bytes) -> str | None:
    """None when the PNG `data` (whose signature was checked) holds the pixel data its header
    promises in a zlib stream that inflates to its end, each row with a filter libpng knows;
    otherwise what is wrong, in English words for core/images.py to say in the user's language
    ("chunks", "stream", "filter", "size")."""
    width, height, depth, colour, interlaced = _header(data)
    expected = None
    channels = _CHANNELS.get(colour)
    if channels is not None and not interlaced and depth in (1, 2, 4, 8, 16):
        expected = height * (1 + (width * channels * depth + 7) // 8)
    inflater = zlib.decompressobj()
    rows = _Rows(expected // height if expected and height else 0)
    seen_data = False
    try:
        for kind, body in _chunks(data):
            if kind == b"IDAT":
                seen_data = True
                _inflate(inflater, body, rows)
            elif kind == b"IEND":
                break
        else:
            return "chunks"  # no IEND: cut short
    except zlib.error:
        return "stream"
    if rows.bad_filter:
        return "filter"
    inflated = rows.inflated
    if not seen_data or not inflater.eof:
        return "stream"
    if expected is not None and inflated != expected:
        return "size"
    return None


class _Rows:
    """The pixel data as it is inflated: counted, and each row's first byte (its filter, 0 to
    4) looked at when the row length is known (not interlaced)."""

    def __init__(self, stride: int) -> None:
        self.stride = stride
        self.inflated = 0
        self.bad_filter = False

    def take(self, piece: bytes) -> None:
        if self.stride and piece:
            first = -self.inflated % self.stride
            filters = piece[first :: self.stride]
            if filters and max(filters) > _LAST_FILTER:
                self.bad_filter = True
        self.inflated += len(piece)


def _inflate(inflater: zlib._Decompress, body: bytes, rows: _Rows) -> None:
    rows.take(inflater.decompress(body, _STEP))
    while inflater.unconsumed_tail:
        rows.take(inflater.decompress(inflater.unconsumed_tail, _STEP))


def _header(data: bytes) -> tuple[int, int, int, int, bool]:
    if len(data) < 33:
        return 0, 0, 0, -1, False
    width, height, depth, colour, _compression, _filter, interlace = struct.unpack(
        ">IIBBBBB", data[16:29]
    )
    return width, height, depth, colour, interlace == 1


def _chunks(data: bytes) -> Iterator[tuple[bytes, bytes]]:
    """The chunks after the signature, as far as they are whole; raises zlib.error for one
    whose checksum is wrong (its bytes are not what was written)."""
    index = 8
    while index + 12 <= len(data):
        length = int.from_bytes(data[index : index + 4], "big")
        kind = data[index + 4 : index + 8]
        end = index + 8 + length
        if end + 4 > len(data):
            break
        body = data[index + 8 : end]
        if zlib.crc32(kind + body) != int.from_bytes(data[end : end + 4], "big"):
            raise zlib.error(f"checksum of {kind!r}")
        yield kind, body
        index = end + 4
