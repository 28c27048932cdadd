"""The GUI tests run on the offscreen screen of tests/offscreen-screen.json (1920x1080), also
when QT_QPA_PLATFORM was already plain "offscreen" (tests/conftest.py)."""

from __future__ import annotations

import os

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication


def test_the_screen_is_the_configured_one_when_offscreen(qapp: QApplication) -> None:
    platform = os.environ["QT_QPA_PLATFORM"]
    name, _, options = platform.partition(":")
    if name != "offscreen" or ("configfile=" in options and "offscreen-screen.json" not in options):
        return  # another platform or screen asked for on purpose: nothing of ours to check
    screen = QGuiApplication.primaryScreen()
    assert (screen.size().width(), screen.size().height()) == (1920, 1080)
