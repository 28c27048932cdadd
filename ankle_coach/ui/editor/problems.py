"""The editor's Problems box and its field errors: the list of what must be fixed, each named by
the label of its input ("Exercise 2, Name: must not be empty"); the lead-in warning with a
button that sets the lead-in needed; each input's error in the line under it and in its
accessible description; a new error announced once to a screen reader.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Final

from PySide6.QtCore import QLocale, Qt, Signal, Slot
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ankle_coach.core.editor_form import problem_label, problem_place
from ankle_coach.core.i18n import QT_TRANSLATE_NOOP
from ankle_coach.core.routine import Problem
from ankle_coach.ui.i18n import translate
from ankle_coach.ui.widgets.text import plain_label

#: The list item of the lead-in warning carries this instead of a Problem.
LEAD_IN_WARNING: Final = "lead-in"
#: The list's only line while nothing is wrong (translated where it is shown: no_problems()).
NO_PROBLEMS: Final = QT_TRANSLATE_NOOP(
    "ui.editor.problems", "No problems: the routine can be saved."
)


def no_problems() -> str:
    return translate("ui.editor.problems", NO_PROBLEMS)


def lead_in_warning(lead_in: float, needed: int) -> str:
    return translate(
        "ui.editor.problems",
        "Warning \u2013 Lead-in: {lead_in} s is too short for the get-ready to say what comes "
        "first and count down from 3; it needs {needed} s.",
    ).format(lead_in=QLocale().toString(float(lead_in), "g", 6), needed=QLocale().toString(needed))


def announce(widget: QWidget, message: str) -> None:
    """Have a screen reader say `message` once, politely (after what it is saying)."""
    if not QAccessible.isActive():  # no screen reader listens: no event to build
        return
    event = QAccessibleAnnouncementEvent(widget, message)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)


def field_key(problem: Problem, current: int, keys: Sequence[str]) -> str:
    """Which input line shows `problem`: a routine field's key, "ex.FIELD" for a field of the
    chosen exercise, "ex." for the exercise as a whole; "" when it has no line on screen."""
    index, field = problem_place(problem)
    if index is None:
        return field if field in keys else ""
    if index != current:
        return ""
    return f"ex.{field}" if f"ex.{field}" in keys else "ex."


def show_field_errors(
    lines: Mapping[str, QLabel],
    messages: Mapping[str, list[str]],
    input_for: Callable[[str], QWidget | None],
) -> None:
    """Each input's messages in the line under it and first in its accessible description,
    before its help (the tooltip); an input without messages is described by its help alone."""
    for key, line in lines.items():
        found = messages.get(key, [])
        line.setText("\n".join(found))
        line.setVisible(bool(found))
        widget = input_for(key)
        if widget is None:
            continue
        help_text = widget.toolTip()
        if found:
            error = translate("ui.editor.problems", "Error: {problems}").format(
                problems="; ".join(found)
            )
            widget.setAccessibleDescription(f"{error}. {help_text}" if help_text else error)
        else:
            widget.setAccessibleDescription(help_text)


class ProblemsBox(QWidget):
    """The Problems list, the lead-in warning in it (marked with the style's warning icon) and
    the button that sets the lead-in needed above it.

    Signals:
        problemChosen(Problem): the user activated a problem (Enter, double-click): go to it.
        leadInWarningChosen(): the user activated the lead-in warning: go to the lead-in.
        leadInChosen(int): "Use N s lead-in" was pressed.
        announced(str): what was announced to a screen reader (each new error, once).
    """

    problemChosen = Signal(object)
    leadInWarningChosen = Signal()
    leadInChosen = Signal(int)
    announced = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setAccessibleName(translate("ui.editor.problems", "Problems"))
        self.list.setToolTip(
            translate("ui.editor.problems", "What must be fixed before saving; Enter goes there")
        )
        self.warning_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.use_lead_in = QPushButton(self)
        self.use_lead_in.setAutoDefault(False)
        self.use_lead_in.setAccessibleName(
            translate("ui.editor.problems", "Use the lead-in needed")
        )
        self.needed: int | None = None
        #: What was wrong at the last check, by field: a field is announced when it goes wrong.
        self._wrong: set[str] | None = None
        #: The last announcement as a label's text and name, for readers that follow text
        #: changes rather than announcement events; kept out of sight.
        self.live = plain_label(name="problemAnnouncement", parent=self)
        self.live.setAccessibleDescription(
            translate("ui.editor.problems", "The problem found last")
        )
        self.live.setFixedSize(1, 1)
        self.live.setStyleSheet("color: transparent; background: transparent;")

        advice = QHBoxLayout()
        advice.setContentsMargins(0, 0, 0, 0)
        advice.addStretch(1)
        advice.addWidget(self.use_lead_in)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(advice)
        column.addWidget(self.list, 1)
        self._show_advice(None, 0.0)

        self.list.itemActivated.connect(self._on_list_item_activated)
        self.use_lead_in.clicked.connect(self._on_use_lead_in_clicked)

    def show_problems(
        self, problems: Sequence[Problem], lead_in: float, needed: int | None
    ) -> None:
        """List `problems` by their inputs' labels, and the lead-in warning when `needed` is
        a longer lead-in than `lead_in`; announce the fields that went wrong since last time."""
        self.list.clear()
        for problem in problems:
            item = QListWidgetItem(problem_label(problem))
            item.setData(Qt.ItemDataRole.UserRole, problem)
            self.list.addItem(item)
        if needed is not None:
            item = QListWidgetItem(self.warning_icon, lead_in_warning(lead_in, needed))
            item.setData(Qt.ItemDataRole.UserRole, LEAD_IN_WARNING)
            self.list.addItem(item)
        if not problems:
            self.list.addItem(QListWidgetItem(no_problems()))
        self._show_advice(needed, lead_in)
        self._announce_new(problems)

    def _show_advice(self, needed: int | None, lead_in: float) -> None:
        self.needed = needed
        self.use_lead_in.setVisible(needed is not None)
        if needed is not None:
            self.use_lead_in.setText(
                translate("ui.editor.problems", "Use a {needed} s lead-in").format(needed=needed)
            )
            self.use_lead_in.setAccessibleName(
                translate("ui.editor.problems", "Use a lead-in of {needed} seconds").format(
                    needed=needed
                )
            )
            self.use_lead_in.setToolTip(
                translate("ui.editor.problems", "Set the lead-in to {needed} s").format(
                    needed=needed
                )
            )

    def _announce_new(self, problems: Sequence[Problem]) -> None:
        wrong = {problem.field or problem.message for problem in problems}
        before, self._wrong = self._wrong, wrong
        if before is None:
            return  # what a routine had when opened is listed, not announced
        new = [p for p in problems if (p.field or p.message) not in before]
        if not new:
            return
        said: dict[str, None] = {}
        for problem in new:
            said.setdefault(problem_label(problem))
        message = ". ".join(said)
        self.live.setText(message)
        self.live.setAccessibleName(message)
        announce(self.list, message)
        self.announced.emit(message)

    @Slot(QListWidgetItem)
    def _on_list_item_activated(self, item: QListWidgetItem) -> None:
        data = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(data, Problem):
            self.problemChosen.emit(data)
        elif data == LEAD_IN_WARNING:
            self.leadInWarningChosen.emit()

    @Slot()
    def _on_use_lead_in_clicked(self) -> None:
        if self.needed is not None:
            self.leadInChosen.emit(self.needed)
