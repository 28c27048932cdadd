"""ui/editor/undo.py: typing into one field is one undo step while the changes come less than
MERGE_SECONDS apart by the editor's clock; a FakeClock steps that time, no test waits for it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from ankle_coach.core.clock import FakeClock
from ankle_coach.ui.editor.undo import MERGE_SECONDS, undo_keys
from ankle_coach.ui.editor.window import RoutineEditor


def test_quick_typing_is_one_step_and_a_pause_starts_another(qtbot: QtBot, tmp_path: Path) -> None:
    clock = FakeClock()
    editor = RoutineEditor(None, save_folder=tmp_path, clock=clock)
    qtbot.addWidget(editor, before_close_func=lambda widget: widget.hide())
    editor.title.setFocus()
    editor.title.selectAll()
    QTest.keyClicks(editor.title, "Calf")
    clock.advance(MERGE_SECONDS)  # still one step: not more than MERGE_SECONDS apart
    QTest.keyClicks(editor.title, " work")
    assert editor.undo_stack.count() == 1
    clock.advance(MERGE_SECONDS + 0.1)
    QTest.keyClicks(editor.title, "!")
    assert editor.undo_stack.count() == 2
    editor.undo_stack.undo()
    assert editor.title.text() == "Calf work"
    editor.undo_stack.undo()
    assert editor.title.text() == "New routine" and not editor.is_modified()


def test_changes_of_two_fields_never_merge(qtbot: QtBot, tmp_path: Path) -> None:
    editor = RoutineEditor(None, save_folder=tmp_path, clock=FakeClock())
    qtbot.addWidget(editor, before_close_func=lambda widget: widget.hide())
    QTest.keyClicks(editor.title, "A")
    QTest.keyClicks(editor.name, "B")
    assert editor.undo_stack.count() == 2


def test_undo_keys_always_hold_the_common_key() -> None:
    keys = undo_keys(QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z")
    assert QKeySequence("Ctrl+Shift+Z") in keys
    assert len(keys) == len(set(key.toString() for key in keys))
