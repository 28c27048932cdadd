"""The real main window in German and in Spanish: its menus, the library and Settings read the
language chosen (ui.i18n.install, as the app does at start), with no English left on the menu
bar; English stays as it was once the language is taken away."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar
from pytestqt.qtbot import QtBot

from ankle_coach.core.i18n import Language
from ankle_coach.core.settings import Settings
from ankle_coach.ui import i18n
from ankle_coach.ui.library.view import _section_of
from ankle_coach.ui.settings.dialog import SettingsDialog
from tests.gui.ui.window_rig import Rig, close_windows

__all__ = ["close_windows"]  # the autouse fixture

#: Words the same in every language (the step buttons' "+5 s").
SAME_EVERYWHERE = {"+5 s", "\u22125 s"}


@pytest.fixture
def speaking(qapp: QApplication) -> Iterator[None]:
    yield
    i18n.uninstall(qapp)


def menu_texts(bar: QMenuBar) -> list[str]:
    """Every menu title and action text of the menu bar, submenus included."""
    texts: list[str] = []

    def walk(actions: list[QAction]) -> None:
        for action in actions:
            if action.isSeparator():
                continue
            texts.append(action.text())
            menu = action.menu()
            if isinstance(menu, QMenu):
                walk(menu.actions())

    walk(bar.actions())
    return texts


def window_in(qtbot: QtBot, home: Path, qapp: QApplication, language: Language) -> Rig:
    if language != "en":
        installed = i18n.install(qapp, language)
        assert installed.problem is None
    rig = Rig(qtbot, home)
    rig.window.reminders.start()  # its Plan my week entry, as once the window is built
    return rig


@pytest.mark.parametrize(
    ("language", "file_menu", "settings", "quit_", "plan", "search"),
    [
        (
            "de",
            "&Datei",
            "Ein&stellungen\u2026",
            "&Beenden",
            "&Woche planen\u2026",
            "Programme durchsuchen",
        ),
        (
            "es",
            "&Archivo",
            "Aj&ustes\u2026",
            "&Salir",
            "Planificar mi se&mana\u2026",
            "Buscar rutinas",
        ),
    ],
)
def test_the_menus_and_the_library_speak_the_language(
    qtbot: QtBot,
    tmp_path: Path,
    qapp: QApplication,
    speaking: None,
    language: Language,
    file_menu: str,
    settings: str,
    quit_: str,
    plan: str,
    search: str,
) -> None:
    english = menu_texts(window_in(qtbot, tmp_path / "en", qapp, "en").window.menuBar())
    rig = window_in(qtbot, tmp_path / language, qapp, language)
    window = rig.window
    texts = menu_texts(window.menuBar())
    assert len(texts) == len(english)
    assert texts[0] == file_menu
    actions = window.menu_actions.actions
    assert (actions["settings"].text(), actions["quit"].text()) == (settings, quit_)
    assert plan in texts
    leftovers = [text for text in texts if text in set(english) - SAME_EVERYWHERE]
    assert leftovers == []
    # every mnemonic of a menu is on a letter of its own
    menus: list[QMenuBar | QMenu] = [window.menuBar(), *window.menuBar().findChildren(QMenu)]
    for menu in menus:
        keys = [
            action.text().split("&", 1)[1][:1].lower()
            for action in menu.actions()
            if "&" in action.text()
        ]
        assert len(keys) == len(set(keys)), (menu.objectName(), keys)
    library = window.library_view
    assert library.search.placeholderText() == search
    sections = {
        "de": ["Mitgeliefert", "Meine Programme"],
        "es": ["Incluidas", "Mis rutinas"],
    }[language]
    model = library.list.model()
    shown = {_section_of(model.index(row, 0)) for row in range(model.rowCount())}
    assert set(sections) <= shown
    assert library.select("test-routine")
    facts = window.overview.facts.text()
    assert {"de": "2 Übungen", "es": "2 ejercicios"}[language] in facts


@pytest.mark.parametrize(
    ("language", "title", "language_label", "system", "theme"),
    [
        ("de", "Einstellungen", "Spra&che:", "System (English)", "Wie das System"),
        ("es", "Ajustes", "Idiom&a:", "Sistema (English)", "Igual que el sistema"),
    ],
)
def test_settings_speak_the_language(
    qtbot: QtBot,
    qapp: QApplication,
    speaking: None,
    language: Language,
    title: str,
    language_label: str,
    system: str,
    theme: str,
) -> None:
    i18n.install(qapp, language)
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == title
    labels = [label.text() for label in dialog._labels]
    assert language_label in labels
    # the system's language named as the tests' system gives it (LANG=C.UTF-8: English),
    # then each language in its own name
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names == [system, "English", "Deutsch", "Espa\u00f1ol"]
    assert dialog.theme.itemText(0) == theme
    # the options' descriptions come from core.settings, in its context
    described = {"de": "Die Farben des Fensters.", "es": "Los colores de la ventana."}
    assert dialog.theme.toolTip() == dialog.theme.accessibleDescription() == described[language]
    # the longer words fit: nothing cut at the side, no sideways scroll bar
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.scroll_area.viewport().width() > 0)
    assert dialog.scroll_area.horizontalScrollBar().maximum() == 0
