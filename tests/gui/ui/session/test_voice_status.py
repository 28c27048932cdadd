"""ui/session/voice_status.py: "No voice" in the status bar's corner, its reason a click away."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from ankle_coach.ui.session.voice_status import VoiceStatus

REASON = (
    "No sound server answered and no sound device could be opened (PulseAudio: not running or "
    "not installed; ALSA: no device), so cues are shown on screen only. Check that PulseAudio, "
    "PipeWire or your sound card is set up, then choose the routine again."
)


def _window(qtbot: QtBot, width: int) -> tuple[QMainWindow, VoiceStatus]:
    window = QMainWindow()
    qtbot.addWidget(window)
    status = VoiceStatus(window)
    window.statusBar().addPermanentWidget(status)
    window.resize(width, 400)
    window.show()
    qtbot.waitExposed(window)
    return window, status


def test_hidden_while_the_voice_works(qtbot: QtBot) -> None:
    _shown, status = _window(qtbot, 1366)
    assert not status.isVisible()


def test_the_whole_reason_is_its_tooltip_and_description_and_stays_in_the_window(
    qtbot: QtBot,
) -> None:
    window, status = _window(qtbot, 1024)
    window.statusBar().showMessage("No voice this time: click “No voice” at the bottom right.")
    status.show_reason(REASON)
    assert status.isVisible() and status.text() == "No voice"
    assert status.toolTip() == f"No voice: {REASON}"
    assert status.accessibleDescription() == f"No voice: {REASON}"
    assert status.accessibleName() == "No voice: why"
    corner = status.mapTo(window, status.rect().bottomRight())
    assert window.rect().contains(corner)  # on screen even in a narrow window
    assert status.width() >= status.sizeHint().width()  # its words whole, not cut


def test_a_click_or_space_opens_the_reason_whole_and_selectable(qtbot: QtBot) -> None:
    window, status = _window(qtbot, 1366)
    status.show_reason(REASON)
    QTest.mouseClick(status, Qt.MouseButton.LeftButton)
    notice = status.notice
    assert notice is not None
    qtbot.waitUntil(notice.isVisible)
    assert notice.windowTitle() == "No voice"
    assert notice.text() == f"No voice: {REASON}"
    assert notice.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert notice.windowModality() == Qt.WindowModality.WindowModal
    notice.close()
    qtbot.waitUntil(lambda: status.notice is None)
    status.setFocus()
    QTest.keyClick(status, Qt.Key.Key_Space)
    assert status.notice is not None
    status.notice.close()


def test_clear_hides_it_and_forgets_the_reason(qtbot: QtBot) -> None:
    _shown, status = _window(qtbot, 1366)
    status.show_reason("no speech engine")
    status.clear()
    assert not status.isVisible()
    assert (status.reason, status.toolTip(), status.accessibleDescription()) == ("", "", "")
