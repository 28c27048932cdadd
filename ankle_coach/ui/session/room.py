"""The session's room: while a session runs in a narrow window, the guidance sidebar is
collapsed so the countdown and the words get the width; it comes back when the session ends.

At 1024x600 with 200 % text the docked sidebar took about 400 of the 1024 pixels, leaving the
session view about 600. The sidebar stays one key away (View > Guidance sidebar, Ctrl+G, as the
status bar's "Show guidance" button says), and a user who opens it during the session keeps
their choice: it is left as they leave it, open or closed again.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QPushButton

from ankle_coach.ui.i18n import translate

#: Below this width (logical pixels) the session view is too narrow for its number and words
#: beside a docked sidebar: the sidebar is collapsed while the session runs.
SESSION_ROOM = 800


class SessionRoom(QObject):
    """Collapses `dock` (a sidebar of `window`) when a session is shown with less than
    SESSION_ROOM pixels beside it, and shows it again when the session ends, unless the user
    showed it meanwhile. Connect `on_session_shown` to SessionHost.sessionShown."""

    def __init__(self, window: QMainWindow, dock: QDockWidget) -> None:
        super().__init__(window)
        self._window = window
        self._dock = dock
        self._in_session = False
        self._collapsed = False  # we hid the sidebar for this session
        self._reopened = False  # and it was shown again during it (the user, or the ice timer)
        self.button: QPushButton | None = None  # "Show guidance", in the status bar meanwhile
        dock.visibilityChanged.connect(self._on_dock_visibility_changed)

    def collapsed(self) -> bool:
        """Whether the sidebar is hidden for the running session (and will come back)."""
        return self._collapsed and not self._reopened

    def session_room(self) -> int:
        """The width the session view has beside the sidebar as it is docked now."""
        dock = self._dock
        beside = dock.isVisible() and not dock.isFloating()
        return self._window.width() - (dock.width() if beside else 0)

    @Slot(bool)
    def on_session_shown(self, shown: bool) -> None:
        if shown and not self._in_session:
            self._in_session = True
            self._reopened = False
            self._collapsed = False
            if self._dock.isVisible() and self.session_room() < SESSION_ROOM:
                self._collapsed = True
                self._dock.hide()
                self._show_button(True)
        elif not shown and self._in_session:  # said once when it finishes, again when it ends
            self._in_session = False
            if self._collapsed and not self._reopened:
                self._dock.show()
            self._collapsed = False
            self._show_button(False)

    def _show_button(self, shown: bool) -> None:
        """The way back to the sidebar, in view while it is collapsed: a button in the status
        bar (the messages there come and go) with its key."""
        if self.button is None:
            if not shown:
                return
            keys = self._dock.toggleViewAction().shortcut()
            shortcut = keys.toString(QKeySequence.SequenceFormat.NativeText)
            self.button = QPushButton(
                translate("ui.session.room", "Show guidance ({shortcut})").format(shortcut=shortcut)
                if shortcut
                else translate("ui.session.room", "Show guidance")
            )
            self.button.setObjectName("showGuidance")
            self.button.setToolTip(
                translate(
                    "ui.session.room", "The guidance sidebar is hidden during the session, for room"
                )
            )
            self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space stays the session's
            self.button.clicked.connect(self._on_button_clicked)
            self._window.statusBar().addPermanentWidget(self.button)
        self.button.setVisible(shown)

    @Slot()
    def _on_button_clicked(self) -> None:
        self._dock.show()
        self._dock.raise_()

    @Slot(bool)
    def _on_dock_visibility_changed(self, visible: bool) -> None:
        if visible and self._collapsed and self._in_session and not self._dock.isHidden():
            self._reopened = True
            self._show_button(False)
