"""The routine editor: builds routines by its widgets, checks them as typed, saves, undoes."""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Literal

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ankle_coach.core.library import Origin, read_routine_file
from ankle_coach.core.paths import Paths, builtin_routines_dir
from ankle_coach.core.plan import needed_lead_in, total_seconds
from ankle_coach.core.routine import Exercise, Routine
from ankle_coach.core.words import clock_text
from ankle_coach.ui.editor.exercises import CHOOSE_IMAGE
from ankle_coach.ui.editor.images import stage_images
from ankle_coach.ui.editor.window import RoutineEditor
from tests.support.pictures import HOSTILE_SVGS

Answer = Literal["save", "discard", "cancel"]


@pytest.fixture(autouse=True)
def no_unasked_prompt(monkeypatch: pytest.MonkeyPatch) -> None:
    """The unsaved-changes question is a modal box: a test that does not expect it fails."""

    def unexpected(self: RoutineEditor) -> Answer:
        raise AssertionError("the unsaved-changes prompt opened unexpectedly")

    monkeypatch.setattr(RoutineEditor, "confirm_discard", unexpected)


@pytest.fixture
def folder() -> Path:
    return Paths.default().user_routines


def open_editor(
    qtbot: QtBot,
    folder: Path,
    routine: Routine | None = None,
    existing_path: Path | None = None,
    copy_of: Origin | None = None,
) -> RoutineEditor:
    editor = RoutineEditor(
        routine, save_folder=folder, existing_path=existing_path, copy_of=copy_of
    )
    # hidden first, so that closing it at the end of the test asks nothing
    qtbot.addWidget(editor, before_close_func=lambda widget: widget.hide())
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    return editor


