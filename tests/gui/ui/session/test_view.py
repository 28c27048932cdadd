"""The session view's buttons: they follow their actions, and stay connected once however often
the actions change (benchmarks/soak.py found QToolButton.setDefaultAction connecting again at
every change). Text from a routine, however long its words, never widens a window past the
screen."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import SIGNAL, QObject, Qt
from PySide6.QtGui import QAction, QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from ankle_coach.core.clock import FakeClock
from ankle_coach.core.paths import Paths
from ankle_coach.core.settings import load_settings
from ankle_coach.core.textfit import ELLIPSIS, unbroken
from ankle_coach.speech import CueCache, RecordingRenderer
from ankle_coach.ui.actions import SessionActions
from ankle_coach.ui.main_window import AppContext, MainWindow
from ankle_coach.ui.session.view import ActionButton, SessionView
from ankle_coach.ui.widgets.text import RoutineText


def test_a_button_shows_its_action_and_triggers_it(qtbot: QtBot) -> None:
    holder = QObject()
    action = QAction("Presenter mode", holder)
    action.setIconText("Presenter")
    action.setToolTip("Full screen (F)")
    action.setCheckable(True)
    parent = QWidget()
    qtbot.addWidget(parent)
    button = ActionButton(action, parent)
    assert button.text() == "Presenter"
    assert button.toolTip() == "Full screen (F)"
    assert button.isCheckable() and not button.isChecked()

    with qtbot.waitSignal(action.triggered) as triggered:
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert triggered.signal_triggered
    assert button.isChecked() and action.isChecked()

    action.setChecked(False)  # by its key, say
    assert not button.isChecked()
    action.setEnabled(False)
    assert not button.isEnabled()
    action.setIconText("Present")
    assert button.text() == "Present"


def test_the_buttons_connect_once_however_often_their_actions_change(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    actions = SessionActions(holder)
    view = SessionView(actions, holder)
    for step in range(200):  # a few sessions' worth of Start, Pause, Resume and Done
        actions.pause.setText(("Start", "Pause", "Resume")[step % 3])
        actions.done.setEnabled(step % 2 == 0)
    for button in view.buttons:
        assert isinstance(button, ActionButton)
    for action in (actions.pause, actions.done):
        assert action.receivers(SIGNAL("changed()")) == 1


# -- text from a routine never widens a window past the screen (issue 12, item 7) -------------

NAME = "A" * 80  # the longest name a file may hold, without a space
WORD = "W" * 200  # W: the widest common letter
TITLE = "T" * 120
SUMMARY = "Before a run. " + "S" * 986
CUE = "C" * 100
DIRECTION = "D" * 40
TAG = "G" * 40
INSTRUCTIONS = f"Start {WORD} end."


def long_words_routine() -> str:
    """A valid routine whose every text is as long as the format allows, in words without a
    space."""
    return f"""format = 1
title = "{TITLE}"
summary = "{SUMMARY}"
lead_in_seconds = 5
rest_between_exercises_seconds = 5
tags = ["{TAG}", "{TAG[:-1]}H"]

[[exercises]]
name = "{NAME}"
instructions = "{INSTRUCTIONS}"
cue = "{CUE}"
sides = ["left", "right"]
directions = ["{DIRECTION}"]
sets = 2
reps = 3
rest_seconds = 5
switch_seconds = 5

