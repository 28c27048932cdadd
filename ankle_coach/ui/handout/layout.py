"""The handout's layout: plain text measured and wrapped for a paged device, blocks that are
drawn whole, and how blocks fall into pages. ui/handout/sheet.py makes the blocks of a routine's
sheet and paints them; this knows nothing of routines.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPaintDevice,
    QPainter,
    QTextLayout,
    QTextOption,
)

#: Exercise cards on one page at most: room to read, and to write beside them.
CARDS_PER_PAGE: Final = 4

_FAMILIES: Final = ["Noto Sans", "Segoe UI", "Helvetica Neue", "Arial", "DejaVu Sans"]
_CONTROL: Final = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


# -- text -----------------------------------------------------------------------------------------


def plain(text: str) -> str:
    """Text from a routine file as QTextLayout draws it: line breaks kept, controls dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text).replace("\n", "\u2028")


class Paragraph:
    """Plain text wrapped to a width (at word boundaries, or anywhere for an endless word)."""

    def __init__(
        self,
        text: str,
        font: QFont,
        width: float,
        device: QPaintDevice,
        *,
        max_lines: int | None = None,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
    ) -> None:
        self.font = font
        self.width = width
        self._device = device
        self._align = align
        self.text = plain(text)
        self._layout = self._lay_out(self.text)
        if max_lines is not None and self._layout.lineCount() > max_lines:
            self._shorten(max(1, max_lines))

    def _lay_out(self, text: str) -> QTextLayout:
        layout = QTextLayout(text, self.font, self._device)
        option = QTextOption(self._align)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.beginLayout()
        y = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(self.width)
            line.setPosition(QPointF(0, y))
            y += line.height()
        layout.endLayout()
        return layout

    def _shorten(self, max_lines: int) -> None:
        """Keep `max_lines` lines, the last ending in an ellipsis."""
        line = self._layout.lineAt(max_lines - 1)
        end = line.textStart() + line.textLength()
        while end > 0:
            text = self.text[:end].rstrip() + "\u2026"
            layout = self._lay_out(text)
            if layout.lineCount() <= max_lines:
                self.text, self._layout = text, layout
                return
            end -= 4

    @property
    def height(self) -> float:
        count = self._layout.lineCount()
        if not count:
            return 0.0
        last = self._layout.lineAt(count - 1)
        return last.y() + last.height()

    @property
    def first_line_height(self) -> float:
        return self._layout.lineAt(0).height() if self._layout.lineCount() else 0.0

    def advance(self, text: str) -> float:
        """How wide `text` is in this paragraph's font."""
        return QFontMetricsF(self.font, self._device).horizontalAdvance(text)

    def draw(self, painter: QPainter, x: float, y: float, colour: QColor) -> None:
        painter.setPen(colour)
        self._layout.draw(painter, QPointF(x, y))


# -- blocks and pages ---------------------------------------------------------------------------


@dataclass
class Block:
    """Something drawn in the page's body, whole on one page."""

    height: float
    paint: Callable[[QPainter, float], None]  # given the top of the block
    gap_before: float = 0.0
    card: bool = False
    #: Never the last block of a page (a heading, the title of a box).
    keep_with_next: bool = False
    #: Drawn first when this block starts a page: the box's title, "(continued)".
    continued: Block | None = None
    #: A block that can be made shorter: the version that fits in a height, or None.
    fit: Callable[[float], Block | None] | None = None


@dataclass
class Page:
    blocks: list[tuple[Block, float]]


class Typesetter:
    """Measures on one paged device: its page in the device's units, with the sheet's margins;
    millimetres, fonts and paragraphs; and the blocks put into pages."""

    def __init__(self, device: QPagedPaintDevice) -> None:
        self.device = device
        # what QPdfWriter and QPrinter call their resolution, which their base class lacks
        self.resolution = device.logicalDpiY()
        size = device.pageLayout().fullRectPixels(self.resolution)
        self.page_width = float(size.width())
        self.page_height = float(size.height())
        self.left = self.mm(18)
        self.right = self.page_width - self.mm(18)
        self.width = self.right - self.left
        self.top = self.mm(18)
        self.bottom = self.page_height - self.mm(20)

    def mm(self, value: float) -> float:
        return value * self.resolution / 25.4

    def font(self, points: float, *, bold: bool = False, italic: bool = False) -> QFont:
        font = QFont()
        font.setFamilies(_FAMILIES)
        font.setPointSizeF(points)
        font.setBold(bold)
        font.setItalic(italic)
        # Without ligatures, "floor" is copied and searched in the PDF as "floor", not "ﬂoor".
        font.setFeature(QFont.Tag("liga"), 0)
        return font

    def paragraph(
        self,
        text: str,
        points: float,
        width: float,
        *,
        bold: bool = False,
        italic: bool = False,
        max_lines: int | None = None,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
    ) -> Paragraph:
        font = self.font(points, bold=bold, italic=italic)
        return Paragraph(text, font, width, self.device, max_lines=max_lines, align=align)

    def body_height(self, number: int) -> float:
        return self.bottom - self.body_top(number)

    def body_top(self, number: int) -> float:
        return self.top if number == 1 else self.top + self.mm(4)

    def paginate(self, blocks: list[Block]) -> list[Page]:
        """The blocks in pages. A block that does not fit starts a new page, as does a fifth
        card (unless it is the last); a heading never ends a page; a box split over two pages
        says it is continued; the notes take fewer lines to stay beside the last exercise."""
        pages = [Page([])]
        y = 0.0
        cards = 0
        for index, block in enumerate(blocks):
            page = pages[-1]
            gap = block.gap_before if page.blocks else 0.0
            room = self.body_height(len(pages)) - y - gap
            if page.blocks and block.fit is not None and block.height > room:
                block = block.fit(room) or block
            needed = block.height
            if block.keep_with_next and index + 1 < len(blocks):
                following = blocks[index + 1]
                needed += following.gap_before + following.height
            last_card = block.card and not any(later.card for later in blocks[index + 1 :])
            # A fifth card only to finish the list: a last exercise alone on a page looks lost.
            full = block.card and cards >= CARDS_PER_PAGE + (1 if last_card else 0)
            if page.blocks and (full or needed > room):
                pages.append(Page([]))
                page, y, cards, gap = pages[-1], 0.0, 0, 0.0
                if block.continued is not None:
                    page.blocks.append((block.continued, 0.0))
                    y = block.continued.height
            page.blocks.append((block, y + gap))
            y += gap + block.height
            cards += block.card
        return pages
