"""Window state: kept apart from the settings, carried over from an old settings file once."""

from __future__ import annotations

import base64
import os
import tomllib
from pathlib import Path

import pytest

from ankle_coach.core.paths import Paths
from ankle_coach.core.settings import Settings, load_settings, save_settings, settings_path
from ankle_coach.core.window_state import (
    WindowState,
    load_window_state,
    save_window_state,
    window_state_path,
)

GEOMETRY = base64.b64encode(b"\x01\xd9\xd0\xcb\x00\x03").decode("ascii")
LEFT = WindowState(geometry=GEOMETRY, state="AAAA/w==", sidebar_visible=False)


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    return Paths.under(tmp_path)


def test_no_file_gives_the_defaults(paths: Paths) -> None:
    assert load_window_state(paths) == WindowState()


def test_saved_and_loaded_alike_beside_the_settings(paths: Paths) -> None:
    path = save_window_state(LEFT, paths)
    assert path == paths.config / "window.toml" == window_state_path(paths)
    assert path.parent == settings_path(paths).parent
    assert load_window_state(paths) == LEFT
    assert not settings_path(paths).exists()  # the window never writes the settings


def test_an_old_settings_file_hands_its_window_keys_over_once(paths: Paths) -> None:
    old = settings_path(paths)
    old.parent.mkdir(parents=True)
    old.write_text(
        "version = 1\n"
        "speech_rate = 150\n"
        'theme = "dark"\n'
        f'window_geometry = "{GEOMETRY}"\n'
        'window_state = "AAAA/w=="\n'
        "sidebar_visible = false\n",
        encoding="utf-8",
    )

    settings, message = load_settings(paths)
    assert (settings, message) == (Settings(speech_rate=150, theme="dark"), None)  # no "unknown"
    assert load_window_state(paths) == LEFT

    save_settings(settings, paths)  # the next save leaves the window keys out
    saved = tomllib.loads(old.read_text(encoding="utf-8"))
    assert saved["version"] == 2 and (saved["speech_rate"], saved["theme"]) == (150, "dark")
    assert not {"window_geometry", "window_state", "sidebar_visible"} & saved.keys()
    assert load_settings(paths) == (settings, None)
    # Before the window file is written, the window's place would be lost with the settings
    # saved: the window keeps what it loaded and writes it when it closes.
    save_window_state(LEFT, paths)
    assert load_window_state(paths) == LEFT


def test_a_version_0_settings_file_hands_its_window_keys_over(paths: Paths) -> None:
    old = settings_path(paths)
    old.parent.mkdir(parents=True)
    old.write_text('sound = "mute"\nsidebar_visible = false\n', encoding="utf-8")
    assert load_settings(paths) == (Settings(mute=True), None)
    assert load_window_state(paths) == WindowState(sidebar_visible=False)


def test_a_window_file_wins_over_old_settings_keys(paths: Paths) -> None:
    old = settings_path(paths)
    old.parent.mkdir(parents=True)
    old.write_text("version = 1\nsidebar_visible = false\n", encoding="utf-8")
    save_window_state(WindowState(), paths)
    assert load_window_state(paths) == WindowState()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("not toml [", WindowState()),
        (b"\xff\xfe", WindowState()),
        ('geometry = "%%%"\nsidebar_visible = false\n', WindowState(sidebar_visible=False)),
        (f'geometry = "{GEOMETRY}"\nsidebar_visible = "no"\n', WindowState(geometry=GEOMETRY)),
        ("geometry = 3\nstate = true\n", WindowState()),
        ("x" * (70 * 1024), WindowState()),
    ],
)
def test_a_window_file_that_cannot_be_used_costs_only_the_window_place(
    paths: Paths, text: str | bytes, expected: WindowState
) -> None:
    path = window_state_path(paths)
    path.parent.mkdir(parents=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    assert load_window_state(paths) == expected
    save_window_state(LEFT, paths)  # and the next close replaces it
    assert load_window_state(paths) == LEFT


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_never_opened_nor_replaced(paths: Paths) -> None:
    path = window_state_path(paths)
    path.parent.mkdir(parents=True)
    os.mkfifo(path)
    assert load_window_state(paths) == WindowState()
    with pytest.raises(OSError, match="not a regular file"):
        save_window_state(LEFT, paths)
