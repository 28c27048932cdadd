"""The Plan my week dialog: add, change, remove; a bad time or no day is refused with a message
and nothing is saved."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ankle_coach.core.i18n import Language
from ankle_coach.core.schedule import Reminder, WeeklyPlan
from ankle_coach.ui import i18n
from ankle_coach.ui.reminders.plan_dialog import PlanDialog

ROUTINES = [("calf-raises", "Calf raises"), ("after-run-recovery", "After-run recovery")]


class Saved:
    """Records each plan saved; `problem` makes the next save fail with that reason."""

    def __init__(self) -> None:
        self.plans: list[WeeklyPlan] = []
        self.problem: str | None = None

    def __call__(self, plan: WeeklyPlan) -> str | None:
        if self.problem is not None:
            return self.problem
        self.plans.append(plan)
        return None


#: The dialog's today: a new reminder records it as its start.
TODAY = date(2026, 12, 5)


def make(qtbot: QtBot, plan: WeeklyPlan | None = None) -> tuple[PlanDialog, Saved]:
    saved = Saved()
    dialog = PlanDialog(plan or WeeklyPlan(), ROUTINES, saved, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, saved


def choose_days(dialog: PlanDialog, days: tuple[int, ...]) -> None:
    for day, box in enumerate(dialog.days):
        box.setChecked(day in days)


def test_add_saves_a_reminder_and_lists_it(qtbot: QtBot) -> None:
    dialog, saved = make(qtbot)
    dialog.routine.setCurrentIndex(1)
    choose_days(dialog, (0, 2, 4))
    dialog.time.setText("18:30")
    dialog.add_button.click()
    expected = Reminder(
        id=1, routine="after-run-recovery", days=(0, 2, 4), at=time(18, 30), since=TODAY
    )
    assert [p.reminders for p in saved.plans] == [(expected,)]
    assert dialog.plan.reminders == (expected,)
    assert [dialog.reminders.item(i).text() for i in range(dialog.reminders.count())] == [
        "After-run recovery: Mon, Wed, Fri at 18:30"
    ]
    assert dialog.message_text() == "Added: After-run recovery: Mon, Wed, Fri at 18:30."


def test_every_day_checks_each_day(qtbot: QtBot) -> None:
    dialog, saved = make(qtbot)
    dialog.every_day.setChecked(True)
    assert all(box.isChecked() for box in dialog.days)
    dialog.time.setText("7:05")
    assert dialog.add()
    assert dialog.reminders.item(0).text() == "Calf raises: every day at 07:05"
    dialog.days[6].setChecked(False)
    assert not dialog.every_day.isChecked()


def test_change_edits_the_chosen_reminder_in_place(qtbot: QtBot) -> None:
    plan, _ = WeeklyPlan().added("calf-raises", (0,), time(7, 0), since=None)
    plan, _ = plan.added("after-run-recovery", (1, 3), time(18, 30), since=None)
    dialog, saved = make(qtbot, plan)
    dialog.reminders.setCurrentRow(1)
    assert dialog.routine.currentData() == "after-run-recovery"
    assert [box.isChecked() for box in dialog.days] == [False, True, False, True] + [False] * 3
    assert dialog.time.text() == "18:30"
    dialog.time.setText("19:15")
    dialog.enabled.setChecked(False)
    dialog.change_button.click()
    assert saved.plans[-1].reminders == (
        Reminder(id=1, routine="calf-raises", days=(0,), at=time(7, 0)),
        Reminder(id=2, routine="after-run-recovery", days=(1, 3), at=time(19, 15), enabled=False),
    )
    assert dialog.reminders.item(1).text() == "After-run recovery: Tue, Thu at 19:15 (off)"
    assert dialog.reminders.currentRow() == 1


def test_remove_takes_the_chosen_reminder_out(qtbot: QtBot) -> None:
    plan, _ = WeeklyPlan().added("calf-raises", (0,), time(7, 0), since=None)
    plan, _ = plan.added("after-run-recovery", (1, 3), time(18, 30), since=None)
    dialog, saved = make(qtbot, plan)
    dialog.reminders.setCurrentRow(0)
    dialog.remove_button.click()
    assert [r.id for r in saved.plans[-1].reminders] == [2]
    assert dialog.reminders.count() == 1
    assert dialog.message_text() == "Removed."
    assert not dialog.remove_button.isEnabled()  # nothing chosen now


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("25:00", "Time: 25:00 is not a time of day; hours go from 00 to 23."),
        ("18:75", "Time: 18:75 is not a time of day; minutes go from 00 to 59."),
        ("6pm", "Time: '6pm' is not a time; use the 24-hour clock, HH:MM, e.g. 18:30."),
        ("  ", "Time: type the time of day, on the 24-hour clock, e.g. 18:30."),
    ],
)
def test_a_bad_time_is_refused_with_a_message_and_nothing_saved(
    qtbot: QtBot, typed: str, message: str
) -> None:
    dialog, saved = make(qtbot)
    dialog.time.setText(typed)
    assert dialog.add() is False
    assert dialog.message_text() == message
    assert saved.plans == [] and dialog.plan == WeeklyPlan()
    assert dialog.time.hasFocus() or not dialog.isActiveWindow()


def test_no_day_is_refused(qtbot: QtBot) -> None:
    dialog, saved = make(qtbot)
    choose_days(dialog, ())
    assert dialog.add() is False
    assert dialog.message_text() == "Days: choose at least one day."
    assert saved.plans == []


def test_the_same_reminder_twice_is_refused(qtbot: QtBot) -> None:
    dialog, saved = make(qtbot)
    assert dialog.add()
    assert dialog.add() is False
    assert dialog.message_text() == "That reminder is already in your plan."
    assert len(saved.plans) == 1


def test_a_save_that_fails_changes_nothing_and_says_why(qtbot: QtBot) -> None:
    dialog, saved = make(qtbot)
    saved.problem = "No space left on device"
    assert dialog.add() is False
    assert dialog.message_text() == "Not saved: No space left on device"
    assert dialog.plan == WeeklyPlan() and dialog.reminders.count() == 0


def test_a_reminder_of_a_routine_gone_from_the_library_is_shown_by_its_id(qtbot: QtBot) -> None:
    plan, _ = WeeklyPlan().added("old-routine", (5,), time(9, 0), since=None)
    dialog, _ = make(qtbot, plan)
    assert dialog.reminders.item(0).text() == "old-routine (not in the library): Sat at 09:00"
    dialog.reminders.setCurrentRow(0)
    assert dialog.routine.currentText() == "old-routine (not in the library)"


def test_a_reminders_end_is_listed(qtbot: QtBot) -> None:
    plan, _ = WeeklyPlan().added(
        "calf-raises", (0,), time(7, 0), since=date(2026, 11, 2), until=date(2026, 11, 29)
    )
    plan, _ = plan.added("after-run-recovery", (1,), time(18, 30), since=TODAY, until=TODAY)
    plan, _ = plan.added(
        "after-run-recovery", (2,), time(19, 0), since=TODAY, until=date(2027, 1, 1), enabled=False
    )
    dialog, _ = make(qtbot, plan)
    assert [dialog.reminders.item(i).text() for i in range(dialog.reminders.count())] == [
        "Calf raises: Mon at 07:00 (ended on Sun 29 Nov 2026)",
        "After-run recovery: Tue at 18:30 (until Sat 5 Dec 2026)",
        "After-run recovery: Wed at 19:00 (until Fri 1 Jan 2027) (off)",
    ]


@pytest.fixture
def speaking(qapp: QApplication) -> Iterator[None]:
    yield
    i18n.uninstall(qapp)


@pytest.mark.parametrize(
    ("language", "lines", "days", "title"),
    [
        (
            "de",
            [
                "Calf raises: montags um 07:00 (beendet am So., 29. Nov. 2026)",
                "After-run recovery: mittwochs um 19:00 (bis Fr., 1. Jan. 2027) (aus)",
            ],
            ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
            "Woche planen",
        ),
        (
            "es",
            [
                "Calf raises: los lunes a las 07:00 (termin\u00f3 el dom 29 nov 2026)",
                "After-run recovery: los mi\u00e9rcoles a las 19:00 (hasta el vie 1 ene 2027)"
                " (desactivado)",
            ],
            ["lun", "mar", "mi\u00e9", "jue", "vie", "s\u00e1b", "dom"],
            "Planificar mi semana",
        ),
    ],
)
def test_the_plan_in_german_and_spanish(
    qtbot: QtBot,
    qapp: QApplication,
    speaking: None,
    language: Language,
    lines: list[str],
    days: list[str],
    title: str,
) -> None:
    i18n.install(qapp, language)
    plan, _ = WeeklyPlan().added(
        "calf-raises", (0,), time(7, 0), since=date(2026, 11, 2), until=date(2026, 11, 29)
    )
    plan, _ = plan.added(
        "after-run-recovery", (2,), time(19, 0), since=TODAY, until=date(2027, 1, 1), enabled=False
    )
    dialog, _ = make(qtbot, plan)
    assert dialog.windowTitle() == title
    assert [dialog.reminders.item(i).text() for i in range(dialog.reminders.count())] == lines
    assert [box.text() for box in dialog.days] == days
    # every line is seen whole: the dialog is as wide as its longest line
    assert dialog.reminders.horizontalScrollBar().maximum() == 0
