"""The sidebar's headings and paragraphs: each a stop of its own for Tab, so a screen reader
reads one at a time (issue 19), yet without a text document each.

Qt gives a label that can take the focus a text document (some 30 KiB) for its whole life; the
sidebar has about 60 headings and paragraphs, 1 MiB of a session (issue 16 holds a session's
memory to a bare window's). So a ReadableText can take the focus only while Tab or Shift+Tab
could bring it there: `TabStops` makes the ones next to the focus in the panel's own Tab order
reachable (and the last, where Shift+Tab comes in from below), and no others, every time the
focus moves. Tab and Shift+Tab, "Go to", a click and a screen reader following the focus find
every one as before; at most four have a document at a time. It looks only at the panel's own
widgets: handing Python the widgets Qt makes (a message box's, a scroll area's parts) costs
memory and, walking a message box's, crashed PySide.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import shiboken6
from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QFocusEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QApplication, QLabel, QWidget


class ReadableText(QLabel):
    """A heading or a paragraph of the sidebar. Plain text, wrapped between words, selectable
    while it has the focus (a click gives it the focus, so a drag selects as in any label); a
    frame in the highlight colour shows where the focus is."""

    _SELECTABLE = (
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )

    def __init__(self, text: str, *, name: str = "") -> None:
        super().__init__(text)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setObjectName(name)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # until it is next to the focus
        self.setContentsMargins(4, 2, 4, 2)  # room for the focus frame, focused or not

    def reachable(self) -> bool:
        """Whether Tab can bring the focus here now."""
        return self.focusPolicy() != Qt.FocusPolicy.NoFocus

    def set_reachable(self, reachable: bool) -> None:
        """Let Tab bring the focus here, or not (never taken from the label that has the focus in
        its window: it gets it back when a dialog over the window closes)."""
        if reachable == self.reachable():
            return
        if not reachable and self.window().focusWidget() is self:
            return
        if reachable:
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        else:
            self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            # not selectable either: Qt deletes the label's document
            self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

    def take_focus(self, reason: Qt.FocusReason) -> None:
        """Give it the focus ("Go to" a section's heading)."""
        self.set_reachable(True)
        self.setFocus(reason)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if not self.hasFocus():
            self.take_focus(Qt.FocusReason.MouseFocusReason)  # then the press starts a selection
        super().mousePressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        if self.hasFocus():
            painter = QPainter(self)
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            painter.drawRoundedRect(self.rect().adjusted(1, 1, -1, -1), 3, 3)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        self.setTextInteractionFlags(self._SELECTABLE)
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt's name)
        super().focusOutEvent(event)
        self.update()


class TabStops(QObject):
    """Keeps the ReadableTexts among `stops()` (the panel's Tab stops, in Tab order) reachable
    exactly where Tab or Shift+Tab could bring the focus next."""

    def __init__(self, area: QWidget, stops: Callable[[], Sequence[QWidget]]) -> None:
        super().__init__(area)
        self._area = area
        self._stops = stops
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    @Slot(QWidget, QWidget)
    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        self.follow(new)

    def follow(self, focus: QWidget | None) -> None:
        """Make the ReadableTexts next to `focus` reachable, and no others."""
        if not shiboken6.isValid(self._area):
            return
        # a panel being deleted loses its children first, and the focus moves meanwhile
        stops = [stop for stop in self._stops() if shiboken6.isValid(stop)]
        texts = [stop for stop in stops if isinstance(stop, ReadableText)]
        near: list[QWidget] = [*texts[-1:]]  # Shift+Tab from below the panel comes in there
        at = next((i for i, stop in enumerate(stops) if stop is focus), None)
        if at is not None:
            near.append(stops[at])
            for step in (1, -1):
                found = self._next(stops, at, step)
                if found is not None:
                    near.append(found)
        for text in texts:
            text.set_reachable(any(text is other for other in near))

    def _next(self, stops: Sequence[QWidget], at: int, step: int) -> ReadableText | None:
        """The ReadableText Tab (step 1) or Shift+Tab (-1) goes to from `stops[at]`, if the
        next stop is one."""
        index = at + step
        while 0 <= index < len(stops):
            stop = stops[index]
            if isinstance(stop, ReadableText):
                return stop if stop.isVisibleTo(self._area) else None
            takes_tab = bool(stop.focusPolicy() & Qt.FocusPolicy.TabFocus)
            if takes_tab and stop.isEnabled() and stop.isVisibleTo(self._area):
                return None  # a button comes first
            index += step
        return None
