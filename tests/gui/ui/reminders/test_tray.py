"""The tray icon's menu: the next reminder, Start now, Open, Plan my week, Quit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from ankle_coach.core.i18n import Language
from ankle_coach.core.paths import assets_dir
from ankle_coach.ui import i18n
from ankle_coach.ui.reminders.tray import ReminderTray


@pytest.fixture
def tray(qtbot: QtBot) -> ReminderTray:
    parent = QObject()
    made = ReminderTray(QIcon(str(assets_dir() / "icon.svg")), parent)
    made.keep = parent  # type: ignore[attr-defined]
    return made


def texts(tray: ReminderTray) -> list[str]:
    return [action.text() for action in tray.menu.actions()]


def test_the_menu_in_order(tray: ReminderTray) -> None:
    assert texts(tray) == [
        "No reminders planned",
        "",
        "&Start now",
        "&Open Ankle Coach",
        "&Plan my week\u2026",
        "",
        "&Quit",
    ]
    assert not tray.next_action.isEnabled()
    assert not tray.start_action.isEnabled()  # nothing to start


def test_start_now_starts_the_next_reminders_routine(tray: ReminderTray, qtbot: QtBot) -> None:
    tray.set_next("Next: calf raises, today at 18:30", "calf-raises")
    assert tray.next_action.text() == "Next: calf raises, today at 18:30"
    assert tray.icon.toolTip() == "Ankle Coach\nNext: calf raises, today at 18:30"
    with qtbot.waitSignal(tray.startRequested) as started:
        tray.start_action.trigger()
    assert started.args == ["calf-raises"]


@pytest.mark.parametrize(
    ("action", "signal"),
    [
        ("open_action", "openRequested"),
        ("plan_action", "planRequested"),
        ("quit_action", "quitRequested"),
    ],
)
def test_each_entry_asks_for_what_it_says(
    tray: ReminderTray, qtbot: QtBot, action: str, signal: str
) -> None:
    with qtbot.waitSignal(getattr(tray, signal)):
        getattr(tray, action).trigger()


def test_a_click_on_the_icon_opens_the_window(tray: ReminderTray, qtbot: QtBot) -> None:
    with qtbot.waitSignal(tray.openRequested):
        tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    with qtbot.assertNotEmitted(tray.openRequested):
        tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Context)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "de",
            [
                "Keine Erinnerungen geplant",
                "",
                "Jetzt &starten",
                "Ankle Coach \u00f6&ffnen",
                "&Woche planen\u2026",
                "",
                "&Beenden",
            ],
        ),
        (
            "es",
            [
                "No hay recordatorios planificados",
                "",
                "&Empezar ahora",
                "&Abrir Ankle Coach",
                "&Planificar mi semana\u2026",
                "",
                "&Salir",
            ],
        ),
    ],
)
def test_the_menu_in_german_and_spanish(
    qtbot: QtBot, qapp: QApplication, language: Language, expected: list[str]
) -> None:
    i18n.install(qapp, language)
    try:
        parent = QObject()
        made = ReminderTray(QIcon(str(assets_dir() / "icon.svg")), parent)
        assert texts(made) == expected
    finally:
        i18n.uninstall(qapp)
