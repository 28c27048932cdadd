"""Polite announcements for screen readers: what changed in a session ("Hold. Calf raises, set 2
of 3"; each cue shown on screen), said after whatever the reader is saying, never interrupting.

Qt 6.8 and later send an announcement event (AT-SPI "announcement", UIA notification); the
words also go to a live label (`Announcer.live`) whose text changes, for readers that follow
text changes instead, and for tests to read.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QLabel, QWidget

from ankle_coach.ui.widgets.text import plain_label


class Announcer(QObject):
    """Announces on behalf of `widget` (the session view). `said` lists every announcement
    made, newest last, capped at `KEEP`."""

    KEEP = 50

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget
        self.said: list[str] = []
        #: A label kept out of sight that holds the last announcement as its text and name.
        self.live: QLabel = plain_label(name="announcement", parent=widget)
        self.live.setAccessibleDescription("What just changed in the session")
        self.live.setFixedSize(1, 1)
        self.live.setStyleSheet("color: transparent; background: transparent;")
        self.live.move(0, 0)

    def announce(self, text: str) -> None:
        text = " ".join(text.split())
        if not text or (self.said and self.said[-1] == text):
            return
        self.said.append(text)
        del self.said[: -self.KEEP]
        self.live.setText(text)
        self.live.setAccessibleName(text)
        if QAccessible.isActive():  # a screen reader listens: no event to build otherwise
            event = QAccessibleAnnouncementEvent(self._widget, text)
            event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
            QAccessible.updateAccessibility(event)
