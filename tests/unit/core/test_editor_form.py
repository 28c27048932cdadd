"""core/editor_form.py: the editor's document without Qt. A form round-trips every built-in
routine, keeps the inputs of the kinds not chosen, and places each problem at its input."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from ankle_coach.core.editor_form import (
    CLOCKWISE,
    ExerciseForm,
    RoutineForm,
    check,
    copy_form,
    exercise_form,
    exercise_mapping,
    exercise_prescription,
    new_routine_form,
    own_images,
    problem_label,
    problem_place,
    problem_text,
    routine_form,
    rows_moved,
    with_exercise_fields,
)
from ankle_coach.core.library import read_routine_file
from ankle_coach.core.paths import builtin_routines_dir
from ankle_coach.core.plan import compile_plan, needed_lead_in
from ankle_coach.core.routine import Exercise, Problem, Routine

BUILT_IN = sorted(builtin_routines_dir().glob("*.toml"))


@pytest.mark.parametrize("path", BUILT_IN, ids=lambda path: path.stem)
def test_every_built_in_routine_round_trips_through_its_form(path: Path) -> None:
    routine = read_routine_file(path)
    assert check(routine_form(routine)) == (routine, ())


def test_a_new_form_is_a_valid_routine_of_one_exercise() -> None:
    routine, problems = check(RoutineForm())
    assert problems == ()
    assert routine is not None and [e.name for e in routine.exercises] == ["Exercise 1"]


def test_the_inputs_of_the_kinds_not_chosen_are_kept() -> None:
    form = exercise_form(Exercise(name="Raises", reps=15, rep_seconds=2.5))
    assert (form.kind, form.reps, form.rep_seconds) == ("reps", 15, 2.5)
    held = dataclasses.replace(form, kind="hold")
    assert exercise_mapping(held)["hold_seconds"] == ExerciseForm().hold_seconds
    assert "reps" not in exercise_mapping(held)
    assert exercise_mapping(dataclasses.replace(held, kind="reps"))["reps"] == 15


@pytest.mark.parametrize(
    ("directions", "custom", "expected"),
    [
        ("none", "up, down", ()),
        ("circles", "", CLOCKWISE),
        ("custom", " up, , down ,", ("up", "down")),
    ],
)
def test_directions_as_chosen_or_typed(
    directions: str, custom: str, expected: tuple[str, ...]
) -> None:
    form = ExerciseForm(name="Circles", directions=directions, custom_directions=custom)
    assert tuple(exercise_mapping(form).get("directions", ())) == expected


@pytest.mark.parametrize(
    ("change", "shown", "place"),
    [
        (
            {"hold_seconds": 0.0},
            "exercises[0].hold_seconds: must be between 1 and 600 seconds, not 0",
            (0, "hold_seconds"),
        ),
        ({"name": " "}, "exercises[0].name: must not be blank", (0, "name")),
        ({"sets": 0}, "exercises[0].sets: must be between 1 and 20 sets, not 0", (0, "sets")),
    ],
)
def test_a_broken_field_is_the_validators_message_at_its_input(
    change: dict[str, object], shown: str, place: tuple[int | None, str]
) -> None:
    form = with_exercise_fields(RoutineForm(), 0, **change)
    routine, problems = check(form)
    assert routine is None
    assert [problem_text(p) for p in problems] == [shown]
    assert [problem_place(p) for p in problems] == [place]


def test_routine_problems_are_placed_at_the_routine_field() -> None:
    routine, problems = check(dataclasses.replace(RoutineForm(), title="  ", exercises=()))
    assert routine is None
    assert sorted(problem_place(p) for p in problems) == [(None, "exercises"), (None, "title")]
    assert problem_text(Problem("x.toml", "", "is empty")) == "is empty"


def test_rows_dropped_in_the_list_move_as_a_drop_moves_them() -> None:
    exercises = tuple(ExerciseForm(name=name) for name in "ABCD")
    moved, target = rows_moved(exercises, 0, 0, 3)  # A dropped before D
    assert ([e.name for e in moved], target) == (["B", "C", "A", "D"], 2)
    moved, target = rows_moved(exercises, 2, 3, 0)  # C and D dropped at the top
    assert ([e.name for e in moved], target) == (["C", "D", "A", "B"], 0)


def test_own_images_leave_out_the_built_in_ones() -> None:
    form = RoutineForm(
        exercises=(
            ExerciseForm(image="calf-stretch.svg"),
            ExerciseForm(image="band.svg"),
            ExerciseForm(image="band.svg"),
            ExerciseForm(image=""),
        )
    )
    assert own_images(form, ["calf-stretch.svg"]) == ["band.svg"]


def test_the_prescription_of_a_form_or_nothing_while_it_breaks_a_rule() -> None:
    form = exercise_form(Exercise(name="Calf", sides=("left", "right"), sets=3, hold_seconds=30))
    assert exercise_prescription(form) == "3 \u00d7 30 s hold, each side"
    assert exercise_prescription(dataclasses.replace(form, sets=-1)) == ""


def test_a_routine_form_keeps_the_routine_fields() -> None:
    routine = Routine(
        format=1,
        title="Calf work",
        summary="For calves.",
        lead_in_seconds=10,
        rest_between_exercises_seconds=20,
        tags=("calves", "after-run"),
        exercises=(Exercise(name="Calf", hold_seconds=30),),
    )
    form = routine_form(routine)
    assert (form.title, form.summary, form.lead_in_seconds, form.tags) == (
        "Calf work",
        "For calves.",
        10,
        "calves, after-run",
    )
    assert check(form) == (routine, ())


@pytest.mark.parametrize(
    ("field", "label"),
    [
        ("exercises[1].name", "Exercise 2, Name"),
        ("exercises[0].hold_seconds", "Exercise 1, Hold"),
        ("exercises[2].sides[1]", "Exercise 3, Sides"),
        ("exercises[0].rep_seconds", "Exercise 1, Seconds per rep"),
        ("exercises[3]", "Exercise 4"),
        ("lead_in_seconds", "Lead-in"),
        ("rest_between_exercises_seconds", "Rest between exercises"),
        ("tags[2]", "Tags"),
        ("title", "Title"),
    ],
)
def test_the_problems_list_names_a_problem_by_its_inputs_label(field: str, label: str) -> None:
    problem = Problem("(unsaved routine)", field, "must not be empty")
    assert problem_label(problem) == f"{label}: must not be empty"
    assert problem_text(problem) == f"{field}: must not be empty"  # the file's words, kept


def test_a_problem_of_the_whole_routine_is_its_message_alone() -> None:
    assert problem_label(Problem("x", "", "would not load back")) == "would not load back"


def test_a_new_routine_starts_with_a_lead_in_that_fits() -> None:
    form = new_routine_form()
    routine, _ = check(form)
    assert routine is not None
    assert needed_lead_in(routine) is None
    assert form.lead_in_seconds == 10
    get_ready = [cue.text for cue in compile_plan(routine).cues if cue.segment == 0]
    assert get_ready == [
        "Get ready. First: Exercise 1, hold for 30 seconds. Stop if it hurts.",
        "3",
        "2",
        "1",
    ]


def test_a_copy_of_a_built_in_routine_has_a_title_of_its_own_and_says_it_was_edited() -> None:
    routine = read_routine_file(builtin_routines_dir() / "standing-calf-stretch.toml")
    copy = copy_form(routine_form(routine), of_builtin=True)
    assert copy.title == f"{routine.title} (my version)"
    assert copy.summary == (
        f"{routine.summary}\n\nEdited from the built-in routine \u201c{routine.title}\u201d."
    )
    assert copy.exercises == routine_form(routine).exercises  # nothing else changes
    assert copy_form(copy, of_builtin=False).title == f"{routine.title} (my version) (copy)"
    assert check(copy)[1] == ()


def test_a_copy_of_a_long_title_stays_within_the_limit() -> None:
    copy = copy_form(RoutineForm(title="x" * 120), of_builtin=False)
    assert copy.title == "x" * 113 + " (copy)" and len(copy.title) == 120
    assert check(copy)[1] == ()


# -- One language at a time (issue 18): the same inputs show English or one translation.


def test_a_translation_is_edited_one_input_at_a_time_and_a_blank_one_is_taken_out() -> None:
    from ankle_coach.core.editor_form import (
        exercise_text,
        form_languages,
        routine_text,
        with_exercise_text,
        with_routine_text,
    )

    routine = read_routine_file(builtin_routines_dir() / "calf-raises.toml")
    form = routine_form(routine)
    assert form_languages(form) == ("de", "es")
    assert routine_text(form, "de", "title") == "Fersenheben"
    assert exercise_text(form.exercises[0], "es", "cue") == "Baja y sube los talones despacio."
    assert exercise_text(form.exercises[0], "fr", "cue") == ""  # not translated: English shows

    form = with_exercise_text(form, 0, "de", "cue", "Ganz langsam.")
    form = with_routine_text(form, "es", "title", "  ")  # blank: the English title is used
    form = with_routine_text(form, "en", "title", "Calf raises, week 1")
    edited, problems = check(form)
    assert problems == () and edited is not None
    assert edited.title == "Calf raises, week 1"
    assert edited.in_language("de").exercises[0].cue == "Ganz langsam."
    assert edited.in_language("es").title == "Calf raises, week 1"
    assert edited.in_language("es").summary == routine.in_language("es").summary  # kept
    # Every other text of every language is as it was.
    assert edited.exercises[0].translations["es"] == routine.exercises[0].translations["es"]


def test_custom_directions_are_translated_as_typed_and_checked_for_their_count() -> None:
    from ankle_coach.core.editor_form import exercise_text, with_exercise_text

    form = dataclasses.replace(
        RoutineForm(),
        exercises=(
            ExerciseForm(name="Toe taps", directions="custom", custom_directions="up, down"),
        ),
    )
    form = with_exercise_text(form, 0, "de", "custom_directions", "hoch, runter")
    assert exercise_text(form.exercises[0], "de", "custom_directions") == "hoch, runter"
    routine, problems = check(form)
    assert problems == () and routine is not None
    assert routine.in_language("de").exercises[0].directions == ("hoch", "runter")
    _, problems = check(with_exercise_text(form, 0, "de", "custom_directions", "hoch"))
    assert [problem_label(p) for p in problems] == [
        "Exercise 1, Directions (Deutsch): must name 2 directions, one for each of the "
        'exercise\'s ("up", "down"), in the same order; it names 1'
    ]


def test_a_copy_of_a_built_in_is_marked_in_each_of_its_languages() -> None:
    from ankle_coach.core import i18n

    routine = read_routine_file(builtin_routines_dir() / "calf-raises.toml")
    with i18n.using("de"):  # the window's language does not decide the English mark
        copy = copy_form(routine_form(routine), of_builtin=True)
    assert copy.title == "Calf raises (my version)"
    assert copy.translations["de"].title == "Fersenheben (meine Version)"
    assert copy.translations["es"].title == "Elevaciones de talones (mi versión)"
    summary = copy.translations["es"].summary or ""
    assert summary.endswith("Editada a partir de la rutina incluida «Elevaciones de talones».")
