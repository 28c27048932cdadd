"""tests/conftest.py: the offscreen screen applies whenever the tests run offscreen."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import offscreen_platform

SCREEN = Path("/x/screen.json")


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
