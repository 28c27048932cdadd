"""ui/editor/problems.py: the Problems list by the inputs' labels, the lead-in warning and its
button, each input's error in its accessible description, a new error announced once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from ankle_coach.core.routine import Problem
from ankle_coach.ui.editor.problems import (
    ProblemsBox,
    field_key,
    lead_in_warning,
    no_problems,
    show_field_errors,
)

NAME = Problem("(unsaved routine)", "exercises[1].name", "must not be empty")
HOLD = Problem(
    "(unsaved routine)", "exercises[1].hold_seconds", "must be at least 1 seconds, not 0"
)
TITLE = Problem("(unsaved routine)", "title", "must not be blank")


def make_box(qtbot: QtBot) -> ProblemsBox:
    box = ProblemsBox()
    qtbot.addWidget(box)
    return box


def rows(box: ProblemsBox) -> list[str]:
    return [box.list.item(i).text() for i in range(box.list.count())]


def test_problems_are_listed_by_the_label_of_their_input(qtbot: QtBot) -> None:
    box = make_box(qtbot)
    box.show_problems([TITLE, NAME], 10, None)
    assert rows(box) == ["Title: must not be blank", "Exercise 2, Name: must not be empty"]
    assert box.use_lead_in.isHidden()
    box.show_problems([], 10, None)
    assert rows(box) == [no_problems()]


def test_activating_a_problem_asks_to_go_to_it(qtbot: QtBot) -> None:
    box = make_box(qtbot)
    box.show_problems([TITLE, NAME], 10, None)
    with qtbot.waitSignal(box.problemChosen) as chosen:
        box.list.itemActivated.emit(box.list.item(1))
    assert chosen.args == [NAME]


def test_a_lead_in_too_short_is_a_warning_with_a_button_that_sets_the_one_needed(
    qtbot: QtBot,
) -> None:
    box = make_box(qtbot)
    box.show_problems([], 5, 10)
    assert rows(box) == [lead_in_warning(5, 10), no_problems()]  # a warning: it can be saved
    assert rows(box)[0] == (
        "Warning \u2013 Lead-in: 5 s is too short for the get-ready to say what comes first "
        "and count down from 3; it needs 10 s."
    )
    assert not box.use_lead_in.isHidden() and box.use_lead_in.text() == "Use a 10 s lead-in"
    assert not box.list.item(0).icon().isNull()  # marked as a warning
    assert box.use_lead_in.accessibleName() == "Use a lead-in of 10 seconds"
    with qtbot.waitSignal(box.leadInChosen) as chosen:
        QTest.mouseClick(box.use_lead_in, Qt.MouseButton.LeftButton)
    assert chosen.args == [10]
    with qtbot.waitSignal(box.leadInWarningChosen):
        box.list.itemActivated.emit(box.list.item(0))


def test_a_field_that_goes_wrong_is_announced_once(qtbot: QtBot) -> None:
    box = make_box(qtbot)
    said: list[str] = []
    box.announced.connect(said.append)
    box.show_problems([TITLE], 10, None)  # what the routine had as opened: listed, not said
    assert said == []
    box.show_problems([TITLE, NAME], 10, None)
    assert said == ["Exercise 2, Name: must not be empty"]
    assert box.live.text() == box.live.accessibleName() == said[-1]  # for text-change readers
    box.show_problems([TITLE, NAME], 10, None)  # still wrong: not said again
    changed = Problem(NAME.path, NAME.field, "must not be blank")
    box.show_problems([TITLE, changed], 10, None)  # another word for the same field: neither
    box.show_problems([TITLE, NAME, HOLD], 10, None)
    assert said == [
        "Exercise 2, Name: must not be empty",
        "Exercise 2, Hold: must be at least 1 seconds, not 0",
    ]
    box.show_problems([], 10, None)
    box.show_problems([NAME], 10, None)  # fixed, then wrong again: said again
    assert said[-1] == "Exercise 2, Name: must not be empty" and len(said) == 3


def test_each_problem_goes_to_the_line_of_its_input() -> None:
    keys = ["title", "ex.name", "ex.hold_seconds", "ex."]
    assert field_key(TITLE, 0, keys) == "title"
    assert field_key(NAME, 1, keys) == "ex.name"
    assert field_key(NAME, 0, keys) == ""  # another exercise than the one shown
    whole = Problem("x", "exercises[1]", "gives both hold_seconds and reps")
    assert field_key(whole, 1, keys) == "ex."


def test_an_inputs_error_is_in_its_description_before_its_help(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    name = QLineEdit(parent)
    name.setToolTip("The exercise's name, said as it starts")
    lines = {"ex.name": QLabel(parent), "ex.": QLabel(parent)}
    inputs: dict[str, QWidget | None] = {"ex.name": name, "ex.": None}

    show_field_errors(lines, {"ex.name": ["must not be empty"]}, inputs.get)
    assert name.accessibleDescription() == (
        "Error: must not be empty. The exercise's name, said as it starts"
    )
    assert lines["ex.name"].text() == "must not be empty" and not lines["ex.name"].isHidden()
    assert lines["ex."].isHidden()

    show_field_errors(lines, {}, inputs.get)
    assert name.accessibleDescription() == "The exercise's name, said as it starts"
    assert lines["ex.name"].isHidden()
