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
from PySide6.QtCore import SIGNAL, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QFont, QFontInfo, QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from ankle_coach.core.clock import FakeClock
from ankle_coach.core.paths import Paths
from ankle_coach.core.session import SessionState
from ankle_coach.core.settings import load_settings
from ankle_coach.core.textfit import ELLIPSIS, unbroken
from ankle_coach.speech import CueCache, RecordingRenderer
from ankle_coach.ui.actions import SessionActions
from ankle_coach.ui.main_window import AppContext, MainWindow
from ankle_coach.ui.session.view import ActionButton, SessionView
from ankle_coach.ui.theme import TEXT_CONTRAST, apply_theme, contrast_ratio
from ankle_coach.ui.widgets.text import RoutineText
from tests.gui.ui.window_rig import Rig, close_windows
from tests.support.contrast import drawn_contrast

__all__ = ["close_windows"]  # the rig's fixture closes its windows after each test


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
    for _ in range(120):  # the custom cue is said in the pause before its set
        if any(CUE in text for text in said):
            break
        long_words.advance(1.0)
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
        assert countdown.digits_height() <= countdown.height(), (width, height)
        assert countdown.geometry().bottom() <= presenter.exercise.geometry().top()


# -- readable from the floor, at any text size (issue 14, items 1, 4, 5, 8) ------------------

#: The three screens, and a netbook's window shortened by a panel and a title bar.
WINDOWS = [(1920, 1080), (1366, 768), (1024, 600), (1024, 480)]


@pytest.fixture
def text_size(request: pytest.FixtureRequest) -> Iterator[float]:
    """The app's text size for the test (settings "Text size"), put back afterwards."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette, font = app.palette(), app.font()
    size: float = request.param
    apply_theme(app, "light", size, QFont(font))
    yield size
    app.setPalette(palette)
    app.setFont(font)


def shown_pixels(widget: QWidget) -> int:
    return QFontInfo(widget.font()).pixelSize()


def text_labels(view: SessionView) -> list[QLabel]:
    return [
        label
        for label in view.findChildren(QLabel)
        if label.isVisible() and label.text() and label is not view.countdown
    ]


def unclipped(button: QToolButton) -> bool:
    """The button's words fit inside it (a QToolButton elides them: "R…t")."""
    wide = QFontMetrics(button.font()).horizontalAdvance(button.text())
    return wide <= button.contentsRect().width() - 4


def calf_raises_rig(qtbot: QtBot, home: Path, size: tuple[int, int]) -> Rig:
    rig = Rig(qtbot, home, resize=False)
    rig.window.resize(*size)
    rig.start("calf-raises")
    return rig


def to_work(rig: Rig) -> SessionState:
    """Past the get-ready, into the counted set; the state there."""
    for _ in range(200):
        state = rig.window.current_state()
        assert state is not None
        if state.segment.kind == "work":
            return state
        rig.advance(1.0)
    raise AssertionError("no work segment reached")


@pytest.mark.parametrize("text_size", [1.0, 2.0], indirect=True)
@pytest.mark.parametrize("size", WINDOWS)
def test_a_counted_set_shows_the_rep_as_the_largest_text(
    qtbot: QtBot, user_home: Path, text_size: float, size: tuple[int, int]
) -> None:
    rig = calf_raises_rig(qtbot, user_home, size)
    view = rig.window.session_view
    to_work(rig)
    rig.advance(4 * 2 + 0.5)  # into the third rep (4 s each)
    state = rig.window.current_state()
    assert state is not None and state.rep is not None and state.segment.reps == 15
    settle()
    assert view.caption.text() == "REP"
    assert view.countdown.text() == str(state.rep)  # the rep the voice counts, not seconds
    assert view.countdown.suffix == "of 15"
    assert view.countdown.accessibleName() == f"Rep {state.rep} of 15"
    largest = max(shown_pixels(label) for label in text_labels(view))
    assert shown_pixels(view.countdown) > 2 * largest, (text_size, size)
    digits = view.countdown.digits_height()
    assert digits >= view.height() / 5, (text_size, size, digits, view.height())
    # "Left side · Set 1 of 3" is read from 2 m: at least 24 px on each screen's window
    assert shown_pixels(view.details) >= (24 if size[1] >= 600 else 20)
    # a session gives the view the library's room, and gives it back
    assert not rig.window.library_view.isVisible()
    rig.window.stop_session(ask=False)
    assert rig.window.library_view.isVisible()


