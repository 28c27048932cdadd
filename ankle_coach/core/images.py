"""Finding and checking pictures: untrusted wherever they come from, bounded in size and cost.

An exercise's `image` names a file in the routine's folder or a built-in illustration
(`find_image`). Before anything draws it, its bytes are read (`read_image`: a regular file, at
most MAX_IMAGE_BYTES) and checked (`image_problem`): an .svg, .png or .jpg whose content matches
its name; a PNG or JPEG of at most MAX_IMAGE_PIXELS (read from its header, before decoding, so a
small file that unpacks to gigabytes is refused); an SVG that runs no code, refers to nothing
outside itself in any form (href, animated href, `url()` with or without CSS escapes,
`image-set()`, `@import`, any URL scheme), has a size and viewBox that can be drawn, and costs a
bounded amount to draw: elements counted with every `<use>` expanded, filters and masks, marker
placements and text are each limited (`SvgLimits`). The same check runs at import, in the
editor and before the window or the handout draws a picture, so what is accepted anywhere can be
drawn within a frame's budget once rendered.
"""

from __future__ import annotations

import errno
import math
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Final
from xml.etree import ElementTree

from ankle_coach.core.i18n import current_language, translate
from ankle_coach.core.paths import assets_dir, kind_of_file
from ankle_coach.core.routine import is_safe_relative_path
from ankle_coach.core.svg_lengths import (
    NUMBER,
    drawable,
    magnitude,
    number,
    pixels,
    unit,
    view_box_numbers,
)

IMAGE_SUFFIXES: Final = (".svg", ".png", ".jpg", ".jpeg")
#: Larger files are not drawn: an image is a small line drawing or photo, not an archive.
MAX_IMAGE_BYTES: Final = 2 * 1024 * 1024
#: A raster picture may decode to at most this many pixels (4000 x 3000: 46 MiB decoded).
MAX_IMAGE_PIXELS: Final = 12_000_000
#: The most one side may be longer than the other: beyond it a picture is degenerate, not an
#: illustration (svg_lengths.py bounds each side).
MAX_ASPECT: Final = 100.0


@dataclass(frozen=True)
class SvgLimits:
    """What an SVG may cost to draw. The built-in illustrations use a few dozen elements, no
    `<use>`, no filter and no text; these leave room for far richer drawings, and keep the
    worst accepted picture's first render under 200 ms (benchmarks/picture_worst_case.py)."""

    #: Elements, each `<use>` counted as the elements it repeats (so nesting multiplies).
    elements: int = 1000
    #: Attributes of all elements: each is read as CSS for references out of the file.
    attributes: int = 20_000
    #: Characters of CSS (<style> elements and style attributes), which Qt parses slowly.
    style_characters: int = 128 * 1024
    #: How deep elements nest, and `<use>` within `<use>`.
    depth: int = 64
    use_depth: int = 8
    #: Elements drawn through a filter or a mask (each is drawn offscreen, then composited).
    effects: int = 4
    #: Filter primitives (<feGaussianBlur>, <feOffset>, ...) in the whole document.
    filter_primitives: int = 8
    #: A blur's stdDeviation, in the picture's units.
    blur: float = 50.0
    #: Corners of every path, polyline, polygon and line: a stroke's cost grows with them (the
    #: richest built-in illustration has 1,200).
    vertices: int = 3000
    #: Places a marker is drawn at (the vertices of every shape), when the picture has markers.
    marker_places: int = 500
    #: Characters of text, each laid out and drawn as a glyph.
    text_characters: int = 1000


SVG_LIMITS: Final = SvgLimits()


