"""The program the GUI benchmarks launch: the real app, or a bare window to compare it with.

    python -m benchmarks._app_probe app|bare [--then quit|idle|session] [--routine ID]

`app` is the real start-up: `ankle_coach.cli.main([])`, that is `run_app()` exactly as
`python -m ankle_coach` runs it (real settings, library, MonotonicClock, cue player). The one
addition is an event filter on the MainWindow, installed by wrapping `ui.app.build_window`
(the product has no "window shown" hook). `bare` is a QMainWindow with a QLabel, 1280x800 like
the app's default window, after the same QApplication setup as `ui.app.make_app` (names,
desktop file name, the SVG window icon, the multimedia logging rules), without importing
ankle_coach at all.

It prints JSON lines on stdout; times are `time.monotonic()`, the system-wide CLOCK_MONOTONIC,
so the parent can subtract the moment it launched this process:

    {"event": "shown", "started": t, "imported": t, "built": t, "show": t, "paint": t,
     "complete": t}
        started: this module began (the interpreter is up); imported: Qt (and the app's
        modules) imported; build_start/built: around building the window; show: the window's
        Show event; paint: its first Paint event, "the window shown"; complete: the app's
        library list first painted, after MainWindow.finish_building (the window's second
        building step, run after its first picture; for the bare window, the same as paint).
        After it, --then quit exits at once (os._exit: no teardown to wait for).
    {"event": "session", "t": t, "routine": id, "phase": "running", "skipped": [...]}
        --then session (app only): the routine was started with MainWindow.start_session,
        as the Start button does, right after the first paint; a dialog it opens first (the
        pain check-in) is skipped with reject(), as Skip or Escape would, and named.

With --then idle or session it then waits, doing nothing of its own, and answers commands on
stdin (a QSocketNotifier, so no polling): `state` prints {"event": "state", ...} with the
session's phase and position and the window title; `quit` or the end of stdin exits.
"""

from __future__ import annotations

import os
import sys
import time

#: typing.TYPE_CHECKING without importing typing before STARTED (mypy knows the name).
TYPE_CHECKING = False
if TYPE_CHECKING:  # the probe imports Qt and the app only once it is running
    from collections.abc import Callable

    from PySide6.QtCore import QObject, QSocketNotifier
    from PySide6.QtWidgets import QApplication, QWidget

    from ankle_coach.ui.main_window import AppContext, MainWindow

STARTED = time.monotonic()

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ICON = os.path.join(REPO, "assets", "icon.svg")
#: ui/audio.py's QUIET_MULTIMEDIA_RULES, copied so that `bare` imports nothing of the app's.
QUIET_MULTIMEDIA_RULES = (
    "qt.multimedia.symbolsresolver.info=false\n"
    "qt.multimedia.symbolsresolver.warning=false\n"
    "qt.multimedia.ffmpeg.info=false"
)


def emit(event: str, **fields: object) -> None:
    import json

    sys.stdout.write(json.dumps({"event": event, **fields}) + "\n")
    sys.stdout.flush()


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("kind", choices=["app", "bare"])
    parser.add_argument("--then", choices=["quit", "idle", "session"], default="quit")
    parser.add_argument("--routine", default="standing-calf-stretch")
    args = parser.parse_args()
    if args.kind == "bare" and args.then == "session":
        parser.error("a bare window has no session")
    if args.kind == "app":
        run_real_app(args.then, args.routine)
    else:
        run_bare(args.then)


