"""Polite announcements for screen readers: what changed in a session ("Hold. Calf raises. Set 2
of 3."; each cue shown on screen), said after whatever the reader is saying, never interrupting.

Each announcement reaches a screen reader two ways, one for each generation of readers:

- Qt's announcement event (Qt 6.8 and later: AT-SPI "object:announcement", UIA notification),
  for the readers that listen for it.
- A notification that shows. Orca 43 listens for no announcement event, and follows live
  regions ("container-live" attributes) in web pages only, never in a Qt app; but it reads a
  notification as it shows, whatever has the focus, queued after what it is saying;
  inside a status bar it says the words alone, not "notification" first. So the words go to a
  label exposed as a notification (`LiveLabel`) inside a 1-pixel status bar, and the label is
  shown: eight labels taken in turn (Orca reads the name a moment after the label shows; a
  label reused at once would by then hold the next words).

A reader that handled both would say the words twice; Orca 43 handles the notification only.

`StatusRegion` marks a container as a status bar: the session's bar of progress and time left
is one, so Orca does not read its progress bar's every few percent (it leaves status-bar
progress bars unsaid by default) while the value stays there to read (Orca's status bar key).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QLabel, QWidget

from ankle_coach.ui.i18n import translate

_installed = False


class StatusRegion(QWidget):
    """A container a screen reader knows as a status bar (QAccessible.Role.StatusBar)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        _install()  # before Qt makes an interface for it
        super().__init__(parent)


class LiveLabel(QLabel):
    """A label a screen reader knows as a notification named by its text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        _install()
        super().__init__(parent)


class _Notification(QAccessibleWidget):
    """A LiveLabel as assistive technology sees it: a notification whose name is what it says,
    with no description (Orca would read one after the words, every time)."""

    def __init__(self, label: LiveLabel) -> None:
        super().__init__(label, QAccessible.Role.Notification)
        self._label = label

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Name:
            return self._label.text()
        if kind == QAccessible.Text.Description:
            return ""
        return super().text(kind)


def _factory(key: str, target: QObject) -> QAccessibleInterface | None:
    if isinstance(target, LiveLabel):
        return _Notification(target)
    if isinstance(target, StatusRegion):
        return QAccessibleWidget(target, QAccessible.Role.StatusBar)
    return None


def _install() -> None:
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


class Announcer(QObject):
    """Announces on behalf of `widget` (the session view). `said` lists every announcement
    made, newest last, capped at `KEEP`."""

    KEEP = 50
    #: Labels taken in turn (a cue comes right after a change of step: with one label, Orca
    #: would read the cue twice and the change never).
    LABELS = 8
    #: How long after the view appears what was announced before is shown.
    SETTLE_MS = 600

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget
        self.said: list[str] = []
        # Out of sight: a 1-pixel status bar in the corner holding the notifications.
        self.region = StatusRegion(widget)
        self.region.setObjectName("announcements")
        self.region.setAccessibleName(translate("ui.session.announce", "Announcements"))
        self.region.setGeometry(0, 0, 1, 1)
        self.region.setVisible(True)  # with the view, even when made after it showed
        self._labels: list[LiveLabel] = []
        for _number in range(self.LABELS):
            label = LiveLabel(self.region)
            label.setObjectName("announcement")
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setFixedSize(1, 1)
            label.setStyleSheet("color: transparent; background: transparent;")
            label.setVisible(False)  # shown as it announces
            self._labels.append(label)
        #: The label that holds the last announcement as its text (and name).
        self.live: LiveLabel = self._labels[-1]
        #: Announced, not shown yet: shown from the event loop, after what its turn does (a
        #: session that starts moves the focus into the view right after its first
        #: announcement, and a reader says the focus first, cutting short what it was saying);
        #: SETTLE_MS after the view appears when it is not on screen.
        self._pending: list[LiveLabel] = []
        self._after_show = QTimer(self)
        self._after_show.setSingleShot(True)
        self._after_show.timeout.connect(self._show_pending)
        widget.installEventFilter(self)

    def forget(self) -> None:
        """A new session: nothing said before it is shown again."""
        self._after_show.stop()
        self._pending.clear()
        for label in self._labels:
            label.setVisible(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        widget = self.__dict__.get("_widget")
        if widget is None:
            # Called while the view is being destroyed, after this object's Python side was
            # (PySide calls the filter through a fresh wrapper then): nothing is left to do.
            return False
        if watched is widget and event.type() == QEvent.Type.Hide:
            # What was said is not said again when the view comes back; what was not, is.
            self._after_show.stop()
            for label in self._labels:
                if label not in self._pending:
                    label.setVisible(False)
        elif watched is widget and event.type() == QEvent.Type.Show and self._pending:
            self._after_show.start(self.SETTLE_MS)
        return super().eventFilter(watched, event)

    @Slot()
    def _show_pending(self) -> None:
        if not self._widget.isVisible():
            return  # shown when it appears (the Show event starts the timer again)
        pending, self._pending = self._pending, []
        for label in pending:
            label.setVisible(True)

    def announce(self, text: str) -> None:
        text = " ".join(text.split())
        if not text or (self.said and self.said[-1] == text):
            return
        self.said.append(text)
        del self.said[: -self.KEEP]
        self.live = self._labels[(self._labels.index(self.live) + 1) % len(self._labels)]
        self.live.setVisible(False)
        self.live.setText(text)
        if QAccessible.isActive():  # a screen reader listens: Qt builds no event otherwise
            event = QAccessibleAnnouncementEvent(self._widget, text)
            event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
            QAccessible.updateAccessibility(event)
        # Shown (see _pending): AT-SPI "showing", which Orca 43 reads out for a notification.
        if self.live not in self._pending:
            self._pending.append(self.live)
        if self._widget.isVisible() and not self._after_show.isActive():
            self._after_show.start(0)