class ImageError(Exception):
    """A picture that cannot be used: `message` says why, in words that follow its name
    ("is a symbolic link that leads back to itself")."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


def illustrations_dir() -> Path:
    return assets_dir() / "illustrations"


def is_builtin_image(name: str) -> bool:
    try:
        return "/" not in name and (illustrations_dir() / name).is_file()
    except OSError:
        return False


def image_in_folder(name: str, folder: Path | None) -> Path | None:
    """The file an `image` value names inside the routine's `folder`, or None when there is
    none or it would leave the folder (by "..", an absolute path or a link out of it).

    A name that is there but is no picture file (a link that leads to itself, a FIFO, a device,
    a folder) is still returned: `read_image` then says what it is. Never raises.
    """
    if folder is None or not name or not is_safe_relative_path(name):
        return None
    candidate = folder / name
    try:
        root = folder.resolve()
        found = candidate.resolve()
    except (OSError, RuntimeError):  # a loop (RuntimeError before Python 3.13): say so later
        return candidate if _is_there(candidate) else None
    if not found.is_relative_to(root):
        return None
    return found if _is_there(found) or _is_there(candidate) else None


def find_image(name: str, routine_folder: Path | None) -> Path | None:
    """The file for an exercise's `image`: a path inside the routine's own folder, else a
    built-in illustration of that name. None when there is none, or it would leave the folder.
    Never raises; the file found may still be refused by `read_image`."""
    if not name or not is_safe_relative_path(name):
        return None
    found = image_in_folder(name, routine_folder)
    if found is not None:
        return found
    return illustrations_dir() / name if is_builtin_image(name) else None


def _is_there(path: Path) -> bool:
    try:
        path.lstat()
    except (OSError, ValueError):
        return False
    return True


def read_image(path: Path) -> bytes:
    """The bytes of the picture file at `path`, checked with `image_problem`.

    Raises ImageError naming what is wrong: no such file, a link that leads to itself, not a
    regular file (a FIFO, a device, a folder), too large, unreadable, or refused by the checks.
    A FIFO is never opened (it would wait for a writer).
    """
    data = read_picture_file(path)
    problem = image_problem(path.name, data)
    if problem is not None:
        raise ImageError(path, problem)
    return data


def read_picture_file(path: Path, limit: int = MAX_IMAGE_BYTES) -> bytes:
    """A regular file's bytes, at most `limit` of them, unchecked. Raises ImageError."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            said = translate("core.images", "is {kind}, not an image file")
            raise ImageError(path, said.format(kind=kind_of_file(info.st_mode)))
        if info.st_size > limit:
            raise ImageError(path, _too_large(info.st_size, limit))
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(descriptor, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):  # swapped since stat()
                raise ImageError(
                    path, translate("core.images", "is not a regular file, not an image file")
                )
            data = handle.read(limit + 1)
    except OSError as exc:
        raise ImageError(path, unreadable(exc)) from None
    except RuntimeError:  # a symlink loop, as some Python versions report it
        raise ImageError(path, _loop()) from None
    if len(data) > limit:
        raise ImageError(path, _too_large(len(data), limit))
    return data


def unreadable(exc: OSError) -> str:
    """An OSError in words, after a file's name: "cannot be read: permission denied"."""
    if exc.errno == errno.ELOOP:
        return _loop()
    if exc.errno == errno.ENOENT:
        return translate("core.images", "no such file")
    if exc.errno in (errno.EACCES, errno.EPERM):
        return translate("core.images", "cannot be read: permission denied")
    if exc.errno == errno.EISDIR:
        return translate("core.images", "is a folder, not an image file")
    return translate("core.images", "cannot be read: {error}").format(
        error=(exc.strerror or str(exc)).lower()
    )


def _grouped(number: int) -> str:
    """ "100,000"; German and Spanish group thousands with a point, "100.000"."""
    shown = f"{number:,}"
    return shown if current_language() == "en" else shown.replace(",", ".")


def _loop() -> str:
    return translate("core.images", "is a symbolic link that leads back to itself")