class _Probe:
    """The moments a window reaches; `on_shown` runs once, at its first Paint event."""

    def __init__(self, then: str) -> None:
        self.then = then
        self.times: dict[str, float] = {"started": STARTED}
        self.window: QWidget | None = None
        self.main_window: MainWindow | None = None  # the app's
        self.after_shown: list[Callable[[], None]] = []
        self.kept: list[QSocketNotifier] = []

    def filter_for(self, window: QWidget) -> QObject:
        from PySide6.QtCore import QEvent, QObject

        probe = self

        class ShownFilter(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
                kind = event.type()
                if kind == QEvent.Type.Show and "show" not in probe.times:
                    probe.times["show"] = time.monotonic()
                elif kind == QEvent.Type.Paint and "paint" not in probe.times:
                    probe.times["paint"] = time.monotonic()
                    watched.removeEventFilter(self)
                    probe.painted()
                return False

        shown_filter = ShownFilter(window)
        self.window = window
        return shown_filter

    def painted(self) -> None:
        """The window's first picture. The app builds its content after it (MainWindow is built
        in two steps): "complete" is then the first Paint of its library list, after the window
        says it is built. A bare window is complete when it is painted."""
        window = self.main_window
        if window is None or window.is_built:
            self.times["complete"] = self.times["paint"]
            self.shown()
            return
        from PySide6.QtCore import QEvent, QObject

        probe = self

        class CompleteFilter(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
                if event.type() == QEvent.Type.Paint and "complete" not in probe.times:
                    probe.times["complete"] = time.monotonic()
                    watched.removeEventFilter(self)
                    probe.shown()
                return False

        def on_built() -> None:
            probe.times["built_all"] = time.monotonic()
            window.library_view.installEventFilter(CompleteFilter(window))

        window.built.connect(on_built)

    def shown(self) -> None:
        emit("shown", **self.times)
        if self.then == "quit":
            os._exit(0)
        from PySide6.QtCore import QTimer

        for step in self.after_shown:
            QTimer.singleShot(0, step)
        listen_to_stdin(self)


def listen_to_stdin(probe: _Probe) -> None:
    from PySide6.QtCore import QSocketNotifier

    notifier = QSocketNotifier(0, QSocketNotifier.Type.Read)
    pending = bytearray()

    def on_readable() -> None:
        chunk = os.read(0, 4096)
        if not chunk:
            os._exit(0)
        pending.extend(chunk)
        while b"\n" in pending:
            line, _, rest = bytes(pending).partition(b"\n")
            pending[:] = rest
            command = line.decode().strip()
            if command == "quit":
                os._exit(0)
            if command == "state":
                answer_state(probe)

    notifier.activated.connect(on_readable)
    probe.kept.append(notifier)  # alive as long as the probe


def answer_state(probe: _Probe) -> None:
    assert probe.window is not None
    fields: dict[str, object] = {"title": probe.window.windowTitle()}
    controller = probe.main_window.controller if probe.main_window is not None else None
    if controller is not None:
        state = controller.state
        fields.update(
            phase=str(state.phase),
            position=round(state.position, 3),
            total=state.total,
            segment_index=state.segment_index,
        )
    emit("state", **fields)


def run_real_app(then: str, routine: str) -> None:
    import ankle_coach.ui.app as app_module
    from ankle_coach.cli import main as cli_main

    probe = _Probe(then)
    probe.times["imported"] = time.monotonic()
    real_build_window = app_module.build_window

    def build_window(context: AppContext, app: QApplication) -> MainWindow:
        probe.times["build_start"] = time.monotonic()
        window = real_build_window(context, app)
        window.installEventFilter(probe.filter_for(window))
        probe.main_window = window
        probe.times["built"] = time.monotonic()
        return window

    def start_session() -> None:
        from PySide6.QtWidgets import QDialog

        window = probe.main_window
        assert window is not None
        entry = window.library.get(routine)
        if entry is None:
            emit("error", message=f"no routine {routine!r} in the library")
            os._exit(3)
        window.start_session(entry)
        # A window-modal dialog before the session (the pain check-in) is skipped as the user's
        # Skip would (its Skip button; Escape there backs out of starting), others with reject().
        skipped = []
        for _ in range(3):
            dialogs = [d for d in window.findChildren(QDialog) if d.isVisible()]
            if window.controller is not None or not dialogs:
                break
            for dialog in dialogs:
                skipped.append(type(dialog).__name__)
                skip = getattr(dialog, "skip_button", None)  # the check-in: Escape backs out
                if skip is not None:
                    skip.click()
                else:
                    dialog.reject()
        if window.controller is None:
            emit("error", message=f"no session started (dialogs skipped: {skipped})")
            os._exit(3)
        phase = window.controller.state.phase
        emit("session", t=time.monotonic(), routine=routine, phase=str(phase), skipped=skipped)

    if then == "session":
        probe.after_shown.append(start_session)
    app_module.build_window = build_window
    sys.exit(cli_main([]))


def run_bare(then: str) -> None:
    from PySide6.QtCore import QLoggingCategory
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    probe = _Probe(then)
    probe.times["imported"] = time.monotonic()
    app = QApplication([sys.argv[0]])
    app.setApplicationName("Ankle Coach")
    app.setApplicationVersion("0")
    app.setOrganizationName("Ankle Coach")
    app.setDesktopFileName("ankle-coach")
    app.setWindowIcon(QIcon(ICON))
    QLoggingCategory.setFilterRules(QUIET_MULTIMEDIA_RULES)
    probe.times["build_start"] = time.monotonic()
    window = QMainWindow()
    window.setWindowTitle("Ankle Coach")
    window.setCentralWidget(QLabel("Ankle Coach"))
    window.resize(1280, 800)
    window.installEventFilter(probe.filter_for(window))
    probe.times["built"] = time.monotonic()
    window.show()
    sys.exit(app.exec())


if __name__ == "__main__":
    main()
