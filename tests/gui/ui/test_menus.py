"""ui/menus.py: each menu command connected to what it does, and the View menu's own entries."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from ankle_coach.ui.menus import later
from tests.gui.ui.window_rig import Rig, close_windows, rig

__all__ = ["close_windows", "rig"]  # fixtures


def test_the_view_menu_has_the_sidebar_toggle_before_the_presenter_display(rig: Rig) -> None:
    view = rig.window.menu_actions.menus["view"]
    texts = [action.text() for action in view.actions() if not action.isSeparator()]
    assert texts[:4] == [
        "&History",
        "Pain &check-in\u2026",
        "&Guidance sidebar",
        "Presenter &display",
    ]
    toggle = rig.window.guidance_dock.toggleViewAction()
    assert toggle.shortcut() == QKeySequence("Ctrl+G")


def test_a_menu_command_runs_its_slot(qtbot: QtBot, rig: Rig) -> None:
    window = rig.window
    window.menu_actions.actions["history"].trigger()
    assert window.pages.currentWidget() is window.history_view
    window.guidance_dock.toggleViewAction().trigger()
    assert window.guidance_dock.isHidden()


def test_later_imports_the_module_named() -> None:
    assert later("help").__name__ == "ankle_coach.ui.help"
