"""Pictures built in code, good and hostile: for the picture tests, the SVG fuzzer and the
worst-case benchmark (each input generated, never stored as an opaque blob).

`HOSTILE_SVGS` maps a name to an SVG and the message `image_problem` gives it; `worst_accepted_svg`
is the costliest picture the limits in core/images.py let through; `svg_inputs` is the
Hypothesis strategy of the fuzzer.
"""

from __future__ import annotations

import os
import struct
import zlib
from pathlib import Path
from typing import Final

from hypothesis import strategies as st

from ankle_coach.core.images import SVG_LIMITS, SvgLimits, svg_problem

SVG_OPEN: Final = (
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
    'viewBox="0 0 100 75">'
)


def svg(body: str, *, open_tag: str = SVG_OPEN) -> bytes:
    return f"{open_tag}{body}</svg>".encode()


def sized_svg(**attributes: str) -> bytes:
    """An SVG with these attributes on its root (viewBox, width, height)."""
    shown = " ".join(f'{name.replace("_", "-")}="{value}"' for name, value in attributes.items())
    return svg(
        '<circle cx="5" cy="5" r="4"/>',
        open_tag=f'<svg xmlns="http://www.w3.org/2000/svg" {shown}>',
    )


def nested_use(depth: int, fan_out: int) -> bytes:
    """<use> of <use> of ...: `fan_out` ** `depth` circles from a file of a few hundred bytes."""
    parts = ['<defs><circle id="g0" cx="5" cy="5" r="4"/>']
    for level in range(1, depth + 1):
        uses = "".join(f'<use xlink:href="#g{level - 1}" x="{i}"/>' for i in range(fan_out))
        parts.append(f'<g id="g{level}">{uses}</g>')
    parts.append(f'</defs><use xlink:href="#g{depth}"/>')
    return svg("".join(parts))


def blurred_circles(count: int, blur: float = 5) -> bytes:
    circles = "".join(
        f'<circle cx="{i % 100}" cy="{i // 100 % 75}" r="5" filter="url(#f)"/>'
        for i in range(count)
    )
    return svg(f'<filter id="f"><feGaussianBlur stdDeviation="{blur:g}"/></filter>{circles}')


def circles(count: int) -> bytes:
    return svg(
        "".join(f'<circle cx="{i % 100}" cy="{i // 100 % 75}" r="3"/>' for i in range(count))
    )


def png(width: int, height: int, *, declared: tuple[int, int] | None = None) -> bytes:
    """A real PNG of `width` x `height` grey pixels; `declared` lies about its size in the header
    (a PNG bomb declares 100,000 x 100,000 pixels and holds a few bytes)."""
    raw = b"".join(b"\x00" + b"\x80\x40\x20" * width for _ in range(height))
    shown_width, shown_height = declared or (width, height)

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", shown_width, shown_height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def jpeg_header(width: int, height: int) -> bytes:
    """The start of a JPEG: SOI, an APP0 segment, and a baseline frame header of that size."""
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    frame = b"\xff\xc0" + struct.pack(">HBHHB", 11, 8, height, width, 1) + b"\x01\x11\x00"
    return b"\xff\xd8" + app0 + frame + b"\xff\xd9"


