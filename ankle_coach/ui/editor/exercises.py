"""The editor's exercise widgets: the list of exercises with its buttons, and the inputs of the
chosen exercise. They show a RoutineForm; the editor window turns their signals into changes."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Final

from PySide6.QtCore import QLocale, QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStyle,
    QStyleOptionSpinBox,
    QVBoxLayout,
    QWidget,
)

from ankle_coach.core.editor_form import (
    DIRECTIONS_NAMES,
    KIND_NAMES,
    NO_IMAGE,
    SIDES_NAMES,
    ExerciseForm,
    RoutineForm,
    builtin_illustrations,
    exercise_prescription,
    exercise_text,
    own_images,
)
from ankle_coach.core.i18n import QT_TRANSLATE_NOOP
from ankle_coach.core.images import find_image
from ankle_coach.ui.editor.languages import show_text
from ankle_coach.ui.editor.undo import change_name
from ankle_coach.ui.i18n import translate
from ankle_coach.ui.widgets.illustration import Illustration
from ankle_coach.ui.widgets.text import plain_label

#: The illustration combo's item that asks for a file instead of naming an image.
CHOOSE_IMAGE: Final = "\x00choose"
_PROBLEM_COLOUR: Final = "color: #c0392b;"
#: The built-in illustrations by file, as the illustration list names them.
ILLUSTRATION_NAMES: Final[dict[str, str]] = {
    "ankle-circles.svg": QT_TRANSLATE_NOOP("ui.editor.exercises", "Ankle circles"),
    "ankle-rolls.svg": QT_TRANSLATE_NOOP("ui.editor.exercises", "Ankle rolls"),
    "calf-raises.svg": QT_TRANSLATE_NOOP("ui.editor.exercises", "Calf raises"),
    "calf-stretch.svg": QT_TRANSLATE_NOOP("ui.editor.exercises", "Calf stretch"),
    "foot-massage.svg": QT_TRANSLATE_NOOP("ui.editor.exercises", "Foot massage"),
    "running-in-place.svg": QT_TRANSLATE_NOOP("ui.editor.exercises", "Running in place"),
}


def illustration_name(file_name: str) -> str:
    """A built-in illustration as the list names it: "Calf raises" for calf-raises.svg."""
    known = ILLUSTRATION_NAMES.get(file_name)
    if known is not None:
        return translate("ui.editor.exercises", known)
    return Path(file_name).stem.replace("-", " ").capitalize()


def choice_text(text: str) -> str:
    """A choice of the form's lists (core/editor_form.py's KIND_NAMES, SIDES_NAMES,
    DIRECTIONS_NAMES), in the window's language."""
    return translate("core.editor_form", text)


def fitted_width(box: QAbstractSpinBox, widest: str) -> int:
    """The width `box` needs to show `widest` (its widest value with its suffix) whole in its
    font, with its arrows and frame: the font's, so it follows the text size."""
    option = QStyleOptionSpinBox()
    box.initStyleOption(option)
    text = QSize(box.fontMetrics().horizontalAdvance(widest + " "), box.fontMetrics().height())
    size = box.style().sizeFromContents(QStyle.ContentsType.CT_SpinBox, option, text, box)
    return size.width()


class _FittedBox:
    """A spin box as wide as its widest value and suffix (never cut off), and no wider: in a
    form it stays beside its label, so the number is seen where the eye looks for it."""

    def widest_text(self) -> str:
        raise NotImplementedError

    def fitted_hint(self, hint: QSize) -> QSize:
        assert isinstance(self, QAbstractSpinBox)
        return QSize(max(hint.width(), fitted_width(self, self.widest_text())), hint.height())


