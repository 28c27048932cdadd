"""The main window as it was left (its place and size, its panels, the sidebar), kept apart from
the user's settings: Restore defaults never moves the window, and a window file that cannot be
used costs only the window's place.

The file is `Paths.config / "window.toml"`, written atomically:

    version = 1
    geometry = "AdnQywADAAA..."   # QMainWindow.saveGeometry, in base64
    state = "AAAA/wAAAAD9..."     # QMainWindow.saveState, in base64
    sidebar_visible = true

Up to settings version 1 these were in settings.toml (`window_geometry`, `window_state`,
`sidebar_visible`): while there is no window file, they are read from there, and the settings'
next save leaves them out.
"""

from __future__ import annotations

import base64
import binascii
import os
import stat
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import tomli_w

from ankle_coach.core.paths import Paths
from ankle_coach.core.savefile import write_atomically
from ankle_coach.core.settings import legacy_window_values

WINDOW_FILE: Final = "window.toml"
VERSION: Final = 1
#: A window file is a few hundred bytes; a far larger one is not one, and is never parsed.
MAX_FILE_BYTES: Final = 64 * 1024


@dataclass(frozen=True, kw_only=True, slots=True)
class WindowState:
    """Where the main window was and what it showed. Empty geometry: the default size."""

    geometry: str = ""
    state: str = ""
    sidebar_visible: bool = True


def window_state_path(paths: Paths) -> Path:
    return paths.config / WINDOW_FILE


def load_window_state(paths: Paths) -> WindowState:
    """The window as it was left; the defaults when there is nothing usable.

    A window file that cannot be used (not TOML, a folder, unreadable, a value of the wrong
    kind) gives the default place for that value and is replaced when the window closes: it
    holds nothing the user typed. With no window file, an old settings file's window keys.
    """
    path = window_state_path(paths)
    if os.path.lexists(path):
        document = _read(path)
    else:
        legacy = legacy_window_values(paths)
        document = {
            "geometry": legacy.get("window_geometry"),
            "state": legacy.get("window_state"),
            "sidebar_visible": legacy.get("sidebar_visible"),
        }
    geometry, state, sidebar = (
        document.get("geometry"),
        document.get("state"),
        document.get("sidebar_visible"),
    )
    return WindowState(
        geometry=geometry if isinstance(geometry, str) and _is_base64(geometry) else "",
        state=state if isinstance(state, str) and _is_base64(state) else "",
        sidebar_visible=sidebar if isinstance(sidebar, bool) else True,
    )


def save_window_state(window: WindowState, paths: Paths) -> Path:
    """Write the window file atomically, creating its folder; raises OSError when it cannot.
    Something there that is not a regular file (a folder, a pipe) is left alone."""
    path = window_state_path(paths)
    try:
        found = os.stat(path)
    except FileNotFoundError:
        found = None
    if found is not None and not stat.S_ISREG(found.st_mode):
        raise OSError(f"{path} was left as it is: it is not a regular file")
    document = {
        "version": VERSION,
        "geometry": window.geometry,
        "state": window.state,
        "sidebar_visible": window.sidebar_visible,
    }
    write_atomically(path, tomli_w.dumps(document).encode("utf-8"))
    return path


def _read(path: Path) -> dict[str, Any]:
    """The file's document, or {} when it cannot be used. Never opens anything but a regular
    file of a sensible size (a named pipe would hold start-up forever)."""
    try:
        found = os.stat(path)
        if not stat.S_ISREG(found.st_mode) or found.st_size > MAX_FILE_BYTES:
            return {}
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
        return tomllib.loads(data.decode("utf-8-sig"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError, ValueError):
        return {}  # only the window's place is lost; the next close writes a good file


def _is_base64(value: str) -> bool:
    try:
        base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return False
    return True
