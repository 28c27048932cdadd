"""The notifiers: the tray's message (its click is Start) and the session bus's notification
service (none here: the window then uses the tray)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot

from ankle_coach.core.paths import assets_dir
from ankle_coach.ui.reminders.notifier import (
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