class SecondsBox(_FittedBox, QDoubleSpinBox):
    """Seconds as a person writes them: "30 s", "2.5 s" (in German "2,5 s": the locale's
    decimal mark, which is also what the box reads back)."""

    def __init__(self, maximum: float, parent: QWidget | None = None, step: float = 1.0) -> None:
        super().__init__(parent)
        self.setDecimals(1)
        self.setRange(0, maximum)
        self.setSingleStep(step)
        self.setSuffix(" s")
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def textFromValue(self, value: float) -> str:  # noqa: N802 - Qt's name
        locale = QLocale(self.locale())
        locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
        rounded = round(value, 1)
        return locale.toString(rounded, "f", 0 if rounded == int(rounded) else 1)

    def widest_text(self) -> str:
        # "599.5 s": about the largest whole number, with room for a tenth
        return f"{self.textFromValue(max(0.5, self.maximum() - 0.5))}{self.suffix()}"

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self.fitted_hint(super().sizeHint())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self.fitted_hint(super().minimumSizeHint())


class CountBox(_FittedBox, QSpinBox):
    """A whole number (sets, reps) with its suffix, as wide as its largest value."""

    def __init__(self, maximum: int, suffix: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # 0 is offered although never valid: typing it shows the validator's message, not a
        # clamp
        self.setRange(0, maximum)
        self.setSuffix(suffix)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def widest_text(self) -> str:
        return f"{self.maximum()}{self.suffix()}"

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self.fitted_hint(super().sizeHint())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self.fitted_hint(super().minimumSizeHint())


def count_box(maximum: int, suffix: str, parent: QWidget) -> QSpinBox:
    return CountBox(maximum, suffix, parent)


def problem_line() -> QLabel:
    """A hidden line for the validator's messages about one input, in red, as plain text."""
    problem = plain_label(wrap=True, name="fieldProblem")
    problem.setStyleSheet(_PROBLEM_COLOUR)
    problem.hide()
    return problem


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A plain-text label whose mnemonic (the letter after "&") goes to `buddy`."""
    label = plain_label(text)
    label.setBuddy(buddy)
    return label


def with_problem(parent: QWidget, widget: QWidget, *extra: QWidget) -> tuple[QWidget, QLabel]:
    """The input (and `extra` widgets beside it) with a line under it for the validator's
    message about it; returns the box to lay out and that line."""
    box = QWidget(parent)
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    if extra:
        row = QHBoxLayout()
        row.addWidget(widget, 1)
        for other in extra:
            row.addWidget(other)
        column.addLayout(row)
    else:
        column.addWidget(widget)
    problem = problem_line()
    column.addWidget(problem)
    return box, problem


def describe(names: Mapping[QWidget, tuple[str, str]]) -> None:
    """Give each widget its accessible name and tooltip."""
    for widget, (name, tip) in names.items():
        widget.setAccessibleName(name)
        widget.setToolTip(tip)


class ExerciseList(QGroupBox):
    """The routine's exercises in order, with Add, Duplicate, Remove and the moves (buttons, and
    Ctrl+Up, Ctrl+Down and Delete in the list; a drag moves one too)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(translate("ui.editor.exercises", "Exercises"), parent)
        self.exercises = QListWidget(self)
        self.exercises.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.exercises.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.exercises.setWordWrap(True)
        self.exercises.setAlternatingRowColors(True)
        self.add_button = QPushButton(translate("ui.editor.exercises", "&Add"), self)
        self.duplicate_button = QPushButton(translate("ui.editor.exercises", "Dupli&cate"), self)
        self.remove_button = QPushButton(translate("ui.editor.exercises", "Remove"), self)
        self.up_button = QPushButton(translate("ui.editor.exercises", "Move up"), self)
        self.down_button = QPushButton(translate("ui.editor.exercises", "Move down"), self)
        self.buttons = (
            self.add_button,
            self.duplicate_button,
            self.remove_button,
            self.up_button,
            self.down_button,
        )
        # Looked up once, before any picture renders: loading the style's icon on the GUI thread
        # while the render thread loads an image plugin was seen to hang once.
        self._warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        #: The validator's messages about the list as a whole ("add at least one").
        self.problem = problem_line()
        self.move_up_action = QAction(self.up_button.text(), self.exercises)
        self.move_up_action.setShortcut(QKeySequence("Ctrl+Up"))
        self.move_down_action = QAction(self.down_button.text(), self.exercises)
        self.move_down_action.setShortcut(QKeySequence("Ctrl+Down"))
        self.remove_action = QAction(self.remove_button.text(), self.exercises)
        self.remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        for action in (self.move_up_action, self.move_down_action, self.remove_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.exercises.addAction(action)
        describe(
            {
                self.exercises: (
                    translate("ui.editor.exercises", "Exercises"),
                    translate(
                        "ui.editor.exercises", "Ctrl+Up and Ctrl+Down move the chosen exercise"
                    ),
                ),
                self.add_button: (
                    translate("ui.editor.exercises", "Add exercise"),
                    translate("ui.editor.exercises", "Add an exercise after the chosen one"),
                ),
                self.duplicate_button: (
                    translate("ui.editor.exercises", "Duplicate exercise"),
                    translate("ui.editor.exercises", "Add a copy of the chosen exercise"),
                ),
                self.remove_button: (
                    translate("ui.editor.exercises", "Remove exercise"),
                    translate("ui.editor.exercises", "Remove the chosen exercise"),
                ),
                self.up_button: (
                    translate("ui.editor.exercises", "Move exercise up"),
                    translate("ui.editor.exercises", "Move the chosen exercise up (Ctrl+Up)"),
                ),
                self.down_button: (
                    translate("ui.editor.exercises", "Move exercise down"),
                    translate("ui.editor.exercises", "Move the chosen exercise down (Ctrl+Down)"),
                ),
            }
        )

    def lay_out(self) -> None:
        column = QVBoxLayout(self)
        column.addWidget(self.exercises, 1)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.duplicate_button, self.remove_button):
            buttons.addWidget(button)
        column.addLayout(buttons)
        moves = QHBoxLayout()
        moves.addWidget(self.up_button)
        moves.addWidget(self.down_button)
        column.addLayout(moves)
        column.addWidget(self.problem)

    def fill(self, count: int, current: int) -> None:
        """One (empty) row per exercise, `current` chosen, without signals: `show` words them."""
        with QSignalBlocker(self.exercises), QSignalBlocker(self.exercises.model()):
            self.exercises.clear()
            for _ in range(count):
                self.exercises.addItem(QListWidgetItem())
            self.exercises.setCurrentRow(current)

    def show_rows(
        self, form: RoutineForm, current: int, problem_rows: set[int], language: str = "en"
    ) -> None:
        """Word each row ("2. Calf raises" and its prescription; the name in `language`, or in
        English while it has none), mark the rows with problems, and enable the buttons that
        can do something."""
        warning = self._warning
        for row, exercise in enumerate(form.exercises):
            item = self.exercises.item(row)
            if item is None:
                continue
            detail = exercise_prescription(exercise)
            name = (
                exercise_text(exercise, language, "name").strip()
                or exercise.name.strip()
                or translate("ui.editor.exercises", "(no name)")
            )
            text = translate("ui.editor.exercises", "{number}. {name}").format(
                number=row + 1, name=name
            ) + (f"\n{detail}" if detail else "")
            if item.text() != text:
                item.setText(text)
            has_problem = row in problem_rows
            item.setIcon(warning if has_problem else QIcon())
            item.setToolTip(
                translate("ui.editor.exercises", "This exercise has problems")
                if has_problem
                else ""
            )
        count = len(form.exercises)
        self.remove_button.setEnabled(count > 0)
        self.duplicate_button.setEnabled(count > 0)
        self.up_button.setEnabled(current > 0)
        self.down_button.setEnabled(0 <= current < count - 1)


