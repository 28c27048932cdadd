"""The real app as a screen reader meets it: its own X display, D-Bus and AT-SPI bus.

`AccessibleDesktop` starts Xvfb on a free display, a private D-Bus session bus on it
(dbus-launch) and the AT-SPI bus on that (at-spi-bus-launcher, which D-Bus-activates the
registry, at-spi2-registryd). `RunningApp` starts `ankle-coach` from the venv there with Qt's
AT-SPI bridge always on, reads its accessible tree through pyatspi (tests/support/atspi_probe.py,
under the system's python3: see there why) and types on the display with xdotool. Nothing here
touches the user's own display, bus or files.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, Final, Self, TypeVar

from tests.support.pulse import end_process

#: The system interpreter that python3-pyatspi is built for (Debian, Ubuntu, Fedora).
SYSTEM_PYTHONS: Final = ("/usr/bin/python3",)
PROBE: Final = Path(__file__).with_name("atspi_probe.py")
#: Where the bus launcher is found: the D-Bus service that starts it names it.
BUS_SERVICE: Final = Path("/usr/share/dbus-1/services/org.a11y.Bus.service")
TOOLS: Final = ("Xvfb", "dbus-launch", "dbus-send", "xdotool")
#: What to install when something is missing (Debian names).
PACKAGES: Final = "xvfb dbus-x11 at-spi2-core python3-pyatspi xdotool"
#: The app's name on the bus (QApplication's applicationName).
APP_NAME: Final = "Ankle Coach"
SCREEN: Final = (1600, 1000)

T = TypeVar("T")


class AccessibilityUnavailable(RuntimeError):
    """A part the lane needs is missing or did not start; the message says which."""


def system_python() -> str | None:
    """The first system python3 that imports pyatspi, or None."""
    for python in SYSTEM_PYTHONS:
        if not Path(python).is_file():
            continue
        done = subprocess.run(
            [python, "-c", "import pyatspi"], capture_output=True, timeout=30, check=False
        )
        if done.returncode == 0:
            return python
    return None


def bus_launcher() -> str | None:
    """at-spi-bus-launcher's path, as its D-Bus service file names it."""
    try:
        service = BUS_SERVICE.read_text(encoding="utf-8")
    except OSError:
        return None
    found = re.search(r"^Exec=(\S+)", service, re.M)
    return found[1] if found and Path(found[1]).is_file() else None


def missing_parts() -> list[str]:
    """What this machine lacks for the lane, in words; empty when it has it all."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if bus_launcher() is None:
        missing.append(f"at-spi-bus-launcher (named by {BUS_SERVICE})")
    if system_python() is None:
        missing.append(f"pyatspi for {' or '.join(SYSTEM_PYTHONS)}")
    return missing


#: AT-SPI's answer for an object deleted between listing it and asking about it.
VANISHED = "No such object path"


def wait_for(what: str, check: Callable[[], T | None], timeout: float = 20.0) -> T:
    """Poll another program's state until `check` returns something (not None, not False)."""
    deadline = time.monotonic() + timeout
    while True:
        found = check()
        if found is not None and found is not False:
            return found
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:g} s waiting for {what}")
        time.sleep(0.1)


