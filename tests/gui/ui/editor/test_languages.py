"""The editor in German and Spanish, and editing a routine's texts one language at a time:
the text inputs show the language chosen (an empty one with the English as placeholder), the
numbers stay shared, undo follows across a switch, saving keeps every language."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ankle_coach.core.library import read_routine_file
from ankle_coach.core.routine import Routine
from ankle_coach.ui import i18n
from ankle_coach.ui.editor.window import RoutineEditor
from tests.gui.ui.editor.test_window import open_editor, type_into, type_text

TRANSLATED = """\
format = 1
title = "Calf work"
summary = "For tight calves."

[translations.es]
title = "Trabajo de gemelos"

[[exercises]]
name = "Calf raises"
instructions = "Rise onto your toes, then lower slowly."
sets = 2
reps = 10

[exercises.translations.es]
name = "Elevaciones de talones"
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "routines"


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    i18n.install(qapp, "de")
    yield
    i18n.uninstall(qapp)


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    i18n.install(qapp, "es")
    yield
    i18n.uninstall(qapp)


@pytest.fixture
def translated(tmp_path: Path) -> tuple[Path, Routine]:
    path = tmp_path / "routines" / "calf-work.toml"
    path.parent.mkdir(parents=True)
    path.write_text(TRANSLATED, encoding="utf-8")
    return path, read_routine_file(path)


def open_file(qtbot: QtBot, path: Path, routine: Routine) -> RoutineEditor:
    return open_editor(qtbot, path.parent, routine, existing_path=path)


def problem_rows(editor: RoutineEditor) -> list[str]:
    return [editor.problem_list.item(row).text() for row in range(editor.problem_list.count())]


# -- the window's own words --------------------------------------------------------------------


@pytest.mark.usefixtures("german")
def test_the_editor_speaks_german(qtbot: QtBot, folder: Path) -> None:
    editor = open_editor(qtbot, folder)
    assert editor.try_button.text() == "Auspr&obieren"
    assert editor.save_button.text() == "Speichern"
    assert editor.exercise_box.title() == "Übung 1"
    assert problem_rows(editor) == ["Keine Probleme: Das Programm kann gespeichert werden."]
    assert editor.windowTitle().endswith("[*] — Programm-Editor")
    type_into(qtbot, editor.title, "Waden")
    assert editor.undo_stack.undoText() == "Titel ändern"
    type_into(qtbot, editor.rep_seconds, "2,5")  # the German decimal mark, read back
    assert editor.form().exercises[0].rep_seconds == 2.5
    assert editor.rep_seconds.text() == "2,5 s"


@pytest.mark.usefixtures("spanish")
def test_the_editor_speaks_spanish(qtbot: QtBot, folder: Path) -> None:
    editor = open_editor(qtbot, folder)
    assert editor.save_button.text() == "Guardar"
    assert editor.problems_box.list.accessibleName() == "Problemas"
    QTest.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert editor.undo_stack.undoText() == "Añadir ejercicio"
    assert editor.form().exercises[1].name == "Ejercicio 2"
    assert editor.exercises.item(1).text().startswith("2. Ejercicio 2")


# -- one language at a time --------------------------------------------------------------------


def test_a_translation_is_edited_saved_and_read_back_with_the_english_untouched(
    qtbot: QtBot, translated: tuple[Path, Routine]
) -> None:
    path, routine = translated
    editor = open_file(qtbot, path, routine)
    assert [editor.language.itemData(i) for i in range(editor.language.count())] == [
        "en",
        "de",
        "es",
    ]
    editor.set_language("de")
    # nothing in German yet: empty inputs, the English as their placeholders
    assert editor.title.text() == "" and editor.title.placeholderText() == "Calf work"
    assert editor.name.text() == "" and editor.name.placeholderText() == "Calf raises"
    type_into(qtbot, editor.title, "Wadentraining")
    type_into(qtbot, editor.name, "Fersenheben")
    type_text(qtbot, editor.instructions, "Auf die Zehen gehen, dann langsam absenken.")
    assert editor.exercises.item(0).text().startswith("1. Fersenheben")
    type_into(qtbot, editor.sets, "3")  # a number: shared by every language
    assert editor.save()

    saved = read_routine_file(path)
    assert (saved.title, saved.summary) == ("Calf work", "For tight calves.")
    assert saved.exercises[0].name == "Calf raises"
    assert saved.exercises[0].instructions == "Rise onto your toes, then lower slowly."
    assert saved.exercises[0].sets == 3
    assert saved.translations["de"].title == "Wadentraining"
    assert saved.translations["de"].summary is None  # not written: the English is used
    german = saved.exercises[0].translations["de"]
    assert german.name == "Fersenheben"
    assert german.instructions == "Auf die Zehen gehen, dann langsam absenken."
    # the Spanish the file had is kept
    assert saved.translations["es"].title == "Trabajo de gemelos"
    assert saved.exercises[0].translations["es"].name == "Elevaciones de talones"
    assert saved.in_language("de").exercises[0].sets == 3

    again = open_file(qtbot, path, saved)
    again.set_language("es")
    assert again.title.text() == "Trabajo de gemelos"
    assert again.summary.toPlainText() == ""
    assert again.summary.placeholderText() == "For tight calves."
    again.set_language("en")
    assert again.title.text() == "Calf work" and again.title.placeholderText() == ""


def test_undo_follows_a_change_across_a_switch_of_language(
    qtbot: QtBot, translated: tuple[Path, Routine]
) -> None:
    path, routine = translated
    editor = open_file(qtbot, path, routine)
    editor.set_language("de")
    type_into(qtbot, editor.title, "Wadentraining")
    editor.set_language("en")
    assert editor.title.text() == "Calf work"
    assert editor.undo_stack.count() == 1  # choosing a language is not a change
    editor.undo_stack.undo()
    assert "de" not in editor.form().translations
    assert editor.form().title == "Calf work"
    editor.undo_stack.redo()
    editor.set_language("de")
    assert editor.title.text() == "Wadentraining"
    # clearing a translated text takes it out: the English is used again
    type_into(qtbot, editor.title, "")
    QTest.keyClick(editor.title, Qt.Key.Key_Backspace)
    assert "de" not in editor.form().translations
    assert editor.title.placeholderText() == "Calf work"


def test_try_it_plays_the_routine_in_the_language_shown(
    qtbot: QtBot, translated: tuple[Path, Routine]
) -> None:
    path, routine = translated
    editor = open_file(qtbot, path, routine)
    editor.set_language("es")
    assert "Elevaciones de talones" in editor.plan_preview.toPlainText()
    with qtbot.waitSignal(editor.tryRequested, timeout=1000) as tried:
        QTest.mouseClick(editor.try_button, Qt.MouseButton.LeftButton)
    played = tried.args[0]
    assert played.title == "Trabajo de gemelos"
    assert played.exercises[0].name == "Elevaciones de talones"
    assert played.exercises[0].instructions == "Rise onto your toes, then lower slowly."
    editor.come_back()


@pytest.mark.usefixtures("spanish")
def test_a_routine_with_texts_in_the_windows_language_opens_in_it(
    qtbot: QtBot, translated: tuple[Path, Routine], folder: Path
) -> None:
    path, routine = translated
    editor = open_file(qtbot, path, routine)
    assert editor.shown_language() == "es"
    assert editor.title.text() == "Trabajo de gemelos"
    assert editor.windowTitle().startswith("Trabajo de gemelos[*]")
    new = open_editor(qtbot, folder)  # nothing in Spanish yet: its own texts
    assert new.shown_language() == "en"
