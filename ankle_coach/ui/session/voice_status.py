""" "No voice" in the corner of the status bar, for as long as there is no voice, with the whole
reason a click away.

The reason ("No sound server answered and no sound device could be opened (PulseAudio: ...;
ALSA: ...), so cues are shown on screen only. Check that ...") is two or three lines long: the
status bar showed it for 30 seconds, cut at the window's edge on a 1366 x 768 laptop, and then it
was gone. Here it stays readable: the button's tooltip, and a click (or Space on it) opens it in
a notice whose text can be selected and copied.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QMessageBox, QToolButton, QWidget

from ankle_coach.ui.i18n import translate


class VoiceStatus(QToolButton):
    """Hidden while the voice works; "No voice" with its reason when it does not."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Words only: Fusion's muted-speaker icon is drawn dark grey, all but invisible on the
        # dark and high-contrast themes' black.
        self.setText(translate("ui.session.voice_status", "No voice"))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setAutoRaise(True)
        self.setAccessibleName(translate("ui.session.voice_status", "No voice: why"))
        self.clicked.connect(self._on_clicked)
        self.reason = ""
        #: The notice last opened (kept for tests to read).
        self.notice: QMessageBox | None = None
        self.hide()

    def show_reason(self, reason: str) -> None:
        self.reason = reason
        said = self.sentence()
        self.setToolTip(said)
        self.setAccessibleDescription(said)
        self.show()

    def clear(self) -> None:
        """The voice works (again)."""
        self.reason = ""
        self.setToolTip("")
        self.setAccessibleDescription("")
        self.hide()

    def sentence(self) -> str:
        return translate("ui.session.voice_status", "No voice: {reason}").format(reason=self.reason)

    @Slot()
    def _on_clicked(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            translate("ui.session.voice_status", "No voice"),
            self.sentence(),
            QMessageBox.StandardButton.Ok,
            self.window(),
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(self._on_notice_destroyed)
        box.open()  # window-modal, does not block
        self.notice = box

    @Slot()
    def _on_notice_destroyed(self) -> None:
        self.notice = None
