"""ui/session/announce.py: what a screen reader is told in a session, and when.

Orca 43 reads a notification as it shows: each announcement is a label exposed as a
notification, in a status bar, shown after the event loop's turn (tests/accessibility/
test_orca.py hears it from Orca itself)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ankle_coach.core.plan import Cue
from ankle_coach.core.session import Phase
from ankle_coach.ui.session.announce import Announcer, LiveLabel, StatusRegion
from ankle_coach.ui.session.words import moment_words
from tests.gui.ui.window_rig import Rig, close_windows

__all__ = ["close_windows"]  # the rig's fixture closes its windows after each test


def shown(qtbot: QtBot, widget: QWidget) -> Announcer:
    widget.resize(200, 100)
    widget.show()
    qtbot.waitExposed(widget)
    return Announcer(widget)


def test_each_announcement_is_made_once_and_kept_newest_last(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    announcer = shown(qtbot, widget)
    announcer.announce("Hold.  Calf raises.\n")
    announcer.announce("Hold. Calf raises.")  # the same again: said once
    announcer.announce("")
    assert announcer.said == ["Hold. Calf raises."]
    assert announcer.live.text() == "Hold. Calf raises."
    for number in range(Announcer.KEEP + 5):
        announcer.announce(f"Rep {number}")
    assert len(announcer.said) == Announcer.KEEP
    assert announcer.said[-1] == f"Rep {Announcer.KEEP + 4}"


def test_a_screen_reader_meets_a_notification_in_a_status_bar(qtbot: QtBot) -> None:
    """Orca 43 reads a notification that shows; in a status bar, without "notification"
    first, and with no description after the words."""
    widget = QWidget()
    qtbot.addWidget(widget)
    announcer = shown(qtbot, widget)
    announcer.announce("Set 2 of 3.")
    interface = QAccessible.queryAccessibleInterface(announcer.live)
    assert interface is not None
    assert interface.role() == QAccessible.Role.Notification
    assert interface.text(QAccessible.Text.Name) == "Set 2 of 3."
    assert interface.text(QAccessible.Text.Description) == ""
    region = QAccessible.queryAccessibleInterface(announcer.region)
    assert region is not None and region.role() == QAccessible.Role.StatusBar
    assert isinstance(announcer.live, LiveLabel) and isinstance(announcer.region, StatusRegion)


def test_announcements_in_a_row_each_show_on_a_label_of_their_own(qtbot: QtBot) -> None:
    """A change of step and its cue in the same moment: two labels, each shown with its own
    words (one label would hold the cue by the time the reader reads the change)."""
    widget = QWidget()
    qtbot.addWidget(widget)
    announcer = shown(qtbot, widget)
    announcer.announce("Reps. Calf raises. Set 1 of 3.")
    first = announcer.live
    announcer.announce("Go.")
    second = announcer.live
    assert first is not second
    assert (first.text(), second.text()) == ("Reps. Calf raises. Set 1 of 3.", "Go.")
    # shown after this turn of the event loop (a focus change in it is said first)
    assert not first.isVisible() and not second.isVisible()
    qtbot.waitUntil(lambda: first.isVisible() and second.isVisible())
    # taken in turn: the first label comes back only after LABELS announcements
    used = {id(second)}
    for number in range(Announcer.LABELS - 1):
        announcer.announce(f"Cue {number}")
        used.add(id(announcer.live))
    assert len(used) == Announcer.LABELS and announcer.live is first


def test_what_was_said_before_the_view_appears_shows_once_after_it(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    announcer = Announcer(widget)
    announcer.announce("Get ready. Next: Calf raises. Set 1 of 3.")
    label = announcer.live
    widget.show()
    qtbot.waitExposed(widget)
    assert not label.isVisible()  # SETTLE_MS after the view appears: the focus is said first
    qtbot.waitUntil(label.isVisible, timeout=Announcer.SETTLE_MS * 10)
    # hidden with the view: not shown again when it comes back, what was not said yet is
    widget.hide()
    announcer.announce("Paused")
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(announcer.live.isVisible, timeout=Announcer.SETTLE_MS * 10)
    assert [child.text() for child in widget.findChildren(LiveLabel) if child.isVisible()] == [
        "Paused"
    ]
    # a new session: nothing from the last one is shown
    announcer.announce("Routine complete.")
    announcer.forget()
    qtbot.wait(Announcer.SETTLE_MS + 100)
    assert not any(child.isVisible() for child in widget.findChildren(LiveLabel))


def test_a_session_announces_each_change_and_each_cue_once(qtbot: QtBot, user_home: Path) -> None:
    """The change of step ("Hold. Calf stretch. Left side, Set 1 of 2."), each cue shown on
    screen, Paused and Resumed: in the order they happen, none twice in a row, and never the
    countdown's every second (that is the countdown's name, read when asked)."""
    rig = Rig(qtbot, user_home)
    view = rig.window.session_view
    controller_cues: list[str] = []
    rig.start()
    controller = rig.window.controller
    assert controller is not None
    controller.cueDue.connect(lambda cue: controller_cues.append(" ".join(cue.text.split())))
    said_at: list[tuple[float, str]] = []
    seen = len(view.announcer.said)
    moments: list[str] = []
    for _tick in range(4 * 40):  # forty seconds in quarter-second ticks
        rig.advance(0.25)
        state = rig.window.current_state()
        assert state is not None
        words = moment_words(state)
        if not moments or moments[-1] != words:
            moments.append(words)
        for text in view.announcer.said[seen:]:
            said_at.append((rig.clock.now(), text))
        seen = len(view.announcer.said)
    said = [text for _at, text in said_at]
    expected = [text for text in said if text in controller_cues or text in moments]
    assert said == expected, "only changes of step and cues are announced"
    assert "Hold. Calf stretch. Left side, Set 1 of 2." in said
    for cue in controller_cues:  # each cue shown on screen is announced
        assert cue in view.announcer.said, cue
    assert all(a != b for a, b in zip(said, said[1:], strict=False)), said
    # never the countdown's each second: at most three in any second (a change, its cue, and
    # a counted rep's cue), and far fewer than the ticks
    for at, _text in said_at:
        assert len([1 for other, _ in said_at if at <= other < at + 1.0]) <= 3, said_at
    assert len(said) < 40, said


def test_pausing_says_paused_and_resuming_says_resumed(qtbot: QtBot, user_home: Path) -> None:
    rig = Rig(qtbot, user_home)
    view = rig.window.session_view
    rig.start()
    rig.advance(6.0)  # into the hold
    step = view.announcer.said[-1]
    rig.key(Qt.Key.Key_Space)
    assert rig.phase() is Phase.PAUSED and view.announcer.said[-1] == "Paused"
    rig.key(Qt.Key.Key_Space)
    assert rig.phase() is Phase.RUNNING
    assert view.announcer.said[-1] == "Resumed", "not the whole step again"
    assert view.announcer.said.count(step) == 1


def test_muting_is_announced_and_the_mute_button_says_its_action(
    qtbot: QtBot, user_home: Path
) -> None:
    """A plain button named for what it does ("Mute", then "Unmute"), never "Unmute,
    checked"; the change itself is announced."""
    rig = Rig(qtbot, user_home)
    view = rig.window.session_view
    rig.start()
    button = next(b for b in view.buttons if b.accessibleName() == "Mute")
    rig.key(Qt.Key.Key_M)
    assert view.announcer.said[-1] == "Muted"
    assert button.accessibleName() == button.text() == "Unmute"
    assert not button.isCheckable() and not button.isChecked()
    interface = QAccessible.queryAccessibleInterface(button)
    assert interface is not None
    assert not interface.state().checkable and not interface.state().checked
    rig.key(Qt.Key.Key_M)
    assert view.announcer.said[-1] == "Voice on" and button.accessibleName() == "Mute"


def test_a_cue_shown_on_screen_is_announced(qtbot: QtBot, user_home: Path) -> None:
    rig = Rig(qtbot, user_home)
    view = rig.window.session_view
    rig.start()
    view.show_cue(Cue(at=0.0, text="Keep your knee soft.", priority=1, kind="custom", segment=0))
    assert view.announcer.said[-1] == "Keep your knee soft."


def test_a_counted_rep_is_announced_with_its_set_size(qtbot: QtBot, user_home: Path) -> None:
    """The voice says "4"; a screen reader, with no number in sight, hears "Rep 4 of 15"."""
    rig = Rig(qtbot, user_home)
    view = rig.window.session_view
    rig.start("calf-raises")
    rig.advance(45.0)  # the get-ready's countdown, "Go." and a few reps
    said = view.announcer.said
    assert "Rep 2 of 15" in said and "Rep 3 of 15" in said, said[3:]
    go = said.index("Go.")
    assert not [text for text in said[go:] if text.strip(".").isdigit()], said[go:]
    assert said.index("Rep 2 of 15") > said.index("Go.")
