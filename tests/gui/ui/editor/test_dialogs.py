"""ui/editor/dialogs.py: the unsaved-changes question, worded and answered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ankle_coach.ui.editor.dialogs import Answer, answer_of, unsaved_changes_box

Button = QMessageBox.StandardButton


def test_the_question_names_the_routine_as_plain_text(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    box = unsaved_changes_box(parent, "<b>Calf</b> work ")
    assert box.text() == "Save the changes to \u201c<b>Calf</b> work\u201d?"
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert box.standardButtons() == Button.Save | Button.Discard | Button.Cancel
    assert box.defaultButton() is box.button(Button.Save)
    assert unsaved_changes_box(parent, "  ").text() == "Save the changes to \u201cUntitled\u201d?"


@pytest.mark.parametrize(
    ("button", "answer"),
    [(Button.Save, "save"), (Button.Discard, "discard"), (Button.Cancel, "cancel"), (0, "cancel")],
)
def test_each_button_is_an_answer(button: int | Button, answer: Answer) -> None:
    assert answer_of(button) == answer
