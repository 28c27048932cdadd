"""The window's menu commands connected to what they do (the menus themselves are declared in
ui/actions.py), and the View menu's own entries: the guidance sidebar and the presenter display.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence

from ankle_coach.ui.i18n import translate

if TYPE_CHECKING:
    from ankle_coach.ui.main_window import MainWindow


def connect_menus(window: MainWindow) -> None:
    """Each declared menu action to what it does; a command chosen in the moment before the
    window's second step ran by itself runs it first."""

    def built_first(slot: Callable[[], object]) -> Callable[[], object]:
        def run() -> object:
            window.finish_building()
            return slot()

        return run

    slots: dict[str, Callable[[], object]] = {
        "open": window.open_files,
        "new": window.new_routine,
        "edit": window.edit_routine,
        "duplicate": window.duplicate_routine,
        "import": lambda: later("sharing").import_files(window),
        "export": lambda: later("sharing").export_routine_file(window),
        "export_handout": lambda: later("sharing").export_handout(window),
        "print_handout": lambda: later("sharing").print_routine_handout(window),
        "reload": window.reload_library,
        "show_folder": window.show_routines_folder,
        "settings": window.open_settings,
        "quit": window.close,
        "history": window.show_history,
        "check_in": lambda: window.check_ins.check_in_now(),
        "keys": lambda: later("help").show_keys(window, window.actions_.all),
        "about": lambda: later("help").show_about(window),
    }
    window.menu_actions.connect_slots({name: built_first(slot) for name, slot in slots.items()})
    view_menu = window.menu_actions.menus["view"]
    toggle = window.guidance_dock.toggleViewAction()
    toggle.setText(translate("ui.menus", "&Guidance sidebar"))
    toggle.setShortcut(QKeySequence("Ctrl+G"))
    view_menu.insertAction(window.screen_menu.menuAction(), toggle)
    window.screen_menu.aboutToShow.connect(
        lambda: window.session_host.fill_screen_menu(window.screen_menu)
    )


def later(name: str) -> ModuleType:
    """ui/sharing.py (QtPrintSupport, the packages) or ui/help.py, imported when first used."""
    return importlib.import_module(f"ankle_coach.ui.{name}")