#: Hostile SVGs and the message `image_problem` gives each (the start of it, where the rest
#: repeats what the start says).
HOSTILE_SVGS: Final[dict[str, tuple[bytes, str]]] = {
    # 1. degenerate sizes
    "viewBox of zero width": (
        sized_svg(viewBox="0 0 0 10"),
        'has a viewBox of width 0 and height 10 ("0 0 0 10"); an illustration needs both above 0',
    ),
    "viewBox negative": (
        sized_svg(viewBox="0 0 -5 10"),
        'has a viewBox of width -5 and height 10 ("0 0 -5 10"); an illustration needs both above 0',
    ),
    "viewBox NaN": (
        sized_svg(viewBox="0 0 NaN 10"),
        'has a viewBox that is not four numbers ("0 0 NaN 10"); it cannot be drawn',
    ),
    "viewBox huge": (
        sized_svg(viewBox="0 0 1e308 1e308"),
        "has a viewBox of width 1e+308 and height 1e+308; too large or too small to be drawn",
    ),
    "width 0": (
        sized_svg(width="0", height="10"),
        'has a width of "0"; an illustration needs a width above 0 and at most 1,000,000',
    ),
    "height negative": (
        sized_svg(width="10", height="-3px"),
        'has a height of "-3px"; an illustration needs a height above 0 and at most 1,000,000',
    ),
    "width NaN": (
        sized_svg(width="NaN", height="10"),
        'has a width of "NaN"; an illustration needs a width above 0 and at most 1,000,000',
    ),
    "width huge": (
        sized_svg(width="1e300", height="10"),
        'has a width of "1e300"; an illustration needs a width above 0 and at most 1,000,000',
    ),
    "a thread": (
        sized_svg(viewBox="0 0 10000 1"),
        "is more than 100 times as wide as high, or as high as wide",
    ),
    # 2. drawing cost
    "nested use 10^4": (
        nested_use(4, 10),
        "draws more than 1000 elements (each <use> counted as what it repeats); an illustration "
        "may draw at most 1000",
    ),
    "use of itself": (
        svg('<g id="a"><use href="#a"/></g>'),
        "has a <use> that repeats itself (a loop); it cannot be drawn",
    ),
    "use chain 20 deep": (
        svg("".join(f'<use id="u{i}" href="#u{i + 1}"/>' for i in range(20)) + '<rect id="u20"/>'),
        "nests <use> more than 8 deep; an illustration may not",
    ),
    "22,500 attributes": (
        svg(
            "".join(
                "<rect " + " ".join(f'a{j}="{j}"' for j in range(25)) + "/>" for _ in range(900)
            )
        ),
        "has 22501 attributes; an illustration may have at most 20000",
    ),
    "elements nested 100 deep": (
        svg("<g>" * 100 + "</g>" * 100),
        "nests elements more than 64 deep; an illustration may not",
    ),
    "20,000 blurred circles": (
        blurred_circles(20_000),
        "draws more than 1000 elements (each <use> counted as what it repeats); an illustration "
        "may draw at most 1000",
    ),
    "200 blurred circles": (
        blurred_circles(200),
        "draws 200 elements through a filter or a mask; an illustration may draw at most 4",
    ),
    "a huge blur": (
        blurred_circles(1, blur=1000),
        'blurs by "1000"; an illustration may blur by at most 50',
    ),
    "filters from a style sheet": (
        svg(
            '<filter id="f"><feGaussianBlur stdDeviation="2"/></filter>'
            "<style>circle { filter: url(#f) }</style>" + '<circle r="3"/>' * 50
        ),
        "applies filters or masks from a style sheet; an illustration may set them only on its "
        "elements",
    ),
    "markers on 1,000 vertices": (
        svg(
            '<marker id="m"><circle r="3"/></marker><path marker-mid="url(#m)" d="M0 0 '
            + " ".join(f"L{i % 100} {i % 75}" for i in range(999))
            + '"/>'
        ),
        "draws a marker at 1000 places; an illustration may draw at most 500",
    ),
    "a path of 5,000 corners": (
        svg('<path d="M0 0 ' + " ".join(f"L{i % 100} {i % 75}" for i in range(4999)) + '"/>'),
        "has shapes with 5000 corners; an illustration may have at most 3000",
    ),
    "a page of text": (
        svg(
            "".join(
                f'<text y="{i}">The quick brown fox jumps over the dog</text>' for i in range(40)
            )
        ),
        "draws 1520 characters of text; an illustration may draw at most 1000",
    ),
    "many filter primitives": (
        svg('<filter id="f">' + '<feOffset dx="1"/>' * 9 + "</filter>"),
        "has 9 filter effects; an illustration may have at most 8",
    ),
    # 3. other encodings than UTF-8: UTF-16 without a byte-order mark decodes as UTF-8 with a
    # NUL beside every letter, so a DOCTYPE with entities in it hid from the checks
    "UTF-16 without a byte-order mark, with entities": (
        (
            '<?xml version="1.0" encoding="UTF-16BE"?><!DOCTYPE svg [<!ENTITY a "boom">]>'
            '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><text>&a;</text></svg>'
        ).encode("utf-16-be"),
        "is not an SVG image: it is not UTF-8 text",
    ),
    "says it is UTF-16, and is not": (
        b'<?xml version="1.0" encoding="UTF-16"?>' + svg('<rect width="1" height="1"/>'),
        "is not an SVG image: it is not UTF-8 text",
    ),
    "says it is Latin-1": (
        b"<?xml version='1.0' encoding='ISO-8859-1'?>" + svg('<rect width="1" height="1"/>'),
        "is not an SVG image: it is not UTF-8 text",
    ),
    "UTF-16 with a byte-order mark": (
        svg('<rect width="1" height="1"/>').decode().encode("utf-16"),
        "is not an SVG image: it is not UTF-8 text",
    ),
    # 4. references that leave the file
    "href animated to a URL": (
        svg('<a href="#x"><animate attributeName="href" to="https://x.example/a"/></a>'),
        'refers to "https://x.example/a" outside it; an illustration may use only what is '
        "inside it",
    ),
    "xlink:href set to javascript": (
        svg('<a><set attributeName="xlink:href" to="javascript:alert(1)"/></a>'),
        'refers to "javascript:alert(1)" outside it; an illustration may use only what is '
        "inside it",
    ),
    "href animated through values": (
        svg('<use href="#a"><animate attributeName="href" values="#a;file:///etc/passwd"/></use>'),
        'refers to "file:///etc/passwd" outside it; an illustration may use only what is inside it',
    ),
    "url() with a CSS escape": (
        svg('<rect style="fill: u\\72l(http://x.example/a)"/>'),
        'refers to "http://x.example/a" outside it; an illustration may use only what is inside it',
    ),
    "url() escaped in a style sheet": (
        svg("<style>rect { fill: \\75 \\72 \\6c (file:///etc/hosts) }</style>"),
        'refers to "file:///etc/hosts" outside it; an illustration may use only what is inside it',
    ),
    "image-set()": (
        svg("<rect style=\"fill: image-set('a.png' 1x)\"/>"),
        "uses image-set(), which an illustration may not",
    ),
    "-webkit-image-set()": (
        svg("<style>rect { background: -webkit-image-set('a.png' 1x) }</style>"),
        "uses -webkit-image-set(), which an illustration may not",
    ),
    "@import escaped": (
        svg("<style>@\\69mport 'http://x.example/a.css';</style>"),
        "imports a style sheet, which an illustration may not",
    ),
    "@import": (
        svg("<style>@import url(#a);</style>"),
        "imports a style sheet, which an illustration may not",
    ),
    "http: image": (
        svg('<image href="http://x.example/a.png"/>'),
        'refers to "http://x.example/a.png" outside it; an illustration may use only what is '
        "inside it",
    ),
    "file: image": (
        svg('<image xlink:href="file:///etc/passwd"/>'),
        'refers to "file:///etc/passwd" outside it; an illustration may use only what is inside it',
    ),
    "data: of another document": (
        svg('<image href="data:image/svg+xml;base64,PHN2Zy8+"/>'),
        'refers to "data:image/svg+xml;base64,PHN2Zy8+" outside it; an illustration may use '
        "only what is inside it",
    ),
    "javascript: link": (
        svg('<a href=" javascript:alert(1)"><rect/></a>'),
        'refers to "javascript:alert(1)" outside it; an illustration may use only what is '
        "inside it",
    ),
    "xml:base": (
        svg('<g xml:base="http://x.example/"><use href="#a"/></g>'),
        "sets xml:base, which an illustration may not",
    ),
}


