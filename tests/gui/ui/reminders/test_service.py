"""The window's reminders, driven as a user meets them: a reminder comes due on a fake wall
clock, its notice is recorded by a fake notifier, and Start opens the session."""

from __future__ import annotations

import dataclasses
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ankle_coach.core.autostart import exec_value, launcher
from ankle_coach.core.schedule import WeeklyPlan, load_last_seen, save_last_seen, save_schedule
from ankle_coach.core.schedule.accepting import accept_plan
from ankle_coach.speech import VoiceSettings
from ankle_coach.ui.reminders.notifier import Notice
from ankle_coach.ui.reminders.service import TOLD_FILE, Reminders
from tests.gui.ui.window_rig import Rig, close_windows, rig
from tests.support.reminders import BERLIN, FakeNotifier, WallClock

__all__ = ["close_windows", "rig"]  # the window rig's fixtures

MON_WED_FRI = (0, 2, 4)
#: Monday 7 December 2026, a minute before the reminder.
BEFORE = datetime(2026, 12, 7, 18, 29, tzinfo=BERLIN)
TEST_ROUTINE_LENGTH = "2 min 39 s"


def reminders_on(
    rig: Rig,
    clock: WallClock,
    notifier: FakeNotifier,
    plan: WeeklyPlan | None = None,
    *,
    tray: bool = False,
) -> Reminders:
    """The rig's window with the plan saved and its reminders on the fake clock and notifier."""
    if plan is None:
        plan, _ = WeeklyPlan().added("test-routine", MON_WED_FRI, time(18, 30), since=None)
    save_schedule(plan, rig.paths)
    rig.window.reminders.close()
    reminders = Reminders(
        rig.window,
        now=clock,
        zone=lambda: BERLIN,
        make_notifier=notifier.make,
        tray_available=lambda: tray,
    )
    rig.window.reminders = reminders
    reminders.start()
    return reminders


def test_a_due_reminder_shows_a_notice_and_start_opens_the_session(rig: Rig) -> None:
    clock, notifier = WallClock(BEFORE), FakeNotifier()
    reminders = reminders_on(rig, clock, notifier)
    timer = reminders.scheduler.timer
    assert timer.isActive() and timer.interval() == 60_000  # never more than a minute
    clock.advance(seconds=30)
    timer.timeout.emit()
    assert notifier.shown == []
    assert timer.interval() == 31_000  # half a minute, and a second after

    clock.advance(seconds=31)
    timer.timeout.emit()

    assert notifier.shown == [
        Notice(
            1,
            f"Time for your test routine, {TEST_ROUTINE_LENGTH}",
            "Planned Mon, Wed, Fri at 18:30.",
        )
    ]
    assert rig.phase() is None
    notifier.choose(1, "start")
    rig.qtbot.waitUntil(lambda: rig.phase() is not None)
    assert rig.window.pages.currentWidget() is rig.window.session_view
    assert rig.window.isVisible()
    # the next one is Wednesday's
    assert reminders.scheduler.next is not None
    assert reminders.scheduler.next.at == datetime(2026, 12, 9, 18, 30, tzinfo=BERLIN)


def test_snooze_asks_again_ten_minutes_later_once(rig: Rig) -> None:
    clock, notifier = WallClock(BEFORE), FakeNotifier()
    reminders = reminders_on(rig, clock, notifier)
    clock.advance(seconds=61)
    reminders.scheduler.check()
    notifier.choose(1, "snooze")
    assert "again at 18:40" in rig.window.statusBar().currentMessage()
    assert reminders.scheduler.timer.interval() == 60_000  # at most a minute between looks

    clock.advance(minutes=9)
    reminders.scheduler.check()
    assert len(notifier.shown) == 1
    clock.advance(minutes=1)
    reminders.scheduler.check()
    assert [n.key for n in notifier.shown] == [1, 1]
    clock.advance(minutes=30)
    reminders.scheduler.check()
    assert len(notifier.shown) == 2
    assert rig.phase() is None


def test_a_reminder_slept_through_is_said_as_missed_once_on_waking(rig: Rig) -> None:
    clock, notifier = WallClock(BEFORE), FakeNotifier()
    reminders = reminders_on(rig, clock, notifier)
    clock.advance(days=9)  # the machine slept from Monday to the next Wednesday
    reminders.scheduler.check()
    assert notifier.shown == [
        Notice(1, "You had test routine planned on Monday at 18:30.", "Start it now?")
    ]
    reminders.scheduler.check()
    assert len(notifier.shown) == 1


def test_a_reminder_missed_while_closed_is_said_once_at_the_next_start(rig: Rig) -> None:
    clock, notifier = WallClock(datetime(2026, 12, 8, 9, 0, tzinfo=BERLIN)), FakeNotifier()
    save_last_seen(rig.paths, datetime(2026, 12, 4, 20, 0, tzinfo=BERLIN))  # closed Friday
    reminders = reminders_on(rig, clock, notifier)
    box = reminders.missed_notice
    assert box is not None and box.isVisible()
    assert box.text() == "You had test routine planned yesterday at 18:30."
    assert notifier.shown == []  # in the window, not a pile of notices
    assert load_last_seen(rig.paths) == clock.moment
    box.close()

    again = reminders_on(rig, clock, FakeNotifier())
    assert again.missed_notice is None


