"""The real app in a real X window (Xvfb), driven by keys from outside, as a user would."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NoReturn

import pytest
from PySide6.QtGui import QColor, QImage

from ankle_coach.core.library import resolve
from ankle_coach.core.plan import compile_plan
from tests.support.xvfb import start_xvfb, stop_xvfb

# Starts Xvfb and the app.
pytestmark = pytest.mark.slow

TOOLS = ("Xvfb", "xdotool", "import")
#: The get-ready colour of the light theme (ui/theme.py): the countdown and its label wear it.
GET_READY = QColor("#b35c00")


def run(*command: str, env: dict[str, str]) -> str:
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=30)
    return done.stdout.strip()


def wait_for(what: str, check: object, timeout: float = 30.0) -> str:
    """Poll an outside process's state (not Qt's: this is another program)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = check()  # type: ignore[operator]
        if found:
            return str(found)
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.fixture
def display(skip_or_fail: Callable[[str], NoReturn]) -> Iterator[str]:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        skip_or_fail(
            f"the screenshot test needs {', '.join(missing)} (Debian: xvfb xdotool imagemagick)"
        )
    for _attempt in range(3):  # another X server starting at the same moment may take the number
        server, display = start_xvfb(1600, 1000)
        env = {**os.environ, "DISPLAY": display}
        if display != ":" and run("xdotool", "getdisplaygeometry", env=env) == "1600 1000":
            break
        stop_xvfb(server)
    else:
        raise AssertionError("Xvfb did not start a display that answers")
    try:
        yield display
    finally:
        stop_xvfb(server)


def test_start_a_routine_by_keyboard_and_capture_the_window(
    display: str, tmp_path: Path, user_home: Path
) -> None:
    env = {key: value for key, value in os.environ.items() if key != "QT_QPA_PLATFORM"}
    env.update(
        DISPLAY=display,
        QT_QPA_PLATFORM="xcb",
        PULSE_SERVER="unix:/nonexistent",  # no sound here: the app must say so and go on
        ANKLE_COACH_HOME=str(user_home),
    )
    config = user_home / "config"
    config.mkdir(parents=True, exist_ok=True)
    # Straight to the session: the pain check-in before it has tests of its own.
    (config / "settings.toml").write_text("version = 1\nask_pain_check_in = false\n")
    app = subprocess.Popen(
        [sys.executable, "-m", "ankle_coach"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:

        def window_found() -> str:
            if app.poll() is not None:
                raise AssertionError(f"the app exited with {app.returncode}")
            # visible windows only: the app may also own unmapped X windows with the name
            # (seen once, under a full parallel suite, as 30 s of a focus that never came)
            found = run("xdotool", "search", "--onlyvisible", "--name", "Ankle Coach", env=env)
            return found.split("\n")[0]

        window = wait_for("the window", window_found, timeout=60)
        run("xdotool", "windowsize", window, "1600", "1000", env=env)

        def focused() -> bool:  # with no window manager, focus may need asking again
            run("xdotool", "windowfocus", window, env=env)
            return run("xdotool", "getwindowfocus", env=env) == window

        wait_for("the window to have the keyboard", focused)
        time.sleep(0.5)  # Qt sees the focus change a moment after the X server does
        assert run("xdotool", "getwindowname", window, env=env) == "Ankle Coach"
        # The list has the keyboard first: Down twice reaches "Calf raises", Space starts it.
        run("xdotool", "key", "--window", window, "Down", "Down", env=env)
        time.sleep(0.3)
        run("xdotool", "key", "--window", window, "space", env=env)
        # The title passes through "Calf raises \u2014 Ankle Coach" (the routine chosen) before the
        # countdown shows in it: wait for the one this test means, whatever comes before.
        countdown_title = re.compile(r"(\d+) \u00b7 Calf raises \u2014 Ankle Coach")
        titles: list[str] = []

        def session_title() -> str:
            name = run("xdotool", "getwindowname", window, env=env)
            if not titles or titles[-1] != name:
                titles.append(name)
            return name if countdown_title.fullmatch(name) else ""

        try:
            title = wait_for("the session's countdown in the title", session_title)
        except AssertionError as exc:
            raise AssertionError(f"{exc}; the titles seen: {titles}") from None
        found = countdown_title.fullmatch(title)
        assert found, title
        get_ready = compile_plan(resolve("calf-raises").routine).segments[0].duration
        assert 1 <= int(found[1]) <= get_ready  # the get-ready counts down

        shot = tmp_path / "session.png"

        def captured() -> bool:  # the title changes a moment before the pixels do
            run("import", "-window", "root", str(shot), env=env)
            return shows_countdown(QImage(str(shot)))

        wait_for("a capture showing the get-ready countdown", captured, timeout=10)
    except AssertionError as exc:
        app.kill()
        output, _ = app.communicate(timeout=10)
        raise AssertionError(f"{exc}; the app said:\n{output}") from None
    finally:
        app.kill()
        output, _ = app.communicate(timeout=10)
    assert "Traceback" not in output, output


def shows_countdown(image: QImage) -> bool:
    """Not blank, and a large area in the get-ready colour (the countdown and its label)."""
    assert (image.width(), image.height()) == (1600, 1000)
    small = image.scaled(400, 250)
    pixels = [QColor(small.pixel(x, y)) for x in range(400) for y in range(250)]
    if len({colour.rgb() for colour in pixels}) <= 50:
        return False  # blank
    amber = sum(1 for colour in pixels if _near(colour, GET_READY))
    return amber > 0.01 * len(pixels)


def _near(colour: QColor, target: QColor) -> bool:
    return (
        abs(colour.red() - target.red()) < 40
        and abs(colour.green() - target.green()) < 40
        and abs(colour.blue() - target.blue()) < 40
    )
