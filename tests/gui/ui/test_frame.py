"""WindowFrame: what the session host and the sharing operations see of the main window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ankle_coach.ui.frame import WindowFrame

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


def test_tell_says_it_in_the_status_bar_and_a_plain_text_notice(qtbot: QtBot) -> None:
    frame = WindowFrame()
    qtbot.addWidget(frame)
    frame.show()
    box = frame.tell("Your history cannot be saved now", "<b>locked</b> by another program")
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.textFormat() == Qt.TextFormat.PlainText  # text from files is never rich text
    assert box.text() == "<b>locked</b> by another program"
    assert frame.statusBar().currentMessage() == "<b>locked</b> by another program"
    box.close()


@pytest.mark.parametrize("part", ["actions_", "overview", "session_view", "pages", "check_ins"])
def test_the_pages_are_the_main_windows_to_build(qtbot: QtBot, part: str) -> None:
    frame = WindowFrame()
    qtbot.addWidget(frame)
    with pytest.raises(NotImplementedError):
        getattr(frame, part)
    with pytest.raises(NotImplementedError):
        frame.reload_library()


def test_the_main_window_is_a_frame() -> None:
    from ankle_coach.ui.main_window import MainWindow

    assert issubclass(MainWindow, WindowFrame)
