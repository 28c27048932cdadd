"""Lengths in an SVG's root element, read as Qt's SVG renderer reads them: numbers, lengths with
their unit, and a length in Qt's pixels (shared by core/images.py's checks and
core/svg_proportions.py)."""

from __future__ import annotations

import math
import re
from typing import Final

#: Width or height of a picture, or of its viewBox, in its own units; beyond them a picture is
#: degenerate, not an illustration.
MAX_EXTENT: Final = 1_000_000.0
MIN_EXTENT: Final = 1e-6

NUMBER: Final = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
LENGTH: Final = re.compile(
    r"\s*(?P<number>[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*(?P<unit>px|pt|pc|mm|cm|in|em|ex|%)?\s*",
    re.I,
)

#: Qt's SVG renderer's pixels per unit, as it counts them (90 an inch; a "pt" or "pc" is taken
#: as a pixel); "em" and "ex" follow a font and "%" the view: not known here.
_PIXELS_PER: Final = {"": 1.0, "px": 1.0, "pt": 1.0, "pc": 1.0, "mm": 3.543307, "cm": 35.43307}
_PIXELS_PER_INCH: Final = 90.0


def number(text: str) -> float | None:
    """`text` as a number, when it is one and nothing else."""
    try:
        return float(text) if NUMBER.fullmatch(text) else None
    except ValueError:
        return None


def drawable(length: float) -> bool:
    return math.isfinite(length) and MIN_EXTENT <= length <= MAX_EXTENT


def view_box_numbers(view_box: str) -> list[float | None]:
    """The parts of a viewBox attribute (four numbers when it is right), None for a part that
    is not a number."""
    return [number(part) for part in re.split(r"[\s,]+", view_box.strip()) if part]


def magnitude(length: str | None) -> float | None:
    """The number of a width or height, whatever its unit ("20mm" is 20.0); None when it is no
    length."""
    found = LENGTH.fullmatch(length or "")
    return float(found["number"]) if found else None


def unit(length: str | None) -> str:
    """The unit of a width or height, in lower case ("" for none or for no length)."""
    found = LENGTH.fullmatch(length or "")
    return (found["unit"] or "").lower() if found else ""


def pixels(length: str | None) -> float | None:
    """A width or height in Qt's SVG pixels; None when it is missing, relative to a font or the
    view, or not drawable."""
    value = magnitude(length)
    if value is None:
        return None
    kind = unit(length)
    factor = _PIXELS_PER_INCH if kind == "in" else _PIXELS_PER.get(kind)
    value = value * factor if factor is not None else math.nan
    return value if drawable(value) else None