class ExercisePanel(QGroupBox):
    """The chosen exercise's inputs, each with a line under it for the validator's messages;
    the inputs of the kinds not chosen are hidden, not cleared.

    Signals:
        edited(str, object, str): the user changed a field of the exercise: its name in
            ExerciseForm, the new value, and the undo step's name ("Change sets"). The
            illustration is not among them: choosing one may ask for a file (`image.activated`).
    """

    edited = Signal(str, object, str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(translate("ui.editor.exercises", "Exercise"), parent)
        self.name = QLineEdit(self)
        self.instructions = QPlainTextEdit(self)
        self.cue = QLineEdit(self)
        self.cue_example = translate("ui.editor.exercises", "e.g. slow on the way down")
        self.cue.setPlaceholderText(self.cue_example)
        self.image = QComboBox(self)
        self.preview_image = Illustration(self)
        self.preview_image.setFixedSize(112, 84)
        self.preview_image.setAccessibleName(
            translate("ui.editor.exercises", "Chosen illustration")
        )
        self.sides = QComboBox(self)
        for key, (text, _) in SIDES_NAMES.items():
            self.sides.addItem(choice_text(text), key)
        self.directions = QComboBox(self)
        for key, text in DIRECTIONS_NAMES.items():
            self.directions.addItem(choice_text(text), key)
        self.custom_directions = QLineEdit(self)
        self.directions_example = translate("ui.editor.exercises", "e.g. up, down")
        self.custom_directions.setPlaceholderText(self.directions_example)
        self.sets = count_box(20, "", self)
        self.kind = QComboBox(self)
        for key, text in KIND_NAMES.items():
            self.kind.addItem(choice_text(text), key)
        self.hold_seconds = SecondsBox(600, self)
        self.reps = count_box(200, " " + translate("ui.editor.exercises", "reps"), self)
        self.rep_seconds = SecondsBox(30, self, step=0.5)
        self.duration_seconds = SecondsBox(3600, self, step=5)
        self.rest_seconds = SecondsBox(600, self)
        self.switch_seconds = SecondsBox(120, self)
        #: The input of each field of an exercise ("directions": where they are typed).
        self.inputs: dict[str, QWidget] = {
            "name": self.name,
            "instructions": self.instructions,
            "cue": self.cue,
            "image": self.image,
            "sides": self.sides,
            "directions": self.custom_directions,
            "sets": self.sets,
            "hold_seconds": self.hold_seconds,
            "reps": self.reps,
            "rep_seconds": self.rep_seconds,
            "duration_seconds": self.duration_seconds,
            "rest_seconds": self.rest_seconds,
            "switch_seconds": self.switch_seconds,
        }
        #: The line for the validator's messages about each field; "" for the exercise itself.
        self.problems: dict[str, QLabel] = {}
        describe(
            {
                self.name: (
                    translate("ui.editor.exercises", "Exercise name"),
                    translate("ui.editor.exercises", "The exercise's name, said as it starts"),
                ),
                self.instructions: (
                    translate("ui.editor.exercises", "Instructions"),
                    translate("ui.editor.exercises", "What to do, said at the first set"),
                ),
                self.cue: (
                    translate("ui.editor.exercises", "Custom cue"),
                    translate(
                        "ui.editor.exercises",
                        "A few words the voice says as each set starts, after the call; optional",
                    ),
                ),
                self.image: (
                    translate("ui.editor.exercises", "Illustration"),
                    translate(
                        "ui.editor.exercises", "A built-in drawing, or an image file of your own"
                    ),
                ),
                self.sides: (
                    translate("ui.editor.exercises", "Sides"),
                    translate("ui.editor.exercises", "Each set is done once per side"),
                ),
                self.directions: (
                    translate("ui.editor.exercises", "Directions"),
                    translate("ui.editor.exercises", "Each set is done once per direction"),
                ),
                self.custom_directions: (
                    translate("ui.editor.exercises", "Custom directions"),
                    translate("ui.editor.exercises", "Directions, separated by commas"),
                ),
                self.sets: (
                    translate("ui.editor.exercises", "Sets"),
                    translate("ui.editor.exercises", "How many sets"),
                ),
                self.kind: (
                    translate("ui.editor.exercises", "How it is done"),
                    translate(
                        "ui.editor.exercises", "Held, counted in reps, timed, or at own pace"
                    ),
                ),
                self.hold_seconds: (
                    translate("ui.editor.exercises", "Hold"),
                    translate("ui.editor.exercises", "How long each hold lasts"),
                ),
                self.reps: (
                    translate("ui.editor.exercises", "Reps"),
                    translate("ui.editor.exercises", "Repetitions in each set"),
                ),
                self.rep_seconds: (
                    translate("ui.editor.exercises", "Seconds per rep"),
                    translate("ui.editor.exercises", "The tempo the reps are counted at"),
                ),
                self.duration_seconds: (
                    translate("ui.editor.exercises", "Duration"),
                    translate("ui.editor.exercises", "How long each set lasts"),
                ),
                self.rest_seconds: (
                    translate("ui.editor.exercises", "Rest between sets"),
                    translate("ui.editor.exercises", "Rest after each set but the last"),
                ),
                self.switch_seconds: (
                    translate("ui.editor.exercises", "Switch time"),
                    translate("ui.editor.exercises", "Time to change sides or directions"),
                ),
            }
        )

    def connect_inputs(self) -> None:
        """Report every change the user makes to an input as `edited`."""
        self.name.textEdited.connect(lambda text: self._emit("name", text))
        self.instructions.textChanged.connect(
            lambda: self._emit("instructions", self.instructions.toPlainText())
        )
        self.cue.textEdited.connect(lambda text: self._emit("cue", text))
        for combo, field in (
            (self.sides, "sides"),
            (self.directions, "directions"),
            (self.kind, "kind"),
        ):
            combo.activated.connect(
                lambda _=0, combo=combo, field=field: self._emit(field, combo.currentData())
            )
        self.custom_directions.textEdited.connect(
            lambda text: self._emit("custom_directions", text)
        )
        for box, field in (
            (self.sets, "sets"),
            (self.hold_seconds, "hold_seconds"),
            (self.reps, "reps"),
            (self.rep_seconds, "rep_seconds"),
            (self.duration_seconds, "duration_seconds"),
            (self.rest_seconds, "rest_seconds"),
            (self.switch_seconds, "switch_seconds"),
        ):
            box.valueChanged.connect(lambda value, field=field: self._emit(field, value))

    def _emit(self, field: str, value: object) -> None:
        self.edited.emit(field, value, change_name(field))

    def _row(self, label: str, widget: QWidget, field: str, *extra: QWidget) -> None:
        box, problem = with_problem(self, widget, *extra)
        self.problems[field] = problem
        self.form.addRow(buddy_label(label, widget), box)

    def lay_out(self) -> None:
        column = QVBoxLayout(self)
        self.form = QFormLayout()
        column.addLayout(self.form)
        column.addStretch(1)
        self._row(translate("ui.editor.exercises", "&Name"), self.name, "name")
        self.instructions.setFixedHeight(80)
        self._row(
            translate("ui.editor.exercises", "Instr&uctions"), self.instructions, "instructions"
        )
        self._row(translate("ui.editor.exercises", "Custom cue"), self.cue, "cue")
        self._row(
            translate("ui.editor.exercises", "Illus&tration"),
            self.image,
            "image",
            self.preview_image,
        )
        self._row(translate("ui.editor.exercises", "Si&des"), self.sides, "sides")
        self._row(translate("ui.editor.exercises", "Dir&ections"), self.directions, "directions")
        self.form.addRow(
            buddy_label(
                translate("ui.editor.exercises", "Cust&om directions"), self.custom_directions
            ),
            self.custom_directions,
        )
        self._row(translate("ui.editor.exercises", "Set&s"), self.sets, "sets")
        self.form.addRow(
            buddy_label(translate("ui.editor.exercises", "&How it is done"), self.kind), self.kind
        )
        self._row(translate("ui.editor.exercises", "Hold &for"), self.hold_seconds, "hold_seconds")
        self._row(translate("ui.editor.exercises", "Re&ps"), self.reps, "reps")
        self._row(
            translate("ui.editor.exercises", "Seconds pe&r rep"), self.rep_seconds, "rep_seconds"
        )
        self._row(
            translate("ui.editor.exercises", "Duration"), self.duration_seconds, "duration_seconds"
        )
        self._row(
            translate("ui.editor.exercises", "Rest between sets"), self.rest_seconds, "rest_seconds"
        )
        self._row(
            translate("ui.editor.exercises", "S&witch time"), self.switch_seconds, "switch_seconds"
        )
        self.problems[""] = problem_line()
        self.form.addRow(self.problems[""])

    def show_exercise(
        self,
        number: int,
        exercise: ExerciseForm,
        form: RoutineForm,
        image_folder: Path | None,
        language: str = "en",
    ) -> None:
        """Show exercise `number` (from 1) of `form`, without a signal from any input: its
        texts in `language` (an empty one with the English as placeholder); the illustration
        choices are the built-in ones and the form's own images."""
        self.setTitle(translate("ui.editor.exercises", "Exercise {number}").format(number=number))
        inputs = (
            self.name,
            self.instructions,
            self.cue,
            self.image,
            self.sides,
            self.directions,
            self.custom_directions,
            self.sets,
            self.kind,
            self.hold_seconds,
            self.reps,
            self.rep_seconds,
            self.duration_seconds,
            self.rest_seconds,
            self.switch_seconds,
        )
        blockers = [QSignalBlocker(widget) for widget in inputs]
        translated = language != "en"
        for box, name, example in (
            (self.name, "name", ""),
            (self.instructions, "instructions", ""),
            (self.cue, "cue", self.cue_example),
            (self.custom_directions, "custom_directions", self.directions_example),
        ):
            english = exercise_text(exercise, "en", name) if translated else ""
            show_text(box, exercise_text(exercise, language, name), english, example)
        self._fill_images(exercise, form)
        self.sides.setCurrentIndex(max(0, self.sides.findData(exercise.sides)))
        self.directions.setCurrentIndex(max(0, self.directions.findData(exercise.directions)))
        self.sets.setValue(exercise.sets)
        self.kind.setCurrentIndex(max(0, self.kind.findData(exercise.kind)))
        self.hold_seconds.setValue(exercise.hold_seconds)
        self.reps.setValue(exercise.reps)
        self.rep_seconds.setValue(exercise.rep_seconds)
        self.duration_seconds.setValue(exercise.duration_seconds)
        self.rest_seconds.setValue(exercise.rest_seconds)
        self.switch_seconds.setValue(exercise.switch_seconds)
        del blockers

        self.form.setRowVisible(self.custom_directions, exercise.directions == "custom")
        for widget, shown in (
            (self.hold_seconds, exercise.kind == "hold"),
            (self.reps, exercise.kind == "reps"),
            (self.rep_seconds, exercise.kind == "reps"),
            (self.duration_seconds, exercise.kind == "duration"),
        ):
            container = widget.parentWidget()
            assert container is not None
            self.form.setRowVisible(container, shown)
        several = exercise.sides in ("each", "each-right-first") or exercise.directions != "none"
        switch_container = self.switch_seconds.parentWidget()
        assert switch_container is not None
        self.form.setRowVisible(switch_container, several)
        path = (
            Path(exercise.image_source)
            if exercise.image_source
            else find_image(exercise.image, image_folder)
        )
        self.preview_image.set_image(path)

    def _fill_images(self, exercise: ExerciseForm, form: RoutineForm) -> None:
        self.image.clear()
        self.image.addItem(translate("ui.editor.exercises", "No illustration"), NO_IMAGE)
        builtin = builtin_illustrations()
        for name in builtin:
            self.image.addItem(illustration_name(name), name)
        own = own_images(form, builtin)
        if own:
            self.image.insertSeparator(self.image.count())
        for name in own:
            self.image.addItem(name, name)
        self.image.insertSeparator(self.image.count())
        self.image.addItem(
            translate("ui.editor.exercises", "Choose image file\u2026"), CHOOSE_IMAGE
        )
        self.image.setCurrentIndex(max(0, self.image.findData(exercise.image)))
