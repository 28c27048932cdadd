"""The notifiers: the tray's message (its click is Start) and the session bus's notification
service (none here: the window then uses the tray)."""

from __future__ import annotations

import shutil
import subprocess
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NoReturn

import pytest
from PySide6.QtCore import QObject
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot

from ankle_coach.core.paths import assets_dir
from ankle_coach.ui.reminders.notifier import (
    OBJECT_PATH,
    SERVICE,
    START,
    Notice,
    TrayNotifier,
    dbus_notifier,
)


def test_the_tray_message_click_is_start(qtbot: QtBot) -> None:
    parent = QObject()
    icon = QSystemTrayIcon(QIcon(str(assets_dir() / "icon.svg")), parent)
    chosen: list[tuple[int, str]] = []
    notifier = TrayNotifier(icon, lambda key, action: chosen.append((key, action)), parent)
    icon.messageClicked.emit()
    assert chosen == []  # nothing shown yet
    notifier.notify(Notice(4, "Time for your calf raises, 5 min", "Planned every day at 07:00."))
    icon.messageClicked.emit()
    assert chosen == [(4, START)]
    notifier.close()
    icon.messageClicked.emit()
    assert chosen == [(4, START)]


def test_without_a_session_bus_there_is_no_dbus_notifier(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
    assert dbus_notifier(lambda key, action: None, QObject()) is None


class FakeNotificationService:
    """A notification service on a private session bus: answers Notify with id 7, records what
    it was asked, and sends ActionInvoked(7, `action`) back to the caller."""

    def __init__(self, address: str, action: str, *, refuse: bool = False) -> None:
        from jeepney.bus_messages import message_bus
        from jeepney.io.blocking import Proxy, open_dbus_connection

        self.connection = open_dbus_connection(bus=address)
        Proxy(message_bus, self.connection).RequestName(SERVICE, 0)
        self.action = action
        self.refuse = refuse
        self.asked: list[tuple[object, ...]] = []
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        from jeepney import (
            DBusAddress,
            HeaderFields,
            MessageType,
            new_error,
            new_method_return,
            new_signal,
        )

        while True:
            try:
                message = self.connection.receive(timeout=10)
            except (TimeoutError, OSError, EOFError):
                return
            fields = message.header.fields
            if message.header.message_type is not MessageType.method_call:
                continue
            if fields.get(HeaderFields.member) != "Notify":
                continue
            self.asked.append(tuple(message.body))
            if self.refuse:
                error = new_error(message, "org.freedesktop.DBus.Error.Failed", "s", ("busy",))
                self.connection.send(error)
                return
            self.connection.send(new_method_return(message, "u", (7,)))
            signal = new_signal(
                DBusAddress(OBJECT_PATH, interface=SERVICE), "ActionInvoked", "us", (7, self.action)
            )
            signal.header.fields[HeaderFields.destination] = fields[HeaderFields.sender]
            self.connection.send(signal)
            return


BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


@pytest.fixture
def session_bus(
    monkeypatch: pytest.MonkeyPatch, skip_or_fail: Callable[[str], NoReturn], tmp_path: Path
) -> Iterator[str]:
    """A private session bus (dbus-daemon), its address in DBUS_SESSION_BUS_ADDRESS."""
    if shutil.which("dbus-daemon") is None:
        skip_or_fail("needs dbus-daemon (dbus-x11 on Debian)")
    config = tmp_path / "bus.conf"  # no service files: nothing is started on demand
    config.write_text(BUS_CONFIG, encoding="utf-8")
    daemon = subprocess.Popen(
        ["dbus-daemon", f"--config-file={config}", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert daemon.stdout is not None
        address = daemon.stdout.readline().strip()
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        yield address
    finally:
        daemon.terminate()
        daemon.wait(timeout=10)
        assert daemon.stdout is not None
        daemon.stdout.close()


@pytest.mark.parametrize("action", ["start", "snooze", "default"])
def test_a_notice_goes_over_dbus_and_its_action_comes_back(
    qtbot: QtBot, session_bus: str, action: str
) -> None:
    parent = QObject()
    chosen: list[tuple[int, str]] = []
    assert dbus_notifier(lambda key, said: None, parent) is None  # no service yet
    service = FakeNotificationService(session_bus, action)
    notifier = dbus_notifier(lambda key, said: chosen.append((key, said)), parent)
    assert notifier is not None
    notifier.notify(Notice(3, "Time for your after-run recovery, 9 min 40 s", "Planned daily."))
    qtbot.waitUntil(lambda: chosen != [])
    assert chosen == [(3, "start" if action == "default" else action)]
    assert service.asked == [
        (
            "Ankle Coach",
            0,
            "ankle-coach",
            "Time for your after-run recovery, 9 min 40 s",
            "Planned daily.",
            ["default", "Start", "start", "Start", "snooze", "Snooze 10 min"],
            {
                "desktop-entry": ("s", "ankle-coach"),
                "category": ("s", "x-ankle-coach.reminder"),
                "urgency": ("y", 1),
            },
            0,
        )
    ]
    notifier.close()
    service.connection.close()


def test_a_service_that_refuses_says_so_and_nothing_is_chosen(
    qtbot: QtBot, session_bus: str
) -> None:
    parent = QObject()
    service = FakeNotificationService(session_bus, "start", refuse=True)
    chosen: list[tuple[int, str]] = []
    notifier = dbus_notifier(lambda key, said: chosen.append((key, said)), parent)
    assert notifier is not None
    with qtbot.waitSignal(notifier.unavailable) as said:
        notifier.notify(Notice(3, "Time for your calf raises, 4 min 25 s", "Planned daily."))
    assert said.args == ["the notification service said: busy"]
    assert chosen == []
    notifier.close()
    service.connection.close()