#: The offscreen platform has no tray to watch and says so when an icon is made.
OFFSCREEN_TRAY = "No such signal QPlatformNativeInterface::systemTrayWindowChanged"


@pytest.mark.qt_log_ignore(OFFSCREEN_TRAY)
def test_closing_the_window_with_reminders_on_keeps_the_tray_and_says_so_once(
    rig: Rig, qtbot: QtBot
) -> None:
    clock, notifier = WallClock(BEFORE), FakeNotifier()
    reminders = reminders_on(rig, clock, notifier, tray=True)
    tray = reminders.tray
    assert tray is not None
    assert tray.next_action.text() == "Next: test routine, today at 18:30"
    told = rig.paths.data / TOLD_FILE
    assert not told.exists()

    event = QCloseEvent()
    rig.window.closeEvent(event)
    assert not event.isAccepted() and not rig.window.isVisible()
    assert told.exists()

    tray.start_action.trigger()  # Start now, from the tray's menu
    rig.qtbot.waitUntil(lambda: rig.phase() is not None)
    assert rig.window.isVisible()


def test_without_reminders_closing_the_window_closes_it(rig: Rig) -> None:
    clock, notifier = WallClock(BEFORE), FakeNotifier()
    plan, _ = WeeklyPlan().added(
        "test-routine", MON_WED_FRI, time(18, 30), enabled=False, since=None
    )
    reminders = reminders_on(rig, clock, notifier, plan, tray=True)
    assert reminders.tray is None
    assert not reminders.scheduler.timer.isActive()
    event = QCloseEvent()
    assert reminders.keep_running(event) is False


def test_plan_my_week_is_in_the_view_menu_and_its_changes_take_effect(
    rig: Rig, user_home: Path
) -> None:
    clock, notifier = WallClock(BEFORE), FakeNotifier()
    reminders = reminders_on(rig, clock, notifier, WeeklyPlan())
    assert not reminders.scheduler.timer.isActive()
    menu = rig.window.menu_actions.menus["view"]
    assert reminders.plan_action in menu.actions()
    reminders.plan_action.trigger()
    dialog = reminders.plan_dialog
    assert dialog is not None
    dialog.time.setText("18:30")
    assert dialog.add()
    assert reminders.scheduler.next is not None
    assert reminders.scheduler.next.at == datetime(2026, 12, 7, 18, 30, tzinfo=BERLIN)
    dialog.close()


@pytest.mark.qt_log_ignore(OFFSCREEN_TRAY)
@pytest.mark.parametrize(("tray", "shown"), [(True, False), (False, True)])
def test_started_at_login_the_window_opens_only_without_a_tray(
    rig: Rig, tray: bool, shown: bool
) -> None:
    rig.window.hide()
    plan, _ = WeeklyPlan().added("test-routine", MON_WED_FRI, time(18, 30), since=None)
    save_schedule(plan, rig.paths)
    save_last_seen(rig.paths, datetime(2026, 12, 4, 20, 0, tzinfo=BERLIN))
    rig.window.reminders.close()
    notifier = FakeNotifier()
    reminders = Reminders(
        rig.window,
        now=WallClock(datetime(2026, 12, 8, 9, 0, tzinfo=BERLIN)),
        zone=lambda: BERLIN,
        make_notifier=notifier.make,
        tray_available=lambda: tray,
    )
    rig.window.reminders = reminders
    reminders.start_in_tray()
    reminders.start()
    assert rig.window.isVisible() is shown
    assert (reminders.tray is not None) is tray
    # what was missed while logged out comes as a notice, not a box on a hidden window
    assert reminders.missed_notice is None
    assert notifier.shown == [
        Notice(1, "You had test routine planned yesterday at 18:30.", "Start it now?")
    ]


@pytest.mark.qt_log_ignore(OFFSCREEN_TRAY)
def test_file_quit_closes_the_window_even_with_the_tray(rig: Rig) -> None:
    reminders = reminders_on(rig, WallClock(BEFORE), FakeNotifier(), tray=True)
    assert reminders.tray is not None
    rig.window.menu_actions.actions["quit"].trigger()
    assert not rig.window.isVisible()
    assert reminders.tray is None  # closed with the window
    assert QApplication.quitOnLastWindowClosed()
    assert load_last_seen(rig.paths) == BEFORE


