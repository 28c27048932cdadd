"""The app on a real X screen, every page and dialog measured and captured in each theme and text
size: run by tests/gui/test_screens.py, one process per screen size, as

    DISPLAY=:N QT_QPA_PLATFORM=xcb python -m tests.support.screens OUT_FOLDER

It starts the app as `ankle-coach` does (ui/app.py make_app and build_window, the user's
settings and window.toml from ANKLE_COACH_HOME), on a fake clock so a session stands still
between two captures. It writes OUT_FOLDER/report.json (what was measured, and every problem
found, in words) and a PNG of the screen for each page and dialog.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QRect, QSize, QTimer
from PySide6.QtGui import QColor, QFontInfo, QFontMetrics, QGuiApplication, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QLabel,
    QWidget,
)

from ankle_coach.core.clock import FakeClock
from ankle_coach.core.paths import Paths
from ankle_coach.core.session import Phase
from ankle_coach.core.settings import Theme, load_settings
from ankle_coach.ui.app import build_window, make_app
from ankle_coach.ui.context import AppContext
from ankle_coach.ui.main_window import MainWindow

THEMES: tuple[Theme, ...] = ("light", "dark", "high-contrast")
TEXT_SIZES = (1.0, 2.0)
#: A compiled catalogue (.qm) to show every string in, with the language whose formats and
#: content go with it ("de"): the pseudo-translation test (tests/gui/test_pseudo_translation.py).
CATALOGUE_ENV = "ANKLE_COACH_SCREENS_CATALOGUE"
#: Only these themes ("light,dark"), when set.
THEMES_ENV = "ANKLE_COACH_SCREENS_THEMES"
#: A routine of counted sets (reps), and its first counted exercise's name.
COUNTED = "calf-raises"
#: A pixel "changed" between two captures when its colour moved this far (RGB distance).
CHANGED = 60


def driver(out: Path, display: str, home: Path, **more: str) -> tuple[list[str], dict[str, str]]:
    """The command and environment that run this driver as its tests do: on the X display
    `display`, with the user's files under `home`, no sound server, its report and captures in
    `out`; `more` adds to the environment (CATALOGUE_ENV, THEMES_ENV)."""
    env = {key: value for key, value in os.environ.items() if key != "QT_QPA_PLATFORM"}
    env.update(
        DISPLAY=display,
        QT_QPA_PLATFORM="xcb",
        PULSE_SERVER="unix:/nonexistent",
        ANKLE_COACH_HOME=str(home),
        **more,
    )
    return [sys.executable, "-m", "tests.support.screens", str(out)], env


class Screens:
    """Goes through the pages and dialogs, measuring each; collects problems in words."""

    def __init__(self, out: Path) -> None:
        self.out = out
        self.problems: list[str] = []
        self.checked: list[str] = []  # every window measured, so a pass is never vacuous
        self.measures: dict[str, Any] = {}
        self.app = make_app(["ankle-coach"])
        catalogue = os.environ.get(CATALOGUE_ENV)
        self.translated = bool(catalogue)
        if catalogue:
            from ankle_coach.ui import i18n

            i18n.install(self.app, "de", catalogue=Path(catalogue))
        themes = os.environ.get(THEMES_ENV)
        self.themes: tuple[Theme, ...] = (
            tuple(t for t in THEMES if t in themes.split(",")) if themes else THEMES
        )
        paths = Paths.default()
        settings, message = load_settings(paths)
        self.clock = FakeClock()
        context = AppContext(
            paths=paths, settings=settings, settings_message=message, clock=self.clock
        )
        self.window: MainWindow = build_window(context, self.app)
        self.room = QGuiApplication.primaryScreen().availableGeometry()
        self.label = "start"

    # -- driving -------------------------------------------------------------------------------

    def settle(self, ms: int = 60) -> None:
        """Let Qt lay out, delete what it was asked to, paint, and the X server show it."""
        QTest.qWait(ms)

    def start(self) -> None:
        window = self.window
        window.show()
        QTest.qWaitForWindowExposed(window, 10000)
        if window._parts is None:  # staged: the pages come in the turn after the first paint
            window.finish_building()
        self.settle(200)
        self.measures["restored"] = {
            "frame": _rect(window.frameGeometry()),
            "maximized": window.isMaximized(),
            "screen": _rect(self.room),
            # the docked sidebar and the middle beside it (hidden: 0), and the middle's least
            "sidebar": window.guidance_dock.width() if window.guidance_dock.isVisible() else 0,
            "middle": window.splitter.width(),
            "window_width": window.width(),
            "middle_least": window.splitter.minimumSizeHint().width(),
        }
        self.check_window(window, "the window as it opened")

    def each_look(self) -> None:
        for theme in self.themes:
            for text in TEXT_SIZES:
                self.label = f"{theme}-{round(text * 100)}"
                window = self.window
                window.apply_settings(
                    dataclasses.replace(
                        window.settings, theme=theme, text_size=text, ask_pain_check_in=False
                    )
                )
                self.settle()
                self.pages()
                self.session()
                self.dialogs()

    def pages(self) -> None:
        window = self.window
        window.guidance_dock.show()
        assert window.library_view.select(COUNTED)
        window.pages.setCurrentWidget(window.overview)
        self.settle()
        self.check_window(window, "library, overview and guidance")
        self.shot("library")
        # what holds the window open, when it does not fit
        self.measures.setdefault("least_widths", {})[self.label] = {
            name: part.minimumSizeHint().width()
            for name, part in (
                ("window", window),
                ("library", window.library_view),
                ("pages", window.pages),
                ("overview", window.overview),
                ("session", window.session_view),
                ("history", window.history_view),
                ("guidance", window.guidance_dock),
            )
        }
        # the ice timer's end, shown large in the sidebar
        ice = window.guidance.ice_box
        ice.toggle.click()
        self.clock.advance(ice.timer.seconds + 1)
        ice.poll()
        self.settle()
        assert ice.done.isVisible(), "the ice timer did not end"
        self.check_window(window, "ice timer ended")
        self.shot("ice-ended")
        ice.reset.click()
        window.show_history()
        self.settle()
        self.check_window(window, "history")
        self.shot("history")
        window.pages.setCurrentWidget(window.overview)
        editor = window.edit_routine()
        assert editor is not None
        QTest.qWaitForWindowExposed(editor, 10000)
        self.settle()
        self.check_window(editor, "routine editor")
        self.shot("editor")
        editor.reject()
        self.settle(20)

    def session(self) -> None:
        window = self.window
        entry = window.overview.entry
        assert entry is not None
        window.session_host.start_session(entry)
        self.wait(lambda: window.current_state() is not None, "the session to start")
        actions = window.actions_
        for _ in range(10):  # through the get-ready to the first counted set
            state = window.current_state()
            if state is not None and state.segment.reps is not None:
                break
            actions.next.trigger()
            self.settle(20)
        state = window.current_state()
        assert state is not None and state.segment.reps is not None, state
        self.clock.advance(state.segment.duration / 3)  # a few reps in
        assert window.controller is not None
        window.controller.poll()
        self.settle()
        state = window.current_state()
        assert state is not None
        self.check_window(window, "session, a counted set")
        view = window.session_view
        for button in view.buttons:
            self.check_whole(button, window, "session button")
        digits = view.countdown.text()
        ink = QFontMetrics(view.countdown.font()).tightBoundingRect(digits).height()
        number_px = QFontInfo(view.countdown.font()).pixelSize()
        others = [
            (QFontInfo(label.font()).pixelSize(), label.text()[:30])
            for label in window.findChildren(QLabel)
            if label.isVisible() and label.text() and label is not view.countdown
        ]
        self.measures.setdefault("countdown", {})[self.label] = {
            "digits": digits,
            "rep": state.rep,
            "shows_rep": digits.split(" ")[0] == str(state.rep),
            "largest": all(pixels < number_px for pixels, _text in others),
            "next_largest": max(others),
            "ink_px": ink,
            "view_px": view.height(),
            "share": round(ink / max(1, view.height()), 3),
        }
        running = self.shot("session-running", view)
        actions.pause.trigger()
        self.wait(lambda: _phase(window) is Phase.PAUSED, "the session to pause")
        self.settle()
        paused = self.shot("session-paused", view)
        self.measures.setdefault("paused_changed", {})[self.label] = round(
            changed_share(running, paused), 3
        )
        # Esc's question, asked over the paused session
        self.modal(lambda: window.session_host.stop_session(ask=True), "stop confirmation")
        window.session_host.stop_session(ask=False)
        self.settle()

    def dialogs(self) -> None:
        window = self.window
        actions = window.menu_actions.actions
        for name, what in (
            ("settings", "settings"),
            ("about", "about"),
            ("keys", "keys (help)"),
            ("print_handout", "print handout"),
            ("export", "export routine (file dialog)"),
        ):
            self.modal(actions[name].trigger, what)
        # the pain check-in opens window-modal and returns at once
        actions["check_in"].trigger()
        dialog = window.check_ins.dialog
        assert dialog is not None
        QTest.qWaitForWindowExposed(dialog, 10000)
        self.settle()
        self.check_window(dialog, "pain check-in")
        self.shot("check-in")
        dialog.reject()
        self.settle(20)
        # importing a routine that is already in My routines asks what to do
        package = self.out / "shared.ankle.zip"
        if not package.exists():
            from ankle_coach.ui.sharing import export_to

            entry = window.overview.entry
            assert entry is not None
            export_to(window, entry, self.out / "built-in.ankle.zip")
            # a built-in's id is never taken: it comes into My routines under another
            mine = window.import_path(self.out / "built-in.ankle.zip").routine_id
            assert window.library_view.select(mine), mine
            copied = window.overview.entry
            assert copied is not None
            export_to(window, copied, package)
            assert window.library_view.select(COUNTED)
        self.modal(lambda: window.import_path(package), "import: a routine of that name")

    # -- measuring -----------------------------------------------------------------------------

    def modal(self, trigger: Callable[[], object], what: str) -> None:
        """Run `trigger`, which opens a modal dialog and waits for it; measure and capture the
        dialog, then cancel it."""
        seen: list[QWidget] = []

        def inspect() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None or not dialog.isVisible():
                QTimer.singleShot(20, inspect)
                return
            seen.append(dialog)
            QTest.qWaitForWindowExposed(dialog, 10000)
            self.settle()
            self.check_window(dialog, what)
            self.shot(what.split(" ")[0])
            if isinstance(dialog, QDialog):
                dialog.reject()
            else:
                dialog.close()

        QTimer.singleShot(0, inspect)
        trigger()
        self.wait(lambda: bool(seen), f"the {what} dialog")
        self.settle(20)

    def wait(self, check: Callable[[], bool], what: str, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while not check():
            if time.monotonic() > deadline:
                raise AssertionError(f"{self.label}: timed out waiting for {what}")
            self.settle(20)

    def check_window(self, top: QWidget, what: str) -> None:
        """The window wholly on the screen, not squeezed below its least size, and each of its
        buttons whole where no scroll area holds it."""
        where = f"{self.label}: {what}"
        self.checked.append(where)
        frame = top.frameGeometry()
        if not self.room.contains(frame):
            self.problems.append(
                f"{where}: the window {_rect(frame)} runs off the screen {_rect(self.room)}"
            )
        least = top.minimumSizeHint()
        if top.width() < least.width() or top.height() < least.height():
            self.problems.append(
                f"{where}: {top.width()}x{top.height()} is below its least size "
                f"{least.width()}x{least.height()}: its content is squeezed"
            )
        for button in top.findChildren(QAbstractButton):
            if button.isVisible() and button.window() is top:
                self.check_whole(button, top, "button")
        for label in top.findChildren(QLabel):
            if label.isVisible() and label.window() is top and label.text():
                self.check_whole(label, top, "text")
        if self.translated:
            self.collect_texts(top, where)

    def collect_texts(self, top: QWidget, where: str) -> None:
        """The visible words of a window shown in a pseudo-translation that carry none of its
        brackets: each is content (a routine's or the guidance's words, in the language) or a
        string that never went through translate(). Not Qt's own dialogs (print, files): Qt's
        catalogue speaks for them, and German's "Name:" is English's too."""
        from PySide6.QtPrintSupport import QPrintDialog
        from PySide6.QtWidgets import QFileDialog

        if isinstance(top, (QPrintDialog, QFileDialog)):
            return
        texts = [top.windowTitle()]
        for widget in top.findChildren(QWidget):
            if widget.isVisible() and widget.window() is top:
                if isinstance(widget, (QAbstractButton, QLabel)):
                    texts.append(widget.text())
                texts.append(widget.toolTip())
                texts.append(widget.accessibleName())
        shown = self.measures.setdefault("unbracketed", {})
        for text in texts:
            if text and "[" not in text and any(c.isalpha() for c in text):
                shown.setdefault(text, where)

    def check_whole(self, widget: QWidget, top: QWidget, kind: str) -> None:
        """Not cut by its window or any widget around it (but a scroll area, which shows the
        rest when scrolled), and given at least the room its words need."""
        where = f"{self.label}: {top.windowTitle() or type(top).__name__}"
        name = _name(widget)
        place = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())
        holder = widget.parentWidget()
        while holder is not None and holder is not top:
            around = holder.parentWidget()
            if isinstance(around, QAbstractScrollArea) and holder is around.viewport():
                return  # scrolled into view when needed
            outline = QRect(holder.mapTo(top, QPoint(0, 0)), holder.size())
            if not outline.contains(place):
                self.problems.append(
                    f"{where}: {kind} {name} {_rect(place)} is cut by {_name(holder)} "
                    f"{_rect(outline)}"
                )
                return
            holder = around
        if not top.rect().contains(place):
            self.problems.append(f"{where}: {kind} {name} {_rect(place)} is cut by the window")
            return
        if isinstance(widget, QLabel) and widget.wordWrap():
            # wraps: as wide as it is given, but as tall as its lines at that width
            tall = widget.heightForWidth(widget.width())
            if widget.height() < tall - 2:
                self.problems.append(
                    f"{where}: {kind} {name} is {widget.width()}x{widget.height()}, its lines "
                    f"need {tall} px at that width: they are cut or overlap"
                )
            return
        if widget.width() <= 1 or widget.height() <= 1:
            return  # not there to be seen (words for a screen reader only)
        if widget.sizePolicy().horizontalPolicy() == widget.sizePolicy().Policy.Ignored:
            return  # sizes its type to its room (the countdown)
        needs = _room_for_words(widget)
        if widget.width() < needs.width() or widget.height() < needs.height():
            self.problems.append(
                f"{where}: {kind} {name} is {widget.width()}x{widget.height()}, its words need "
                f"{needs.width()}x{needs.height()}"
            )

    def shot(self, what: str, widget: QWidget | None = None) -> QImage:
        """The screen's pixels (what a user sees), saved; `widget`'s part of them returned."""
        for shown in QApplication.topLevelWidgets():  # painted now, not in a later turn
            if shown.isVisible():
                shown.repaint()
        self.settle(30)
        image = QGuiApplication.primaryScreen().grabWindow(0).toImage()
        image.save(str(self.out / f"{self.label}-{what}.png"))
        if widget is None:
            return image
        place = QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())
        return image.copy(place)

    def report(self) -> None:
        (self.out / "report.json").write_text(
            json.dumps(
                {
                    "screen": _rect(QGuiApplication.primaryScreen().geometry()),
                    "checked": self.checked,
                    "problems": self.problems,
                    "measures": self.measures,
                },
                indent=1,
            ),
            encoding="utf-8",
        )


def changed_share(before: QImage, after: QImage) -> float:
    """The share of pixels whose colour moved by CHANGED or more (sampled every 2 pixels)."""
    if before.size() != after.size():
        return 1.0
    changed = total = 0
    for y in range(0, before.height(), 2):
        for x in range(0, before.width(), 2):
            one, two = QColor(before.pixel(x, y)), QColor(after.pixel(x, y))
            distance = (
                (one.red() - two.red()) ** 2
                + (one.green() - two.green()) ** 2
                + (one.blue() - two.blue()) ** 2
            ) ** 0.5
            changed += distance >= CHANGED
            total += 1
    return changed / max(1, total)


def _room_for_words(widget: QWidget) -> QSize:
    """What a widget needs to show its words whole: as wide as its words (a button, with a
    little margin: a push button's least size has the style's minimum width, more than "10"
    needs), as tall as their ink (a line's spacing above and below may go); a button without
    words, nothing."""
    metrics = widget.fontMetrics()
    if isinstance(widget, QAbstractButton):
        text = widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        if not text:
            return QSize(0, 0)
        return QSize(metrics.horizontalAdvance(text) + 6, metrics.tightBoundingRect(text).height())
    assert isinstance(widget, QLabel)
    return QSize(
        widget.minimumSizeHint().width(), metrics.tightBoundingRect(widget.text()).height()
    )


def _phase(window: MainWindow) -> Phase | None:
    state = window.current_state()
    return state.phase if state is not None else None


def _rect(rect: QRect) -> list[int]:
    return [rect.x(), rect.y(), rect.width(), rect.height()]


def _name(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, (QAbstractButton, QLabel)) else ""
    label = f" \u201c{text[:40]}\u201d" if text else ""
    return f"{type(widget).__name__}{label}" + (
        f" #{widget.objectName()}" if widget.objectName() else ""
    )


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    screens = Screens(out)
    try:
        screens.start()
        screens.each_look()
    finally:
        screens.report()
        if screens.window._parts is not None:
            screens.window.session_host.stop_session(ask=False)
        screens.window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