def size_text(size: int) -> str:
    """A size in words: "1.5 MiB", "2 MiB", "200 bytes" (German and Spanish write "1,5 MiB")."""
    if size < 1024 * 1024:
        return translate("core.images", "{size} bytes").format(size=size)
    shown = f"{size / (1024 * 1024):.1f}".removesuffix(".0")
    return translate("core.images", "{size} MiB").format(
        size=shown if current_language() == "en" else shown.replace(".", ",")
    )


def over_text(size: int, limit: int) -> str:
    """A size over `limit`, never shown rounded down to it: "1.5 MiB", "more than 1 MiB"."""
    shown = size_text(size)
    if shown != size_text(limit):
        return shown
    return translate("core.images", "more than {size}").format(size=size_text(limit))


def _too_large(size: int, limit: int) -> str:
    return translate("core.images", "is {size}; an image may be at most {limit}").format(
        size=over_text(size, limit), limit=size_text(limit)
    )


# -- what a picture holds -------------------------------------------------------------------------

_PNG_SIGNATURE: Final = b"\x89PNG\r\n\x1a\n"
_JPEG_SIGNATURE: Final = b"\xff\xd8\xff"
#: JPEG start-of-frame markers (they carry the size); C4, C8 and CC are other segments.
_JPEG_FRAMES: Final = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}


def image_problem(name: str, data: bytes) -> str | None:
    """What is wrong with an image file for an exercise, in words; None when it may be used.

    Only SVG, PNG and JPEG files whose content matches their name; a PNG or JPEG of at most
    MAX_IMAGE_PIXELS; an SVG may not run code, declare entities, refer to anything outside
    itself, have a size that cannot be drawn, or cost more to draw than SVG_LIMITS allow.
    """
    suffix = Path(name).suffix.lower()
    if suffix not in IMAGE_SUFFIXES:
        return translate("core.images", "is not an .svg, .png or .jpg image")
    if len(data) > MAX_IMAGE_BYTES:
        return _too_large(len(data), MAX_IMAGE_BYTES)
    if suffix == ".png":
        if not data.startswith(_PNG_SIGNATURE):
            return translate("core.images", "is not a PNG image inside")
        from ankle_coach.core.png_data import png_data_problem  # not in every session

        if (problem := _pixels_problem(_png_size(data))) or not png_data_problem(data):
            return problem
        return translate("core.images", "is a damaged PNG image: its pixels cannot be read")
    if suffix in (".jpg", ".jpeg"):
        if not data.startswith(_JPEG_SIGNATURE):
            return translate("core.images", "is not a JPEG image inside")
        return _pixels_problem(_jpeg_size(data))
    return svg_problem(data)


def raster_size(data: bytes) -> tuple[int, int] | None:
    """Width and height of a PNG or JPEG, read from its header; None when it has none."""
    if data.startswith(_PNG_SIGNATURE):
        return _png_size(data)
    if data.startswith(_JPEG_SIGNATURE):
        return _jpeg_size(data)
    return None


def _pixels_problem(size: tuple[int, int] | None) -> str | None:
    if size is None:
        return translate("core.images", "is damaged: its header gives no size")
    width, height = size
    if width <= 0 or height <= 0:
        return translate(
            "core.images",
            "is {width} x {height} pixels; an image needs a width and a height above 0",
        ).format(width=width, height=height)
    if width * height > MAX_IMAGE_PIXELS:
        return translate(
            "core.images",
            "is {width} x {height} pixels; an image may have at most {millions} million pixels "
            "(4000 x 3000)",
        ).format(
            width=_grouped(width), height=_grouped(height), millions=MAX_IMAGE_PIXELS // 1_000_000
        )
    return None


