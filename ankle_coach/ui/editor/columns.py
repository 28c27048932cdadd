"""The editor's columns (the routine and its exercises, the chosen exercise, the result): side
by side when the window has room for them, fewer when it has not, so every column can be
reached by scrolling down rather than lying off to the right (1024x600 at 200 % text showed
the Result column nowhere and the spin boxes' numbers cut off)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QGridLayout, QWidget


class Columns(QWidget):
    """`parts` in as many columns as the watched width holds (all of them, down to one), in
    order, row by row; each column takes its part's stretch."""

    def __init__(self, parts: Sequence[tuple[QWidget, int]], parent: QWidget | None = None):
        super().__init__(parent)
        self.parts = list(parts)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.count = 0
        self._watched: QWidget | None = None
        self.arrange(len(self.parts))

    def follow(self, watched: QWidget) -> None:
        """Fit the columns to `watched`'s width (a scroll area's viewport) as it changes."""
        self._watched = watched
        watched.installEventFilter(self)
        self.fit(watched.width())

    def needed_width(self, count: int) -> int:
        """The least width `count` columns need: each column's widest part, and the gaps."""
        spacing = max(0, self.grid.horizontalSpacing())
        widths = [0] * count
        for index, (part, _) in enumerate(self.parts):
            hint = part.minimumSizeHint().expandedTo(part.minimumSize())
            widths[index % count] = max(widths[index % count], hint.width())
        margins = self.grid.contentsMargins()
        return sum(widths) + spacing * (count - 1) + margins.left() + margins.right()

    def fit(self, width: int) -> None:
        """As many columns as `width` holds; one when not even one fits (it scrolls)."""
        count = 1
        for tried in range(len(self.parts), 1, -1):
            if self.needed_width(tried) <= width:
                count = tried
                break
        if count != self.count:
            self.arrange(count)

    def arrange(self, count: int) -> None:
        for part, _ in self.parts:
            self.grid.removeWidget(part)
        for column in range(len(self.parts)):  # an emptied row or column takes no room
            self.grid.setColumnStretch(column, 0)
            self.grid.setRowStretch(column, 0)
        for index, (part, stretch) in enumerate(self.parts):
            row, column = divmod(index, count)
            self.grid.addWidget(part, row, column)
            self.grid.setColumnStretch(column, max(self.grid.columnStretch(column), stretch))
        rows = -(-len(self.parts) // count)
        for row in range(rows):
            self.grid.setRowStretch(row, 1)
        self.count = count

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self._watched and event.type() == QEvent.Type.Resize:
            self.fit(self._watched.width())
        return False

    def event(self, event: QEvent) -> bool:
        # the text size changed: the parts' least widths did too
        if event.type() == QEvent.Type.LayoutRequest and self._watched is not None:
            self.fit(self._watched.width())
        return super().event(event)
