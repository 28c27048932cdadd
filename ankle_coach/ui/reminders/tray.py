"""The tray icon: the next reminder, Start now, Open, Plan my week, Quit."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from ankle_coach.ui.i18n import translate


class ReminderTray(QObject):
    """A QSystemTrayIcon with the reminders' menu. Use it only where
    `QSystemTrayIcon.isSystemTrayAvailable()`; else the window stays the only way in.

    Signals:
        startRequested(str): Start now, with the next reminder's routine id.
        openRequested(): Open (or the icon was clicked).
        planRequested(): Plan my week.
        quitRequested(): Quit.
    """

    startRequested = Signal(str)
    openRequested = Signal()
    planRequested = Signal()
    quitRequested = Signal()

    def __init__(self, icon: QIcon, parent: QObject) -> None:
        super().__init__(parent)
        self._routine: str | None = None
        self.menu = QMenu()
        self.next_action = QAction(translate("ui.reminders.tray", "No reminders planned"), self)
        self.next_action.setEnabled(False)
        self.start_action = QAction(translate("ui.reminders.tray", "&Start now"), self)
        self.open_action = QAction(translate("ui.reminders.tray", "&Open Ankle Coach"), self)
        self.plan_action = QAction(translate("ui.reminders.tray", "&Plan my week\u2026"), self)
        self.quit_action = QAction(translate("ui.reminders.tray", "&Quit"), self)
        self.menu.addAction(self.next_action)
        self.menu.addSeparator()
        for action in (self.start_action, self.open_action, self.plan_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        self.icon = QSystemTrayIcon(icon, self)
        self.icon.setToolTip("Ankle Coach")
        self.icon.setContextMenu(self.menu)
        self.start_action.triggered.connect(self._on_start_action_triggered)
        self.open_action.triggered.connect(self.openRequested)
        self.plan_action.triggered.connect(self.planRequested)
        self.quit_action.triggered.connect(self.quitRequested)
        self.icon.activated.connect(self._on_icon_activated)
        self.set_next(None, None)

    def set_next(self, words: str | None, routine_id: str | None) -> None:
        """Show the next reminder ("Next: calf raises, today at 18:30"), or that there is none;
        Start now starts its routine."""
        self._routine = routine_id
        self.next_action.setText(words or translate("ui.reminders.tray", "No reminders planned"))
        self.start_action.setEnabled(routine_id is not None)
        self.icon.setToolTip(f"Ankle Coach\n{words}" if words else "Ankle Coach")

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def close(self) -> None:
        self.icon.hide()
        self.menu.deleteLater()

    @Slot()
    def _on_start_action_triggered(self) -> None:
        if self._routine is not None:
            self.startRequested.emit(self._routine)

    @Slot(QSystemTrayIcon.ActivationReason)
    def _on_icon_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.openRequested.emit()