@pytest.mark.parametrize("text_size", [1.0, 2.0], indirect=True)
@pytest.mark.parametrize("size", WINDOWS)
def test_the_countdown_keeps_a_fifth_of_the_view_and_no_button_is_cut(
    qtbot: QtBot, user_home: Path, text_size: float, size: tuple[int, int]
) -> None:
    rig = Rig(qtbot, user_home, resize=False)
    rig.window.resize(*size)
    rig.start()  # the test routine: a hold of 30 s, each side
    view = rig.window.session_view
    for seconds, paused in ((0.5, False), (6.0, False), (0.0, True)):
        rig.advance(seconds)
        if paused:
            rig.window.actions_.pause.trigger()
        settle()
        digits = view.countdown.digits_height()
        assert digits >= view.height() / 5, (text_size, size, digits, view.height())
        assert view.countdown.geometry().bottom() < view.exercise.geometry().top()
        for button in view.buttons:
            assert button.isVisible()
            assert unclipped(button), (button.text(), button.width(), text_size, size)
            right = button.mapTo(view, button.rect().bottomRight())
            assert 0 <= right.x() <= view.width() and right.y() <= view.height(), button.text()


def test_paused_and_muted_are_plain_across_the_room(qtbot: QtBot, user_home: Path) -> None:
    rig = Rig(qtbot, user_home, resize=False)
    rig.window.resize(1366, 768)
    rig.start()
    view = rig.window.session_view
    actions = rig.window.actions_
    rig.advance(6.0)
    assert not view.countdown.overlay and not view.countdown.dimmed
    assert not view.muted.isVisible()
    assert (actions.mute.text(), mute_button(view).text()) == ("Mute", "Mute")
    rig.key(Qt.Key.Key_Space)
    settle()
    # dimmed digits, and a large "PAUSED" across them
    assert view.countdown.dimmed and view.countdown.overlay == "PAUSED"
    assert QFontInfo(view.countdown.overlay_font()).pixelSize() > 1.5 * shown_pixels(view.exercise)
    assert view.countdown.accessibleName().startswith("Paused. ")
    assert view.announcer.said[-1] == "Paused"
    pause = next(b for b in view.buttons if b.text() == "Resume")
    assert pause.accessibleName() == "Resume"
    rig.key(Qt.Key.Key_M)
    settle()
    assert view.muted.isVisible() and view.muted.text() == "MUTED"
    assert (actions.mute.text(), mute_button(view).text()) == ("Unmute", "Unmute")
    assert mute_button(view).accessibleName() == "Unmute"
    rig.key(Qt.Key.Key_Space)
    assert not view.countdown.overlay and not view.countdown.dimmed
    assert pause.text() == pause.accessibleName() == "Pause"
    # muted, each cue is still shown and announced (the voice says nothing)
    rig.advance(30.0)
    state = rig.window.current_state()
    assert state is not None and state.segment.kind != "work"
    assert view.spoken.isVisible() and view.spoken.full_text()
    assert view.spoken.full_text().strip("\u201c\u201d") in view.announcer.said
    rig.key(Qt.Key.Key_M)
    assert not view.muted.isVisible() and mute_button(view).text() == "Mute"


def mute_button(view: SessionView) -> QToolButton:
    return next(b for b in view.buttons if b.accessibleName() in ("Mute", "Unmute"))


def test_a_screen_reader_hears_the_number_and_each_change(qtbot: QtBot, user_home: Path) -> None:
    rig = Rig(qtbot, user_home)
    rig.start()
    view = rig.window.session_view
    names: list[str] = []
    rig.advance(0.5)
    assert view.countdown.accessibleName() == "5 seconds left in this get-ready"
    assert view.announcer.said[0] == "Get ready. Next: Calf stretch. Left side, Set 1 of 2."
    for _ in range(40):  # ten seconds in quarter-second ticks
        rig.advance(0.25)
        if not names or names[-1] != view.countdown.accessibleName():
            names.append(view.countdown.accessibleName())
    assert "17 seconds left in this hold" in names or "25 seconds left in this hold" in names
    assert len(names) <= 11  # once a second at most: ten seconds, and the change of step
    assert "Hold. Calf stretch. Left side, Set 1 of 2." in view.announcer.said
    assert view.announcer.live.text() == view.announcer.said[-1]
    # what the phase, exercise, side and set say is the labels' own text, read as it changes
    for label in (view.phase, view.exercise, view.details):
        assert not label.accessibleName(), label.objectName()
        assert label.text()
    # the last cue is shown in typographic quotes, and read as the plain words
    shown = view.spoken.full_text()
    assert shown.startswith("\u201c") and shown.endswith("\u201d")
    assert view.spoken.accessibleName() == shown[1:-1]
    assert not any(mark in view.spoken.accessibleName() for mark in '\u201c\u201d"')


