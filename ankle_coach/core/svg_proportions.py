"""An SVG's proportions as Qt draws it, read from its root element (core/images.py checks it).

Qt's SVG image plugin gives an SVG's own size in whole units (a 0.4 x 0.2 viewBox is 0 x 0 to
it), so the window reads the proportions here instead of asking QtSvg's renderer, whose Python
module would cost every session its memory (issue 16; ui/widgets/illustration.py).
"""

from __future__ import annotations

import math
import re
from typing import Final
from xml.etree import ElementTree

from ankle_coach.core.images import _LENGTH, _drawable, _number


def svg_proportions(data: bytes) -> float | None:
    """An SVG's width divided by its height as Qt draws it: its viewBox's; else its width's and
    height's when both are lengths in the same unit; None when neither says (Qt's own default
    size decides then). Only the root element is read. For an SVG `svg_problem` accepted."""
    parser: ElementTree.XMLPullParser[ElementTree.Element] = ElementTree.XMLPullParser(
        events=("start",)
    )
    try:
        for offset in range(0, len(data), 4096):
            parser.feed(data[offset : offset + 4096])
            for event in parser.read_events():
                root = event[-1]
                if isinstance(root, ElementTree.Element):
                    return _root_proportions(root)
    except ElementTree.ParseError:
        return None
    return None


#: Qt's SVG renderer's pixels per unit, as it counts them (90 an inch; a "pt" or "pc" is taken
#: as a pixel); "em" and "ex" follow a font: left to Qt.
_PIXELS_PER: Final = {"": 1.0, "px": 1.0, "pt": 1.0, "pc": 1.0, "mm": 3.543307, "cm": 35.43307}
_PIXELS_PER_INCH: Final = 90.0


def _root_proportions(root: ElementTree.Element) -> float | None:
    view_box = root.get("viewBox")
    if view_box is not None:
        parts = [_number(part) for part in re.split(r"[\s,]+", view_box.strip()) if part]
        if len(parts) == 4 and parts[2] and parts[3]:
            if _drawable(parts[2]) and _drawable(parts[3]):
                return parts[2] / parts[3]
    across, down = (_pixels(root.get(key)) for key in ("width", "height"))
    return across / down if across is not None and down is not None else None


def _pixels(length: str | None) -> float | None:
    """A width or height in Qt's SVG pixels; None when it is missing, relative or not drawable."""
    found = _LENGTH.fullmatch(length or "")
    if found is None:
        return None
    unit = (found["unit"] or "").lower()
    factor = _PIXELS_PER_INCH if unit == "in" else _PIXELS_PER.get(unit)
    value = float(found["number"]) * factor if factor is not None else math.nan
    return value if _drawable(value) else None
