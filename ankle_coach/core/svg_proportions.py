"""An SVG's proportions as Qt draws it, read from its root element (core/images.py checks it).

Qt's SVG image plugin gives an SVG's own size in whole units (a 0.4 x 0.2 viewBox is 0 x 0 to
it), so the window reads the proportions here instead of asking QtSvg's renderer, whose Python
module would cost every session its memory (issue 16; ui/widgets/illustration.py).
"""

from __future__ import annotations

import re
from xml.etree import ElementTree

from ankle_coach.core.svg_lengths import drawable, magnitude, pixels, unit, view_box_numbers

#: One attribute of a start tag, with the white space before it.
_ATTRIBUTE = re.compile(r"""\s+([^\s=/>]+)\s*=\s*(?:"[^"]*"|'[^']*')""")


def svg_proportions(data: bytes) -> float | None:
    """An SVG's width divided by its height as Qt draws it: its viewBox's; else its width's and
    height's in Qt's pixels; None when neither says (Qt's own default size decides then). Only
    the root element is read. For an SVG `svg_problem` accepted."""
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


def _root_proportions(root: ElementTree.Element) -> float | None:
    view_box = root.get("viewBox")
    if view_box is not None:
        parts = view_box_numbers(view_box)
        if len(parts) == 4 and parts[2] and parts[3]:
            if drawable(parts[2]) and drawable(parts[3]):
                return parts[2] / parts[3]
    across, down = (_view_extent(root.get(key)) for key in ("width", "height"))
    return across / down if across is not None and down is not None else None


def _view_extent(length: str | None) -> float | None:
    """A width or height as the side of the viewBox Qt makes up for a root without one: in its
    pixels, and a percentage as its number (Qt's view of `width="100%" height="50%"` is 100 x
    50, whatever its own size says)."""
    if unit(length) == "%":
        value = magnitude(length)
        return value if value is not None and drawable(value) else None
    return pixels(length)


def with_size(data: bytes, width: float, height: float) -> bytes | None:
    """The SVG `data` with its root's width and height set to `width` and `height` pixels, and
    a viewBox where it had none (the one Qt made up from its width and height), so that it draws
    as before: for an SVG whose own size is under a pixel (`viewBox="0 0 0.4 0.2"` alone, or
    `width="0.5"`), which Qt's image plugin takes for 0 x 0 and will not draw at all. None when
    the root cannot be found, or has neither a viewBox nor a width and height to make one of."""
    from xml.parsers import expat  # here: a session never needs it (issue 16's memory)

    parser = expat.ParserCreate()
    roots: list[tuple[int, str, dict[str, str]]] = []  # where the root starts, its tag

    def start(name: str, attributes: dict[str, str]) -> None:
        roots.append((parser.CurrentByteIndex, name, attributes))
        raise _Found

    parser.StartElementHandler = start
    try:
        parser.Parse(data, True)
    except _Found:
        pass
    except expat.ExpatError:
        return None
    if not roots or b"\x00" in data[:4]:  # not in UTF-8 (or ASCII): left as it is
        return None
    offset, name, attributes = roots[0]
    end = _tag_end(data, offset)
    if end is None:
        return None
    added = f' width="{width:g}" height="{height:g}"'
    if "viewBox" not in attributes:
        across, down = (_view_extent(attributes.get(key)) for key in ("width", "height"))
        if across is None or down is None:
            return None
        added += f' viewBox="0 0 {across:g} {down:g}"'
    tag = data[offset:end].decode("utf-8", errors="surrogateescape")
    position = len(name) + 1  # "<" and the name as written
    kept = [tag[:position], added]
    while attribute := _ATTRIBUTE.match(tag, position):
        if attribute[1] not in ("width", "height"):
            kept.append(attribute[0])
        position = attribute.end()
    kept.append(tag[position:])  # white space, then ">" or "/>"
    return data[:offset] + "".join(kept).encode("utf-8", errors="surrogateescape") + data[end:]


class _Found(Exception):
    """The root's start tag was read: nothing more is."""


def _tag_end(data: bytes, start: int) -> int | None:
    """Where the start tag at `start` ends (after its ">"), quotes skipped."""
    quote = 0
    for index in range(start, len(data)):
        byte = data[index]
        if quote:
            if byte == quote:
                quote = 0
        elif byte in b"\"'":
            quote = byte
        elif byte == ord(">"):
            return index + 1
    return None
