"""The editor's layout: the language row first, every input named and helped, the three
columns in order (the routine, the chosen exercise, the result), in the language shown."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QGroupBox
from pytestqt.qtbot import QtBot

from ankle_coach.ui import i18n
from tests.gui.ui.editor.test_window import open_editor


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    i18n.install(qapp, "de")
    yield
    i18n.uninstall(qapp)


def test_the_columns_and_the_names_of_the_routines_inputs(qtbot: QtBot, tmp_path: Path) -> None:
    editor = open_editor(qtbot, tmp_path)
    parts = [part for part, _ in editor.columns.parts]
    assert parts[1] is editor.exercise_box
    titles = [box.title() for box in editor.findChildren(QGroupBox)]
    assert {"Routine", "Exercises", "Result"} <= set(titles)
    for widget in (editor.title, editor.summary, editor.lead_in, editor.tags, editor.save_button):
        assert widget.accessibleName() and widget.toolTip()
    assert editor.title.accessibleName() == "Title"
    assert editor.language.accessibleName() == "Language of the texts"
    assert editor.scroll_area.widget() is editor.columns


@pytest.mark.usefixtures("german")
def test_in_german(qtbot: QtBot, tmp_path: Path) -> None:
    editor = open_editor(qtbot, tmp_path)
    titles = {box.title() for box in editor.findChildren(QGroupBox)}
    assert {"Übungsprogramm", "Übungen", "Ergebnis"} <= titles
    assert editor.title.accessibleName() == "Titel"
    assert editor.close_button.toolTip() == "Editor schließen (Esc)"
