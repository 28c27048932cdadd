"""tests/conftest.py: the offscreen screen applies whenever the tests run offscreen."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from tests.conftest import offscreen_platform

SCREEN = Path("/x/screen.json")
_SCREEN_NAME = "offscreen-screen.json"


@pytest.mark.parametrize(
    ("current", "expected"),
    [
        (None, "offscreen:configfile=/x/screen.json"),
        ("", "offscreen:configfile=/x/screen.json"),
        ("offscreen", "offscreen:configfile=/x/screen.json"),
        (
            "offscreen:fontengine=freetype",
            "offscreen:fontengine=freetype:configfile=/x/screen.json",
        ),
        ("offscreen:configfile=/mine.json", "offscreen:configfile=/mine.json"),
        ("xcb", "xcb"),
        ("wayland:foo", "wayland:foo"),
    ],
)
def test_the_offscreen_platform_gets_its_screen(current: str | None, expected: str) -> None:
    assert offscreen_platform(current, SCREEN) == expected


def test_this_run_is_on_the_offscreen_screen_unless_another_platform_was_asked_for(
    qapp: QApplication,
) -> None:
    platform = os.environ["QT_QPA_PLATFORM"]
    if platform.partition(":")[0] == "offscreen" and platform.endswith(_SCREEN_NAME):
        screen = QGuiApplication.primaryScreen()
        assert (screen.size().width(), screen.size().height()) == (1920, 1080)