# -- odd files where a picture should be: each made in `folder`, returned by its path --------


def loop_svg(folder: Path) -> Path:
    link = folder / "loop.svg"
    link.symlink_to("loop.svg")
    return link


def fifo_svg(folder: Path) -> Path:
    fifo = folder / "fifo.svg"
    os.mkfifo(fifo)
    return fifo


def folder_svg(folder: Path) -> Path:
    inner = folder / "folder.svg"
    inner.mkdir()
    return inner


def worst_accepted_svg(limits: SvgLimits = SVG_LIMITS) -> bytes:
    """The costliest SVG the limits accept, as far as we know how to make one: every budget
    spent at once on what costs most to draw (the largest blur over the whole picture, masks,
    a stroke crossing itself at almost every corner allowed, the most text), `<use>` nested as
    deep as allowed, and the rest of the element budget filled with large translucent shapes.
    (Markers would cap the corners at 500, so it has none.)"""
    depth = limits.use_depth
    while depth > 0 and svg_problem(_costly_svg(limits, 0, depth), limits) is not None:
        depth -= 1
    low, high = 0, limits.elements
    while low < high:  # the most filler shapes that still pass
        middle = (low + high + 1) // 2
        if svg_problem(_costly_svg(limits, middle, depth), limits) is None:
            low = middle
        else:
            high = middle - 1
    return _costly_svg(limits, low, depth)


