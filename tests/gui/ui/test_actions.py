"""The menus are built from the declared actions; every one is connected."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from ankle_coach.ui.actions import MENU_ACTIONS, MENUS, MenuActions


def test_menus_hold_the_declared_actions_in_order(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    built = MenuActions(window.menuBar(), window)
    assert [menu.title() for menu in built.menus.values()] == [title for _, title in MENUS]
    for name, _ in MENUS:
        shown = [a.text() for a in built.menus[name].actions() if not a.isSeparator()]
        assert shown == [d.text for d in MENU_ACTIONS if d.menu == name]
    assert built.actions["import"].shortcut() == QKeySequence("Ctrl+I")
    assert built.actions["print_handout"].shortcut() == QKeySequence(QKeySequence.StandardKey.Print)


def test_every_action_needs_its_slot(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    built = MenuActions(window.menuBar(), window)
    with pytest.raises(ValueError, match="about"):
        built.connect_slots({d.name: lambda: None for d in MENU_ACTIONS if d.name != "about"})
    called: list[str] = []

    def slot(name: str) -> Callable[[], object]:
        return lambda: called.append(name)

    built.connect_slots({d.name: slot(d.name) for d in MENU_ACTIONS})
    built.actions["export"].trigger()
    assert called == ["export"]
