"""Fixtures of the window tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    """A shown top-level widget to parent dialogs to, as the main window is."""
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.resize(800, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.fixture
def app_look(qapp: QApplication) -> Iterator[QApplication]:
    """The app's look is global (applying settings, a theme or a text size sets its palette,
    font and style sheet): put them back for the tests after this one (the style stays: the
    theme tests leave it too)."""
    palette, font, sheet = qapp.palette(), qapp.font(), qapp.styleSheet()
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setFont(font)