def test_buttons_change_enabled_state_only_when_it_changes(qtbot: QtBot, user_home: Path) -> None:
    rig = Rig(qtbot, user_home)
    rig.start()
    view = rig.window.session_view
    changes: list[str] = []

    class Counter(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.EnabledChange:
                changes.append(watched.objectName() or str(watched))
            return False

    counter = Counter()
    for button in view.buttons:
        button.installEventFilter(counter)
    action_changes = [0]
    for action in rig.window.actions_.all:
        action.changed.connect(lambda: action_changes.__setitem__(0, action_changes[0] + 1))
    rig.advance(20.0)  # 80 ticks through the get-ready into the hold
    # the get-ready cannot be lengthened, the hold can: -5 s and +5 s change once each
    assert len(changes) <= 4, changes
    assert action_changes[0] <= 4


@pytest.mark.parametrize("text_size", [2.0], indirect=True)
@pytest.mark.parametrize("size", [(1366, 768), (1024, 600)])
def test_the_last_cue_is_shown_whole_at_large_text(
    qtbot: QtBot, user_home: Path, text_size: float, size: tuple[int, int]
) -> None:
    """With no voice the cue on screen is the only guidance: the get-ready's long cue was cut
    at 200 % ("...Slowly lower your heels, t..."), losing "Stop if it hurts"."""
    rig = calf_raises_rig(qtbot, user_home, size)
    view = rig.window.session_view
    rig.advance(0.5)
    settle()
    spoken = view.spoken
    whole = spoken.full_text()
    assert whole.startswith("\u201cGet ready.") and "Stop if it hurts" in whole, whole
    assert spoken.isVisible(), size
    shown = spoken.text()
    assert ELLIPSIS not in shown and unbroken(shown) == whole, (size, shown)
    assert spoken.height() >= spoken.heightForWidth(spoken.width()), size  # no line clipped
    assert not spoken.toolTip()  # nothing left for a tooltip to hold
    assert shown_pixels(spoken) >= 0.75 * QFontInfo(view.font()).pixelSize() - 1
    # and the big number kept its room
    assert view.countdown.digits_height() >= view.height() / 5, size


@pytest.mark.parametrize("theme", ["light", "dark", "high-contrast"])
def test_paused_and_muted_read_at_4_5_to_1_in_every_theme(
    qtbot: QtBot, user_home: Path, theme: str
) -> None:
    """Measured from the pixels drawn, in a hold and in a get-ready (each its own tint)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette, font = app.palette(), app.font()
    apply_theme(app, theme, 1.0, QFont(font))
    try:
        rig = Rig(qtbot, user_home, resize=False)
        rig.window.resize(1366, 768)
        view = rig.window.session_view
        view.set_theme(theme)
        rig.start()
        rig.key(Qt.Key.Key_M)
        for seconds in (0.5, 10.0):  # the get-ready, then the hold
            rig.advance(seconds)
            rig.key(Qt.Key.Key_Space)
            settle()
            number = view.countdown
            assert number.overlay == "PAUSED" and view.muted.isVisible()
            ink, ground = number.overlay_colours()
            assert contrast_ratio(ink, ground) >= TEXT_CONTRAST, (theme, ink.name(), ground.name())
            inside = number.overlay_box().toRect().adjusted(6, 6, -6, -6)
            assert drawn_contrast(rig.window, number, inside) >= TEXT_CONTRAST, theme
            assert drawn_contrast(rig.window, view.muted) >= TEXT_CONTRAST, theme
            rig.key(Qt.Key.Key_Space)
    finally:
        app.setPalette(palette)
        app.setFont(font)


# -- the session in German and Spanish (issue 18) ---------------------------------------------

#: What the view says in each language, by moment: the window's own words, exactly.
SPOKEN_IN = {
    "de": {
        "get-ready": ("BEREIT MACHEN", "SEKUNDEN ÜBRIG", "in der Vorbereitung"),
        "hold": ("HALTEN", "SEKUNDEN ÜBRIG", "in dieser Haltephase"),
        "paused": ("PAUSIERT · HALTEN", "PAUSIERT", "Pausiert. ", "Pausiert", "Fortgesetzt"),
        "muted": ("STUMM", "Stumm: Die Stimme ist aus", "Stumm", "Ton an"),
        "counted": ("WDH.", "von 15", "Wiederholung {rep} von 15", "Wdh. {rep} von 15 · "),
        "session": ("Training: Test routine", "Als Nächstes: Calf stretch", "Übung 1 von 2"),
        "quotes": ("\u201e", "\u201c"),
    },
    "es": {
        "get-ready": ("PREPÁRATE", "SEGUNDOS RESTANTES", "de preparación"),
        "hold": ("MANTENER", "SEGUNDOS RESTANTES", "de mantenimiento"),
        "paused": ("EN PAUSA · MANTENER", "EN PAUSA", "En pausa. ", "En pausa", "Reanudado"),
        "muted": (
            "SILENCIADO",
            "Silenciado: la voz está desactivada",
            "Silenciado",
            "Sonido activado",
        ),
        "counted": ("REP.", "de 15", "Repetición {rep} de 15", "Rep. {rep} de 15 · "),
        "session": ("Sesión: Test routine", "A continuación: Calf stretch", "Ejercicio 1 de 2"),
        "quotes": ("\u00ab", "\u00bb"),
    },
}


@pytest.fixture(params=["de", "es"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    from ankle_coach.ui import i18n

    installed = i18n.install(qapp, request.param)
    assert installed.problem is None, installed.problem
    yield request.param
    i18n.uninstall(qapp)


def fits(label: QLabel) -> bool:
    """A one-line label's words are all inside it."""
    return (
        QFontMetrics(label.font()).horizontalAdvance(label.text()) <= label.contentsRect().width()
    )


def test_the_session_speaks_the_language_on_screen_and_to_a_screen_reader(
    qtbot: QtBot, user_home: Path, language: str
) -> None:
    from ankle_coach.core.words import spoken_time_left

    words = SPOKEN_IN[language]
    rig = Rig(qtbot, user_home, resize=False)
    rig.window.resize(1366, 768)
    rig.start()
    view = rig.window.session_view
    rig.advance(0.5)
    settle()
    titled, next_up, count = words["session"]
    assert view.accessibleName() == titled
    assert view.exercise.text() == next_up
    assert view.exercise_count.text() == count
    phase, caption, step = words["get-ready"]
    state = rig.window.current_state()
    assert state is not None
    assert (view.phase.text(), view.caption.text()) == (phase, caption)
    assert view.countdown.accessibleName() == f"{spoken_time_left(state.remaining)} {step}"
    assert view.announcer.said[0].startswith(phase.capitalize() + ". " + next_up + ".")
    # the last cue in the language's quotation marks, read as the plain words
    opening, closing = words["quotes"]
    cue = view.spoken.accessibleName()
    assert cue and view.spoken.full_text() == f"{opening}{cue}{closing}"

    rig.advance(6.0)  # into the hold
    settle()
    phase, caption, step = words["hold"]
    state = rig.window.current_state()
    assert state is not None and state.segment.kind == "work"
    assert (view.phase.text(), view.caption.text()) == (phase, caption)
    assert view.countdown.accessibleName() == f"{spoken_time_left(state.remaining)} {step}"
    assert fits(view.caption) and view.caption.isVisible()

    paused, overlay, named, said, resumed = words["paused"]
    rig.key(Qt.Key.Key_Space)
    settle()
    assert view.phase.text() == paused
    assert view.countdown.dimmed and view.countdown.overlay == overlay
    assert view.countdown.accessibleName().startswith(named)
    assert view.announcer.said[-1] == said

    shown, name, muted, voice_on = words["muted"]
    rig.key(Qt.Key.Key_M)
    settle()
    assert view.muted.isVisible() and view.muted.text() == shown
    assert view.muted.accessibleName() == name
    assert view.announcer.said[-1] == muted
    assert fits(view.muted)
    rig.key(Qt.Key.Key_M)
    assert view.announcer.said[-1] == voice_on
    rig.key(Qt.Key.Key_Space)
    assert view.announcer.said[-1] == resumed
    for button in view.buttons:  # the actions' words, however long, are never cut
        assert unclipped(button), (button.text(), button.width())


@pytest.mark.parametrize("size", [(1366, 768), (1024, 600)])
def test_a_counted_set_in_the_language_keeps_its_big_number(
    qtbot: QtBot, user_home: Path, language: str, size: tuple[int, int]
) -> None:
    caption, suffix, named, title = SPOKEN_IN[language]["counted"]
    rig = calf_raises_rig(qtbot, user_home, size)
    view = rig.window.session_view
    to_work(rig)
    rig.advance(4 * 2 + 0.5)  # into the third rep
    state = rig.window.current_state()
    assert state is not None and state.rep is not None
    settle()
    assert view.caption.text() == caption and view.caption.isVisible() and fits(view.caption)
    assert view.countdown.suffix == suffix
    assert view.countdown.accessibleName() == named.format(rep=state.rep)
    assert rig.window.windowTitle().startswith(title.format(rep=state.rep))
    # the number never shrinks for the longer words, and the last cue is shown whole
    assert view.countdown.digits_height() >= view.height() / 5, size
    largest = max(shown_pixels(label) for label in text_labels(view))
    assert shown_pixels(view.countdown) > 2 * largest, size
    if view.spoken.full_text():
        assert view.spoken.isVisible() and not view.spoken.toolTip()
