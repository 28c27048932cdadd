"""Desktop notifications of a reminder, with Start and Snooze where the desktop offers actions.

On Linux, when a notification service is on the session bus: org.freedesktop.Notifications
`Notify` with the actions "start" and "snooze", and its `ActionInvoked` signal. The call is made
with jeepney, not QtDBus: PySide6 cannot give QtDBus an unsigned integer (`replaces_id` is
UINT32), so every GDBus-based service (dunst, GNOME Shell) refuses the call as QtDBus makes it
("Type of message (sisssasa{sv}i) does not match expected type (susssasa{sv}i)", measured with
dunst 1.9 and PySide6 6.11). Elsewhere, or without the service: the tray icon's own message,
whose click starts the session.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal, Slot
from PySide6.QtWidgets import QSystemTrayIcon

from ankle_coach.core.i18n import QT_TRANSLATE_NOOP
from ankle_coach.ui.i18n import translate

if TYPE_CHECKING:
    from jeepney.io.blocking import DBusConnection

#: The actions offered on a reminder, as (key, label) pairs; the keys are the service's
#: (never translated), the labels are marked in the context "ui.reminders.notifier".
START = "start"
SNOOZE = "snooze"
ACTIONS = (
    ("default", QT_TRANSLATE_NOOP("ui.reminders.notifier", "Start")),
    (START, QT_TRANSLATE_NOOP("ui.reminders.notifier", "Start")),
    (SNOOZE, QT_TRANSLATE_NOOP("ui.reminders.notifier", "Snooze 10 min")),
)
SERVICE = "org.freedesktop.Notifications"
OBJECT_PATH = "/org/freedesktop/Notifications"
#: How long a call to the notification service may take before the tray's message is used.
CALL_SECONDS = 2.0


@dataclass(frozen=True)
class Notice:
    """What a notification says: `title` ("Time for your after-run recovery"), `body`, and the
    reminder it is about (`key`, given back with the action chosen)."""

    key: int
    title: str
    body: str
    actions: bool = True


class Notifier(Protocol):
    """Shows a notice; says which action the user chose through `on_action(key, action)`."""

    def notify(self, notice: Notice) -> None: ...

    def close(self) -> None: ...


ActionHandler = Callable[[int, str], None]


class TrayNotifier(QObject):
    """The tray icon's balloon (Windows, macOS, a desktop without the service): clicking it is
    Start; there is no Snooze button (the tray menu's Start now is there)."""

    def __init__(self, tray: QSystemTrayIcon, on_action: ActionHandler, parent: QObject) -> None:
        super().__init__(parent)
        self._tray = tray
        self._on_action = on_action
        self._last: int | None = None
        tray.messageClicked.connect(self._on_tray_message_clicked)

    def notify(self, notice: Notice) -> None:
        self._last = notice.key
        self._tray.showMessage(
            notice.title, notice.body, QSystemTrayIcon.MessageIcon.Information, 60_000
        )

    def close(self) -> None:
        self._last = None

    @Slot()
    def _on_tray_message_clicked(self) -> None:
        if self._last is not None:
            self._on_action(self._last, START)


class DBusNotifier(QObject):
    """org.freedesktop.Notifications on the session bus: Notify sent without waiting, then its
    reply, ActionInvoked and NotificationClosed read as they arrive (a socket notifier on the
    connection: nothing blocks the window, and no message is read and dropped while waiting).

    Made by `dbus_notifier()`, which returns None when there is no bus or no service.

    Signals:
        unavailable(str): the service did not answer (or the bus closed): the caller falls
            back to the tray's message.
    """

    unavailable = Signal(str)

    def __init__(
        self, connection: DBusConnection, on_action: ActionHandler, parent: QObject
    ) -> None:
        super().__init__(parent)
        self._connection = connection
        self._on_action = on_action
        self._asked: dict[int, int] = {}  # the Notify call's serial -> the reminder's key
        self._sent: dict[int, int] = {}  # notification id -> the reminder's key
        self._watch = QSocketNotifier(connection.sock.fileno(), QSocketNotifier.Type.Read, self)
        self._watch.activated.connect(self._on_watch_activated)

    def notify(self, notice: Notice) -> None:
        from jeepney import DBusAddress, new_method_call

        address = DBusAddress(OBJECT_PATH, bus_name=SERVICE, interface=SERVICE)
        actions = (
            [
                part
                for key, label in ACTIONS
                for part in (key, translate("ui.reminders.notifier", label))
            ]
            if notice.actions
            else []
        )
        hints: dict[str, tuple[str, Any]] = {
            "desktop-entry": ("s", "ankle-coach"),
            "category": ("s", "x-ankle-coach.reminder"),
            "urgency": ("y", 1),
        }
        message = new_method_call(
            address,
            "Notify",
            "susssasa{sv}i",
            # never expires: a runner away from the screen finds it on coming back
            ("Ankle Coach", 0, "ankle-coach", notice.title, notice.body, actions, hints, 0),
        )
        serial = next(self._connection.outgoing_serial)
        try:
            self._connection.send(message, serial=serial)
        except OSError as exc:
            self.unavailable.emit(
                translate("ui.reminders.notifier", "the session bus closed ({reason})").format(
                    reason=exc
                )
            )
            return
        self._asked[serial] = notice.key
        QTimer.singleShot(round(CALL_SECONDS * 1000), self, lambda: self._check_answered(serial))

    def close(self) -> None:
        self._watch.setEnabled(False)
        self._connection.close()

    def _check_answered(self, serial: int) -> None:
        if self._asked.pop(serial, None) is not None:
            self.unavailable.emit(
                translate("ui.reminders.notifier", "the notification service did not answer")
            )

    @Slot()
    def _on_watch_activated(self) -> None:
        from jeepney import HeaderFields, MessageType

        while True:
            try:
                message = self._connection.receive(timeout=0)
            except TimeoutError:
                return
            except (OSError, EOFError, ValueError) as exc:
                self._watch.setEnabled(False)
                self.unavailable.emit(
                    translate("ui.reminders.notifier", "the session bus closed ({reason})").format(
                        reason=exc
                    )
                )
                return
            header = message.header
            kind = header.message_type
            if kind in (MessageType.method_return, MessageType.error):
                key = self._asked.pop(header.fields.get(HeaderFields.reply_serial, -1), None)
                if key is None:
                    continue
                if kind is MessageType.error:
                    said = (
                        message.body[0]
                        if message.body
                        else header.fields.get(
                            HeaderFields.error_name,
                            translate("ui.reminders.notifier", "an error"),
                        )
                    )
                    self.unavailable.emit(
                        translate(
                            "ui.reminders.notifier", "the notification service said: {said}"
                        ).format(said=said)
                    )
                else:
                    self._sent[int(message.body[0])] = key
                continue
            if kind is not MessageType.signal:
                continue
            member = header.fields.get(HeaderFields.member)
            if member == "ActionInvoked":
                notification_id, action = message.body
                key = self._sent.get(int(notification_id))
                if key is not None and action in (START, SNOOZE, "default"):
                    self._on_action(key, START if action == "default" else action)
            elif member == "NotificationClosed":
                self._sent.pop(int(message.body[0]), None)


def dbus_notifier(on_action: ActionHandler, parent: QObject) -> DBusNotifier | None:
    """A notifier on the session bus's notification service, or None (not Linux, no bus, no
    service, or jeepney missing): the caller uses the tray's message then."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        from jeepney import MatchRule, message_bus
        from jeepney.io.blocking import Proxy, open_dbus_connection
        from jeepney.wrappers import DBusErrorResponse
    except ImportError:
        return None
    try:
        connection = open_dbus_connection(bus="SESSION")
    except (OSError, KeyError, ValueError, TimeoutError):
        return None  # no session bus (DBUS_SESSION_BUS_ADDRESS unset or dead)
    try:
        bus = Proxy(message_bus, connection, timeout=CALL_SECONDS)
        (has_owner,) = bus.NameHasOwner(SERVICE)
        activatable = SERVICE in bus.ListActivatableNames()[0]
        if not (has_owner or activatable):
            connection.close()
            return None
        for member in ("ActionInvoked", "NotificationClosed"):
            rule = MatchRule(type="signal", interface=SERVICE, path=OBJECT_PATH, member=member)
            bus.AddMatch(rule)
    except (OSError, TimeoutError, ValueError, DBusErrorResponse):
        connection.close()  # a bus that does not answer as a bus does: the tray's message
        return None
    return DBusNotifier(connection, on_action, parent)
