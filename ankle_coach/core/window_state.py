"""The main window as it was left (its place and size, its panels, the sidebar), kept apart from
the user's settings: Restore defaults never moves the window, and a window file that cannot be
used costs only the window's place.

The file is `Paths.config / "window.toml"`, written atomically:

    version = 1
    geometry = "AdnQywADAAA..."   # QMainWindow.saveGeometry, in base64
    state = "AAAA/wAAAAD9..."     # QMainWindow.saveState, in base64
    sidebar_visible = true
    sidebar_width = 360           # the docked sidebar's width in px (0: not known)

Up to settings version 1 these were in settings.toml (`window_geometry`, `window_state`,
`sidebar_visible`): while there is no window file, they are read from there, and the settings'
next save leaves them out.

`read_geometry` reads the place out of Qt's geometry (Qt's own restoreGeometry refuses one saved
on a screen more than 25 % wider or narrower, maximised state and all), and `fit_on_screens` says
where it goes on the screens there are now: a place saved on a larger screen, or on a monitor
that has gone, never leaves the window (or its title bar) out of reach.
"""

from __future__ import annotations

import base64
import binascii
import os
import stat
import struct
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import tomli_w

from ankle_coach.core.i18n import translate
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
    #: The docked sidebar's width when the window closed, in px; 0 when not known (an older
    #: file). Qt's restoreState does not keep it: the pages are built after the state is
    #: applied, and the new middle gave its room to the sidebar (README "Window").
    sidebar_width: int = 0


#: A sidebar width beyond this is not one (a damaged or hand-made file).
MAX_SIDEBAR_WIDTH: Final = 20000
#: The splitter between the middle and a docked sidebar, in px (a little more than Qt's).
DOCK_SEPARATOR: Final = 8


def sidebar_width(
    *, saved: int, saved_window: int, window: int, least: int, middle_least: int
) -> int:
    """The docked sidebar's width in a window `window` px wide: as it was left (`saved`, in a
    window `saved_window` px wide), but never more than its share of a narrower window (the
    same fraction of it as then), and always leaving the middle its least width
    (`middle_least`); never under the sidebar's own least width (`least`)."""
    width = saved
    if 0 < window < saved_window:
        width = min(width, round(saved * window / saved_window))
    width = min(width, window - middle_least - DOCK_SEPARATOR)
    return max(width, least)


@dataclass(frozen=True, slots=True)
class Rect:
    """A rectangle in screen pixels (a window's place, a screen's available area)."""

    x: int
    y: int
    width: int
    height: int

    @property
    def right(self) -> int:
        """One past the last column, so `right - x == width`."""
        return self.x + self.width

    @property
    def bottom(self) -> int:
        return self.y + self.height

    def overlap(self, other: Rect) -> int:
        """The area both cover, in pixels (0 when they do not meet)."""
        width = min(self.right, other.right) - max(self.x, other.x)
        height = min(self.bottom, other.bottom) - max(self.y, other.y)
        return max(width, 0) * max(height, 0)


def fit_on_screens(saved: Rect, screens: Sequence[Rect], minimum: Rect | None = None) -> Rect:
    """Where a window saved at `saved` goes on `screens` (their available areas, the primary
    first): on the screen it overlaps most, or the primary when it overlaps none (the monitor
    it was on has gone); no larger than that screen, no smaller than `minimum`'s size unless
    the screen is smaller still; moved just enough to be wholly on it. A saved place that fits
    is kept as it is. No screens at all (nothing to measure against): the saved place."""
    if not screens:
        return saved
    screen = max(screens, key=saved.overlap)  # max keeps the first (the primary) on a tie
    least_width = minimum.width if minimum is not None else 1
    least_height = minimum.height if minimum is not None else 1
    width = min(max(saved.width, least_width, 1), screen.width)
    height = min(max(saved.height, least_height, 1), screen.height)
    x = min(max(saved.x, screen.x), screen.right - width)
    y = min(max(saved.y, screen.y), screen.bottom - height)
    return Rect(x, y, width, height)


@dataclass(frozen=True, slots=True)
class SavedPlace:
    """Where the window was, as QWidget.saveGeometry wrote it."""

    #: The inside of the window when neither maximised nor full screen.
    normal: Rect
    #: With the window system's frame, as it was then (maximised: the whole screen).
    frame: Rect
    maximized: bool
    full_screen: bool

    def frame_margins(self) -> tuple[int, int, int, int] | None:
        """Left, top, right, bottom of the frame around `normal`, when the window was saved in
        its normal state and the frame is a plausible one; else None (not known)."""
        if self.maximized or self.full_screen:
            return None
        margins = (
            self.normal.x - self.frame.x,
            self.normal.y - self.frame.y,
            self.frame.right - self.normal.right,
            self.frame.bottom - self.normal.bottom,
        )
        return margins if all(0 <= margin <= MAX_FRAME_MARGIN for margin in margins) else None


#: QWidget.saveGeometry's magic number and the newest format version read (Qt 5.15 and 6).
_GEOMETRY_MAGIC: Final = 0x1D9D0CB
_GEOMETRY_VERSION: Final = 3
#: magic, major and minor version, frame and normal geometry (each x1 y1 x2 y2), screen number,
#: maximised, full screen; big-endian as QDataStream writes it.
_GEOMETRY_HEAD: Final = struct.Struct(">IHH4i4iiBB")
#: A window frame wider than this on a side is not one (a damaged or hand-made file).
MAX_FRAME_MARGIN: Final = 200


def read_geometry(geometry: str) -> SavedPlace | None:
    """The place in a saveGeometry value (base64), or None when it is not one Qt wrote."""
    try:
        data = base64.b64decode(geometry, validate=True)
    except (binascii.Error, ValueError):
        return None
    if len(data) < _GEOMETRY_HEAD.size:
        return None
    magic, major, _minor, *numbers = _GEOMETRY_HEAD.unpack_from(data)
    if magic != _GEOMETRY_MAGIC or not 1 <= major <= _GEOMETRY_VERSION:
        return None
    frame, normal = _rect(*numbers[0:4]), _rect(*numbers[4:8])
    if frame is None or normal is None:
        return None
    return SavedPlace(
        normal=normal, frame=frame, maximized=bool(numbers[9]), full_screen=bool(numbers[10])
    )


def _rect(left: int, top: int, right: int, bottom: int) -> Rect | None:
    """A QRect as QDataStream writes it (inclusive corners); None when it has no area."""
    if right < left or bottom < top:
        return None
    return Rect(left, top, right - left + 1, bottom - top + 1)


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
    geometry, state, sidebar, width = (
        document.get("geometry"),
        document.get("state"),
        document.get("sidebar_visible"),
        document.get("sidebar_width"),
    )
    return WindowState(
        geometry=geometry if isinstance(geometry, str) and _is_base64(geometry) else "",
        state=state if isinstance(state, str) and _is_base64(state) else "",
        sidebar_visible=sidebar if isinstance(sidebar, bool) else True,
        sidebar_width=(
            width
            if isinstance(width, int)
            and not isinstance(width, bool)
            and 0 < width <= MAX_SIDEBAR_WIDTH
            else 0
        ),
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
        raise OSError(
            translate(
                "core.window_state", "{path} was left as it is: it is not a regular file"
            ).format(path=path)
        )
    document = {
        "version": VERSION,
        "geometry": window.geometry,
        "state": window.state,
        "sidebar_visible": window.sidebar_visible,
        "sidebar_width": window.sidebar_width,
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