def focus(qtbot: QtBot, widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(widget.hasFocus)


def type_into(qtbot: QtBot, widget: QLineEdit | QAbstractSpinBox, text: str) -> None:
    """Replace what the input holds by typing, as a user would."""
    focus(qtbot, widget)
    widget.selectAll()
    QTest.keyClicks(widget, text)


def type_text(qtbot: QtBot, widget: QPlainTextEdit, text: str) -> None:
    focus(qtbot, widget)
    widget.selectAll()
    QTest.keyClicks(widget, text)


def choose(qtbot: QtBot, combo: QComboBox, data: str) -> None:
    """Pick the item holding `data` with the arrow keys."""
    focus(qtbot, combo)
    target = combo.findData(data)
    assert target >= 0, data
    while combo.currentIndex() != target:
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        QTest.keyClick(combo, key)


def click(widget: QWidget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_a_routine_built_by_the_widgets_saves_and_loads_back_equal(
    qtbot: QtBot, folder: Path
) -> None:
    editor = open_editor(qtbot, folder)
    type_into(qtbot, editor.title, "Calf work, week 1")
    type_text(qtbot, editor.summary, "For tight calves.")
    type_into(qtbot, editor.lead_in, "10")
    type_into(qtbot, editor.tags, "calves, after-run")
    # the first exercise: a hold, each side, three sets
    type_into(qtbot, editor.name, "Standing calf stretch")
    type_text(qtbot, editor.instructions, "Lunge forward, back heel down.")
    choose(qtbot, editor.image, "calf-stretch.svg")
    choose(qtbot, editor.sides, "each")
    type_into(qtbot, editor.sets, "3")
    type_into(qtbot, editor.hold_seconds, "30")
    type_into(qtbot, editor.rest_seconds, "10")
    # the second: reps on a tempo, left only, then circles on the right, at own pace
    click(editor.add_button)
    assert editor.current_index() == 1 and editor.name.hasFocus()
    QTest.keyClicks(editor.name, "Calf raises")
    choose(qtbot, editor.kind, "reps")
    assert editor.reps.isVisible() and editor.rep_seconds.isVisible()
    assert not editor.hold_seconds.isVisible()
    type_into(qtbot, editor.reps, "15")
    type_into(qtbot, editor.rep_seconds, "2.5")
    type_into(qtbot, editor.cue, "slow on the way down")
    choose(qtbot, editor.sides, "left")
    click(editor.add_button)
    QTest.keyClicks(editor.name, "Ankle circles")
    choose(qtbot, editor.kind, "manual")
    choose(qtbot, editor.directions, "circles")
    choose(qtbot, editor.sides, "right")
    assert editor.switch_seconds.isVisible()

    expected = Routine(
        format=1,
        title="Calf work, week 1",
        summary="For tight calves.",
        lead_in_seconds=10,
        tags=("calves", "after-run"),
        exercises=(
            Exercise(
                name="Standing calf stretch",
                instructions="Lunge forward, back heel down.",
                image="calf-stretch.svg",
                sides=("left", "right"),
                sets=3,
                hold_seconds=30,
                rest_seconds=10,
            ),
            Exercise(
                name="Calf raises",
                cue="slow on the way down",
                sides=("left",),
                reps=15,
                rep_seconds=2.5,
            ),
            Exercise(
                name="Ankle circles",
                sides=("right",),
                directions=("clockwise", "counter-clockwise"),
                manual=True,
            ),
        ),
    )
    assert editor.routine() == expected
    assert editor.problems() == ()
    # each breath between directions lasts the file's switch time (5 s), counted or not
    assert editor.total.text() == clock_text(total_seconds(expected)) == "05:08"
    assert editor.plan_preview.toPlainText().startswith("00:00  GET READY")

    with qtbot.waitSignal(editor.saved) as saved:
        click(editor.save_button)
    path = saved.args[0]
    assert path == folder / "calf-work-week-1.toml"
    assert read_routine_file(path) == expected
    assert not editor.is_modified()

    # saving again after a change overwrites the same file, never a second copy
    type_into(qtbot, editor.title, "Calf work, week 2")
    with qtbot.waitSignal(editor.saved) as saved_again:
        click(editor.save_button)
    assert saved_again.args == [path]
    assert read_routine_file(path).title == "Calf work, week 2"
    assert sorted(p.name for p in folder.iterdir()) == ["calf-work-week-1.toml"]


@pytest.mark.parametrize(
    ("edit", "label", "message"),
    [
        ("hold", "Exercise 1, Hold", "must be between 1 and 600 seconds, not 0"),
        ("name", "Exercise 1, Name", "must not be blank"),
        ("title", "Title", "must not be blank"),
        ("sets", "Exercise 1, Sets", "must be between 1 and 20 sets, not 0"),
        ("cue", "Exercise 1, Custom cue", "is too long: at most 100 characters"),
        ("blank cue", "Exercise 1, Custom cue", "must not be blank; leave it out for no cue"),
    ],
)
def test_an_invalid_field_shows_the_validators_message_and_blocks_saving(
    qtbot: QtBot, folder: Path, edit: str, label: str, message: str
) -> None:
    editor = open_editor(qtbot, folder)
    assert editor.save_button.isEnabled()
    inputs: dict[str, tuple[QLineEdit | QAbstractSpinBox, str]] = {
        "hold": (editor.hold_seconds, "0"),
        "name": (editor.name, " "),
        "title": (editor.title, "  "),
        "cue": (editor.cue, "slowly " * 15),
        "blank cue": (editor.cue, "  "),
        "sets": (editor.sets, "0"),
    }
    widget, text = inputs[edit]
    help_text = widget.toolTip()
    with qtbot.waitSignal(editor.problems_box.announced) as announced:
        type_into(qtbot, widget, text)

    shown = [editor.problem_list.item(i).text() for i in range(editor.problem_list.count())]
    assert shown == [f"{label}: {message}"]  # the input's label, not the file's field path
    assert announced.args == [f"{label}: {message}"]
    under = [
        line.text()
        for line in editor.findChildren(QLabel, "fieldProblem")
        if line.isVisibleTo(editor)
    ]
    assert under == [message]  # under the input itself, too
    # a screen reader hears the error with the input, before its help
    assert widget.accessibleDescription() == f"Error: {message}. {help_text}"
    assert not editor.save_button.isEnabled() and not editor.try_button.isEnabled()
    assert editor.routine() is None
    assert editor.total.text() == "\u2013"
    QTest.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not folder.exists()


def test_the_custom_cue_is_said_in_the_live_plan_and_undone_like_any_field(
    qtbot: QtBot, folder: Path
) -> None:
    editor = open_editor(qtbot, folder)
    assert editor.cue.accessibleName() == "Custom cue" and editor.cue.toolTip()
    assert (
        editor.cue.text() == "" and "\u201cSlowly.\u201d" not in editor.plan_preview.toPlainText()
    )
    type_into(qtbot, editor.cue, "slowly")
    routine = editor.routine()
    assert routine is not None and routine.exercises[0].cue == "slowly"
    assert "\u201cSlowly.\u201d" in editor.plan_preview.toPlainText()  # said after the call
    click(editor.add_button)  # another exercise shows its own (empty) cue
    assert editor.cue.text() == ""
    editor.exercises.setCurrentRow(0)
    assert editor.cue.text() == "slowly"

    click(editor.undo_button)  # the exercise added
    click(editor.undo_button)  # the cue, typed as one step
    assert editor.cue.text() == "" and editor.form().exercises[0].cue == ""
    click(editor.redo_button)
    assert editor.cue.text() == "slowly"

    type_into(qtbot, editor.cue, "slowly " * 15)  # a problem leads back to the cue
    focus(qtbot, editor.problem_list)
    editor.problem_list.setCurrentRow(0)
    QTest.keyClick(editor.problem_list, Qt.Key.Key_Return)
    qtbot.waitUntil(editor.cue.hasFocus)
    assert editor.cue.accessibleDescription() == (
        f"Error: is too long: at most 100 characters. {editor.cue.toolTip()}"
    )


def test_a_problem_in_the_list_leads_to_its_input(qtbot: QtBot, folder: Path) -> None:
    editor = open_editor(qtbot, folder)
    click(editor.add_button)
    type_into(qtbot, editor.hold_seconds, "0")
    editor.exercises.setCurrentRow(0)
    shown = [label for label in editor.findChildren(QLabel, "fieldProblem") if label.isVisible()]
    assert shown == []  # the problem is not with the exercise shown
    assert editor.exercises.item(0).icon().isNull()  # the warning is on the second only
    assert not editor.exercises.item(1).icon().isNull()
    focus(qtbot, editor.problem_list)
    editor.problem_list.setCurrentRow(0)
    QTest.keyClick(editor.problem_list, Qt.Key.Key_Return)
    assert editor.current_index() == 1
    qtbot.waitUntil(editor.hold_seconds.hasFocus)


def test_undo_and_redo_restore_fields_and_the_exercise_list(qtbot: QtBot, folder: Path) -> None:
    editor = open_editor(qtbot, folder)
    assert not editor.undo_button.isEnabled()
    type_into(qtbot, editor.title, "Morning")  # typing is one undo step
    click(editor.add_button)
    QTest.keyClicks(editor.name, "Raises")
    choose(qtbot, editor.kind, "reps")
    assert editor.undo_stack.count() == 4

    click(editor.undo_button)  # the kind
    assert editor.kind.currentData() == "hold" and editor.hold_seconds.isVisible()
    click(editor.undo_button)  # the name
    assert editor.name.text() == "Exercise 2"
    click(editor.undo_button)  # the exercise added
    assert editor.exercises.count() == 1 and editor.form().exercises[0].name == "Exercise 1"
    click(editor.undo_button)  # the title
    assert editor.title.text() == "New routine"
    assert not editor.undo_button.isEnabled() and not editor.is_modified()

    editor.activateWindow()
    QTest.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # nothing to undo
    for _ in range(3):
        QTest.keyClick(
            editor,
            Qt.Key.Key_Z,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert editor.title.text() == "Morning"
    assert [e.name for e in editor.form().exercises] == ["Exercise 1", "Raises"]
    assert editor.current_index() == 1 and editor.name.text() == "Raises"
    assert editor.kind.currentData() == "hold"
    click(editor.redo_button)
    assert editor.kind.currentData() == "reps" and editor.reps.isVisible()


def test_ctrl_z_in_a_line_edit_undoes_the_document(qtbot: QtBot, folder: Path) -> None:
    editor = open_editor(qtbot, folder)
    type_into(qtbot, editor.name, "Calf stretch")
    type_into(qtbot, editor.title, "Evening")
    QTest.keyClick(editor.title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.title.text() == "New routine"
    QTest.keyClick(editor.title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.name.text() == "Exercise 1"
    routine = editor.routine()
    assert routine is not None and routine.exercises[0].name == "Exercise 1"


def test_the_list_buttons_and_keys(qtbot: QtBot, folder: Path) -> None:
    editor = open_editor(qtbot, folder)
    type_into(qtbot, editor.name, "A")
    click(editor.duplicate_button)
    type_into(qtbot, editor.name, "B")
    click(editor.add_button)
    QTest.keyClicks(editor.name, "C")

    def names() -> list[str]:
        return [exercise.name for exercise in editor.form().exercises]

    assert names() == ["A", "B", "C"] and editor.current_index() == 2
    assert not editor.down_button.isEnabled()
    click(editor.up_button)
    assert names() == ["A", "C", "B"] and editor.current_index() == 1
    focus(qtbot, editor.exercises)
    QTest.keyClick(editor.exercises, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert names() == ["C", "A", "B"] and editor.exercises.currentRow() == 0
    QTest.keyClick(editor.exercises, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert names() == ["A", "C", "B"]
    QTest.keyClick(editor.exercises, Qt.Key.Key_Down)  # choosing is not a change
    assert editor.name.text() == "B" and editor.current_index() == 2
    QTest.keyClick(editor.exercises, Qt.Key.Key_Delete)
    assert names() == ["A", "C"] and editor.name.text() == "C"
    click(editor.remove_button)
    click(editor.remove_button)
    assert names() == []
    assert editor.problem_list.item(0).text() == (
        "Exercises: the routine has no exercises; add at least one [[exercises]]"
    )
    assert not editor.exercise_box.isEnabled() and not editor.save_button.isEnabled()
    click(editor.add_button)
    assert editor.save_button.isEnabled()


def test_a_drag_in_the_list_reorders_the_exercises(qtbot: QtBot, folder: Path) -> None:
    editor = open_editor(qtbot, folder)
    type_into(qtbot, editor.name, "A")
    click(editor.add_button)
    QTest.keyClicks(editor.name, "B")
    click(editor.add_button)
    QTest.keyClicks(editor.name, "C")
    model = editor.exercises.model()
    assert model.moveRow(QModelIndex(), 0, QModelIndex(), 3)  # A to the end, as a drop does
    assert [exercise.name for exercise in editor.form().exercises] == ["B", "C", "A"]
    assert editor.exercises.item(2).text().startswith("3. A")
    click(editor.undo_button)
    assert [exercise.name for exercise in editor.form().exercises] == ["A", "B", "C"]


@pytest.mark.parametrize(
    ("answer", "closed", "saved"),
    [("cancel", False, False), ("discard", True, False), ("save", True, True)],
)
def test_closing_with_changes_asks(
    qtbot: QtBot,
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,
    answer: Answer,
    closed: bool,
    saved: bool,
) -> None:
    editor = open_editor(qtbot, folder)
    type_into(qtbot, editor.title, "Unsaved")
    asked: list[str] = []

    def reply(self: RoutineEditor) -> Answer:
        asked.append(self.form().title)
        return answer

    monkeypatch.setattr(RoutineEditor, "confirm_discard", reply)
    click(editor.close_button)
    assert asked == ["Unsaved"]
    assert editor.isVisible() is not closed
    assert (folder / "unsaved.toml").exists() is saved

    if not closed:
        asked.clear()
        QTest.keyClick(editor, Qt.Key.Key_Escape)  # Esc asks the same
        assert asked == ["Unsaved"] and editor.isVisible()


def test_closing_without_changes_does_not_ask(qtbot: QtBot, folder: Path) -> None:
    editor = open_editor(qtbot, folder)
    type_into(qtbot, editor.title, "Changed")
    click(editor.undo_button)
    assert editor.close()
    assert not editor.isVisible()


def test_save_in_the_prompt_of_an_invalid_routine_keeps_it_open(
    qtbot: QtBot, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = open_editor(qtbot, folder)
    type_into(qtbot, editor.name, "")
    QTest.keyClick(editor.name, Qt.Key.Key_Delete)
    assert editor.routine() is None
    monkeypatch.setattr(RoutineEditor, "confirm_discard", lambda self: "save")
    assert not editor.close()
    assert editor.isVisible()
    assert editor.status.text() == "Not saved: fix the problems first."


def test_try_it_sends_the_unsaved_routine(qtbot: QtBot, folder: Path) -> None:
    editor = open_editor(qtbot, folder)
    type_into(qtbot, editor.title, "Quick try")
    with qtbot.waitSignal(editor.tryRequested) as request:
        click(editor.try_button)
    routine, images = request.args
    assert routine == editor.routine() and routine.title == "Quick try"
    assert images == {}  # built-in illustrations only
    assert not folder.exists() and editor.is_modified()
    assert not editor.isVisible() and not editor.isMinimized()  # hidden, out of the way
    editor.come_back()  # the session is over
    assert not editor.isMinimized() and editor.isVisible()
    assert editor.form().title == "Quick try"  # nothing was lost meanwhile


def test_a_built_in_routine_is_saved_as_a_new_user_routine(
    qtbot: QtBot, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    builtin = builtin_routines_dir() / "ankle-circles.toml"
    before = builtin.read_bytes()
    original = read_routine_file(builtin)
    editor = open_editor(qtbot, folder, original)
    assert editor.routine() == original
    assert not editor.is_modified()  # closing it untouched loses nothing
    type_into(qtbot, editor.reps, "12")
    with qtbot.waitSignal(editor.saved) as saved:
        click(editor.save_button)
    path = saved.args[0]
    assert path == folder / "ankle-circles-2.toml"  # the built-in id stays the built-in's
    assert builtin.read_bytes() == before
    copy = read_routine_file(path)
    assert copy.exercises[0].reps == 12
    assert copy.exercises[0].directions == original.exercises[0].directions


def test_a_copy_of_a_built_in_routine_is_saved_under_a_title_of_its_own(
    qtbot: QtBot, folder: Path
) -> None:
    original = read_routine_file(builtin_routines_dir() / "standing-calf-stretch.toml")
    editor = open_editor(qtbot, folder, original, copy_of=Origin.BUILT_IN)
    assert editor.title.text() == "Standing calf stretch (my version)"
    assert editor.summary.toPlainText().endswith(
        "\n\nEdited from the built-in routine \u201cStanding calf stretch\u201d."
    )
    assert not editor.is_modified()  # closing it untouched loses nothing
    with qtbot.waitSignal(editor.saved) as saved:
        click(editor.save_button)
    path = saved.args[0]
    assert path == folder / "standing-calf-stretch-my-version.toml"
    copy = read_routine_file(path)
    assert copy.title == "Standing calf stretch (my version)"
    assert copy.summary.startswith(original.summary) and copy.exercises == original.exercises


def test_a_duplicate_of_ones_own_routine_is_called_a_copy(qtbot: QtBot, folder: Path) -> None:
    original = read_routine_file(builtin_routines_dir() / "calf-raises.toml")
    editor = open_editor(qtbot, folder, original, copy_of=Origin.USER)
    assert editor.title.text() == f"{original.title} (copy)"
    assert editor.summary.toPlainText() == original.summary


def test_a_lead_in_too_short_for_the_get_ready_is_a_warning_with_its_fix(
    qtbot: QtBot, folder: Path
) -> None:
    editor = open_editor(qtbot, folder)
    assert editor.lead_in.value() == 10  # a new routine's get-ready fits
    box = editor.problems_box
    assert box.use_lead_in.isHidden()
    type_into(qtbot, editor.lead_in, "5")
    routine = editor.routine()
    assert routine is not None and routine.lead_in_seconds == 5
    assert needed_lead_in(routine) == 10
    shown = [editor.problem_list.item(i).text() for i in range(editor.problem_list.count())]
    assert shown == [
        "Warning \u2013 Lead-in: 5 s is too short for the get-ready to say what comes first "
        "and count down from 3; it needs 10 s.",
        "No problems: the routine can be saved.",
    ]
    assert editor.save_button.isEnabled()  # a warning, not a problem
    assert box.use_lead_in.isVisibleTo(editor)
    preview = editor.plan_preview.toPlainText()
    assert "Get ready. First: Exercise 1." in preview

    click(box.use_lead_in)
    assert editor.lead_in.value() == 10 and editor.form().lead_in_seconds == 10
    assert box.use_lead_in.isHidden()
    assert "Get ready. First: Exercise 1, hold for 30 seconds." in editor.plan_preview.toPlainText()
    click(editor.undo_button)  # one step of its own
    assert editor.lead_in.value() == 5 and not box.use_lead_in.isHidden()

    focus(qtbot, editor.problem_list)  # Enter on the warning goes to the lead-in
    editor.problem_list.setCurrentRow(0)
    QTest.keyClick(editor.problem_list, Qt.Key.Key_Return)
    qtbot.waitUntil(editor.lead_in.hasFocus)


def test_a_user_routine_is_saved_in_place(qtbot: QtBot, folder: Path) -> None:
    folder.mkdir(parents=True)
    path = folder / "mine.toml"
    path.write_bytes((builtin_routines_dir() / "calf-raises.toml").read_bytes())
    editor = open_editor(qtbot, folder, read_routine_file(path), existing_path=path)
    assert not editor.is_modified()
    type_into(qtbot, editor.title, "Mine")
    with qtbot.waitSignal(editor.saved) as saved:
        click(editor.save_button)
    assert saved.args == [path]
    assert read_routine_file(path).title == "Mine"
    assert [p.name for p in folder.iterdir()] == ["mine.toml"]


SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 3"><rect width="4" height="3"/></svg>'
)


def test_a_chosen_image_file_is_copied_next_to_the_routine(
    qtbot: QtBot, folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    picture = tmp_path / "my-band.svg"
    picture.write_bytes(SVG)
    monkeypatch.setattr(RoutineEditor, "choose_image_file", lambda self: picture)
    editor = open_editor(qtbot, folder)
    focus(qtbot, editor.image)
    QTest.keyClick(editor.image, Qt.Key.Key_End)  # "Choose image file…" is the last item
    assert editor.image.itemData(editor.image.count() - 1) == CHOOSE_IMAGE
    assert editor.image.currentText() == "my-band.svg"
    assert editor.preview_image.has_image
    with qtbot.waitSignal(editor.saved) as saved:
        click(editor.save_button)
    assert read_routine_file(saved.args[0]).exercises[0].image == "my-band.svg"
    assert (folder / "my-band.svg").read_bytes() == SVG


def test_try_it_sends_the_image_files_not_saved_yet(
    qtbot: QtBot, folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two files of one name from two folders, and a built-in illustration."""
    pictures = [tmp_path / "a" / "band.svg", tmp_path / "b" / "band.svg"]
    for number, picture in enumerate(pictures):
        picture.parent.mkdir()
        picture.write_bytes(SVG.replace(b'width="4"', f'width="{number + 1}"'.encode()))
    chosen = iter(pictures)
    monkeypatch.setattr(RoutineEditor, "choose_image_file", lambda self: next(chosen))
    editor = open_editor(qtbot, folder)
    for index in range(2):
        if index:
            click(editor.add_button)
        focus(qtbot, editor.image)
        QTest.keyClick(editor.image, Qt.Key.Key_End)  # "Choose image file…"
    click(editor.add_button)
    choose(qtbot, editor.image, "calf-stretch.svg")

    with qtbot.waitSignal(editor.tryRequested) as request:
        click(editor.try_button)
    routine, images = request.args
    assert [e.image for e in routine.exercises] == ["band.svg", "band-2.svg", "calf-stretch.svg"]
    assert images == {"band.svg": pictures[0], "band-2.svg": pictures[1]}
    assert [e.image for e in editor.form().exercises][:2] == ["band.svg"] * 2  # as chosen
    assert not folder.exists()  # nothing is saved by trying

    staged = tmp_path / "staged"
    assert stage_images(images, staged) == []
    assert [(staged / name).read_bytes() for name in images] == [p.read_bytes() for p in pictures]
    pictures[0].unlink()
    assert stage_images(images, tmp_path / "again") == ["band.svg: No such file or directory"]


def test_an_image_that_is_not_one_is_refused(
    qtbot: QtBot, folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = tmp_path / "notes.png"
    fake.write_text("not a picture")
    monkeypatch.setattr(RoutineEditor, "choose_image_file", lambda self: fake)
    editor = open_editor(qtbot, folder)
    focus(qtbot, editor.image)
    QTest.keyClick(editor.image, Qt.Key.Key_End)  # "Choose image file…" is the last item
    assert editor.image.itemData(editor.image.count() - 1) == CHOOSE_IMAGE
    assert editor.status.text() == "notes.png is not a PNG image inside; not used."
    assert editor.form().exercises[0].image == ""
    assert editor.image.currentText() == "No illustration"


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda path: os.mkfifo(path), "is a named pipe, not an image file"),
        (lambda path: path.symlink_to(path.name), "is a symbolic link that leads back to itself"),
        (
            lambda path: path.write_bytes(HOSTILE_SVGS["nested use 10^4"][0]),
            HOSTILE_SVGS["nested use 10^4"][1],
        ),
    ],
    ids=["FIFO", "symlink loop", "nested use"],
)
def test_a_hostile_image_file_chosen_is_refused_at_once(
    qtbot: QtBot,
    folder: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    make: Callable[[Path], object],
    message: str,
) -> None:
    chosen = tmp_path / "chosen.svg"
    make(chosen)
    monkeypatch.setattr(RoutineEditor, "choose_image_file", lambda self: chosen)
    editor = open_editor(qtbot, folder)
    focus(qtbot, editor.image)
    started = time.perf_counter()
    QTest.keyClick(editor.image, Qt.Key.Key_End)  # "Choose image file…": never waits on a FIFO
    assert time.perf_counter() - started < 2
    assert editor.status.text() == f"chosen.svg {message}; not used."
    assert editor.form().exercises[0].image == ""


# -- keyboard and screen readers -----------------------------------------------------------------


def test_every_focusable_control_has_an_accessible_name(qtbot: QtBot, folder: Path) -> None:
    editor = open_editor(qtbot, folder)
    controls = [
        widget
        for widget in editor.findChildren(QWidget)
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and widget.isVisibleTo(editor)
        and not isinstance(widget.parent(), QAbstractSpinBox | QComboBox)
        and widget.parent() not in (editor.summary, editor.instructions, editor.plan_preview)
    ]
    assert len(controls) >= 20
    assert [type(w).__name__ for w in controls if not w.accessibleName()] == []


def test_labels_are_plain_text_with_buddies_and_distinct_mnemonics(
    qtbot: QtBot, folder: Path
) -> None:
    editor = open_editor(qtbot, folder)
    labels = [label for label in editor.findChildren(QLabel) if label.text()]
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
    with_mnemonic = [label for label in labels if "&" in label.text()]
    assert len(with_mnemonic) >= 15
    assert all(label.buddy() is not None for label in with_mnemonic)
    texts = [label.text() for label in labels] + [
        button.text() for button in editor.findChildren(QAbstractButton)
    ]
    letters = [match.lower() for text in texts for match in re.findall(r"&(\w)", text)]
    assert len(letters) == len(set(letters)), texts


def test_a_mnemonic_reaches_its_input(qtbot: QtBot, folder: Path) -> None:
    editor = open_editor(qtbot, folder)
    QTest.keyClick(editor, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(editor.name.hasFocus)
    QTest.keyClick(editor, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(editor.hold_seconds.hasFocus)


def test_text_from_a_routine_file_is_shown_as_text(qtbot: QtBot, folder: Path) -> None:
    editor = open_editor(qtbot, folder)
    type_into(qtbot, editor.name, "<b>bold</b>")
    assert editor.exercises.item(0).text().startswith("1. <b>bold</b>")
    type_into(qtbot, editor.sets, "0")
    label = next(
        label for label in editor.findChildren(QLabel, "fieldProblem") if label.isVisibleTo(editor)
    )
    assert label.textFormat() == Qt.TextFormat.PlainText


@pytest.mark.parametrize("sizes", [(1.0,), (2.0,), (2.0, 1.0)], ids=["100%", "200%", "restored"])
def test_the_total_follows_the_text_size(
    qtbot: QtBot, folder: Path, sizes: tuple[float, ...]
) -> None:
    """The routine's total time, the editor's heading, is larger than body text at every
    text size and does not stay large after Restore defaults."""
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    from ankle_coach.ui.theme import HEADING_SCALES, apply_theme

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    palette, base = app.palette(), QFont(app.font())
    editor = open_editor(qtbot, folder)
    try:
        for size in sizes:
            apply_theme(app, "light", size, base)
        body = base.pointSizeF() * sizes[-1]
        assert editor.total.font().pointSizeF() == pytest.approx(body * HEADING_SCALES[1])
        assert editor.total.font().bold()
        assert editor.status.font().pointSizeF() == pytest.approx(body)
    finally:
        app.setPalette(palette)
        app.setFont(base)