[[exercises]]
name = "{NAME[:-1]}B"
instructions = "{WORD}"
hold_seconds = 10
"""


SCREENS = [(1920, 1080), (1366, 768), (1024, 600)]


class LongWordsRig:
    """The main window with the long-words routine in My routines, on a fake clock."""

    def __init__(self, qtbot: QtBot, home: Path) -> None:
        paths = Paths.under(home)
        paths.user_routines.mkdir(parents=True, exist_ok=True)
        (paths.user_routines / "long-words.toml").write_text(long_words_routine(), "utf-8")
        settings, message = load_settings(paths)
        self.clock = FakeClock()
        context = AppContext(
            paths=paths,
            settings=dataclasses.replace(settings, ask_pain_check_in=False),
            clock=self.clock,
            renderer=RecordingRenderer(CueCache(paths.cache / "cues")),
            audio_problem=lambda: None,
            make_effect=lambda path, volume, parent: SilentEffect(),
            settings_message=message,
        )
        self.window = MainWindow(context)
        self.window.show()
        qtbot.waitExposed(self.window)

    def close(self) -> None:
        self.window.stop_session(ask=False)
        self.window.close()
        self.window.deleteLater()

    def advance(self, seconds: float) -> None:
        controller = self.window.controller
        assert controller is not None
        for _ in range(max(1, round(seconds / 0.25))):
            self.clock.advance(0.25)
            controller.poll()


class SilentEffect:
    def play(self) -> None:
        pass

    def stop(self) -> None:
        pass


@pytest.fixture
def long_words(qtbot: QtBot, user_home: Path) -> Iterator[LongWordsRig]:
    rig = LongWordsRig(qtbot, user_home)
    yield rig
    rig.close()


def settle() -> None:
    """Let Qt run the layout requests a resize or a new text posted."""
    for _ in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def assert_within(widget: QWidget, width: int, *, preferred: bool = True) -> None:
    """The widget, and what it asks for, are no wider than `width`; every label of text from
    the routine holds all its text, and no word of it is wider than the label's line."""
    name = widget.objectName() or type(widget).__name__
    assert widget.width() <= width, name
    assert widget.minimumSizeHint().width() <= width, name
    if preferred:  # the main window prefers 1101 px with any routine: only its minimum counts
        assert widget.sizeHint().width() <= width, name
    for label in widget.findChildren(RoutineText):
        if not label.isVisible() or not label.full_text():
            continue
        shown = label.text()
        if label.toolTip():  # cut to its most lines: the tooltip holds all of the text
            assert "".join(label.toolTip().split()) == "".join(label.full_text().split())
            assert shown.endswith(ELLIPSIS), label.objectName()
        else:
            assert unbroken(shown) == label.full_text(), label.objectName()
        assert label.textFormat() == Qt.TextFormat.PlainText
        room = label.contentsRect().width()
        metrics = QFontMetrics(label.font())
        widest = max(metrics.horizontalAdvance(run) for run in re.split(r"[\s\u200b]+", shown))
        assert widest <= room, (label.objectName(), widest, room, shown[:40])
        assert label.width() <= width, label.objectName()


def test_long_words_never_widen_the_window_past_the_screen(long_words: LongWordsRig) -> None:
    window = long_words.window
    assert window.library_view.select("long-words")
    overview = window.overview
    assert overview.title.full_text() == TITLE
    assert window.pages.currentWidget() is overview
    for width, height in SCREENS:
        window.resize(width, height)
        settle()
        assert_within(window, width, preferred=False)
        # the overview's page fits its view: nothing scrolls sideways
        body = overview.widget()
        assert body is not None
        assert body.minimumSizeHint().width() <= overview.viewport().width()
        assert overview.horizontalScrollBar().maximum() == 0
        assert_within(overview, width)
    shown = [label.full_text() for label in overview.findChildren(RoutineText)]
    for text in (TITLE, SUMMARY, INSTRUCTIONS, WORD, f"\u201c{CUE}.\u201d", f"1. {NAME}"):
        assert text in shown
    assert any(TAG in text for text in shown)

    assert overview.entry is not None
    window.start_session(overview.entry)
    view = window.session_view
    assert len(window.windowTitle()) < 80
    # through the get-ready, a rep set, a switch and a rest, at each size
    said: list[str] = []  # what the view shows as each cue is said
    assert window.controller is not None
    window.controller.cueDue.connect(lambda cue: said.append(view.spoken.full_text()))
    for seconds in (0.0, 5.5, 6.0, 6.5, 5.0):
        long_words.advance(seconds)
        for width, height in SCREENS:
            window.resize(width, height)
            settle()
            assert_within(window, width, preferred=False)
            assert_within(view, width)
            # the words keep to their lines, so the countdown keeps a share of the height
            assert view.countdown.height() >= 0.15 * view.height(), (width, height)
            buttons = [button for button in view.buttons if button.isVisible()]
            assert buttons
            for control in [view.countdown, *buttons]:
                right = control.mapTo(window, control.rect().topRight()).x()
                assert 0 <= right <= window.width(), control.accessibleName()
    assert view.exercise.full_text() in (NAME, f"Next: {NAME}")
    assert view.instructions.full_text() == INSTRUCTIONS
    assert any(CUE in text for text in said), said

    window.actions_.presenter.trigger()
    presenter = window.presenter
    assert presenter is not None
    presenter.showNormal()
    long_words.advance(1.0)
    assert NAME in presenter.exercise.full_text()
    for width, height in SCREENS:
        presenter.resize(width, height)
        settle()
        assert_within(presenter, width)
        countdown = presenter.countdown
        assert countdown.height() >= countdown.fontMetrics().ascent(), (width, height)
        assert countdown.geometry().bottom() <= presenter.exercise.geometry().top()