def _png_size(data: bytes) -> tuple[int, int] | None:
    if len(data) < 24 or data[12:16] != b"IHDR":
        return None
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    index = 2
    while index + 4 <= len(data):
        if data[index] != 0xFF:
            return None
        marker = data[index + 1]
        if marker == 0xFF:  # fill byte
            index += 1
            continue
        if marker in (0x01, *range(0xD0, 0xDA)):  # no length: TEM, RSTn, SOI, EOI
            index += 2
            continue
        length = int.from_bytes(data[index + 2 : index + 4], "big")
        if marker in _JPEG_FRAMES:
            if index + 9 > len(data):
                return None
            height = int.from_bytes(data[index + 5 : index + 7], "big")
            width = int.from_bytes(data[index + 7 : index + 9], "big")
            return width, height
        if marker == 0xDA or length < 2:  # image data before any frame header
            return None
        index += 2 + length
    return None


# -- SVG ------------------------------------------------------------------------------------------

#: SVG elements that run code or pull in other documents; Qt ignores them, other viewers do not.
_FORBIDDEN_SVG_ELEMENTS: Final = frozenset(
    {"script", "foreignObject", "iframe", "embed", "object", "handler", "listener"}
)
_ANIMATIONS: Final = frozenset(
    {"animate", "set", "animateTransform", "animateMotion", "animateColor"}
)
_SAFE_DATA_IMAGES: Final = ("data:image/png", "data:image/jpeg", "data:image/jpg")
#: A url() whose target is neither "#id" nor an embedded PNG or JPEG.
_OUTSIDE_URL: Final = re.compile(
    r"url\(\s*['\"]?\s*(?!#|data:image/(?:png|jpeg|jpg)[;,])(?P<target>[^)'\"\s]*)", re.I
)
#: CSS functions that fetch or show something other than this picture (any -vendor- prefix).
_FETCHING_FUNCTION: Final = re.compile(
    r"(?:^|[^\w-])(?P<name>(?:-[a-z]+-)?(?:image-set|image|cross-fade|element|src))\s*\(", re.I
)
_FETCHING_WORDS: Final = ("image", "cross-fade", "element", "src")
_CSS_ESCAPE: Final = re.compile(r"\\(?:(?P<hex>[0-9a-fA-F]{1,6})[ \t\r\n\f]?|(?P<char>[\s\S]))")
_CSS_COMMENT: Final = re.compile(r"/\*.*?(\*/|$)", re.S)
_START_TAG: Final = re.compile(r"<[A-Za-z_]")
#: An XML declaration of an encoding other than UTF-8, which Qt would read the file as.
_OTHER_ENCODING: Final = re.compile(
    r"\s*<\?xml[^>]*?\sencoding\s*=\s*[\"'](?!(utf-?8|us-ascii)[\"'])", re.I
)
_SHAPES: Final = frozenset({"path", "line", "polyline", "polygon"})
_EFFECT_PROPERTY: Final = re.compile(r"(?<![\w-])(filter|mask)\s*:", re.I)


