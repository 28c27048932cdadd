"""The window's reminders: the weekly plan loaded and watched, a notification when a reminder
is due (Start opens the session, Snooze asks again in ten minutes), the tray icon while any
reminder is on, a missed reminder said once at the next start, and Start at login.

The window makes one with `install_reminders(window)`; everything from outside (the wall clock,
the zone, the notifier, whether there is a tray) can be handed in, so tests drive it with a fake
clock and a recording notifier.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon

from ankle_coach.core.i18n import QT_TRANSLATE_NOOP
from ankle_coach.core.savefile import write_atomically
from ankle_coach.core.schedule.store import (
    load_last_seen,
    load_schedule,
    save_last_seen,
    save_schedule,
    schedule_path,
)
from ankle_coach.core.schedule.words import (
    in_sentence,
    missed_words,
    one_oclock,
    reminder_words,
    when_words,
)
from ankle_coach.core.settings import Settings
from ankle_coach.ui.i18n import translate
from ankle_coach.ui.reminders.notifier import (
    SNOOZE,
    START,
    Notice,
    Notifier,
    TrayNotifier,
    dbus_notifier,
)
from ankle_coach.ui.reminders.scheduler import ReminderScheduler

# PlanDialog and ReminderTray are imported when first used (the dialog when opened, the tray
# icon when a reminder is on), core.autostart when Start at login is switched, and the time zone
# and the plan's arithmetic once the plan has a reminder switched on: most sessions need none.
if TYPE_CHECKING:
    from ankle_coach.core.schedule.arithmetic import Due
    from ankle_coach.core.schedule.model import WeeklyPlan
    from ankle_coach.qt.cue_player import CuePlayer
    from ankle_coach.ui.main_window import MainWindow
    from ankle_coach.ui.reminders.plan_dialog import PlanDialog
    from ankle_coach.ui.reminders.tray import ReminderTray

#: Makes the notifier once a reminder is first due: (on_action, parent) -> Notifier or None.
NotifierFactory = Callable[[Callable[[int, str], None], QObject], Notifier | None]
#: A file whose presence says the user was told that closing the window keeps the tray icon.
TOLD_FILE = "tray-told"
#: How long after the plan's file changes it is read again (a burst of changes, read once).
RELOAD_MS = 300
#: What the tray icon says the first time the window is closed (marked in this module's
#: context, translated when said).
TRAY_TITLE = QT_TRANSLATE_NOOP("ui.reminders.service", "Ankle Coach is still running")
TRAY_TEXT = QT_TRANSLATE_NOOP(
    "ui.reminders.service",
    "Your reminders will come from here. To stop them, choose Quit in this icon's menu "
    "(or switch the reminders off in Plan my week).",
)


def _wall_clock() -> datetime:
    return datetime.now(UTC)


def _local_zone() -> tzinfo:
    from ankle_coach.core.schedule.zone import local_zone

    return local_zone()


class Reminders(QObject):
    """The reminders of one window (see the module's docstring).

    `notices` lists what was shown, newest last (the window's tests read it); `plan` is the
    weekly plan as saved.
    """

    def __init__(
        self,
        window: MainWindow,
        *,
        now: Callable[[], datetime] = _wall_clock,
        zone: Callable[[], tzinfo] = _local_zone,
        make_notifier: NotifierFactory | None = None,
        tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._paths = window.context.paths
        self._now = now
        self._zone = zone
        self._make_notifier = make_notifier
        self._tray_available = tray_available
        self.plan, self._plan_message = load_schedule(self._paths)
        self.scheduler = ReminderScheduler(lambda: self.plan, now, zone, self)
        self.scheduler.due.connect(self._on_scheduler_due)
        self.scheduler.missed.connect(self._on_scheduler_missed)
        self.scheduler.nextChanged.connect(self._on_scheduler_next_changed)
        self.tray: ReminderTray | None = None
        self.notifier: Notifier | None = None
        self.notices: list[Notice] = []
        self.missed_notice: QMessageBox | None = None
        self.plan_dialog: PlanDialog | None = None
        self._pending: dict[int, Due] = {}
        self._voice: CuePlayer | None = None
        self._quitting = False
        self._started = False
        self._in_tray = False
        # the plan changed by `ankle-coach schedule`, or by accepting a routine's suggestion
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_watcher_changed)
        self._watcher.directoryChanged.connect(self._on_watcher_changed)
        self._reload = QTimer(self)
        self._reload.setSingleShot(True)
        self._reload.setInterval(RELOAD_MS)
        self._reload.timeout.connect(self.reload_plan)
        self.plan_action = QAction(translate("ui.reminders.service", "&Plan my week\u2026"), window)
        self.plan_action.setStatusTip(
            translate(
                "ui.reminders.service",
                "Reminders of a routine on the days and at the time you choose",
            )
        )
        self.plan_action.triggered.connect(self.open_plan)

    # -- the window's calls --------------------------------------------------------------------

    def start(self) -> None:
        """Once the window is built: the menu entry, what was missed while the app was closed
        (said once), then the timer."""
        if self._started:
            return
        self._started = True
        menu = self._window.menu_actions.menus["view"]
        menu.addSeparator()
        menu.addAction(self.plan_action)
        # File > Quit quits, tray or not (closing the window is what leaves the app in the tray)
        quit_action = self._window.menu_actions.actions["quit"]
        quit_action.triggered.disconnect()
        quit_action.triggered.connect(self.quit)
        if self._plan_message:
            self._window.tell(
                translate("ui.reminders.service", "Your weekly plan"), self._plan_message
            )
        self._update_tray()
        self._watch_plan_file()
        now = self._now()
        last = load_last_seen(self._paths)
        if last is not None and any(reminder.enabled for reminder in self.plan.reminders):
            from ankle_coach.core.schedule.arithmetic import missed

            self._say_missed_at_start(missed(self.plan, last, now, self._zone()), now)
        self._remember_looked(now)
        self.scheduler.start(now)
        if self._in_tray and self.tray is None:
            self._window.show()

    def start_in_tray(self) -> None:
        """Started at login: stay in the tray; the window is shown once built if there is no
        tray icon (no tray on this desktop, or no reminder switched on)."""
        self._in_tray = True

    def close(self) -> None:
        """The app is closing: remember when it last looked, stop the timer, drop the icon."""
        self.scheduler.stop()
        if self._started and self.scheduler.last_looked is not None:
            self._remember_looked(self.scheduler.last_looked)
        if self.tray is not None:
            self.tray.close()
            self.tray = None
            app = QApplication.instance()
            if isinstance(app, QApplication):
                app.setQuitOnLastWindowClosed(True)  # as Qt has it, with no icon to live in
        if self.notifier is not None:
            self.notifier.close()
            self.notifier = None
        self._window.menu_actions.menus["view"].removeAction(self.plan_action)

    def keep_running(self, event: QCloseEvent) -> bool:
        """Closing the window while reminders are on hides it and keeps the tray icon (True);
        the first time, the icon says so. False: close as usual."""
        if self._quitting or self.tray is None:
            return False
        event.ignore()
        self._window.hide()
        told = self._paths.data / TOLD_FILE
        if not told.exists():
            self.tray.icon.showMessage(
                translate("ui.reminders.service", TRAY_TITLE),
                translate("ui.reminders.service", TRAY_TEXT),
                QSystemTrayIcon.MessageIcon.Information,
                15_000,
            )
            try:
                write_atomically(told, b"")
            except OSError:
                pass  # only the hint is said again next time; nothing of the user's is lost
        return True

    def settings_changed(self, before: Settings, after: Settings) -> None:
        """Start at login switched: write or remove the autostart entry."""
        if before.start_at_login == after.start_at_login:
            return
        from ankle_coach.core import autostart

        place = autostart.autostart_for()
        if place is None:
            self._window.tell(
                translate("ui.reminders.service", "Start at login"),
                translate(
                    "ui.reminders.service",
                    "Starting at login is not available on this system in this version; see the "
                    "README for how to add Ankle Coach to the programs started at login.",
                ),
            )
            return
        try:
            if after.start_at_login:
                autostart.switch_on(place, autostart.launcher())
            else:
                autostart.switch_off(place)
        except OSError as exc:
            self._window.tell(
                translate("ui.reminders.service", "Start at login"),
                translate("ui.reminders.service", "{path} could not be changed: {reason}").format(
                    path=place.path, reason=exc.strerror or exc
                ),
            )
            return
        said = (
            translate("ui.reminders.service", "Ankle Coach will start when you log in.")
            if after.start_at_login
            else translate(
                "ui.reminders.service", "Ankle Coach will no longer start when you log in."
            )
        )
        self._window.statusBar().showMessage(said, 8000)

    @Slot()
    def open_plan(self) -> PlanDialog:
        """The Plan my week dialog (window-modal, not blocking); the plan follows each save."""
        from ankle_coach.ui.reminders.plan_dialog import PlanDialog

        routines = [(entry.id, entry.routine.title) for entry in self._window.library.entries]
        dialog = PlanDialog(
            self.plan,
            routines,
            self._save_plan,
            self._window,
            today=lambda: self._now().astimezone(self._zone()).date(),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._on_plan_dialog_destroyed)
        self.plan_dialog = dialog
        if not self._window.isVisible():
            self._window.show()
        dialog.open()
        return dialog

    def start_routine(self, routine_id: str) -> None:
        """Bring the window up and start the routine's session (after its check-in)."""
        window = self._window
        window.show()
        if window.isMinimized():
            window.showNormal()
        window.raise_()
        window.activateWindow()
        if window.session_host.in_session():
            window.statusBar().showMessage(
                translate("ui.reminders.service", "A session is running: finish it first."), 8000
            )
            return
        entry = window.library.get(routine_id)
        if entry is None:
            window.tell(
                translate("ui.reminders.service", "Routine not found"),
                translate(
                    "ui.reminders.service",
                    "The routine {id} of your weekly plan is not in the library any more. "
                    "Change the reminder in Plan my week.",
                ).format(id=routine_id),
            )
            return
        window.library_view.select(routine_id)
        window.start_session(entry)

    def act(self, key: int, action: str) -> None:
        """The user chose `action` ("start", "snooze") on the notice of reminder `key`."""
        due = self._pending.get(key)
        reminder = due.reminder if due is not None else self.plan.get(key)
        if reminder is None:
            return  # removed since it was shown
        if action == START:
            self._pending.pop(key, None)
            self.start_routine(reminder.routine)
        elif action == SNOOZE and due is not None:
            again = self.scheduler.snooze(due)
            self._window.statusBar().showMessage(
                one_oclock(
                    translate("ui.reminders.service", "Reminder snoozed: again at {time}.").format(
                        time=f"{again.astimezone(self._zone()):%H:%M}"
                    )
                ),
                8000,
            )

    # -- inside --------------------------------------------------------------------------------

    def reload_plan(self) -> None:
        """Read the plan's file again (changed by another program): the timer, the tray and an
        open Plan my week follow it."""
        self._watch_plan_file()
        plan, message = load_schedule(self._paths)
        if message:
            self._window.statusBar().showMessage(message, 30_000)
        if plan == self.plan:
            return
        self.plan = plan
        self.scheduler.check()
        self._update_tray()
        if self.plan_dialog is not None:
            self.plan_dialog.replace_plan(plan)

    def _watch_plan_file(self) -> None:
        """Watch the plan's folder and file (a file replaced atomically is a new file: watched
        again after each change)."""
        file = schedule_path(self._paths)
        for path in (file.parent, file):
            if (
                path.exists()
                and str(path) not in self._watcher.files() + self._watcher.directories()
            ):
                self._watcher.addPath(str(path))

    @Slot(str)
    def _on_watcher_changed(self, path: str) -> None:
        self._reload.start()  # once, after a burst of changes

    def _save_plan(self, plan: WeeklyPlan) -> str | None:
        try:
            save_schedule(plan, self._paths)
        except OSError as exc:
            return str(exc.strerror or exc)
        self.plan = plan
        self._watch_plan_file()
        self.scheduler.check()
        self._update_tray()
        return None

    def _title(self, routine_id: str) -> tuple[str, str | None]:
        """The routine's title and its length in words, or its id when it is not in the
        library any more."""
        from ankle_coach.core.plan import total_seconds
        from ankle_coach.core.words.times import duration_text

        entry = self._window.library.get(routine_id)
        if entry is None:
            return routine_id, None
        return entry.routine.title, duration_text(total_seconds(entry.routine))

    def _notify(self, notice: Notice) -> None:
        self.notices.append(notice)
        notifier = self._notifier()
        if notifier is not None:
            notifier.notify(notice)
        else:  # neither a notification service nor a tray: the window itself says it
            self._window.show()
            said = translate("ui.reminders.service", "{title}. {text}").format(
                title=notice.title, text=notice.body
            )
            self._window.statusBar().showMessage(said, 60_000)
            QApplication.alert(self._window)

    def _notifier(self) -> Notifier | None:
        if self.notifier is None:
            if self._make_notifier is not None:
                self.notifier = self._make_notifier(self.act, self)
            else:
                made = dbus_notifier(self.act, self)
                if made is not None:
                    made.unavailable.connect(self._on_notifier_unavailable)
                    self.notifier = made
                elif self.tray is not None:
                    self.notifier = TrayNotifier(self.tray.icon, self.act, self)
        return self.notifier

    def _say_missed_at_start(self, found: list[Due], now: datetime) -> None:
        if not found:
            return
        if self._in_tray:  # no window to say it in: a notice each, with Start
            self._on_scheduler_missed(found)
            return
        lines = [missed_words(self._title(due.reminder.routine)[0], due.at, now) for due in found]
        box = QMessageBox(
            QMessageBox.Icon.Information,
            translate("ui.reminders.service", "A planned routine was missed")
            if len(found) == 1
            else translate("ui.reminders.service", "Planned routines were missed"),
            "\n".join(lines),
            QMessageBox.StandardButton.Close,
            self._window,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        start = box.addButton(
            translate("ui.reminders.service", "Start it now"), QMessageBox.ButtonRole.AcceptRole
        )
        routine = found[-1].reminder.routine
        start.clicked.connect(lambda: self.start_routine(routine))
        self._window.statusBar().showMessage(lines[-1], 30_000)
        self.missed_notice = box
        box.open()

    def _remember_looked(self, moment: datetime) -> None:
        try:
            save_last_seen(self._paths, moment)
        except OSError as exc:  # the next start may say a reminder twice; nothing is lost
            self._window.statusBar().showMessage(
                translate(
                    "ui.reminders.service",
                    "When reminders were last looked at could not be saved: {reason}",
                ).format(reason=exc),
                10_000,
            )

    def _speak(self, text: str) -> None:
        settings = self._window.settings
        if not settings.speak_reminders or settings.mute:
            return
        from ankle_coach.ui.guidance.ice import window_voice  # the voice loads when first used

        if self._voice is not None:
            self._voice.close()
            self._voice.deleteLater()
        self._voice = window_voice(self._window.context, lambda: self._window.settings)(self)
        self._voice.preview(text)

    def _update_tray(self) -> None:
        on = any(reminder.enabled for reminder in self.plan.reminders)
        app = QApplication.instance()
        if on and self.tray is None and self._tray_available():
            from ankle_coach.ui.reminders.tray import ReminderTray

            self.tray = ReminderTray(self._window.windowIcon(), self)
            self.tray.startRequested.connect(self.start_routine)
            self.tray.openRequested.connect(self._on_tray_open_requested)
            self.tray.planRequested.connect(self.open_plan)
            self.tray.quitRequested.connect(self.quit)
            self._on_scheduler_next_changed(self.scheduler.next)
            self.tray.show()
        elif not on and self.tray is not None:
            self.tray.close()
            self.tray = None
            if isinstance(self.notifier, TrayNotifier):
                self.notifier = None
        if isinstance(app, QApplication):
            # with the icon, closing the window leaves the app running in the tray
            app.setQuitOnLastWindowClosed(self.tray is None)

    @Slot(object)
    def _on_scheduler_due(self, due: Due) -> None:
        title, length = self._title(due.reminder.routine)
        named = in_sentence(title)
        said = translate("ui.reminders.service", "Time for your {title}").format(title=named)
        heading = (
            translate("ui.reminders.service", "Time for your {title}, {length}").format(
                title=named, length=length
            )
            if length
            else said
        )
        body = translate("ui.reminders.service", "Planned {plan}.").format(
            plan=reminder_words(due.reminder)
        )
        self._pending[due.reminder.id] = due
        self._notify(Notice(due.reminder.id, heading, body))
        self._speak(translate("ui.reminders.service", "Time for your {title}.").format(title=named))
        self._remember_looked(self._now())

    @Slot(list)
    def _on_scheduler_missed(self, found: list[Due]) -> None:
        now = self._now()
        for due in found:
            title, _ = self._title(due.reminder.routine)
            self._pending[due.reminder.id] = due
            self._notify(
                Notice(
                    due.reminder.id,
                    missed_words(title, due.at, now),
                    translate("ui.reminders.service", "Start it now?"),
                )
            )
        self._remember_looked(now)

    @Slot(object)
    def _on_scheduler_next_changed(self, due: Due | None) -> None:
        if self.tray is None:
            return
        if due is None:
            self.tray.set_next(None, None)
            return
        title, _ = self._title(due.reminder.routine)
        when = when_words(due.at, self._now())
        self.tray.set_next(
            translate("ui.reminders.service", "Next: {title}, {when}").format(
                title=in_sentence(title), when=when
            ),
            due.reminder.routine,
        )

    @Slot(str)
    def _on_notifier_unavailable(self, reason: str) -> None:
        if self.notifier is not None:
            self.notifier.close()
        self.notifier = TrayNotifier(self.tray.icon, self.act, self) if self.tray else None
        self._window.statusBar().showMessage(
            translate("ui.reminders.service", "Notifications: {reason}; using the tray.").format(
                reason=reason
            ),
            10_000,
        )
        if self.notices:
            self._notify(self.notices.pop())

    @Slot()
    def _on_tray_open_requested(self) -> None:
        self._window.show()
        self._window.raise_()
        self._window.activateWindow()

    @Slot()
    def quit(self) -> None:
        """Quit the app (File > Quit, the tray's Quit): the window closes as usual (a running
        session is asked about first), then the app ends."""
        self._quitting = True
        if not self._window.close():
            self._quitting = False  # a running session was kept
            return
        QApplication.quit()

    @Slot()
    def _on_plan_dialog_destroyed(self) -> None:
        self.plan_dialog = None


def install_reminders(window: MainWindow) -> Reminders:
    """The window's reminders, started once the window is built."""
    reminders = Reminders(window)
    window.built.connect(reminders.start)
    return reminders