def test_start_at_login_in_settings_writes_and_removes_the_autostart_entry(
    rig: Rig, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.platform", "linux")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    entry = tmp_path / "config" / "autostart" / "ankle-coach.desktop"
    settings = rig.window.settings
    rig.window.apply_settings(dataclasses.replace(settings, start_at_login=True))
    text = entry.read_text(encoding="utf-8")
    assert f"Exec={exec_value(launcher())} --tray\n" in text
    assert rig.window.statusBar().currentMessage() == "Ankle Coach will start when you log in."
    rig.window.apply_settings(dataclasses.replace(settings, start_at_login=True, mute=True))
    assert entry.read_text(encoding="utf-8") == text  # other settings leave it alone
    rig.window.apply_settings(dataclasses.replace(settings, start_at_login=False))
    assert not entry.exists()
    assert rig.window.statusBar().currentMessage() == (
        "Ankle Coach will no longer start when you log in."
    )


@pytest.mark.parametrize(
    ("speak", "mute", "said"), [(True, False, True), (False, False, False), (True, True, False)]
)
def test_a_reminder_is_said_aloud_when_asked_and_not_muted(
    rig: Rig, qtbot: QtBot, speak: bool, mute: bool, said: bool
) -> None:
    rig.window.settings = dataclasses.replace(rig.window.settings, speak_reminders=speak, mute=mute)
    clock, notifier = WallClock(BEFORE), FakeNotifier()
    reminders = reminders_on(rig, clock, notifier)
    clock.advance(seconds=61)
    reminders.scheduler.check()
    assert len(notifier.shown) == 1
    text = "Time for your test routine."
    if said:
        name = rig.renderer.cache.path_for(text, VoiceSettings()).name
        qtbot.waitUntil(lambda: name in rig.played)
    else:
        assert text not in rig.renderer.rendered


def test_a_plan_changed_from_the_command_line_is_followed(rig: Rig, qtbot: QtBot) -> None:
    clock, notifier = WallClock(BEFORE), FakeNotifier()
    first, _ = WeeklyPlan().added("test-routine", MON_WED_FRI, time(18, 30), since=None)
    reminders = reminders_on(rig, clock, notifier, first)
    dialog = reminders.open_plan()
    dialog.reminders.setCurrentRow(0)
    later, _ = first.added(
        "test-routine", (0,), time(18, 45), since=None
    )  # `ankle-coach schedule add`
    save_schedule(later.switched(1, enabled=False), rig.paths)
    qtbot.waitUntil(lambda: dialog.reminders.count() == 2)
    assert reminders.plan == later.switched(1, enabled=False)
    assert [dialog.reminders.item(i).text() for i in range(2)] == [
        "Test routine: Mon, Wed, Fri at 18:30 (off)",
        "Test routine: Mon at 18:45",
    ]
    assert dialog.reminders.currentRow() == 0
    assert reminders.scheduler.next is not None
    assert reminders.scheduler.next.at == datetime(2026, 12, 7, 18, 45, tzinfo=BERLIN)
    dialog.close()


def test_a_suggestion_accepted_on_import_is_reminded_without_a_restart(
    rig: Rig, qtbot: QtBot
) -> None:
    clock, notifier = WallClock(BEFORE), FakeNotifier()
    rig.window.reminders.close()
    reminders = Reminders(
        rig.window,
        now=clock,
        zone=lambda: BERLIN,
        make_notifier=notifier.make,
        tray_available=lambda: False,
    )
    rig.window.reminders = reminders
    reminders.start()  # no plan file yet
    assert reminders.plan == WeeklyPlan()
    accept_plan(rig.paths, "test-routine", MON_WED_FRI, time(18, 30), BEFORE.date(), None)
    qtbot.waitUntil(lambda: len(reminders.plan.reminders) == 1)
    clock.advance(seconds=61)
    reminders.scheduler.check()
    assert [n.title for n in notifier.shown] == [
        f"Time for your test routine, {TEST_ROUTINE_LENGTH}"
    ]


@pytest.mark.qt_log_ignore(OFFSCREEN_TRAY)
def test_a_plan_past_its_end_is_not_next_in_the_tray_nor_reminded(rig: Rig, qtbot: QtBot) -> None:
    """A suggestion "for 4 weeks" whose last day is today (Monday), beside a reminder with no
    end: today's fires; then the tray's Next: skips it, and Wednesday's never comes."""
    clock, notifier = WallClock(BEFORE), FakeNotifier()
    start = BEFORE.date() - timedelta(weeks=4)
    plan, _ = WeeklyPlan().added(
        "test-routine", MON_WED_FRI, time(18, 30), since=start, until=BEFORE.date()
    )
    plan, _ = plan.added("test-routine", (5,), time(9, 0), since=start)
    reminders = reminders_on(rig, clock, notifier, plan, tray=True)
    tray = reminders.tray
    assert tray is not None
    assert tray.next_action.text() == "Next: test routine, today at 18:30"
    clock.advance(seconds=61)
    reminders.scheduler.check()
    assert [n.key for n in notifier.shown] == [1]
    assert tray.next_action.text() == "Next: test routine, on Saturday at 09:00"
    clock.advance(days=2)  # Wednesday 18:30 and a minute: nothing
    reminders.scheduler.check()
    assert [n.key for n in notifier.shown] == [1]
    assert tray.next_action.text() == "Next: test routine, on Saturday at 09:00"
