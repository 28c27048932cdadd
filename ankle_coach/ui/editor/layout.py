"""The routine editor's layout: its three columns (the routine and its exercises, the chosen
exercise, the result) over the row of the window's buttons, and the names and help of the
routine's inputs and the window's buttons."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ankle_coach.ui.editor.columns import Columns
from ankle_coach.ui.editor.exercises import buddy_label, describe
from ankle_coach.ui.i18n import translate
from ankle_coach.ui.widgets.text import plain_label

if TYPE_CHECKING:
    from ankle_coach.ui.editor.window import RoutineEditor


def describe_editor(editor: RoutineEditor) -> None:
    """The accessible name and help (tooltip) of the routine's inputs and the buttons."""
    describe(
        {
            editor.title: (
                translate("ui.editor.layout", "Title"),
                translate("ui.editor.layout", "The routine's name, as the library lists it"),
            ),
            editor.summary: (
                translate("ui.editor.layout", "Summary"),
                translate("ui.editor.layout", "What the routine is for, shown before it starts"),
            ),
            editor.lead_in: (
                translate("ui.editor.layout", "Lead-in"),
                translate("ui.editor.layout", "Get-ready time before the first exercise"),
            ),
            editor.rest_between: (
                translate("ui.editor.layout", "Rest between exercises"),
                translate("ui.editor.layout", "Rest before each next exercise"),
            ),
            editor.tags: (
                translate("ui.editor.layout", "Tags"),
                translate("ui.editor.layout", "Words to find the routine by, separated by commas"),
            ),
            editor.plan_preview: (
                translate("ui.editor.layout", "Plan preview"),
                translate("ui.editor.layout", "Each step of the routine and what is said"),
            ),
            editor.undo_button: (
                translate("ui.editor.layout", "Undo"),
                translate("ui.editor.layout", "Undo the last change (Ctrl+Z)"),
            ),
            editor.redo_button: (
                translate("ui.editor.layout", "Redo"),
                translate("ui.editor.layout", "Redo the change undone (Ctrl+Shift+Z)"),
            ),
            editor.try_button: (
                translate("ui.editor.layout", "Try it"),
                translate("ui.editor.layout", "Run the routine as it is now, without saving it"),
            ),
            editor.save_button: (
                translate("ui.editor.layout", "Save"),
                translate("ui.editor.layout", "Save the routine (Ctrl+S)"),
            ),
            editor.close_button: (
                translate("ui.editor.layout", "Close"),
                translate("ui.editor.layout", "Close the editor (Esc)"),
            ),
        }
    )


def lay_out(editor: RoutineEditor) -> tuple[Columns, QScrollArea]:
    """Put the editor's widgets in place (they are made by the editor); returns its columns
    and the scroll area they are in."""
    routine_box = QGroupBox(translate("ui.editor.layout", "Routine"), editor)
    form = QFormLayout(routine_box)
    form.addRow(
        buddy_label(translate("ui.editor.layout", "Language"), editor.language),
        editor.language_row,
    )
    form.addRow(editor.language_chooser.note)
    # the title and the summary under their labels, across the form: room for a sentence even
    # where long labels (German, Spanish) leave the fields little width
    form.addRow(buddy_label(translate("ui.editor.layout", "T&itle"), editor.title))
    form.addRow(editor.with_problem(editor.title, "title"))
    editor.summary.setFixedHeight(64)
    form.addRow(buddy_label(translate("ui.editor.layout", "Su&mmary"), editor.summary))
    form.addRow(editor.with_problem(editor.summary, "summary"))
    form.addRow(
        buddy_label(translate("ui.editor.layout", "&Lead-in"), editor.lead_in),
        editor.with_problem(editor.lead_in, "lead_in_seconds"),
    )
    form.addRow(
        buddy_label(translate("ui.editor.layout", "Rest between e&xercises"), editor.rest_between),
        editor.with_problem(editor.rest_between, "rest_between_exercises_seconds"),
    )
    form.addRow(
        buddy_label(translate("ui.editor.layout", "Ta&gs"), editor.tags),
        editor.with_problem(editor.tags, "tags"),
    )

    editor.exercise_list.lay_out()
    editor.field_problems["exercises"] = editor.exercise_list.problem
    left = QVBoxLayout()
    left.addWidget(routine_box)
    left.addWidget(editor.exercise_list, 1)

    editor.exercise_box.lay_out()
    for field, problem in editor.exercise_box.problems.items():
        editor.field_problems[f"ex.{field}"] = problem

    right_box = QGroupBox(translate("ui.editor.layout", "Result"), editor)
    right = QVBoxLayout(right_box)
    total_row = QHBoxLayout()
    total_row.addWidget(plain_label(translate("ui.editor.layout", "Total time")))
    total_row.addStretch(1)
    total_row.addWidget(editor.total)
    right.addLayout(total_row)
    right.addWidget(
        buddy_label(translate("ui.editor.layout", "Plan pre&view"), editor.plan_preview)
    )
    right.addWidget(editor.plan_preview, 3)
    right.addWidget(buddy_label(translate("ui.editor.layout", "Pro&blems"), editor.problem_list))
    right.addWidget(editor.problems_box, 1)

    # On a small screen at large text the columns scroll; Save, Try it and Close stay in view.
    # At large text on a small screen the columns stack (editor/columns.py) and scroll down.
    routine_column = QWidget(editor)
    routine_column.setLayout(left)
    left.setContentsMargins(0, 0, 0, 0)
    body = Columns([(routine_column, 4), (editor.exercise_box, 5), (right_box, 5)])
    scroll_area = QScrollArea(editor)
    scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys go to the inputs
    scroll_area.setWidgetResizable(True)
    scroll_area.setWidget(body)
    body.follow(scroll_area.viewport())

    bottom = QHBoxLayout()
    bottom.addWidget(editor.undo_button)
    bottom.addWidget(editor.redo_button)
    bottom.addWidget(editor.status, 1)
    bottom.addWidget(editor.try_button)
    bottom.addWidget(editor.save_button)
    bottom.addWidget(editor.close_button)

    page = QVBoxLayout(editor)
    page.addWidget(scroll_area, 1)
    page.addLayout(bottom)
    return body, scroll_area
