"""ui/editor/exercises.py: the editor's exercise list words each row from the form and marks
the rows with problems; the exercise panel shows the chosen exercise's inputs (only those of
its kind) and reports each change the user makes as `edited`."""

from __future__ import annotations

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ankle_coach.core.editor_form import ExerciseForm, RoutineForm, exercise_prescription
from ankle_coach.ui.editor.exercises import ExerciseList, ExercisePanel, SecondsBox

FORM = RoutineForm(
    exercises=(
        ExerciseForm(name="Calf raises", kind="reps", reps=15, rep_seconds=4),
        ExerciseForm(name="  ", kind="hold", hold_seconds=30, sides="each"),
        ExerciseForm(name="Broken", kind="hold", hold_seconds=0),
    )
)


@pytest.fixture
def holder(qtbot: QtBot) -> QWidget:
    """The editor window's place: the widgets' parent, alive for the whole test."""
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_seconds_are_written_as_a_person_writes_them(qtbot: QtBot, holder: QWidget) -> None:
    box = SecondsBox(600, holder)
    assert box.textFromValue(30.0) == "30"
    assert box.textFromValue(2.5) == "2.5"
    box.setValue(12.0)
    assert box.text() == "12 s"


def test_each_row_is_worded_and_the_rows_with_problems_are_marked(
    qtbot: QtBot, holder: QWidget
) -> None:
    exercises = ExerciseList(holder)
    exercises.lay_out()
    exercises.fill(3, 1)
    exercises.show_rows(FORM, 1, {2})
    rows = [exercises.exercises.item(row) for row in range(3)]
    assert rows[0].text() == f"1. Calf raises\n{exercise_prescription(FORM.exercises[0])}"
    assert rows[1].text().startswith("2. (no name)\n")  # a blank name still has a row to click
    assert rows[2].text() == "3. Broken"  # no prescription while it breaks a rule
    assert [row.icon().isNull() for row in rows] == [True, True, False]
    assert rows[2].toolTip() == "This exercise has problems"
    assert exercises.exercises.currentRow() == 1


def test_the_move_buttons_follow_the_chosen_row(qtbot: QtBot, holder: QWidget) -> None:
    exercises = ExerciseList(holder)
    exercises.lay_out()
    exercises.fill(3, 0)
    exercises.show_rows(FORM, 0, set())
    assert not exercises.up_button.isEnabled() and exercises.down_button.isEnabled()
    exercises.show_rows(FORM, 2, set())
    assert exercises.up_button.isEnabled() and not exercises.down_button.isEnabled()
    empty = RoutineForm(exercises=())
    exercises.fill(0, -1)
    exercises.show_rows(empty, -1, set())
    assert not exercises.remove_button.isEnabled()
    assert not exercises.duplicate_button.isEnabled()


def test_the_panel_shows_the_exercise_and_only_the_inputs_of_its_kind(
    qtbot: QtBot, holder: QWidget
) -> None:
    panel = ExercisePanel(holder)
    panel.lay_out()
    panel.connect_inputs()
    with qtbot.assertNotEmitted(panel.edited):  # showing is not editing
        panel.show_exercise(1, FORM.exercises[0], FORM, None)
    assert panel.title() == "Exercise 1"
    assert panel.name.text() == "Calf raises"
    assert panel.kind.currentData() == "reps"
    assert (panel.reps.value(), panel.rep_seconds.value()) == (15, 4.0)

    def shown(widget: QWidget) -> bool:
        container = widget.parentWidget()
        assert container is not None
        return panel.form.isRowVisible(container)

    assert shown(panel.reps) and shown(panel.rep_seconds)
    assert not shown(panel.hold_seconds) and not shown(panel.duration_seconds)
    assert not shown(panel.switch_seconds)  # one side, no directions: nothing to switch

    panel.show_exercise(2, FORM.exercises[1], FORM, None)
    assert panel.title() == "Exercise 2"
    assert shown(panel.hold_seconds) and not shown(panel.reps)
    assert shown(panel.switch_seconds)  # each side
    assert panel.reps.value() == 10  # the hidden inputs keep their numbers


def test_a_change_by_the_user_is_reported_with_its_field_and_words(
    qtbot: QtBot, holder: QWidget
) -> None:
    panel = ExercisePanel(holder)
    panel.lay_out()
    panel.connect_inputs()
    panel.show_exercise(1, FORM.exercises[0], FORM, None)
    panel.name.clear()
    with qtbot.waitSignal(panel.edited, timeout=1000) as edited:
        QTest.keyClicks(panel.name, "A")
    assert edited.args == ["name", "A", "Change name"]
    with qtbot.waitSignal(panel.edited, timeout=1000) as edited:
        panel.sets.setValue(3)
    assert edited.args == ["sets", 3, "Change sets"]
