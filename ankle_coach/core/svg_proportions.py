"""An SVG's proportions as Qt draws it, read from its root element (core/images.py checks it).

Qt's SVG image plugin gives an SVG's own size in whole units (a 0.4 x 0.2 viewBox is 0 x 0 to
it), so the window reads the proportions here instead of asking QtSvg's renderer, whose Python
module would cost every session its memory (issue 16; ui/widgets/illustration.py).
"""

from __future__ import annotations

from xml.etree import ElementTree

from ankle_coach.core.svg_lengths import drawable, pixels, view_box_numbers


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
    across, down = (pixels(root.get(key)) for key in ("width", "height"))
    return across / down if across is not None and down is not None else None
