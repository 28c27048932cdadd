"""The routine editor: a physiotherapist writes or changes a routine, checked as they type."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QSignalBlocker, QSize, Qt, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QWidget,
)

from ankle_coach.core.clock import Clock, MonotonicClock
from ankle_coach.core.editor_form import (
    CHOICE_FIELDS,
    EXERCISE_TEXT_INPUTS,
    ROUTINE_TEXT_INPUTS,
    ExerciseForm,
    RoutineForm,
    Snapshot,
    check,
    copy_form,
    form_languages,
    new_routine_form,
    problem_label,
    problem_place,
    routine_form,
    routine_text,
    with_exercise_fields,
    with_exercise_text,
    with_routine_text,
)
from ankle_coach.core.images import ImageError, read_image
from ankle_coach.core.library import Origin
from ankle_coach.core.plan import compile_plan, needed_lead_in, total_seconds
from ankle_coach.core.routine import Problem, Routine, RoutineError
from ankle_coach.core.routine_toml import save_routine
from ankle_coach.core.words import clock_text
from ankle_coach.ui import i18n
from ankle_coach.ui.editor.dialogs import Answer, ask_save_changes, choose_image_file
from ankle_coach.ui.editor.exercises import (
    CHOOSE_IMAGE,
    ExerciseList,
    ExercisePanel,
    SecondsBox,
    with_problem,
)
from ankle_coach.ui.editor.images import copy_chosen_images, images_to_try
from ankle_coach.ui.editor.languages import LanguageChooser, show_text
from ankle_coach.ui.editor.layout import describe_editor, lay_out
from ankle_coach.ui.editor.list_edits import ExerciseListEdits
from ankle_coach.ui.editor.preview import PlanPreview
from ankle_coach.ui.editor.problems import ProblemsBox, field_key, show_field_errors
from ankle_coach.ui.editor.undo import Edit, UndoKeysToWindow, change_name, undo_keys
from ankle_coach.ui.i18n import translate
from ankle_coach.ui.theme import HEADING_SCALES, set_type_scale
from ankle_coach.ui.widgets.text import plain_label


class RoutineEditor(ExerciseListEdits, QDialog):
    """Edits a routine: a new one (`routine` None), a copy of one (`existing_path` None: saved
    as a new file in `save_folder`), or a user routine in place (`existing_path` its file).
    `copy_of`: where the routine copied comes from; the copy gets a title of its own ("...
    (my version)" for a built-in routine, whose summary is marked as edited).

    Every change is checked with the routine file's own rules; Save and Try it are enabled only
    while the routine is valid. The dialog is not modal: open it with `show()`.

    The text inputs show and edit one language at a time (`set_language`; editor/languages.py):
    English, the routine's own texts, or a translation. Saving writes every language; Try it
    plays the routine in the language shown.

    `image_folder`: where the routine's own images are (default: the folder of `existing_path`,
    else `save_folder`); images found there are copied next to the saved file when it is saved
    elsewhere, as are image files chosen with "Choose image file…".

    Signals:
        tryRequested(Routine, dict[str, Path]): run this (unsaved) routine now, in front, and
            call `come_back` when it is over (the editor hides meanwhile). The dict gives
            the image files of its own that it uses, by `image` value: files chosen but not yet
            copied next to a routine, and the images in `image_folder`. A session finds them
            once they are copied into one folder under those names (`stage_images`).
        saved(Path): the routine was written to this file.
        exportRequested(): Export (Ctrl+E): save if need be (asking), then export.
    """

    tryRequested = Signal(object, object)
    saved = Signal(object)
    exportRequested = Signal()

    def __init__(
        self,
        routine: Routine | None,
        *,
        save_folder: Path,
        existing_path: Path | None = None,
        image_folder: Path | None = None,
        copy_of: Origin | None = None,
        clock: Clock | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        #: What undo reads to merge quick typing into one step (a FakeClock in tests).
        self._clock: Clock = clock if clock is not None else MonotonicClock()
        self.save_folder = save_folder
        self.existing_path = existing_path
        self.image_folder = image_folder or (
            existing_path.parent if existing_path is not None else save_folder
        )
        if routine is None:
            form = new_routine_form()
        else:
            form = routine_form(routine, self.image_folder)
            if copy_of is not None and existing_path is None:
                form = copy_form(form, of_builtin=copy_of is Origin.BUILT_IN)
        self._snapshot = Snapshot(form, 0)
        #: The form as last saved, or as opened: closing an untouched editor loses nothing.
        self._saved_form = form
        self._routine: Routine | None = None
        self._problems: tuple[Problem, ...] = ()
        #: The lead-in the get-ready needs, when the routine's is too short for it.
        self._needed_lead_in: int | None = None
        self.field_problems: dict[str, QLabel] = {}
        self.undo_stack = QUndoStack(self)
        self._undo_keys = UndoKeysToWindow(self)

        self.setWindowTitle(
            translate("ui.editor.window", "New routine[*]")
            if routine is None
            else translate("ui.editor.window", "Edit routine[*]")
        )
        self.setSizeGripEnabled(True)
        self._make_widgets()
        self.columns, self.scroll_area = lay_out(self)
        self._connect()
        # A routine with texts in the window's language opens in it (what the library showed);
        # any other opens in English, its own texts.
        if i18n.current() in form_languages(form):
            self.language_chooser.set_language(i18n.current())
        self._restore(self._snapshot)
        screen = self.screen()  # no larger than a small screen (1024x600, say)
        room = screen.availableGeometry().size() if screen is not None else QSize(1180, 760)
        title_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight)  # on screen too
        self.resize(QSize(1180, 760).boundedTo(room - QSize(0, title_bar)))
        self.title.setFocus()

    # -- what it gives --------------------------------------------------------------------------

    def form(self) -> RoutineForm:
        return self._snapshot.form

    def routine(self) -> Routine | None:
        """The routine the widgets show, or None while it breaks a rule."""
        return self._routine

    def problems(self) -> tuple[Problem, ...]:
        return self._problems

    def is_modified(self) -> bool:
        return self._snapshot.form != self._saved_form

    def current_index(self) -> int:
        return self._snapshot.current

    def shown_language(self) -> str:
        """The language whose texts the text inputs show and edit ("en": the routine's own)."""
        return self.language_chooser.language()

    def set_language(self, language: str) -> None:
        """Show and edit the texts in `language` (not a change of the routine: no undo step)."""
        self.language_chooser.set_language(language)
        self._on_language_chosen(language)

    # -- building -------------------------------------------------------------------------------

    def _make_widgets(self) -> None:
        # the routine
        self.language_chooser = self.language_row = LanguageChooser(self)
        self.language = self.language_chooser.combo
        self.title = QLineEdit(self)
        self.summary = QPlainTextEdit(self)
        self.lead_in = SecondsBox(120, self)
        self.rest_between = SecondsBox(600, self)
        self.tags = QLineEdit(self)
        self.tags.setPlaceholderText(translate("ui.editor.window", "after-run, stretch"))
        # the exercises, and the chosen one
        self.exercise_list = ExerciseList(self)
        self.exercises = self.exercise_list.exercises
        self.add_button = self.exercise_list.add_button
        self.duplicate_button = self.exercise_list.duplicate_button
        self.remove_button = self.exercise_list.remove_button
        self.up_button = self.exercise_list.up_button
        self.down_button = self.exercise_list.down_button
        self.exercise_box = panel = ExercisePanel(self)
        self.name, self.instructions, self.cue = panel.name, panel.instructions, panel.cue
        self.image, self.preview_image = panel.image, panel.preview_image
        self.sides, self.directions = panel.sides, panel.directions
        self.custom_directions, self.sets, self.kind = (
            panel.custom_directions,
            panel.sets,
            panel.kind,
        )
        self.hold_seconds, self.reps, self.rep_seconds = (
            panel.hold_seconds,
            panel.reps,
            panel.rep_seconds,
        )
        self.duration_seconds, self.rest_seconds, self.switch_seconds = (
            panel.duration_seconds,
            panel.rest_seconds,
            panel.switch_seconds,
        )
        # what comes of it
        self.total = plain_label(name="totalTime")
        set_type_scale(self.total, HEADING_SCALES[1], bold=True)  # follows the text size
        self.plan_preview = PlanPreview(self)
        self.problems_box = ProblemsBox(self)
        self.problem_list = self.problems_box.list
        self.status = plain_label(wrap=True, name="status")
        # the window's buttons
        self.undo_button = QPushButton(translate("ui.editor.window", "Undo"), self)
        self.redo_button = QPushButton(translate("ui.editor.window", "Redo"), self)
        self.try_button = QPushButton(translate("ui.editor.window", "Tr&y it"), self)
        self.save_button = QPushButton(translate("ui.editor.window", "Save"), self)
        self.close_button = QPushButton(translate("ui.editor.window", "Close"), self)
        for button in (
            *self.exercise_list.buttons,
            self.undo_button,
            self.redo_button,
            self.try_button,
            self.save_button,
            self.close_button,
        ):
            button.setAutoDefault(False)

        for text_box in (self.summary, self.instructions):
            text_box.setTabChangesFocus(True)
            text_box.setUndoRedoEnabled(False)  # the editor's undo covers them
        for line_edit in (self.title, self.tags, self.name, self.cue, self.custom_directions):
            line_edit.installEventFilter(self._undo_keys)
        for spin_box in self.findChildren(QAbstractSpinBox):
            spin_box.installEventFilter(self._undo_keys)
            inner = spin_box.findChild(QLineEdit)
            if inner is not None:
                inner.installEventFilter(self._undo_keys)

        describe_editor(self)

        self.undo_action = QAction(self.undo_button.text(), self)
        self.undo_action.setShortcuts(undo_keys(QKeySequence.StandardKey.Undo, "Ctrl+Z"))
        self.redo_action = QAction(self.redo_button.text(), self)
        self.redo_action.setShortcuts(undo_keys(QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z"))
        self.save_action = QAction(self.save_button.text(), self)
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.export_action = QAction(
            translate("ui.editor.window", "Export routine"), self, shortcut=QKeySequence("Ctrl+E")
        )
        self.export_action.triggered.connect(self.exportRequested)
        self.move_up_action = self.exercise_list.move_up_action
        self.move_down_action = self.exercise_list.move_down_action
        self.remove_action = self.exercise_list.remove_action
        for action in (self.undo_action, self.redo_action, self.save_action, self.export_action):
            self.addAction(action)

    def with_problem(self, widget: QWidget, key: str) -> QWidget:
        """`widget` with the line under it for the validator's messages about field `key`."""
        box, self.field_problems[key] = with_problem(self, widget)
        return box

    def _connect(self) -> None:
        # routine fields
        self.title.textEdited.connect(lambda text: self._edit_routine("title", text))
        self.summary.textChanged.connect(
            lambda: self._edit_routine("summary", self.summary.toPlainText())
        )
        self.lead_in.valueChanged.connect(
            lambda value: self._edit_routine("lead_in_seconds", value)
        )
        self.rest_between.valueChanged.connect(
            lambda value: self._edit_routine("rest_between_exercises_seconds", value)
        )
        self.tags.textEdited.connect(lambda text: self._edit_routine("tags", text))
        # exercise fields
        self.exercise_box.connect_inputs()
        self.exercise_box.edited.connect(self._edit_exercise)
        self.image.activated.connect(self._on_image_activated)
        # the list
        self.exercises.currentRowChanged.connect(self._on_exercises_current_row_changed)
        self.exercises.model().rowsMoved.connect(self._on_exercises_rows_moved)
        self.add_button.clicked.connect(self.add_exercise)
        self.duplicate_button.clicked.connect(self.duplicate_exercise)
        self.remove_button.clicked.connect(self.remove_exercise)
        self.up_button.clicked.connect(lambda: self.move_exercise(-1))
        self.down_button.clicked.connect(lambda: self.move_exercise(1))
        self.move_up_action.triggered.connect(lambda: self.move_exercise(-1))
        self.move_down_action.triggered.connect(lambda: self.move_exercise(1))
        self.remove_action.triggered.connect(self.remove_exercise)
        self.language_chooser.languageChosen.connect(self._on_language_chosen)
        self.problems_box.problemChosen.connect(self._on_problems_box_problem_chosen)
        self.problems_box.leadInWarningChosen.connect(self.lead_in.setFocus)
        self.problems_box.leadInChosen.connect(self._on_problems_box_lead_in_chosen)
        # undo and the window
        self.undo_action.triggered.connect(self.undo_stack.undo)
        self.redo_action.triggered.connect(self.undo_stack.redo)
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self._on_undo_stack_can_change)
        self.undo_stack.canRedoChanged.connect(self._on_undo_stack_can_change)
        self.save_action.triggered.connect(self.save)
        self.save_button.clicked.connect(self.save)
        self.try_button.clicked.connect(self.try_it)
        self.close_button.clicked.connect(self.close)
        self._on_undo_stack_can_change()

    # -- editing --------------------------------------------------------------------------------

    def _change(self, text: str, form: RoutineForm, current: int, key: str = "") -> None:
        """Show `form` and remember the change for undo. `key` names a field whose quick
        successive changes are one undo step."""
        before = self._snapshot
        after = Snapshot(form, current)
        if after == before:
            return
        self._snapshot = after
        if key:
            self._refresh()  # the widget being edited already shows the value
        else:
            self._restore(after)
        self.undo_stack.push(Edit(self._restore, text, before, after, key, self._clock.now()))

    def _edit_routine(self, field: str, value: Any) -> None:
        language = self.shown_language()
        if field in ROUTINE_TEXT_INPUTS:
            form = with_routine_text(self._snapshot.form, language, field, value)
            key = f"{language}.{field}"  # typing in another language is another undo step
        else:
            form = dataclasses.replace(self._snapshot.form, **{field: value})
            key = field
        self._change(change_name(field), form, self._snapshot.current, key)

    def _edit_exercise(self, field: str, value: Any, step: str) -> None:
        index = self._snapshot.current
        if not 0 <= index < len(self._snapshot.form.exercises):
            return
        language = self.shown_language()
        if field in EXERCISE_TEXT_INPUTS and language != "en":
            form = with_exercise_text(self._snapshot.form, index, language, field, value)
            self._change(step, form, index, f"{language}.exercises[{index}].{field}")
            return
        form = with_exercise_fields(self._snapshot.form, index, **{field: value})
        if field in CHOICE_FIELDS:
            self._change(step, form, index)  # a choice: show and hide inputs
            return
        self._change(step, form, index, f"exercises[{index}].{field}")

    @Slot(int)
    def _on_exercises_current_row_changed(self, row: int) -> None:
        if row < 0 or row == self._snapshot.current:
            return
        # choosing another exercise is not a change of the document, nor an undo step
        self._snapshot = Snapshot(self._snapshot.form, row)
        self._show_exercise()
        self._show_problems()

    @Slot(int)
    def _on_image_activated(self, combo_index: int) -> None:
        value = self.image.itemData(combo_index)
        exercise = self._current_exercise()
        if exercise is None:
            return
        if value != CHOOSE_IMAGE:
            if value != exercise.image:
                self._edit_exercise_fields(
                    translate("ui.editor.window", "Change illustration"),
                    image=value,
                    image_source="",
                )
            return
        chosen = self.choose_image_file()
        if chosen is None:
            self._show_exercise()
            return
        try:
            read_image(chosen)  # never opens a FIFO; refuses what the window would not draw
            problem = None
        except ImageError as exc:
            problem = exc.message
        if problem is not None:
            self.status.setText(
                translate("ui.editor.window", "{file} {problem}; not used.").format(
                    file=chosen.name, problem=problem
                )
            )
            self._show_exercise()
            return
        self._edit_exercise_fields(
            translate("ui.editor.window", "Choose image file"),
            image=chosen.name,
            image_source=str(chosen),
        )

    def _edit_exercise_fields(self, text: str, **fields: Any) -> None:
        index = self._snapshot.current
        form = with_exercise_fields(self._snapshot.form, index, **fields)
        self._change(text, form, index)

    def choose_image_file(self) -> Path | None:
        """Ask for an image file (tests replace this)."""
        return choose_image_file(self)

    @Slot(object)
    def _on_problems_box_problem_chosen(self, problem: Problem) -> None:
        """Go to the input a problem is about (the name, for the exercise as a whole)."""
        index, field = problem_place(problem)
        if index is not None:
            self.exercises.setCurrentRow(index)
        target = self._input_for(index, field) or (self.name if index is not None else None)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(int)
    def _on_problems_box_lead_in_chosen(self, seconds: int) -> None:
        form = dataclasses.replace(self._snapshot.form, lead_in_seconds=float(seconds))
        self._change(change_name("lead_in_seconds"), form, self._snapshot.current)
        self.lead_in.setFocus(Qt.FocusReason.OtherFocusReason)

    def _input_for(self, index: int | None, field: str) -> QWidget | None:
        if index is None:
            return {
                "title": self.title,
                "summary": self.summary,
                "lead_in_seconds": self.lead_in,
                "rest_between_exercises_seconds": self.rest_between,
                "tags": self.tags,
                "exercises": self.exercises,
            }.get(field)
        return self.exercise_box.inputs.get(field)

    # -- showing --------------------------------------------------------------------------------

    def _restore(self, snapshot: Snapshot) -> None:
        """Show a whole snapshot (at the start, and on undo and redo)."""
        self._snapshot = snapshot
        form = snapshot.form
        with (
            QSignalBlocker(self.title),
            QSignalBlocker(self.summary),
            QSignalBlocker(self.lead_in),
            QSignalBlocker(self.rest_between),
            QSignalBlocker(self.tags),
        ):
            language = self.shown_language()
            for box, name in ((self.title, "title"), (self.summary, "summary")):
                english = routine_text(form, "en", name) if language != "en" else ""
                show_text(box, routine_text(form, language, name), english)
            self.lead_in.setValue(form.lead_in_seconds)
            self.rest_between.setValue(form.rest_between_exercises_seconds)
            if self.tags.text() != form.tags:
                self.tags.setText(form.tags)
        self.language_chooser.set_languages(form_languages(form))
        self.exercise_list.fill(len(form.exercises), snapshot.current)
        self._show_exercise()
        self._refresh()

    def _current_exercise(self) -> ExerciseForm | None:
        exercises = self._snapshot.form.exercises
        index = self._snapshot.current
        return exercises[index] if 0 <= index < len(exercises) else None

    def _show_exercise(self) -> None:
        exercise = self._current_exercise()
        self.exercise_box.setEnabled(exercise is not None)
        if exercise is None:
            return
        self.exercise_box.show_exercise(
            self._snapshot.current + 1,
            exercise,
            self._snapshot.form,
            self.image_folder,
            self.shown_language(),
        )

    def _refresh(self) -> None:
        """Check the document and show what comes of it: problems, time, plan, the list."""
        form = self._snapshot.form
        self._routine, self._problems = check(form)
        routine = self._routine
        shown = None if routine is None else routine.in_language(self.shown_language())
        self.total.setText("\u2013" if routine is None else clock_text(total_seconds(routine)))
        self.plan_preview.show_plan(None if shown is None else compile_plan(shown))
        self._needed_lead_in = None if routine is None else needed_lead_in(routine)
        problem_rows = {
            index for index, _ in (problem_place(p) for p in self._problems) if index is not None
        }
        self.exercise_list.show_rows(
            form, self._snapshot.current, problem_rows, self.shown_language()
        )
        self._show_problems()
        valid = routine is not None
        self.save_button.setEnabled(valid)
        self.save_action.setEnabled(valid)
        self.try_button.setEnabled(valid)
        self.setWindowModified(self.is_modified())
        title = (
            routine_text(form, self.shown_language(), "title").strip()
            or form.title.strip()
            or translate("ui.editor.window", "Untitled")
        )
        self.setWindowTitle(
            translate("ui.editor.window", "{title}[*] \u2014 Routine editor").format(title=title)
        )

    def _show_problems(self) -> None:
        form = self._snapshot.form
        self.problems_box.show_problems(self._problems, form.lead_in_seconds, self._needed_lead_in)
        messages: dict[str, list[str]] = {}
        keys = list(self.field_problems)
        for problem in self._problems:
            key = field_key(problem, self._snapshot.current, keys)
            if key:
                messages.setdefault(key, []).append(problem.message)
        show_field_errors(
            self.field_problems, messages, lambda key: self._input_for(*_key_place(key))
        )

    @Slot(str)
    def _on_language_chosen(self, language: str) -> None:
        """Show the texts in the language chosen; an undo step typed in one language is not
        merged with typing in another (their keys differ)."""
        self._restore(self._snapshot)

    @Slot()
    def _on_undo_stack_can_change(self) -> None:
        self.undo_button.setEnabled(self.undo_stack.canUndo())
        self.redo_button.setEnabled(self.undo_stack.canRedo())
        self.undo_action.setEnabled(self.undo_stack.canUndo())
        self.redo_action.setEnabled(self.undo_stack.canRedo())

    # -- trying and saving ----------------------------------------------------------------------

    @Slot()
    def try_it(self) -> None:
        if self._routine is None:
            return
        form, images = images_to_try(self._snapshot.form, self.image_folder)
        routine, _ = check(form)  # the same routine, unless two image files had one name
        # the session takes the main window; the editor waits hidden (come_back). Minimised,
        # a window manager minimises its parent too; lowered, it stays above it (openbox).
        self.hide()
        tried = (routine or self._routine).in_language(self.shown_language())
        self.tryRequested.emit(tried, images)

    def come_back(self) -> None:
        """The routine tried is over: the editor shows again, in front (unless it was closed
        meanwhile, and deleted)."""
        if not shiboken6.isValid(self):
            return
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()

    @Slot()
    def save(self) -> bool:
        """Save the routine (copying chosen image files next to it); False when it was not."""
        if self._routine is None:
            self.status.setText(translate("ui.editor.window", "Not saved: fix the problems first."))
            return False
        folder = self.existing_path.parent if self.existing_path is not None else self.save_folder
        try:
            form = copy_chosen_images(self._snapshot.form, folder)
            routine, problems = check(form)
            if routine is None:
                raise RoutineError(problems)
            path = save_routine(routine, folder, overwrite=self.existing_path)
        except RoutineError as exc:
            self.status.setText(
                translate("ui.editor.window", "Not saved: {problems}").format(
                    problems="; ".join(problem_label(p) for p in exc.problems)
                )
            )
            return False
        except OSError as exc:
            self.status.setText(
                translate("ui.editor.window", "Not saved: {reason}").format(
                    reason=exc.strerror or exc
                )
            )
            return False
        self.existing_path = path  # saving again overwrites this file, never another copy
        self.image_folder = folder
        self._snapshot = Snapshot(form, self._snapshot.current)
        self._saved_form = form
        self._restore(self._snapshot)
        self.status.setText(translate("ui.editor.window", "Saved as {path}").format(path=path))
        self.saved.emit(path)
        return True

    # -- closing --------------------------------------------------------------------------------

    def confirm_discard(self) -> Answer:
        """Ask what to do with unsaved changes (tests replace this)."""
        return ask_save_changes(self, self.form().title)

    def may_close(self) -> bool:
        """True when nothing unsaved would be lost: no changes, or the user said so."""
        if not self.is_modified():
            return True
        answer = self.confirm_discard()
        if answer == "save":
            return self.save()
        return answer == "discard"

    def reject(self) -> None:
        # Esc, Close and the window's close button all come here (QDialog.closeEvent calls it)
        if self.may_close():
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.isVisible():
            super().closeEvent(event)  # reject() asks, and leaves the dialog open on Cancel
        else:
            event.accept()


def _key_place(key: str) -> tuple[int | None, str]:
    if key.startswith("ex."):
        return 0, key[3:]
    return None, key
