"""A main window driven as a user drives it, for the window's tests and its parts' (the session
host, the sharing operations): a fake clock, a recording renderer, silent sound."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from ankle_coach.core.clock import FakeClock
from ankle_coach.core.paths import Paths
from ankle_coach.core.session import Phase
from ankle_coach.core.settings import Settings, load_settings
from ankle_coach.qt.cue_player import Effect
from ankle_coach.speech import CueCache, RecordingRenderer
from ankle_coach.ui.main_window import AppContext, MainWindow

ROUTINE = """format = 1
title = "Test routine"
summary = "For the window tests."
lead_in_seconds = 5
rest_between_exercises_seconds = 10

[[exercises]]
name = "Calf stretch"
instructions = "Lean on the wall."
image = "calf-stretch.svg"
sides = ["left", "right"]
sets = 2
hold_seconds = 30
rest_seconds = 10
switch_seconds = 5

[[exercises]]
name = "Foot massage"
instructions = "Roll the ball under your foot."
manual = true
"""


class SilentEffect:
    def __init__(self, log: list[str], name: str) -> None:
        self.log = log
        self.name = name

    def play(self) -> None:
        self.log.append(self.name)

    def stop(self) -> None:
        pass


class Rig:
    def __init__(
        self, qtbot: QtBot, home: Path, settings: Settings | None = None, *, resize: bool = True
    ) -> None:
        self.clock = FakeClock()
        self.played: list[str] = []
        paths = Paths.under(home)
        paths.user_routines.mkdir(parents=True, exist_ok=True)
        (paths.user_routines / "test-routine.toml").write_text(ROUTINE, encoding="utf-8")
        loaded, message = load_settings(paths)
        # The pain check-in before a session has tests of its own (test_check_in_dialog.py).
        loaded = dataclasses.replace(loaded, ask_pain_check_in=False)
        self.paths = paths
        self.renderer = RecordingRenderer(CueCache(paths.cache / "cues"))
        context = AppContext(
            paths=paths,
            settings=settings or loaded,
            clock=self.clock,
            renderer=self.renderer,
            audio_problem=lambda: None,
            make_effect=self.effect,
            settings_message=message,
        )
        self.window = MainWindow(context)
        OPEN.append(self.window)
        if resize:
            self.window.resize(1200, 800)
        self.window.show()
        qtbot.waitExposed(self.window)
        self.window.activateWindow()
        qtbot.waitUntil(self.window.isActiveWindow)
        self.qtbot = qtbot

    def effect(self, path: Path, volume: float, parent: QObject) -> Effect:
        return SilentEffect(self.played, path.name)

    def key(self, key: Qt.Key, text: str = "") -> None:
        QTest.keyClick(self.window, key, Qt.KeyboardModifier.NoModifier)

    def start(self, routine_id: str = "test-routine") -> None:
        assert self.window.library_view.select(routine_id)
        self.key(Qt.Key.Key_Space)
        self.qtbot.waitUntil(lambda: self.phase() is Phase.RUNNING)

    def phase(self) -> Phase | None:
        state = self.window.current_state()
        return state.phase if state is not None else None

    def advance(self, seconds: float) -> None:
        """Let time pass in small steps, as the timer would."""
        controller = self.window.controller
        assert controller is not None
        steps = max(1, round(seconds / 0.25))
        for _ in range(steps):
            self.clock.advance(seconds / steps)
            controller.poll()

    def text(self, name: str) -> str:
        return getattr(self.window.session_view, name).text()  # type: ignore[no-any-return]


#: Windows to close after each test: not qtbot.addWidget, which closes them before a session
#: can be stopped, and closing mid-session rightly asks first.
OPEN: list[MainWindow] = []


@pytest.fixture(autouse=True)
def close_windows() -> Iterator[None]:
    yield
    while OPEN:
        window = OPEN.pop()
        window.stop_session(ask=False)
        window.close()
        window.deleteLater()


@pytest.fixture
def rig(qtbot: QtBot, user_home: Path) -> Rig:
    return Rig(qtbot, user_home)
