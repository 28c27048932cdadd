"""The "Plan my week" dialog: the reminders of the weekly plan, each a routine on chosen days at
a time, switched on or off; added, changed and removed here, saved at once."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from datetime import date, time

from PySide6.QtCore import QDate, QLocale, QSignalBlocker, Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ankle_coach.core.i18n import QT_TRANSLATE_NOOP
from ankle_coach.core.schedule import (
    Reminder,
    ScheduleInputError,
    WeeklyPlan,
    parse_time,
    reminder_words,
    time_key,
)
from ankle_coach.ui.i18n import translate
from ankle_coach.ui.sharing_plan import day_name, short_day_name
from ankle_coach.ui.widgets.text import plain_label

#: What the dialog calls each field of a reminder in its messages.
FIELD_NAMES = {
    "at": QT_TRANSLATE_NOOP("ui.reminders.plan_dialog", "Time"),
    "days": QT_TRANSLATE_NOOP("ui.reminders.plan_dialog", "Days"),
    "routine": QT_TRANSLATE_NOOP("ui.reminders.plan_dialog", "Routine"),
    "id": QT_TRANSLATE_NOOP("ui.reminders.plan_dialog", "Reminder"),
}
DEFAULT_TIME = "18:30"

#: Saves a plan; returns None, or why it could not be saved (the plan is then not changed).
SavePlan = Callable[[WeeklyPlan], str | None]


class PlanDialog(QDialog):
    """Edits the weekly plan; each Add, Change and Remove is saved through `save` at once, and
    `plan` is the plan as saved. `routines` are (id, title) pairs from the library; a reminder
    of a routine no longer in the library is shown with its id and "(not in the library)".
    """

    def __init__(
        self,
        plan: WeeklyPlan,
        routines: Sequence[tuple[str, str]],
        save: SavePlan,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ui.reminders.plan_dialog", "Plan my week"))
        self._today = today
        self.plan = plan
        self._titles = dict(routines)
        self._save = save

        self.reminders = QListWidget(self)
        self.reminders.setAccessibleName(translate("ui.reminders.plan_dialog", "Reminders"))
        self.routine = QComboBox(self)
        self.routine.setAccessibleName(translate("ui.reminders.plan_dialog", "Routine"))
        for routine_id, title in routines:
            self.routine.addItem(title, routine_id)
        self.every_day = QCheckBox(translate("ui.reminders.plan_dialog", "&Every day"), self)
        self.days = [QCheckBox(short_day_name(day), self) for day in range(7)]
        for day, box in enumerate(self.days):
            box.setAccessibleName(day_name(day))
        self.time = QLineEdit(DEFAULT_TIME, self)
        self.time.setPlaceholderText(translate("ui.reminders.plan_dialog", "HH:MM, e.g. 18:30"))
        self.time.setAccessibleName(translate("ui.reminders.plan_dialog", "Time, 24-hour"))
        self.time.setMaxLength(5)
        self.enabled = QCheckBox(translate("ui.reminders.plan_dialog", "&Remind me"), self)
        self.enabled.setChecked(True)
        self.message = plain_label("", parent=self)
        self.message.setObjectName("planMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: palette(link);")
        self.add_button = QPushButton(translate("ui.reminders.plan_dialog", "&Add"), self)
        self.change_button = QPushButton(translate("ui.reminders.plan_dialog", "C&hange"), self)
        self.remove_button = QPushButton(translate("ui.reminders.plan_dialog", "Re&move"), self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)

        self._lay_out()
        self.reminders.currentRowChanged.connect(self._on_reminders_current_row_changed)
        self.every_day.toggled.connect(self._on_every_day_toggled)
        for box in self.days:
            box.toggled.connect(self._on_day_toggled)
        self.add_button.clicked.connect(self.add)
        self.change_button.clicked.connect(self.change)
        self.remove_button.clicked.connect(self.remove)
        self.buttons.rejected.connect(self.reject)
        for button in (self.add_button, self.change_button, self.remove_button):
            button.setAutoDefault(False)
        for day in (0, 2, 4):  # a new reminder starts as Mon, Wed, Fri
            self.days[day].setChecked(True)
        self._fill()
        self._fit_lines()
        if not routines:
            self._say(
                translate(
                    "ui.reminders.plan_dialog", "There are no routines in the library to plan."
                )
            )

    # -- what a user does ----------------------------------------------------------------------

    @Slot()
    def add(self) -> bool:
        """Add the reminder the form shows; False (and a message) when it is not one."""
        typed = self._typed()
        if typed is None:
            return False
        routine, days, at, enabled = typed
        if self.plan.same_as(routine, days, at) is not None:
            self._say(
                translate("ui.reminders.plan_dialog", "That reminder is already in your plan.")
            )
            return False
        plan, reminder = self.plan.added(routine, days, at, since=self._today(), enabled=enabled)
        return self._keep(
            plan,
            reminder.id,
            translate("ui.reminders.plan_dialog", "Added: {reminder}."),
            translate("ui.reminders.plan_dialog", "Added."),
        )

    @Slot()
    def change(self) -> bool:
        """Make the chosen reminder what the form shows."""
        chosen = self.chosen()
        typed = self._typed()
        if chosen is None or typed is None:
            if chosen is None:
                self._say(
                    translate(
                        "ui.reminders.plan_dialog", "Choose a reminder in the list to change."
                    )
                )
            return False
        routine, days, at, enabled = typed
        changed = dataclasses.replace(chosen, routine=routine, days=days, at=at, enabled=enabled)
        return self._keep(
            self.plan.replaced(changed),
            chosen.id,
            translate("ui.reminders.plan_dialog", "Changed: {reminder}."),
            translate("ui.reminders.plan_dialog", "Changed."),
        )

    @Slot()
    def remove(self) -> bool:
        chosen = self.chosen()
        if chosen is None:
            self._say(
                translate("ui.reminders.plan_dialog", "Choose a reminder in the list to remove.")
            )
            return False
        return self._keep(
            self.plan.removed(chosen.id),
            None,
            translate("ui.reminders.plan_dialog", "Removed."),
            translate("ui.reminders.plan_dialog", "Removed."),
        )

    def replace_plan(self, plan: WeeklyPlan) -> None:
        """The plan was changed elsewhere (the command line): show it, keeping the choice."""
        chosen = self.chosen()
        self.plan = plan
        self._fill(chosen.id if chosen is not None else None)

    def chosen(self) -> Reminder | None:
        item = self.reminders.currentItem()
        return None if item is None else self.plan.get(item.data(Qt.ItemDataRole.UserRole))

    def message_text(self) -> str:
        return self.message.text()

    # -- inside --------------------------------------------------------------------------------

    def _typed(self) -> tuple[str, tuple[int, ...], time, bool] | None:
        routine = self.routine.currentData()
        if not routine:
            self._say(translate("ui.reminders.plan_dialog", "Routine: choose a routine."))
            return None
        days = tuple(day for day, box in enumerate(self.days) if box.isChecked())
        if not days:
            self._say(translate("ui.reminders.plan_dialog", "Days: choose at least one day."))
            return None
        if not self.time.text().strip():
            self._say(
                translate(
                    "ui.reminders.plan_dialog",
                    "Time: type the time of day, on the 24-hour clock, e.g. 18:30.",
                )
            )
            self.time.setFocus()
            return None
        try:
            at = parse_time(self.time.text())
        except ScheduleInputError as exc:
            field = FIELD_NAMES.get(exc.field)
            named = translate("ui.reminders.plan_dialog", field) if field else exc.field
            self._say(
                translate("ui.reminders.plan_dialog", "{field}: {problem}.").format(
                    field=named, problem=exc.message
                )
            )
            self.time.setFocus()
            self.time.selectAll()
            return None
        return routine, days, at, self.enabled.isChecked()

    def _keep(self, plan: WeeklyPlan, select: int | None, done: str, done_alone: str) -> bool:
        """Save `plan`, then say `done` ("Added: {reminder}.") of the reminder `select`, or
        `done_alone` ("Removed.")."""
        problem = self._save(plan)
        if problem is not None:
            self._say(
                translate("ui.reminders.plan_dialog", "Not saved: {reason}").format(reason=problem)
            )
            return False
        self.plan = plan
        self._fill(select)
        shown = plan.get(select) if select is not None else None
        self._say(done.format(reminder=self._line(shown)) if shown is not None else done_alone)
        return True

    def _fill(self, select: int | None = None) -> None:
        blocker = QSignalBlocker(self.reminders)
        self.reminders.clear()
        for reminder in self.plan.reminders:
            item = QListWidgetItem(self._line(reminder))
            item.setData(Qt.ItemDataRole.UserRole, reminder.id)
            self.reminders.addItem(item)
            if reminder.id == select:
                self.reminders.setCurrentItem(item)
        blocker.unblock()
        self._show_chosen()

    def _line(self, reminder: Reminder) -> str:
        title = self._titles.get(reminder.routine) or _not_in_library(reminder.routine)
        until = reminder.until
        if until is None:
            line = (
                translate("ui.reminders.plan_dialog", "{title}: {plan}")
                if reminder.enabled
                else translate("ui.reminders.plan_dialog", "{title}: {plan} (off)")
            )
        elif until < self._today():
            line = translate("ui.reminders.plan_dialog", "{title}: {plan} (ended on {date})")
        elif reminder.enabled:
            line = translate("ui.reminders.plan_dialog", "{title}: {plan} (until {date})")
        else:
            line = translate("ui.reminders.plan_dialog", "{title}: {plan} (until {date}) (off)")
        last = short_date(until) if until is not None else ""
        return line.format(title=title, plan=reminder_words(reminder), date=last)

    def _show_chosen(self) -> None:
        chosen = self.chosen()
        self.change_button.setEnabled(chosen is not None)
        self.remove_button.setEnabled(chosen is not None)
        if chosen is None:
            return
        index = self.routine.findData(chosen.routine)
        if index < 0:
            self.routine.addItem(_not_in_library(chosen.routine), chosen.routine)
            index = self.routine.count() - 1
        self.routine.setCurrentIndex(index)
        for day, box in enumerate(self.days):
            box.setChecked(chosen.happens_on(day))
        self.time.setText(time_key(chosen.at))
        self.enabled.setChecked(chosen.enabled)

    def _say(self, text: str) -> None:
        self.message.setText(text)

    def _lay_out(self) -> None:
        day_row = QHBoxLayout()
        day_row.addWidget(self.every_day)
        for box in self.days:
            day_row.addWidget(box)
        day_row.addStretch(1)
        form = QFormLayout()
        form.addRow(
            self._label(translate("ui.reminders.plan_dialog", "R&outine:"), self.routine),
            self.routine,
        )
        days_label = QLabel(translate("ui.reminders.plan_dialog", "Days:"), self)
        form.addRow(days_label, day_row)
        form.addRow(
            self._label(translate("ui.reminders.plan_dialog", "&Time:"), self.time), self.time
        )
        form.addRow("", self.enabled)
        row = QHBoxLayout()
        for button in (self.add_button, self.change_button, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        intro = plain_label(
            translate(
                "ui.reminders.plan_dialog",
                "Ankle Coach reminds you of a routine on the days and at the time you choose, "
                "while it runs (in the tray when the window is closed).",
            ),
            parent=self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.reminders, 1)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(560, 460)

    def _fit_lines(self) -> None:
        """Wide enough for the longest reminder's line (longer in Spanish and German: "(hasta
        el vie 15 ene 2027)" was cut at 560 px), no wider than the screen's room."""
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else None
        sides = margins.left() + margins.right() if margins is not None else 0
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        list_frame = 2 * self.reminders.frameWidth() + scroll_bar
        wanted = self.reminders.sizeHintForColumn(0) + list_frame + sides
        screen = (self.parentWidget() or self).screen()
        room = screen.availableGeometry().width() if screen is not None else wanted
        self.resize(max(self.width(), min(wanted, room)), self.height())

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = plain_label(text, parent=self)
        label.setBuddy(buddy)
        return label

    @Slot(int)
    def _on_reminders_current_row_changed(self, row: int) -> None:
        self._show_chosen()

    @Slot(bool)
    def _on_every_day_toggled(self, checked: bool) -> None:
        for box in self.days:
            blocker = QSignalBlocker(box)
            box.setChecked(checked)
            blocker.unblock()

    @Slot(bool)
    def _on_day_toggled(self, checked: bool) -> None:
        blocker = QSignalBlocker(self.every_day)
        self.every_day.setChecked(all(box.isChecked() for box in self.days))
        blocker.unblock()


def _not_in_library(routine_id: str) -> str:
    return translate("ui.reminders.plan_dialog", "{id} (not in the library)").format(id=routine_id)


def short_date(day: date) -> str:
    """A date, short, in the window's language: "Sun 29 Nov 2026", "So., 29. Nov. 2026"."""
    pattern = translate("ui.reminders.plan_dialog", "ddd d MMM yyyy")  # Qt's date format
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)
