"""Window state: kept apart from the settings, carried over from an old settings file once."""

from __future__ import annotations

import base64
import dataclasses
import os
import struct
import tomllib
from pathlib import Path

import pytest

from ankle_coach.core.paths import Paths
from ankle_coach.core.settings import Settings, load_settings, save_settings, settings_path
from ankle_coach.core.window_state import (
    Rect,
    SavedPlace,
    WindowState,
    fit_on_screens,
    load_window_state,
    read_geometry,
    save_window_state,
    sidebar_width,
    window_state_path,
)

GEOMETRY = base64.b64encode(b"\x01\xd9\xd0\xcb\x00\x03").decode("ascii")
LEFT = WindowState(geometry=GEOMETRY, state="AAAA/w==", sidebar_visible=False, sidebar_width=470)


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
    # the settings never held the sidebar's width: its own size hint, then (ui/frame.py)
    assert load_window_state(paths) == dataclasses.replace(LEFT, sidebar_width=0)

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
        ("sidebar_width = 360\n", WindowState(sidebar_width=360)),
        ("sidebar_width = -5\n", WindowState()),
        ("sidebar_width = 0\n", WindowState()),
        ("sidebar_width = 99999999\n", WindowState()),
        ('sidebar_width = "360"\n', WindowState()),
        ("sidebar_width = true\n", WindowState()),
        ("sidebar_width = 360.5\n", WindowState()),
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


# -- where a restored window goes ---------------------------------------------------------------

#: Available areas (the screen less its panels), as Qt's QScreen.availableGeometry gives them.
BIG = Rect(0, 0, 2560, 1400)
LAPTOP = Rect(0, 0, 1366, 740)
NETBOOK = Rect(0, 0, 1024, 570)
SECOND = Rect(2560, 0, 1920, 1050)  # a monitor to the right of BIG
LEFT_SECOND = Rect(-1280, 200, 1280, 1000)  # a monitor to the left, lower


@pytest.mark.parametrize(
    ("saved", "screens", "placed"),
    [
        # fits: kept exactly as it was
        (Rect(100, 80, 1280, 800), [BIG], Rect(100, 80, 1280, 800)),
        (Rect(0, 0, 1024, 570), [NETBOOK], Rect(0, 0, 1024, 570)),
        (Rect(2700, 50, 1280, 800), [BIG, SECOND], Rect(2700, 50, 1280, 800)),
        (Rect(-1200, 300, 1000, 700), [BIG, LEFT_SECOND], Rect(-1200, 300, 1000, 700)),
        # saved full-size on a big screen, opened on a small one: the whole small screen
        (Rect(0, 0, 2560, 1400), [NETBOOK], Rect(0, 0, 1024, 570)),
        (Rect(400, 300, 2000, 1000), [LAPTOP], Rect(0, 0, 1366, 740)),
        # saved in the big screen's far corner: moved back, no larger than the screen
        (Rect(1800, 1000, 700, 380), [NETBOOK], Rect(324, 190, 700, 380)),
        (Rect(1500, 900, 1280, 800), [NETBOOK], Rect(0, 0, 1024, 570)),
        # on a second monitor that has gone: onto the primary, wholly
        (Rect(2800, 100, 1280, 800), [NETBOOK], Rect(0, 0, 1024, 570)),
        (Rect(2800, 100, 900, 500), [LAPTOP], Rect(466, 100, 900, 500)),
        (Rect(-1200, 300, 1000, 700), [LAPTOP], Rect(0, 40, 1000, 700)),
        # half off an edge: pulled in, size kept
        (Rect(-300, -50, 800, 500), [LAPTOP], Rect(0, 0, 800, 500)),
        (Rect(900, 500, 800, 500), [LAPTOP], Rect(566, 240, 800, 500)),
        # across two monitors: onto the one it covers most
        (Rect(2200, 100, 1280, 800), [BIG, SECOND], Rect(2560, 100, 1280, 800)),
        (Rect(1900, 100, 1280, 800), [BIG, SECOND], Rect(1280, 100, 1280, 800)),
        # the primary is not at the origin (a panel on the left or on top)
        (Rect(0, 0, 1024, 600), [Rect(48, 0, 976, 600)], Rect(48, 0, 976, 600)),
        (Rect(10, 5, 500, 400), [Rect(0, 32, 1366, 736)], Rect(10, 32, 500, 400)),
        # nothing measured: left as it was
        (Rect(5000, 5000, 300, 200), [], Rect(5000, 5000, 300, 200)),
        # a place of no size (a damaged file): the least size there is, on the screen
        (Rect(3000, 3000, 0, -5), [NETBOOK], Rect(1023, 569, 1, 1)),
    ],
)
def test_a_restored_window_is_wholly_on_a_screen_there_is(
    saved: Rect, screens: list[Rect], placed: Rect
) -> None:
    fitted = fit_on_screens(saved, screens)
    assert fitted == placed
    if screens:
        assert any(fitted.overlap(screen) == fitted.width * fitted.height for screen in screens)