class AccessibleDesktop:
    """Xvfb, a session bus and the AT-SPI bus, all private; `env` points a program at them.

    Use it as a context manager: everything it started is stopped on the way out."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.display = ""
        self._xvfb: subprocess.Popen[bytes] | None = None
        self._launcher: subprocess.Popen[bytes] | None = None
        self._bus_pid: int | None = None
        self._bus_address = ""

    @property
    def env(self) -> dict[str, str]:
        """This desktop's display and session bus; Qt on X11 with its AT-SPI bridge on."""
        base = {
            key: value
            for key, value in os.environ.items()
            if key not in ("QT_QPA_PLATFORM", "AT_SPI_BUS_ADDRESS", "WAYLAND_DISPLAY")
        }
        return {
            **base,
            "DISPLAY": self.display,
            "DBUS_SESSION_BUS_ADDRESS": self._bus_address,
            "QT_QPA_PLATFORM": "xcb",
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        }

    def start(self) -> Self:
        missing = missing_parts()
        if missing:
            raise AccessibilityUnavailable(
                f"{', '.join(missing)} not installed (Debian: {PACKAGES})"
            )
        try:
            self._start_xvfb()
            self._start_bus()
            self._start_atspi()
        except BaseException:
            self.close()
            raise
        return self

    def _start_xvfb(self) -> None:
        # -displayfd: Xvfb takes a free display number and says which, so two lanes (or two
        # people) never share one.
        read, write = os.pipe()
        width, height = SCREEN
        self._xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{width}x{height}x24"]
            + ["-nolisten", "tcp"],
            pass_fds=(write,),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write)
        written = b""
        # The number and its newline come in two writes: read both before closing our end.
        while not written.endswith(b"\n"):
            chunk = os.read(read, 16)
            if not chunk:
                break
            written += chunk
        os.close(read)
        number = written.decode().strip()
        if not number.isdigit():
            raise AccessibilityUnavailable("Xvfb did not start (it named no display)")
        self.display = f":{number}"

    def _start_bus(self) -> None:
        # --exit-with-x11: should this process die before it can stop the bus, the bus goes
        # with the display.
        done = subprocess.run(
            ["dbus-launch", "--sh-syntax", "--exit-with-x11"],
            env={**os.environ, "DISPLAY": self.display},
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
        address = re.search(r"DBUS_SESSION_BUS_ADDRESS='([^']+)'", done.stdout)
        pid = re.search(r"DBUS_SESSION_BUS_PID=(\d+)", done.stdout)
        if done.returncode != 0 or address is None or pid is None:
            raise AccessibilityUnavailable(f"dbus-launch failed: {done.stdout}{done.stderr}")
        self._bus_address, self._bus_pid = address[1], int(pid[1])

    def _start_atspi(self) -> None:
        launcher = bus_launcher()
        assert launcher is not None  # missing_parts said so
        with open(self.folder / "at-spi-bus-launcher.log", "wb") as log:
            self._launcher = subprocess.Popen(
                [launcher, "--launch-immediately", "--a11y=1"],
                env=self.env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
            )

        def answers() -> str | None:
            assert self._launcher is not None
            if self._launcher.poll() is not None:
                raise AccessibilityUnavailable(
                    f"at-spi-bus-launcher exited with {self._launcher.returncode}: "
                    + (self.folder / "at-spi-bus-launcher.log").read_text(errors="replace")
                )
            done = subprocess.run(
                ["dbus-send", "--session", "--print-reply", "--dest=org.a11y.Bus"]
                + ["/org/a11y/bus", "org.a11y.Bus.GetAddress"],
                env=self.env,
                capture_output=True,
                text=True,
                timeout=10,
                check=False,
            )
            return done.stdout if done.returncode == 0 and "unix:" in done.stdout else None

        wait_for("the AT-SPI bus to answer", answers)

    def close(self) -> None:
        launcher, self._launcher = self._launcher, None
        if launcher is not None:
            end_process(launcher)  # it stops the AT-SPI bus, and with it the registry
        bus, self._bus_pid = self._bus_pid, None
        if bus is not None:
            try:
                os.kill(bus, 15)
            except ProcessLookupError:
                pass  # it went with the display already
        xvfb, self._xvfb = self._xvfb, None
        if xvfb is not None:
            end_process(xvfb)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


@dataclass(frozen=True)
class Node:
    """One accessible object as pyatspi saw it (see atspi_probe.py for each field)."""

    path: tuple[int, ...]
    id: str | None
    role: str
    name: str
    description: str
    states: frozenset[str]
    text: str | None
    value: float | None
    actions: tuple[str, ...]
    attributes: Mapping[str, str]

    @classmethod
    def from_json(cls, found: dict[str, Any]) -> Node:
        return cls(
            path=tuple(found["path"]),
            id=found["id"],
            role=found["role"],
            name=found["name"],
            description=found["description"],
            states=frozenset(found["states"]),
            text=found["text"],
            value=found["value"],
            actions=tuple(found["actions"]),
            attributes=found["attributes"] or {},
        )

    @property
    def focusable(self) -> bool:
        return "focusable" in self.states

    @property
    def focused(self) -> bool:
        return "focused" in self.states

    def within(self, other: Node) -> bool:
        """Whether this object is `other` or inside it."""
        return self.path[: len(other.path)] == other.path

    def __str__(self) -> str:
        return f"{self.role} {self.name!r} ({self.id or 'no id'}, at {list(self.path)})"


@dataclass(frozen=True)
class Announcement:
    """An announcement on the bus: its words, AT-SPI's politeness (POLITE or ASSERTIVE) and the
    name of the object that made it."""

    text: str
    politeness: int
    by: str


#: AT-SPI's live settings, as an announcement carries them.
POLITE: Final = 1
ASSERTIVE: Final = 2


class Tree:
    """The showing objects of the app at one moment, in tree order."""

    def __init__(self, nodes: Iterable[Node]) -> None:
        self.nodes = list(nodes)

    def find_all(
        self,
        role: str | None = None,
        name: str | None = None,
        id_end: str | None = None,
        within: Node | None = None,
    ) -> list[Node]:
        """The objects with this role, name and accessible id ending (".countdown")."""
        return [
            node
            for node in self.nodes
            if (role is None or node.role == role)
            and (name is None or node.name == name)
            and (id_end is None or (node.id or "").endswith(id_end))
            and (within is None or node.within(within))
        ]

    def find(
        self,
        role: str | None = None,
        name: str | None = None,
        id_end: str | None = None,
        within: Node | None = None,
    ) -> Node:
        """The one object so described; AssertionError naming what there is otherwise."""
        found = self.find_all(role, name, id_end, within)
        if len(found) != 1:
            raise AssertionError(
                f"{len(found)} objects are the {role or 'object'} {name!r} (id ending "
                f"{id_end!r}): {[str(node) for node in found]}"
            )
        return found[0]

    def frames(self) -> list[Node]:
        return [node for node in self.nodes if node.role in ("frame", "dialog", "window")]


class Probe:
    """atspi_probe.py under the system's python3, answering one JSON line per request."""

    def __init__(self, env: Mapping[str, str]) -> None:
        python = system_python()
        if python is None:
            raise AccessibilityUnavailable(f"pyatspi not installed for {SYSTEM_PYTHONS}")
        # Not the venv's site: the system's own python with its own packages.
        clean = {key: value for key, value in env.items() if not key.startswith("PYTHON")}
        self._process = subprocess.Popen(
            [python, "-I", str(PROBE)],
            env=clean,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.python = str(self.ask("ping")["python"])

    def ask(self, op: str, **arguments: Any) -> dict[str, Any]:
        process = self._process
        assert process.stdin is not None and process.stdout is not None
        process.stdin.write(json.dumps({"op": op, **arguments}) + "\n")
        process.stdin.flush()
        line = process.stdout.readline()
        if not line:
            assert process.stderr is not None
            raise AccessibilityUnavailable(f"the AT-SPI probe died: {process.stderr.read()}")
        answer: dict[str, Any] = json.loads(line)
        if "error" in answer:
            raise AssertionError(f"AT-SPI {op} failed: {answer['error']}")
        return answer

    def close(self) -> None:
        if self._process.stdin is not None:
            self._process.stdin.close()
        try:
            self._process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        for stream in (self._process.stdout, self._process.stderr):
            if stream is not None:
                stream.close()


class RunningApp:
    """`ankle-coach` from this venv on an AccessibleDesktop, with its own user folders."""

    def __init__(self, desktop: AccessibleDesktop, home: Path) -> None:
        self.desktop = desktop
        self.home = home
        self.log = home / "app.log"
        self._process: subprocess.Popen[bytes] | None = None
        self._probe: Probe | None = None

    def start(self, timeout: float = 60.0) -> Self:
        program = Path(sys.executable).with_name("ankle-coach")
        if not program.is_file():
            raise AccessibilityUnavailable(f"{program} is not there: pip install -e '.[test]'")
        env = {
            **self.desktop.env,
            "ANKLE_COACH_HOME": str(self.home),
            "PULSE_SERVER": "unix:/nonexistent",  # no sound: cues are shown on screen only
        }
        with open(self.log, "wb") as log:
            self._process = subprocess.Popen(
                [str(program)],
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        self._probe = Probe(self.desktop.env)

        def window() -> Tree | None:
            self._check_running()
            try:
                tree = self.tree()
            except AssertionError:  # not on the bus yet
                return None
            # built: the second step (finish_building) has made the library list
            return tree if tree.find_all(role="list", name="Routine library") else None

        try:
            wait_for("the window on the AT-SPI bus", window, timeout)
        except AssertionError as exc:
            raise AssertionError(f"{exc}; the app said:\n{self.output()}") from None
        return self

    def _check_running(self) -> None:
        if self._process is None or self._process.poll() is not None:
            raise AssertionError(f"the app is not running; it said:\n{self.output()}")

    def output(self) -> str:
        try:
            return self.log.read_text(errors="replace")
        except OSError:
            return ""

    @property
    def probe(self) -> Probe:
        assert self._probe is not None, "start the app first"
        return self._probe

    def tree(self) -> Tree:
        nodes = self.probe.ask("tree", app=APP_NAME)["nodes"]
        return Tree(Node.from_json(node) for node in nodes)

    def wait_for(
        self,
        what: str,
        check: Callable[[Tree], T | None],
        timeout: float = 15.0,
        shows: Callable[[Tree], str] | None = None,
    ) -> T:
        """Read the tree until `check` finds what it looks for in it. On a timeout the error
        says what `shows` says of the last tree read (what was there instead)."""
        last: list[Tree] = []

        def look() -> T | None:
            self._check_running()
            try:
                last[:] = [self.tree()]
            except AssertionError as exc:
                if VANISHED not in str(exc):
                    raise
                return None  # an object went while the tree was walked (a page changing): again
            return check(last[0])

        try:
            return wait_for(what, look, timeout)
        except AssertionError as exc:
            if shows is None or not last:
                raise
            raise AssertionError(f"{exc}; instead: {shows(last[0])}") from None

    def read(self, *nodes: Node) -> list[Node | None]:
        """These objects as they are now, read together (None for one that is gone)."""
        found = self.probe.ask("read", app=APP_NAME, paths=[list(node.path) for node in nodes])
        return [None if node is None else Node.from_json(node) for node in found["nodes"]]

    def act(self, node: Node, action: str) -> None:
        """Do one of the object's AT-SPI actions ("Press", "Toggle"), as a screen reader does."""
        self.probe.ask(
            "act", app=APP_NAME, path=list(node.path), role=node.role, name=node.name, action=action
        )

    def focused(self) -> Node | None:
        """What last took the keyboard focus, as a screen reader is told (a focus event)."""
        found = self.probe.ask("focused")["node"]
        return None if found is None else Node.from_json(found)

    def announcements(self) -> list[Announcement]:
        """What the app announced (QAccessibleAnnouncementEvent) since this was last asked."""
        return [
            Announcement(said["text"], said["politeness"], said["by"] or "")
            for said in self.probe.ask("announcements")["said"]
        ]

    def focus(self, node: Node) -> Node:
        """Give the object the keyboard focus (AT-SPI grabFocus) and wait until it or something
        in it (a list's current item) has it."""
        self.probe.ask("focus", app=APP_NAME, path=list(node.path), role=node.role, name=node.name)
        return self.wait_for_focus(f"the focus on {node}", lambda now: now.within(node))

    def wait_for_focus(
        self, what: str, check: Callable[[Node], bool], timeout: float = 15.0
    ) -> Node:
        """Wait until the focus is on an object `check` accepts; that object."""

        def look() -> Node | None:
            self._check_running()
            now = self.focused()
            return now if now is not None and check(now) else None

        return wait_for(what, look, timeout)

    def press_and_follow(self, *keys: str) -> Node:
        """Press keys that move the focus (Tab, Down); where it went."""
        before = self.focused()
        self.keys(*keys)
        return self.wait_for_focus(
            f"{', '.join(keys)} to move the focus",
            lambda now: before is None or now.path != before.path,
        )

    def focus_window(self, title: str) -> None:
        """Give the X keyboard focus to the app's window of this title (a regular expression):
        with no window manager on the display, nobody else does."""
        assert self._process is not None
        env = self.desktop.env

        def xdotool(*arguments: str) -> str:
            done = subprocess.run(
                ["xdotool", *arguments], env=env, capture_output=True, text=True, timeout=10
            )
            return done.stdout.strip()

        def focused() -> bool:
            windows = xdotool("search", "--onlyvisible", "--name", title).split()
            if not windows:
                return False
            xdotool("windowfocus", windows[-1])
            return xdotool("getwindowfocus") == windows[-1]

        wait_for(f"the window {title!r} to have the keyboard", focused)

    def keys(self, *keys: str) -> None:
        """Press keys on the display (xdotool names: "space", "Tab", "shift+Tab", "ctrl+a"),
        as from a keyboard: to whatever has the focus."""
        self._check_running()
        subprocess.run(
            ["xdotool", "key", "--delay", "50", *keys],
            env=self.desktop.env,
            check=True,
            timeout=30,
        )

    def close(self) -> str:
        """Stop the app; what it printed."""
        probe, self._probe = self._probe, None
        if probe is not None:
            probe.close()
        process, self._process = self._process, None
        if process is not None:
            end_process(process)
        return self.output()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


# -- the app's pages, as the lane's tests reach them ------------------------------------------

MAIN_TITLE = "Ankle Coach"
#: A routine with a 20-second get-ready: the countdown counts seconds at the start.
ROUTINE = "Calf raises"
#: Objects that are the window's and Qt's, not the app's: named by Qt or not for the user.
QT_OWN = ("qt_splithandle_", "QSizeGrip")


def unnamed_focusable(tree: Tree, within: Node) -> str:
    """Each focusable object in `within` that has no name, a line each ("" when none).

    Not a view's viewport: Qt says a chart's viewport is focusable, but it hands the focus to
    its view (its focus proxy), so it is never what a screen reader lands on; the view is."""
    by_path = {node.path: node for node in tree.nodes}

    def hands_focus_to_its_view(node: Node) -> bool:
        view = by_path.get(node.path[:-1])
        return node.role == "filler" and view is not None and view.focusable and bool(view.name)

    return "\n".join(
        str(node)
        for node in tree.nodes
        if node.within(within)
        and node.focusable
        and not node.name.strip()
        and not (node.id or "").endswith(QT_OWN)
        and not hands_focus_to_its_view(node)
    )


def main_frame(tree: Tree) -> Node:
    frames = [node for node in tree.frames() if node.name.endswith(MAIN_TITLE)]
    assert len(frames) == 1, [str(frame) for frame in tree.frames()]
    return frames[0]


def choose_routine(app: RunningApp, title: str) -> Tree:
    """Choose a routine in the library from the keyboard (End and Home, each a move, so the
    focus is on the first routine, then Down until it is there); the tree once its overview
    shows. A session or the ice timer under way is stopped first."""
    stop_everything(app)
    app.focus_window(MAIN_TITLE)
    app.focus(app.tree().find(role="list", name="Routine library"))
    app.keys("End", "Home")
    for _press in range(12):
        now = app.wait_for_focus("a routine in the list", lambda node: node.role == "list item")
        if now.name.startswith(f"{title},"):
            break
        app.press_and_follow("Down")
    else:
        raise AssertionError(f"{title} was never reached in the library")
    return app.wait_for(
        f"the overview of {title}",
        lambda tree: tree if tree.find_all(name=title, id_end=".title") else None,
    )


def show_history(app: RunningApp) -> Tree:
    """The History page (Ctrl+H, which does nothing during a session: stopped first)."""
    stop_everything(app)
    app.focus_window(MAIN_TITLE)
    app.keys("ctrl+h")
    return app.wait_for(
        "the History page",
        lambda tree: tree if tree.find_all(role="table", name="Sessions and check-ins") else None,
    )


def stop_everything(app: RunningApp) -> None:
    """Leave no ice timer running and no session (the next test starts from the overview)."""
    tree = app.tree()
    reset = tree.find(id_end=".iceReset")
    if "enabled" in reset.states:
        app.act(reset, "Press")
        app.wait_for(
            "the ice timer to reset",
            lambda tree: "enabled" not in tree.find(id_end=".iceReset").states or None,
        )
    if not [node for node in tree.find_all(role="push button") if node.name == "Stop"]:
        return  # no session on screen
    # Esc, not the Stop button's AT-SPI action: a button pressed through AT-SPI answers only
    # when its slot returns, and this one waits for the question to be answered.
    app.focus_window(MAIN_TITLE)
    app.keys("Escape")
    app.focus_window("Stop the session")
    app.keys("alt+y")
    app.wait_for(
        "the session to stop",
        lambda tree: tree if tree.find_all(role="push button", name="Start the routine") else None,
    )
