"""ui/guidance/dock_title.py: the sidebar's title follows the text size; its buttons detach
and close the sidebar as the built-in title bar's do."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontInfo
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QMainWindow
from pytestqt.qtbot import QtBot

from ankle_coach.ui.guidance.dock_title import give_title_bar
from ankle_coach.ui.theme import apply_theme


@pytest.fixture
def app(app_look: QApplication) -> QApplication:
    """The app, its look put back after the test (conftest.py)."""
    return app_look


def test_the_title_follows_a_live_text_size_change_and_the_buttons_work(
    app: QApplication, qtbot: QtBot
) -> None:
    base = QFont(app.font())
    window = QMainWindow()
    qtbot.addWidget(window)
    dock = QDockWidget("Guidance", window)
    dock.setWidget(QLabel("Ice timer"))
    title = give_title_bar(dock)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.show()
    qtbot.waitExposed(window)
    sizes: dict[float, int] = {}
    for text_size in (1.0, 2.0):
        apply_theme(app, "light", text_size, base)
        sizes[text_size] = QFontInfo(title.title.font()).pixelSize()
        assert sizes[text_size] > QFontInfo(app.font()).pixelSize()  # a heading
        # the buttons' icons as tall as a line of text, at every size
        assert title.close_button.iconSize().height() == title.fontMetrics().height()
    assert sizes[2.0] >= 1.8 * sizes[1.0]
    assert title.title.text() == "Guidance"
    dock.setWindowTitle("Guidance and ice")
    assert title.title.text() == "Guidance and ice"
    # named for screen readers, out of the Tab chain as Qt's own title-bar buttons are
    assert title.float_button.accessibleName() == "Detach Guidance and ice"
    assert title.close_button.accessibleName() == "Close Guidance and ice"
    for button in (title.float_button, title.close_button):
        assert button.focusPolicy() == Qt.FocusPolicy.NoFocus
    title.float_button.click()
    assert dock.isFloating()
    title.float_button.click()
    assert not dock.isFloating()
    title.close_button.click()
    assert not dock.isVisible()
