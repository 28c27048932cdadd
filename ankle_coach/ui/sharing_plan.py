"""The plan a shared routine suggests, offered after it is imported: "Your physio suggests Calf
work on Monday, Wednesday and Friday at 18:30, for 4 weeks." Accept adds it to the weekly plan
(ending after its weeks), Change... opens the days and the time to choose, Decline leaves the
plan as it is. The dialog is window-modal and does not block: the import is already done."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ankle_coach.core.i18n import current_language
from ankle_coach.core.schedule import ScheduleInputError, parse_time, reminder_words, time_key
from ankle_coach.core.schedule.accepting import accept_plan
from ankle_coach.core.schedule.suggested import (
    end_date,
    reminder_days,
    reminder_time,
    suggestion_words,
)
from ankle_coach.ui.i18n import translate
from ankle_coach.ui.widgets.text import plain_label

if TYPE_CHECKING:
    from ankle_coach.core.paths import Paths
    from ankle_coach.core.schedule.suggested import SuggestedSchedule


class SuggestedPlanDialog(QDialog):
    """Offers `suggestion` for the routine `routine_id` (titled `title`). `outcome` is "" until
    the patient chooses, then "accepted" or "declined"; `said` is the last message shown."""

    def __init__(
        self,
        paths: Paths,
        routine_id: str,
        title: str,
        suggestion: SuggestedSchedule,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ui.sharing_plan", "A suggested plan"))
        self.outcome = ""
        self.said = ""
        self._paths = paths
        self._routine_id = routine_id
        self._suggestion = suggestion
        self._today = today if today is not None else datetime.now().astimezone().date()
        until = end_date(suggestion, self._today)
        plan = _lower_first(suggestion_words(suggestion))
        if until is not None:
            offer = translate(
                "ui.sharing_plan",
                "This routine comes with a suggested plan for \u201c{title}\u201d: {plan} "
                "(until {date}).",
            ).format(title=title, plan=plan, date=long_date(until))
        else:
            offer = translate(
                "ui.sharing_plan",
                "This routine comes with a suggested plan for \u201c{title}\u201d: {plan}.",
            ).format(title=title, plan=plan)
        question = translate(
            "ui.sharing_plan", "Add it to your weekly plan, so that the app reminds you?"
        )
        self.text = plain_label(f"{offer}\n\n{question}", parent=self)
        self.text.setWordWrap(True)
        self.days = [QCheckBox(short_day_name(day), self) for day in range(7)]
        for day, box in enumerate(self.days):
            box.setAccessibleName(day_name(day))
            box.setChecked(day in reminder_days(suggestion))
        self.time = QLineEdit(time_key(reminder_time(suggestion)), self)
        self.time.setAccessibleName(translate("ui.sharing_plan", "Time, 24-hour"))
        self.time.setPlaceholderText(translate("ui.sharing_plan", "HH:MM, e.g. 18:30"))
        self.time.setMaxLength(5)
        self.message = plain_label("", parent=self)
        self.message.setWordWrap(True)
        self.choice = QWidget(self)
        row = QHBoxLayout(self.choice)
        row.setContentsMargins(0, 0, 0, 0)
        for box in self.days:
            row.addWidget(box)
        row.addWidget(self.time)
        self.choice.setVisible(False)

        self.buttons = QDialogButtonBox(self)
        self.accept_button = self.buttons.addButton(
            translate("ui.sharing_plan", "&Add to my plan"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.change_button = QPushButton(
            translate("ui.sharing_plan", "&Change days or time\u2026"), self
        )
        self.buttons.addButton(self.change_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.decline_button = self.buttons.addButton(
            translate("ui.sharing_plan", "&Not now"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.accept_button.clicked.connect(self.add)
        self.change_button.clicked.connect(self.show_choice)
        self.decline_button.clicked.connect(self.decline)

        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.choice)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    @Slot()
    def show_choice(self) -> None:
        """Change: the days and the time, to choose before adding."""
        self.choice.setVisible(True)
        self.change_button.setEnabled(False)
        # taller by the row shown, at its width: the words above it were squeezed and cut
        layout = self.layout()
        if layout is not None:
            layout.activate()
            needed = (
                layout.totalHeightForWidth(self.width())
                if layout.hasHeightForWidth()
                else layout.totalSizeHint().height()
            )
            self.resize(self.width(), max(self.height(), needed))
        self.days[0].setFocus()

    @Slot()
    def add(self) -> bool:
        """Add the plan as shown; False (and a message, the dialog open) when it cannot be."""
        days = tuple(day for day, box in enumerate(self.days) if box.isChecked())
        if not days:
            return self._say(translate("ui.sharing_plan", "Days: choose at least one day."))
        try:
            at: time = parse_time(self.time.text())
        except ScheduleInputError as exc:
            self.show_choice()
            self.time.setFocus()
            return self._say(
                translate("ui.sharing_plan", "Time: {problem}.").format(problem=exc.message)
            )
        until = end_date(self._suggestion, self._today)
        try:
            reminder = accept_plan(self._paths, self._routine_id, days, at, self._today, until)
        except OSError as exc:
            return self._say(
                translate(
                    "ui.sharing_plan", "Not added: the weekly plan could not be saved ({reason})."
                ).format(reason=exc)
            )
        if until is not None:
            self.said = translate(
                "ui.sharing_plan", "Added to your weekly plan: {plan}, until {date}."
            ).format(plan=reminder_words(reminder), date=long_date(until))
        else:
            self.said = translate("ui.sharing_plan", "Added to your weekly plan: {plan}.").format(
                plan=reminder_words(reminder)
            )
        self.outcome = "accepted"
        _status(self.parentWidget(), self.said)
        self.accept()
        return True

    @Slot()
    def decline(self) -> None:
        self.outcome = "declined"
        self.said = translate(
            "ui.sharing_plan", "The suggested plan was not added; Plan my week can add it later."
        )
        _status(self.parentWidget(), self.said)
        self.reject()

    def _say(self, text: str) -> bool:
        self.message.setText(text)
        self.said = text
        return False


def offer_suggested_plan(
    parent: QWidget, paths: Paths, routine_id: str, title: str, suggestion: SuggestedSchedule
) -> SuggestedPlanDialog:
    """Open the offer, window-modal, without waiting for it."""
    dialog = SuggestedPlanDialog(paths, routine_id, title, suggestion, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def _status(window: QWidget | None, text: str) -> None:
    status_bar = getattr(window, "statusBar", None)
    if callable(status_bar):
        status_bar().showMessage(text, 10000)


def day_name(day: int) -> str:
    """A day of the week (0 is Monday) in the window's language: "Monday", "Montag"."""
    return QLocale().dayName(day + 1, QLocale.FormatType.LongFormat)


def short_day_name(day: int) -> str:
    """A day of the week (0 is Monday), short: "Mon", "Mo.", "lun"."""
    return QLocale().dayName(day + 1, QLocale.FormatType.ShortFormat)


def long_date(day: date) -> str:
    """A date with its weekday, in the window's language: "Monday 7 December", "Montag, 7.
    Dezember" (the language's own order)."""
    locale = QLocale()
    pattern = translate("ui.sharing_plan", "dddd d MMMM")  # Qt's date format, per language
    return locale.toString(QDate(day.year, day.month, day.day), pattern)


def _lower_first(text: str) -> str:
    """The plan's words after a colon: in English "Every day" -> "every day" while a day's name
    keeps its capital ("Monday"); in Spanish every first word is lower case ("Lunes, miércoles"
    -> "lunes, miércoles"); in German every word keeps its capital (nouns: "Montag", "Jeden")."""
    if current_language() == "es" or text.startswith(("Every ", "Once ")):
        return text[:1].lower() + text[1:]
    return text