def _costly_svg(limits: SvgLimits, fillers: int, depth: int) -> bytes:
    effects = limits.effects // 2
    parts = [
        '<defs><filter id="f">'
        + f'<feGaussianBlur stdDeviation="{limits.blur:g}"/>' * min(2, limits.filter_primitives)
        + "</filter>",
        '<mask id="k"><rect width="100" height="75" fill="white"/></mask>',
        '<circle id="g0" cx="50" cy="37" r="30" fill="#1f2933" fill-opacity="0.1" '
        'stroke="#1864ab" stroke-width="2"/>',
    ]
    for level in range(1, depth + 1):
        uses = "".join(f'<use xlink:href="#g{level - 1}" x="{i - 1}"/>' for i in range(2))
        parts.append(f'<g id="g{level}">{uses}</g>')
    parts.append(f'</defs><use xlink:href="#g{depth}"/>')
    for i in range(fillers):
        parts.append(
            f'<circle cx="{i % 100}" cy="{i % 75}" r="40" fill="#d0d7de" fill-opacity="0.05" '
            'stroke="#52606d" stroke-width="0.5"/>'
        )
    for i in range(effects):
        parts.append(f'<rect width="100" height="75" fill="#52606d" filter="url(#f)" x="{i}"/>')
    for i in range(limits.effects - effects):
        parts.append(f'<rect width="100" height="75" fill="#cbd2d9" mask="url(#k)" y="{i}"/>')
    # corners far apart, so that the stroke crosses itself everywhere: the costliest to draw
    parts.append(
        '<path fill="none" stroke="#1f2933" stroke-width="0.5" d="M0 0 '
        + " ".join(f"L{(i * 37) % 100} {(i * 53) % 75}" for i in range(limits.vertices - 100))
        + '"/>'
    )
    line = "The quick brown fox jumps over the lazy dog."
    for i in range(limits.text_characters // len(line)):
        parts.append(f'<text x="2" y="{4 + i * 3}" font-size="3">{line}</text>')
    return svg("".join(parts))


# -- fuzzing ---------------------------------------------------------------------------------

_TAGS: Final = (
    "g", "rect", "circle", "ellipse", "path", "line", "polyline", "polygon", "text", "tspan",
    "use", "defs", "symbol", "filter", "feGaussianBlur", "feOffset", "feImage", "mask",
    "clipPath", "pattern", "marker", "linearGradient", "radialGradient", "stop", "image",
    "style", "animate", "set", "a", "switch", "script", "foreignObject",
)  # fmt: skip
_ATTRIBUTES: Final = (
    "id", "x", "y", "width", "height", "r", "cx", "cy", "d", "points", "fill", "stroke",
    "stroke-width", "stroke-dasharray", "transform", "style", "filter", "mask", "clip-path",
    "marker-mid", "href", "xlink:href", "stdDeviation", "viewBox", "attributeName", "to",
    "values", "font-size", "opacity", "onload", "patternUnits",
)  # fmt: skip
_VALUES: Final = st.one_of(
    st.sampled_from(
        [
            "0", "-1", "1e308", "NaN", "inf", "0 0 0 10", "0 0 100 75", "#a", "#b", "#g0",
            "url(#a)", "url(#f)", "u\\72l(http://x.example/)", "image-set('a.png' 1x)",
            "http://x.example/a.png", "file:///etc/passwd", "javascript:alert(1)",
            "data:image/png;base64,AAAA", "data:image/svg+xml,<svg/>", "href", "xlink:href",
            "M0 0 L10 10 L0 10 Z", "M0 0 " + "L1 1 " * 200, "0.0001 0.0001", "scale(1e9)",
            "scale(0)", "rotate(45)", "1000", "fill:url(#a)", "filter:url(#f)", "@import 'a'",
        ]
    ),
    st.text(st.characters(codec="utf-8", exclude_categories=["Cs", "Cc"]), max_size=12),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
)  # fmt: skip


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;")


_BENIGN_TAGS: Final = tuple(tag for tag in _TAGS if tag not in ("script", "foreignObject"))
_BENIGN_ATTRIBUTES: Final = tuple(name for name in _ATTRIBUTES if name != "onload")
#: Values that break no reference rule: what is left to test is size and drawing cost.
_BENIGN_VALUES: Final = st.one_of(
    st.sampled_from(
        [
            "0", "1", "50", "-20", "1e5", "0.001", "#a", "#b", "#f", "#k", "#m", "url(#a)",
            "url(#f)", "url(#k)", "url(#m)", "red", "none", "M0 0 L10 10 L0 10 Z",
            "M0 0 " + " ".join(f"L{(i * 37) % 100} {(i * 53) % 75}" for i in range(300)),
            "M0 0 C 10 80 90 -40 100 75 S 0 0 50 50 A 30 30 0 1 1 10 10", "0 0 100 75",
            "0.5 0.5", "scale(1000)", "scale(0.001)", "rotate(30) skewX(60)", "filter:url(#f)",
            "stroke:red;stroke-width:40", "href", "1 2 3 4 5 6 7 8", "userSpaceOnUse",
        ]
    ),
    st.floats(-1e6, 1e6, allow_nan=False).map(lambda value: f"{value:g}"),
)  # fmt: skip


@st.composite
def _element(draw: st.DrawFn, depth: int, benign: bool = False) -> str:
    tag = draw(st.sampled_from(_BENIGN_TAGS if benign else _TAGS))
    attributes = draw(
        st.dictionaries(
            st.sampled_from(_BENIGN_ATTRIBUTES if benign else _ATTRIBUTES),
            _BENIGN_VALUES if benign else _VALUES,
            max_size=5,
        )
    )
    shown = "".join(f' {name}="{_escape(value)}"' for name, value in attributes.items())
    children: list[str] = []
    if depth > 0:
        children = draw(st.lists(_element(depth - 1, benign), max_size=3))
    texts = ["", "hello", "rect { fill: red }"] + ([] if benign else ["@import 'x';"])
    text = draw(st.sampled_from(texts))
    # leaves repeated by the hundred: a few thousand elements at most, not a gigabyte
    repeat = draw(st.sampled_from([1, 1, 1, 10, 200] if depth == 0 else [1, 1, 2]))
    return f"<{tag}{shown}>{_escape(text)}{''.join(children)}</{tag}>" * repeat


@st.composite
def _generated_svg(draw: st.DrawFn, benign: bool = False) -> bytes:
    boxes = ["0 0 100 75", "0 0 1 1", "-50 -50 100 75", ""]
    sizes = ["", ' width="400" height="300"', ' width="100%"', ' width="10cm" height="1in"']
    if not benign:
        boxes += ["0 0 0 10", "0 0 1e308 1", "a b c d"]
        sizes += [' width="0"', ' width="-1" height="1"']
    view_box = draw(st.sampled_from(boxes))
    size = draw(st.sampled_from(sizes))
    opening = (
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"'
        + (f' viewBox="{view_box}"' if view_box else "")
        + size
        + ">"
    )
    body = "".join(draw(st.lists(_element(3, benign), min_size=1, max_size=6)))
    return f"{opening}{body}</svg>".encode()


@st.composite
def _mutated_hostile(draw: st.DrawFn) -> bytes:
    """A hostile SVG with some bytes changed, cut or repeated."""
    data = bytearray(draw(st.sampled_from(list(HOSTILE_SVGS.values())))[0])
    for _ in range(draw(st.integers(0, 4))):
        at = draw(st.integers(0, max(0, len(data) - 1)))
        action = draw(st.sampled_from(["flip", "cut", "repeat"]))
        if action == "flip" and data:
            data[at] = draw(st.integers(0, 255))
        elif action == "cut":
            del data[at : at + draw(st.integers(1, 20))]
        else:
            data[at:at] = data[at : at + draw(st.integers(1, 40))] * draw(st.integers(1, 50))
    return bytes(data)


def svg_inputs() -> st.SearchStrategy[tuple[str, bytes]]:
    """(family, SVG bytes): generated element trees (with hostile values, and "benign": only
    values that break no reference rule, so that size and cost are what is tested), hostile
    SVGs with bytes changed, nested <use> of any depth and fan-out, and arbitrary bytes."""
    return st.one_of(
        _generated_svg().map(lambda data: ("generated", data)),
        _generated_svg(benign=True).map(lambda data: ("benign", data)),
        _mutated_hostile().map(lambda data: ("mutated hostile", data)),
        st.tuples(st.integers(1, 7), st.integers(1, 12)).map(
            lambda shape: ("nested use", nested_use(*shape))
        ),
        st.binary(max_size=400).map(lambda data: ("bytes", data)),
    )


SVG_FAMILIES: Final = ("generated", "benign", "mutated hostile", "nested use", "bytes")
