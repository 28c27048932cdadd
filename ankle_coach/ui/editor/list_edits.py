"""The editor's changes to the list of exercises: add, duplicate, remove and move (by the
buttons, the keys, or a drag in the list), each one undo step."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QLineEdit, QListWidget

from ankle_coach.core.editor_form import ExerciseForm, RoutineForm, Snapshot, rows_moved
from ankle_coach.ui.i18n import translate


class ExerciseListEdits:
    """Mixed into the editor window (RoutineEditor), which has these."""

    _snapshot: Snapshot
    name: QLineEdit
    exercises: QListWidget

    def _change(self, text: str, form: RoutineForm, current: int, key: str = "") -> None:
        raise NotImplementedError

    def _set_exercises(self, text: str, exercises: list[ExerciseForm], current: int) -> None:
        form = dataclasses.replace(self._snapshot.form, exercises=tuple(exercises))
        self._change(text, form, max(0, min(current, len(exercises) - 1)))

    def add_exercise(self) -> None:
        exercises = list(self._snapshot.form.exercises)
        index = self._snapshot.current + 1 if exercises else 0
        name = translate("ui.editor.list_edits", "Exercise {number}").format(
            number=len(exercises) + 1
        )
        exercises.insert(index, ExerciseForm(name=name))
        self._set_exercises(translate("ui.editor.list_edits", "Add exercise"), exercises, index)
        self.name.setFocus()
        self.name.selectAll()

    def duplicate_exercise(self) -> None:
        exercises = list(self._snapshot.form.exercises)
        index = self._snapshot.current
        if not exercises:
            return
        exercises.insert(index + 1, exercises[index])
        self._set_exercises(
            translate("ui.editor.list_edits", "Duplicate exercise"), exercises, index + 1
        )

    def remove_exercise(self) -> None:
        exercises = list(self._snapshot.form.exercises)
        index = self._snapshot.current
        if not exercises:
            return
        del exercises[index]
        self._set_exercises(
            translate("ui.editor.list_edits", "Remove exercise"),
            exercises,
            min(index, len(exercises) - 1),
        )

    def move_exercise(self, step: int) -> None:
        """Move the chosen exercise `step` places (-1 up, 1 down)."""
        exercises = list(self._snapshot.form.exercises)
        index = self._snapshot.current
        target = index + step
        if not (0 <= index < len(exercises) and 0 <= target < len(exercises)):
            return
        exercises.insert(target, exercises.pop(index))
        self._set_exercises(translate("ui.editor.list_edits", "Move exercise"), exercises, target)
        self.exercises.setFocus()

    def _on_exercises_rows_moved(
        self, parent: QModelIndex, start: int, end: int, destination: QModelIndex, row: int
    ) -> None:
        """A drag and drop in the list: the list has moved the item; the document follows."""
        exercises, target = rows_moved(self._snapshot.form.exercises, start, end, row)
        self._set_exercises(translate("ui.editor.list_edits", "Move exercise"), exercises, target)
