"""The editor's changes to the list of exercises: each an undo step of its own name, and an
exercise moves with its translations."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from ankle_coach.core.routine import routine_from_mapping
from tests.gui.ui.editor.test_window import open_editor


def test_add_duplicate_move_remove_are_undo_steps(qtbot: QtBot, tmp_path: Path) -> None:
    editor = open_editor(qtbot, tmp_path)
    QTest.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert editor.undo_stack.undoText() == "Add exercise"
    assert [e.name for e in editor.form().exercises] == ["Exercise 1", "Exercise 2"]
    editor.duplicate_exercise()
    assert editor.undo_stack.undoText() == "Duplicate exercise"
    editor.move_exercise(-1)
    assert editor.undo_stack.undoText() == "Move exercise"
    editor.remove_exercise()
    assert editor.undo_stack.undoText() == "Remove exercise"
    assert len(editor.form().exercises) == 2
    for _ in range(4):
        editor.undo_stack.undo()
    assert [e.name for e in editor.form().exercises] == ["Exercise 1"]


def test_an_exercise_moves_with_its_translations(qtbot: QtBot, tmp_path: Path) -> None:
    raw = {
        "format": 1,
        "title": "Two",
        "exercises": [
            {"name": "First", "hold_seconds": 10},
            {"name": "Second", "hold_seconds": 10, "translations": {"de": {"name": "Zweite"}}},
        ],
    }
    editor = open_editor(qtbot, tmp_path, routine_from_mapping(raw, "two.toml"))
    editor.exercises.setCurrentRow(1)
    editor.move_exercise(-1)
    first = editor.form().exercises[0]
    assert first.name == "Second" and first.translations["de"].name == "Zweite"
    editor.set_language("de")
    assert editor.exercises.item(0).text().startswith("1. Zweite")
    assert editor.exercises.item(1).text().startswith("2. First")  # no German: the English