def svg_problem(data: bytes, limits: SvgLimits = SVG_LIMITS) -> str | None:
    """What makes an SVG unusable, in words; None when it may be drawn."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return translate("core.images", "is not an SVG image: it is not UTF-8 text")
    if "\x00" in text or _OTHER_ENCODING.match(text):  # UTF-16 without a BOM hid a DOCTYPE
        return translate("core.images", "is not an SVG image: it is not UTF-8 text")
    if re.search(r"<!(DOCTYPE|ENTITY)", text, re.I):
        return translate(
            "core.images", "declares a DOCTYPE or entities, which an illustration may not"
        )
    if re.search(r"<\?xml-stylesheet", text, re.I):
        return translate(
            "core.images", "refers to a style sheet outside it, which an illustration may not"
        )
    if len(_START_TAG.findall(text)) > limits.elements:  # before parsing them all
        return _too_many_elements(limits)
    try:
        root = ElementTree.fromstring(text)
    except ElementTree.ParseError as exc:
        return translate("core.images", "is not a valid SVG image ({error})").format(error=exc)
    if _local(root.tag) != "svg":
        return translate(
            "core.images", "is not an SVG image (it starts with <{tag}>, not <svg>)"
        ).format(tag=_local(root.tag))
    attributes = sum(len(element.attrib) for element in root.iter())
    if attributes > limits.attributes:
        return translate(
            "core.images", "has {count} attributes; an illustration may have at most {limit}"
        ).format(count=attributes, limit=limits.attributes)
    style = sum(
        len("".join(element.itertext())) if _local(element.tag) == "style" else 0
        for element in root.iter()
    ) + sum(len(element.get("style", "")) for element in root.iter())
    if style > limits.style_characters:
        return translate(
            "core.images",
            "has {count} characters of style sheets; an illustration may have at most {limit}",
        ).format(count=style, limit=limits.style_characters)
    return (
        _depth_problem(root, limits)
        or _reference_problem(root)
        or _size_problem(root)
        or _CostCounter(root, limits).problem()
    )


def _depth_problem(root: ElementTree.Element, limits: SvgLimits) -> str | None:
    stack = [(root, 1)]
    while stack:
        element, depth = stack.pop()
        if depth > limits.depth:
            return translate(
                "core.images", "nests elements more than {limit} deep; an illustration may not"
            ).format(limit=limits.depth)
        stack.extend((child, depth + 1) for child in element)
    return None


def _reference_problem(root: ElementTree.Element) -> str | None:
    """Code, event handlers and references that leave the file, in any form."""
    for element in root.iter():
        tag = _local(element.tag)
        if tag in _FORBIDDEN_SVG_ELEMENTS:
            return translate(
                "core.images", "contains a <{tag}> element, which an illustration may not"
            ).format(tag=tag)
        if tag == "style" and (problem := css_problem("".join(element.itertext()))):
            return problem
        for attribute, value in element.attrib.items():
            name = _local(attribute)
            if name.lower().startswith("on"):
                return translate(
                    "core.images", "has an event handler ({name}), which an illustration may not"
                ).format(name=name)
            if name == "base" or attribute.endswith("}base"):  # xml:base moves every href
                return translate("core.images", "sets xml:base, which an illustration may not")
            if name == "href" and not _internal_reference(value):
                return _outside(value)
            if problem := css_problem(value):
                return problem
        if tag in _ANIMATIONS and _local(element.get("attributeName", "")).strip() == "href":
            for key in ("to", "from", "by", "values"):
                for target in element.get(key, "").split(";"):
                    if target.strip() and not _internal_reference(target):
                        return _outside(target)
    return None


def css_problem(css: str) -> str | None:
    """A reference out of the file in CSS (a <style> element or any attribute), escapes and
    comments undone first: `u\\72l(http://...)` is `url(http://...)`."""
    if "(" not in css and "@" not in css and "\\" not in css:
        return None  # most attributes: a number, a colour, path data
    plain = _CSS_ESCAPE.sub(_unescape, css) if "\\" in css else css
    if "/*" in plain:
        plain = _CSS_COMMENT.sub("", plain)
    if "@import" in plain.lower():
        return translate("core.images", "imports a style sheet, which an illustration may not")
    if found := _OUTSIDE_URL.search(plain):
        return _outside(found["target"])
    lower = plain.lower()
    if any(word in lower for word in _FETCHING_WORDS) and (
        function := _FETCHING_FUNCTION.search(plain)
    ):
        return translate("core.images", "uses {function}(), which an illustration may not").format(
            function=function["name"].lower()
        )
    return None


def _unescape(found: re.Match[str]) -> str:
    if found["hex"] is not None:
        code = int(found["hex"], 16)
        return chr(code) if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else "\ufffd"
    return "" if found["char"] == "\n" else found["char"]


def _outside(target: str) -> str:
    shown = "".join("?" if ord(char) < 32 or ord(char) == 127 else char for char in target.strip())
    return translate(
        "core.images",
        'refers to "{target}" outside it; an illustration may use only what is inside it',
    ).format(target=shown[:60])


def _internal_reference(value: str) -> bool:
    target = value.strip()
    return target.startswith("#") or target.lower().startswith(_SAFE_DATA_IMAGES)


def _local(tag: str) -> str:
    """An XML name without its namespace: "{http://www.w3.org/2000/svg}svg" is "svg"."""
    return tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1]


def _size_problem(root: ElementTree.Element) -> str | None:
    """A viewBox, width or height that cannot be drawn: zero, negative, not a number, huge."""
    sizes: list[float] = []
    view_box = root.get("viewBox")
    if view_box is not None:
        numbers = view_box_numbers(view_box)
        if len(numbers) != 4 or any(value is None or not math.isfinite(value) for value in numbers):
            return translate(
                "core.images",
                'has a viewBox that is not four numbers ("{view_box}"); it cannot be drawn',
            ).format(view_box=view_box[:40])
        _, _, width, height = (value or 0.0 for value in numbers)
        if not (drawable(width) and drawable(height)):
            said = (
                translate(
                    "core.images",
                    'has a viewBox of width {width} and height {height} ("{view_box}"); '
                    "an illustration needs both above 0",
                )
                if width <= 0 or height <= 0
                else translate(
                    "core.images",
                    "has a viewBox of width {width} and height {height}; too large or "
                    "too small to be drawn",
                )
            )
            return said.format(width=f"{width:g}", height=f"{height:g}", view_box=view_box[:40])
        sizes.append(width / height)
    lengths: dict[str, float] = {}
    for key in ("width", "height"):
        value = root.get(key)
        if value is None or value.strip().endswith("%") or value.strip() == "auto":
            continue
        length = magnitude(value)
        length = math.nan if length is None else length
        if not drawable(length):
            said = (
                translate(
                    "core.images",
                    'has a width of "{value}"; an illustration needs a width above 0 and at most '
                    "1,000,000",
                )
                if key == "width"
                else translate(
                    "core.images",
                    'has a height of "{value}"; an illustration needs a height above 0 and at '
                    "most 1,000,000",
                )
            )
            return said.format(value=value[:40])
        lengths[key] = length
    across, down = (pixels(root.get(key)) for key in ("width", "height"))
    if across is not None and down is not None:  # 1in by 216pt is 90 by 216 pixels to Qt
        sizes.append(across / down)
    elif len(lengths) == 2 and unit(root.get("width")) == unit(root.get("height")):
        sizes.append(lengths["width"] / lengths["height"])  # both in "em", say
    if any(not 1 / MAX_ASPECT <= ratio <= MAX_ASPECT for ratio in sizes):
        return translate(
            "core.images", "is more than {ratio} times as wide as high, or as high as wide"
        ).format(ratio=f"{MAX_ASPECT:g}")
    return None


class _CostCounter:
    """Counts what drawing an SVG costs, each `<use>` counted as what it repeats."""

    def __init__(self, root: ElementTree.Element, limits: SvgLimits) -> None:
        self.root = root
        self.limits = limits
        self.ids = {element.get("id"): element for element in root.iter() if element.get("id")}
        self.has_markers = any(_local(element.tag) == "marker" for element in root.iter())
        # Per element: (elements, effects, vertices, text characters, <use> depth)
        self.costs: dict[int, tuple[int, int, int, int, int]] = {}
        self.visiting: set[int] = set()
        self.following = 0  # <use> followed to get here

    def problem(self) -> str | None:
        limits = self.limits
        primitives = 0
        for element in self.root.iter():
            tag = _local(element.tag)
            if tag == "style" and _EFFECT_PROPERTY.search("".join(element.itertext())):
                return translate(
                    "core.images",
                    "applies filters or masks from a style sheet; an illustration may set them "
                    "only on its elements",
                )
            if tag.startswith("fe"):
                primitives += 1
            if tag == "feGaussianBlur":
                for part in re.split(r"[\s,]+", element.get("stdDeviation", "").strip()):
                    value = number(part) if part else 0.0
                    if value is None or not math.isfinite(value) or value > limits.blur:
                        return translate(
                            "core.images",
                            'blurs by "{blur}"; an illustration may blur by at most {limit}',
                        ).format(
                            blur=element.get("stdDeviation", "")[:40], limit=f"{limits.blur:g}"
                        )
        if primitives > limits.filter_primitives:
            return translate(
                "core.images",
                "has {count} filter effects; an illustration may have at most {limit}",
            ).format(count=primitives, limit=limits.filter_primitives)
        try:
            elements, effects, places, characters, _ = self.cost(self.root)
        except _TooCostly as exc:
            return exc.message
        if effects > limits.effects:
            return translate(
                "core.images",
                "draws {count} elements through a filter or a mask; an illustration may draw at "
                "most {limit}",
            ).format(count=effects, limit=limits.effects)
        if places > limits.vertices:
            return translate(
                "core.images",
                "has shapes with {count} corners; an illustration may have at most {limit}",
            ).format(count=places, limit=limits.vertices)
        if self.has_markers and places > limits.marker_places:
            return translate(
                "core.images",
                "draws a marker at {count} places; an illustration may draw at most {limit}",
            ).format(count=places, limit=limits.marker_places)
        if characters > limits.text_characters:
            return translate(
                "core.images",
                "draws {count} characters of text; an illustration may draw at most {limit}",
            ).format(count=characters, limit=limits.text_characters)
        return None

    def cost(self, element: ElementTree.Element) -> tuple[int, int, int, int, int]:
        key = id(element)
        if key in self.costs:
            return self.costs[key]
        if key in self.visiting:
            raise _TooCostly(
                translate(
                    "core.images", "has a <use> that repeats itself (a loop); it cannot be drawn"
                )
            )
        self.visiting.add(key)
        tag = _local(element.tag)
        elements, effects, places, characters, use_depth = 1, 0, 0, 0, 0
        if element.get("filter", "").strip() not in ("", "none") or element.get(
            "mask", ""
        ).strip() not in ("", "none"):
            effects += 1
        elif _EFFECT_PROPERTY.search(element.get("style", "")):
            effects += 1
        if tag in _SHAPES:
            numbers = NUMBER.findall(element.get("d", "") + " " + element.get("points", ""))
            places = 2 if tag == "line" else len(numbers) // 2
        if tag in ("text", "tspan", "textPath"):
            characters += len((element.text or "").strip())
        parts = [self.cost(child) for child in element]
        if tag in ("use", "feImage"):
            target = self._target(element)
            if target is not None:
                self.following += 1
                if self.following > self.limits.use_depth:
                    raise _TooCostly(
                        translate(
                            "core.images",
                            "nests <use> more than {limit} deep; an illustration may not",
                        ).format(limit=self.limits.use_depth)
                    )
                repeated = self.cost(target)
                self.following -= 1
                parts.append(repeated)
                use_depth = repeated[4] + 1
        for part in parts:
            elements += part[0]
            effects += part[1]
            places += part[2]
            characters += part[3]
            use_depth = max(use_depth, part[4])
        if tag in ("text", "tspan", "textPath"):
            characters += sum(len((child.tail or "").strip()) for child in element)
        self.visiting.discard(key)
        limits = self.limits
        if elements > limits.elements:
            raise _TooCostly(_too_many_elements(limits))
        result = (elements, effects, places, characters, use_depth)
        self.costs[key] = result
        return result

    def _target(self, element: ElementTree.Element) -> ElementTree.Element | None:
        for attribute, value in element.attrib.items():
            if _local(attribute) == "href" and value.strip().startswith("#"):
                return self.ids.get(value.strip()[1:])
        return None


def _too_many_elements(limits: SvgLimits) -> str:
    return translate(
        "core.images",
        "draws more than {limit} elements (each <use> counted as what it repeats); an "
        "illustration may draw at most {limit}",
    ).format(limit=limits.elements)


class _TooCostly(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
