"""core/editor_form.py: the editor's document without Qt: a routine to its form and back
unchanged, the inputs of the kinds not chosen kept, the validator's problems placed at their
inputs, and the small list operations undo and drag-and-drop use."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from ankle_coach.core.decoding import Problem
from ankle_coach.core.editor_form import (
    UNSAVED_PATH,
    ExerciseForm,
    RoutineForm,
    builtin_illustrations,
    check,
    exercise_form,
    exercise_prescription,
    own_images,
    problem_place,
    problem_text,
    routine_form,
    routine_mapping,
    rows_moved,
    with_exercise_fields,
)
from ankle_coach.core.library import read_routine_file
from ankle_coach.core.paths import builtin_routines_dir
from ankle_coach.core.routine import routine_from_mapping


@pytest.mark.parametrize(
    "path", sorted(builtin_routines_dir().glob("*.toml")), ids=lambda path: path.stem
)
def test_every_builtin_routine_goes_to_a_form_and_back_unchanged(path: Path) -> None:
    routine = read_routine_file(path)
    back, problems = check(routine_form(routine))
    assert problems == ()
    assert back == routine


def test_every_kind_sides_and_directions_come_back_as_they_were() -> None:
    form = RoutineForm(
        title="Kinds",
        tags="calf, , after-run ",
        exercises=(
            ExerciseForm(name="Hold", kind="hold", hold_seconds=45, sides="each"),
            ExerciseForm(name="Reps", kind="reps", reps=12, rep_seconds=3, sides="right"),
            ExerciseForm(name="Moving", kind="duration", duration_seconds=90, directions="circles"),
            ExerciseForm(
                name="Own pace", kind="manual", directions="custom", custom_directions="up, down"
            ),
        ),
    )
    routine, problems = check(form)
    assert problems == () and routine is not None
    assert routine.tags == ("calf", "after-run")  # blanks between commas left out
    assert [exercise_form(e).kind for e in routine.exercises] == [
        "hold",
        "reps",
        "duration",
        "manual",
    ]
    again = routine_form(routine)
    assert [e.sides for e in again.exercises] == ["each", "right", "none", "none"]
    assert [e.directions for e in again.exercises] == ["none", "none", "circles", "custom"]
    assert again.exercises[3].custom_directions == "up, down"
    assert again.tags == "calf, after-run"


def test_switching_the_kind_keeps_the_numbers_of_the_others() -> None:
    form = ExerciseForm(name="Calf raises", kind="reps", reps=15, hold_seconds=40)
    as_hold = dataclasses.replace(form, kind="hold")
    back = dataclasses.replace(as_hold, kind="reps")
    assert back == form
    routine, _ = check(RoutineForm(exercises=(as_hold,)))
    assert routine is not None and routine.exercises[0].hold_seconds == 40
    assert routine.exercises[0].reps is None  # only the kind chosen goes into the file


def test_a_broken_form_gives_the_validators_problems_placed_at_their_inputs() -> None:
    form = RoutineForm(
        title=" ",
        exercises=(ExerciseForm(name="A"), ExerciseForm(name="B", kind="hold", hold_seconds=0)),
    )
    routine, problems = check(form)
    assert routine is None
    assert all(problem.path == UNSAVED_PATH for problem in problems)
    places = {problem_place(problem) for problem in problems}
    assert (None, "title") in places
    assert (1, "hold_seconds") in places
    with pytest.raises(Exception):  # noqa: B017 - the same mapping fails the file's own rules
        routine_from_mapping(routine_mapping(form), UNSAVED_PATH)


@pytest.mark.parametrize(
    ("field", "place", "text"),
    [
        ("exercises[2].reps", (2, "reps"), "exercises[2].reps: must be at least 1"),
        ("exercises[0]", (0, ""), "exercises[0]: must be at least 1"),
        ("tags[1]", (None, "tags"), "tags[1]: must be at least 1"),
        ("title", (None, "title"), "title: must be at least 1"),
        ("", (None, ""), "must be at least 1"),
    ],
)
def test_a_problem_is_put_in_words_and_placed(
    field: str, place: tuple[int | None, str], text: str
) -> None:
    problem = Problem(UNSAVED_PATH, field, "must be at least 1")
    assert problem_place(problem) == place
    assert problem_text(problem) == text


def test_the_prescription_is_said_while_valid_and_blank_while_not() -> None:
    assert exercise_prescription(ExerciseForm(kind="hold", hold_seconds=30, sets=3)) != ""
    assert exercise_prescription(ExerciseForm(kind="hold", hold_seconds=0)) == ""


def test_a_field_of_one_exercise_changes_and_nothing_else() -> None:
    form = RoutineForm(exercises=(ExerciseForm(name="A"), ExerciseForm(name="B")))
    changed = with_exercise_fields(form, 1, name="C", sets=2)
    assert [e.name for e in changed.exercises] == ["A", "C"]
    assert changed.exercises[1].sets == 2 and changed.exercises[0] == form.exercises[0]
    assert form.exercises[1].name == "B"  # the form is a value: the old one is unchanged


@pytest.mark.parametrize(
    ("start", "end", "row", "names", "first"),
    [
        (0, 0, 3, "BCAD", 2),  # the first dropped before the last
        (2, 3, 0, "CDAB", 0),  # the last two dropped at the top
        (1, 1, 4, "ACDB", 3),  # dropped at the end
        (1, 2, 0, "BCAD", 0),  # two from the middle dropped at the top
    ],
)
def test_rows_move_as_a_list_view_drops_them(
    start: int, end: int, row: int, names: str, first: int
) -> None:
    exercises = tuple(ExerciseForm(name=name) for name in "ABCD")
    moved, target = rows_moved(exercises, start, end, row)
    assert "".join(e.name for e in moved) == names
    assert target == first
    assert sorted(e.name for e in moved) == list("ABCD")  # nothing lost or doubled


def test_own_images_are_those_not_built_in() -> None:
    builtin = builtin_illustrations()
    assert builtin and builtin == sorted(builtin) and all(n.endswith(".svg") for n in builtin)
    form = RoutineForm(
        exercises=(
            ExerciseForm(image=builtin[0]),
            ExerciseForm(image="mine.png"),
            ExerciseForm(image="mine.png"),
            ExerciseForm(image=""),
        )
    )
    assert own_images(form, builtin) == ["mine.png"]


def test_an_image_beside_a_routine_is_marked_to_be_copied_a_built_in_one_is_not(
    tmp_path: Path,
) -> None:
    (tmp_path / "mine.png").write_bytes(b"not looked inside here")
    builtin = builtin_illustrations()[0]
    routine, _ = check(
        RoutineForm(exercises=(ExerciseForm(image="mine.png"), ExerciseForm(image=builtin)))
    )
    assert routine is not None
    form = routine_form(routine, image_folder=tmp_path)
    assert [e.image_source for e in form.exercises] == [str(tmp_path / "mine.png"), ""]
    assert [e.image_source for e in routine_form(routine).exercises] == ["", ""]
