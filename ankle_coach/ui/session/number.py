"""The big number of a session: the rep being counted or the seconds left, drawn as large as its
room allows (its digits fill the height they are given), with an optional smaller "of 15"."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

#: Paused digits are drawn at this opacity: dimmed, so "stopped" reads from across the room.
DIMMED_OPACITY = 0.3
#: The suffix ("of 15") is this share of the number's type size.
SUFFIX_SHARE = 0.32
#: The digits fill at most this share of the height they are given (the rest is air).
FILL = 0.9
#: The word across dimmed digits ("PAUSED") is this share of the number's type size.
OVERLAY_SHARE = 0.42
#: The overlay's box has this share of its type size as padding.
PAD_SHARE = 0.3


class BigNumber(QLabel):
    """A QLabel (so a screen reader reads it as text) that draws its text itself: the digits as
    tall as its height allows and never wider than its width. `font()` is the type drawn, so
    `QFontMetrics(number.font())` measures what is on screen."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setTextFormat(Qt.TextFormat.PlainText)
        # It takes the room the layout gives it, and does not hold the window open by its size.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self._suffix = ""
        self._dimmed = False
        self._overlay = ""
        self._ground: QColor | None = None
        self._fitted_for: tuple[str, str, QSize] | None = None

    @property
    def suffix(self) -> str:
        return self._suffix

    @property
    def dimmed(self) -> bool:
        return self._dimmed

    def show_number(self, text: str, suffix: str = "") -> None:
        if text == self.text() and suffix == self._suffix:
            return
        self._suffix = suffix
        self.setText(text)
        self.fit()

    @property
    def overlay(self) -> str:
        """The word drawn across the dimmed digits ("PAUSED"), or ""."""
        return self._overlay if self._dimmed else ""

    def set_dimmed(self, dimmed: bool, overlay: str = "") -> None:
        """Dim the digits, and write `overlay` across them in large type: a paused number is
        plain from across the room, and takes no room of its own."""
        if (dimmed, overlay) != (self._dimmed, self._overlay):
            self._dimmed = dimmed
            self._overlay = overlay
            self.update()

    def set_ground(self, colour: QColor | str) -> None:
        """The colour behind the number (the view's phase tint, the presenter's black): the
        overlay's box is filled with it. Not the palette's window colour, which a style sheet
        background leaves as it was: a light grey box under the presenter's pale green (1.3:1)."""
        colour = QColor(colour)
        if colour != self._ground:
            self._ground = colour
            self.update()

    def overlay_colours(self) -> tuple[QColor, QColor]:
        """The overlay's (text, box) colours, as painted: the number's colour on its ground."""
        ink = self.palette().color(self.foregroundRole())
        ground = self._ground or self.palette().color(self.backgroundRole())
        return QColor(ink), QColor(ground)

    def overlay_box(self) -> QRectF:
        """Where the overlay's box is drawn, in the number's coordinates."""
        font = self.overlay_font()
        metrics = QFontMetricsF(font)
        pad = font.pixelSize() * PAD_SHARE
        box = QRectF(
            0, 0, metrics.horizontalAdvance(self._overlay) + 2 * pad, metrics.height() + pad
        )
        box.moveCenter(QRectF(self.contentsRect()).center())
        return box

    def overlay_font(self) -> QFont:
        """The type of the overlay: a share of the number's, never wider than the room."""
        font = QFont(self.font())
        font.setPixelSize(max(8, round(self.font().pixelSize() * OVERLAY_SHARE)))
        wide = QFontMetricsF(font).horizontalAdvance(self._overlay or " ")
        wide += 2 * PAD_SHARE * font.pixelSize()  # its box's padding, each side
        room = self.contentsRect().width() * 0.94
        if wide > room > 0:
            font.setPixelSize(max(8, int(font.pixelSize() * room / wide)))
        return font

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(0, 0)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(0, 0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fit()

    def fit(self, *, force: bool = False) -> None:
        """Choose the type size for the text and the room; only when either changed, or when
        `force`d (after a style sheet resets the font)."""
        key = (self.text(), self._suffix, self.size())
        if key == self._fitted_for and not force:
            return
        self._fitted_for = key
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(100)
        metrics = QFontMetricsF(font)
        tall = max(1.0, metrics.tightBoundingRect("0123456789").height())
        # A shown width that does not jump as the digits change: "00" is as wide as "11".
        shape = "".join("0" if c.isdigit() else c for c in (self.text() or "00"))
        wide = metrics.horizontalAdvance(shape)
        if self._suffix:
            small = QFont(font)
            small.setPixelSize(round(100 * SUFFIX_SHARE))
            wide += QFontMetricsF(small).horizontalAdvance(" " + self._suffix)
        room = self.contentsRect()
        pixels = min(room.height() * FILL * 100 / tall, room.width() * 0.96 * 100 / max(1, wide))
        font.setPixelSize(max(8, int(pixels)))
        if font.pixelSize() != self.font().pixelSize() or not self.font().bold():
            self.setFont(font)
        self.update()

    def digits_height(self) -> float:
        """How tall the digits are drawn, in pixels."""
        return QFontMetricsF(self.font()).tightBoundingRect("0").height()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        text = self.text()
        if not text:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        if self._dimmed:
            painter.setOpacity(DIMMED_OPACITY)
        painter.setPen(self.palette().color(self.foregroundRole()))
        font = self.font()
        metrics = QFontMetricsF(font)
        small = QFont(font)
        small.setPixelSize(max(6, round(font.pixelSize() * SUFFIX_SHARE)))
        small_metrics = QFontMetricsF(small)
        suffix = f" {self._suffix}" if self._suffix else ""
        wide = metrics.horizontalAdvance(text) + (
            small_metrics.horizontalAdvance(suffix) if suffix else 0.0
        )
        room: QRect = self.contentsRect()
        tight = metrics.tightBoundingRect(text)
        x = room.x() + (room.width() - wide) / 2
        # Centre the digits themselves (not the line with its ascent's air) in the room.
        baseline = room.y() + (room.height() - tight.height()) / 2 - tight.y()
        painter.setFont(font)
        painter.drawText(QPointF(x, baseline), text)
        if suffix:
            painter.setFont(small)
            painter.drawText(QPointF(x + metrics.horizontalAdvance(text), baseline), suffix)
        if self.overlay:
            self._paint_overlay(painter)
        painter.end()

    def _paint_overlay(self, painter: QPainter) -> None:
        font = self.overlay_font()
        box = self.overlay_box()
        pad = font.pixelSize() * PAD_SHARE
        colour, ground = self.overlay_colours()
        painter.setOpacity(1.0)
        painter.setBrush(ground)
        pen = QPen(colour)
        pen.setWidthF(max(2.0, font.pixelSize() / 14))
        painter.setPen(pen)
        painter.drawRoundedRect(box, pad, pad)
        painter.setFont(font)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self._overlay)
