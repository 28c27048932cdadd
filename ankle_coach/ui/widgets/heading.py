"""A heading that wraps only between words: when a word of it is too wide for its room, its
type gets smaller (never below a floor that keeps it a heading) instead of the word being cut.

A routine's title at 1.8 times a 200 % text size on a 1024x600 screen has room for about eight
letters a line: RoutineText, which breaks any word wider than the label, showed "Calf rais" over
"es". Only a word too wide even at the floor (a 60-letter name without a space) is broken, so
that it still cannot widen the window.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QWidget

from ankle_coach.ui.theme import refresh_type, scaled_font, set_type_scale
from ankle_coach.ui.widgets.text import RoutineText

#: Steps of the search for the largest size at which the widest word fits (each halves the
#: gap: 10 steps find it within 0.1 % of the range).
_STEPS = 10


class FittedHeading(RoutineText):
    """A bold heading at `scale` times the app font (following the text size, as
    set_type_scale does), shrunk to no less than `least` times it while its widest word does
    not fit on a line. `full_text()` is the text as given."""

    def __init__(
        self, scale: float, least: float, name: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__("", parent)
        if name:
            self.setObjectName(name)
        self._least = min(least, scale)
        set_type_scale(self, scale, bold=True)

    def room(self) -> int:
        """The width a line has (as RoutineText counts it); 0 before the label is laid out."""
        room = self.contentsRect().width() - 2 * max(0, self.margin()) - 2
        return room if self.isVisible() and room > 0 else 0

    def fit_type(self, font: QFont) -> QFont:
        """`font` (the heading's full size) made as much smaller as its widest word needs to
        fit the room, down to the floor; called by the theme whenever the type is set."""
        room = self.room()
        words = self.full_text().split()
        if room == 0 or not words:
            return font

        def fits(candidate: QFont) -> bool:
            metrics = QFontMetrics(candidate)
            return all(metrics.horizontalAdvance(word) <= room for word in words)

        if fits(font):
            return font
        floor = scaled_font(QApplication.font(), self._least, bold=font.bold())
        if not fits(floor):
            return floor  # a word too long for any heading: RoutineText breaks it
        low, high = 0.0, 1.0  # share of the way from the floor to the full size
        for _ in range(_STEPS):
            middle = (low + high) / 2
            if fits(_between(floor, font, middle)):
                low = middle
            else:
                high = middle
        return _between(floor, font, low)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        refresh_type(self)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        refresh_type(self)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            refresh_type(self)


def _between(small: QFont, large: QFont, share: float) -> QFont:
    """A font `share` of the way from `small`'s size to `large`'s (0: small; 1: large)."""
    font = QFont(large)
    if large.pointSizeF() > 0 and small.pointSizeF() > 0:
        font.setPointSizeF(small.pointSizeF() + (large.pointSizeF() - small.pointSizeF()) * share)
    else:
        pixels = small.pixelSize() + (large.pixelSize() - small.pixelSize()) * share
        font.setPixelSize(max(1, int(pixels)))
    return font