@pytest.mark.parametrize(
    ("saved", "minimum", "placed"),
    [
        # a window saved tiny is opened at its least usable size
        (Rect(10, 10, 200, 150), Rect(0, 0, 760, 520), Rect(10, 10, 760, 520)),
        (Rect(700, 400, 200, 150), Rect(0, 0, 760, 520), Rect(264, 50, 760, 520)),
        # but never larger than the screen, even when its least size is
        (Rect(0, 0, 300, 300), Rect(0, 0, 1100, 640), Rect(0, 0, 1024, 570)),
        # a size between the least and the screen is kept
        (Rect(20, 20, 900, 540), Rect(0, 0, 760, 520), Rect(20, 20, 900, 540)),
    ],
)
def test_a_restored_window_is_never_smaller_than_it_can_be_used(
    saved: Rect, minimum: Rect, placed: Rect
) -> None:
    assert fit_on_screens(saved, [NETBOOK], minimum) == placed


def test_rectangles_overlap_by_their_shared_area() -> None:
    assert Rect(0, 0, 10, 10).overlap(Rect(5, 5, 10, 10)) == 25
    assert Rect(0, 0, 10, 10).overlap(Rect(10, 0, 10, 10)) == 0  # touching is not overlapping
    assert Rect(0, 0, 10, 10).overlap(Rect(50, 50, 1, 1)) == 0
    assert (Rect(3, 4, 10, 20).right, Rect(3, 4, 10, 20).bottom) == (13, 24)


def geometry_value(
    frame: Rect,
    normal: Rect,
    *,
    maximized: bool = False,
    full_screen: bool = False,
    magic: int = 0x1D9D0CB,
    major: int = 3,
) -> str:
    """What QWidget.saveGeometry writes (QRects as inclusive corners, big-endian), in base64."""

    def corners(rect: Rect) -> tuple[int, int, int, int]:
        return (rect.x, rect.y, rect.right - 1, rect.bottom - 1)

    data = struct.pack(
        ">IHH4i4iiBBi4i",
        magic,
        major,
        0,
        *corners(frame),
        *corners(normal),
        0,
        2 if maximized else 0,
        4 if full_screen else 0,
        2560,
        *corners(normal),
    )
    return base64.b64encode(data).decode("ascii")


FRAMED = Rect(1800, 1000, 702, 404)
INSIDE = Rect(1801, 1028, 700, 375)


@pytest.mark.parametrize(
    ("value", "place"),
    [
        (
            geometry_value(FRAMED, INSIDE),
            SavedPlace(normal=INSIDE, frame=FRAMED, maximized=False, full_screen=False),
        ),
        (
            geometry_value(Rect(0, 0, 2560, 1440), INSIDE, maximized=True),
            SavedPlace(
                normal=INSIDE, frame=Rect(0, 0, 2560, 1440), maximized=True, full_screen=False
            ),
        ),
        (
            geometry_value(Rect(0, 0, 2560, 1440), INSIDE, full_screen=True),
            SavedPlace(
                normal=INSIDE, frame=Rect(0, 0, 2560, 1440), maximized=False, full_screen=True
            ),
        ),
        (geometry_value(FRAMED, INSIDE, magic=0x1D9D0CC), None),  # not Qt's
        (geometry_value(FRAMED, INSIDE, major=4), None),  # a newer format than we know
        (geometry_value(FRAMED, Rect(10, 10, 0, 0)), None),  # a place of no size
        (GEOMETRY, None),  # too short
        ("not base64!", None),
        ("", None),
    ],
)
def test_the_place_is_read_from_the_saved_geometry(value: str, place: SavedPlace | None) -> None:
    assert read_geometry(value) == place


@pytest.mark.parametrize(
    ("place", "margins"),
    [
        (
            SavedPlace(normal=INSIDE, frame=FRAMED, maximized=False, full_screen=False),
            (1, 28, 1, 1),
        ),
        # no frame at all (no window manager)
        (SavedPlace(normal=INSIDE, frame=INSIDE, maximized=False, full_screen=False), (0, 0, 0, 0)),
        # maximised: the frame is the screen's, nothing to learn of the frame from it
        (SavedPlace(normal=INSIDE, frame=FRAMED, maximized=True, full_screen=False), None),
        # a frame that does not hold the window, or one of hundreds of pixels: not a frame
        (SavedPlace(normal=FRAMED, frame=INSIDE, maximized=False, full_screen=False), None),
        (
            SavedPlace(
                normal=INSIDE, frame=Rect(0, 0, 2560, 1440), maximized=False, full_screen=False
            ),
            None,
        ),
    ],
)
def test_the_frame_around_the_window_is_learnt_from_a_normal_one(
    place: SavedPlace, margins: tuple[int, int, int, int] | None
) -> None:
    assert place.frame_margins() == margins


@pytest.mark.parametrize(
    ("saved", "saved_window", "window", "expected"),
    [
        (360, 1280, 1280, 360),  # as it was left
        (360, 1280, 1920, 360),  # a wider window: the middle takes the rest
        (470, 1280, 1280, 470),
        (600, 1920, 1280, 400),  # a narrower one: the same share (a third)
        (900, 1280, 1280, 900),  # wide, but it fits: the user's choice
        (1200, 1280, 1280, 956),  # the middle keeps its least width (316 + 8)
        (200, 1280, 1280, 323),  # never under the sidebar's least width
        (360, 0, 1280, 360),  # the saved window's width not known
    ],
)
def test_the_sidebar_gets_its_width_within_its_share(
    saved: int, saved_window: int, window: int, expected: int
) -> None:
    width = sidebar_width(
        saved=saved, saved_window=saved_window, window=window, least=323, middle_least=316
    )
    assert width == expected
