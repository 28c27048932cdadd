"""Routine files: what a broken file gets, as the exact line a user sees."""

from __future__ import annotations

from pathlib import Path

import pytest

from ankle_coach.cli import main
from ankle_coach.core.routine import MAX_FILE_BYTES, RoutineError, parse_routine

HEAD = 'format = 1\ntitle = "Test"\n'
EXERCISE = '[[exercises]]\nname = "Calf stretch"\n'
KINDS = "hold_seconds, reps, duration_seconds or manual = true"


def exercise(body: str) -> bytes:
    return (HEAD + EXERCISE + body).encode()


BROKEN: list[tuple[str, bytes, list[str]]] = [
    (
        "bad TOML",
        b'format = 1\ntitle = "Test\n',
        ["r.toml: this is not valid TOML: line 2, column 14: illegal character '\\n'"],
    ),
    (
        "format missing",
        b'title = "Test"\n',
        ["r.toml: format: is missing; an Ankle Coach routine file starts with `format = 1`"],
    ),
    (
        "unknown format",
        b'format = 2\ntitle = "Test"\n',
        [
            "r.toml: format: this file is format 2, but this version of Ankle Coach reads "
            "format 1 only; update Ankle Coach or ask for a format 1 file"
        ],
    ),
    (
        "format as text",
        b'format = "1"\n',
        ['r.toml: format: must be the whole number 1, not the text "1"'],
    ),
    (
        "no exercises",
        HEAD.encode(),
        ["r.toml: exercises: the routine has no exercises; add at least one [[exercises]]"],
    ),
    (
        "empty exercises",
        (HEAD + "exercises = []\n").encode(),
        ["r.toml: exercises: the routine has no exercises; add at least one [[exercises]]"],
    ),
    (
        "exercises as one table",
        (HEAD + '[exercises]\nname = "a"\n').encode(),
        ["r.toml: exercises: must be a list of [[exercises]] tables, not a table"],
    ),
    (
        "text for a number",
        exercise('sets = "three"\nhold_seconds = 30\n'),
        ['r.toml: exercises[0].sets: must be a whole number, not the text "three"'],
    ),
    (
        "fraction of a set",
        exercise("sets = 2.5\nhold_seconds = 30\n"),
        ["r.toml: exercises[0].sets: must be a whole number, not 2.5"],
    ),
    (
        "negative hold",
        exercise("hold_seconds = -5\n"),
        ["r.toml: exercises[0].hold_seconds: must be between 1 and 600 seconds, not -5"],
    ),
    (
        "zero hold",
        exercise("hold_seconds = 0\n"),
        ["r.toml: exercises[0].hold_seconds: must be between 1 and 600 seconds, not 0"],
    ),
    (
        "NaN hold",
        exercise("hold_seconds = nan\n"),
        [
            "r.toml: exercises[0].hold_seconds: must be between 1 and 600 seconds, "
            "not nan (not a number)"
        ],
    ),
    (
        "infinite lead-in",
        (HEAD + "lead_in_seconds = inf\n" + EXERCISE + "hold_seconds = 30\n").encode(),
        ["r.toml: lead_in_seconds: must be between 0 and 120 seconds, not infinity"],
    ),
    (
        "10-hour hold",
        exercise("hold_seconds = 36000\n"),
        ["r.toml: exercises[0].hold_seconds: must be between 1 and 600 seconds, not 36000"],
    ),
    (
        "a billion reps",
        exercise("reps = 1000000000\n"),
        ["r.toml: exercises[0].reps: must be between 1 and 200 reps, not 1000000000"],
    ),
    (
        "two kinds of work",
        exercise("hold_seconds = 30\nreps = 10\n"),
        [f"r.toml: exercises[0]: gives both hold_seconds and reps; give exactly one of {KINDS}"],
    ),
    (
        "no kind of work",
        exercise(""),
        [f"r.toml: exercises[0]: says neither how long nor how many; give exactly one of {KINDS}"],
    ),
    (
        "manual = false is no kind of work",
        exercise("manual = false\n"),
        [f"r.toml: exercises[0]: says neither how long nor how many; give exactly one of {KINDS}"],
    ),
    (
        "misspelt field",
        exercise("hold_seconds = 30\nhold_secs = 30\n"),
        [
            "r.toml: exercises[0].hold_secs: is not a field of an exercise; did you mean "
            '"hold_seconds"? (known fields: name, instructions, cue, image, sides, directions, '
            "sets, hold_seconds, reps, rep_seconds, duration_seconds, manual, rest_seconds, "
            "switch_seconds, translations)"
        ],
    ),
    (
        "misspelt cue",
        exercise('hold_seconds = 30\ncues = "Slowly."\n'),
        [
            "r.toml: exercises[0].cues: is not a field of an exercise; did you mean "
            '"cue"? (known fields: name, instructions, cue, image, sides, directions, '
            "sets, hold_seconds, reps, rep_seconds, duration_seconds, manual, rest_seconds, "
            "switch_seconds, translations)"
        ],
    ),
    (
        "cue too long",
        exercise(f'hold_seconds = 30\ncue = "{"slowly " * 15}"\n'),
        ["r.toml: exercises[0].cue: is too long: at most 100 characters"],
    ),
    (
        "cue not text",
        exercise("hold_seconds = 30\ncue = 3\n"),
        ["r.toml: exercises[0].cue: must be text, not 3"],
    ),
    (
        "blank cue",
        exercise('hold_seconds = 30\ncue = "   "\n'),
        ["r.toml: exercises[0].cue: must not be blank; leave it out for no cue"],
    ),
    (
        "cue of two lines",
        exercise('hold_seconds = 30\ncue = """\nSlowly.\nBreathe."""\n'),
        [
            "r.toml: exercises[0].cue: must be one line of plain text, without line breaks, "
            "tabs or control characters"
        ],
    ),
    (
        "cue with a tab",
        exercise('hold_seconds = 30\ncue = "Slowly.\\tBreathe."\n'),
        [
            "r.toml: exercises[0].cue: must be one line of plain text, without line breaks, "
            "tabs or control characters"
        ],
    ),
    (
        "unknown routine field",
        (HEAD + 'colour = "red"\n' + EXERCISE + "hold_seconds = 30\n").encode(),
        [
            "r.toml: colour: is not a field of a routine (known fields: format, title, summary, "
            "lead_in_seconds, rest_between_exercises_seconds, tags, suggested_schedule, exercises, "
            "translations)"
        ],
    ),
    (
        "bad side name",
        exercise('hold_seconds = 30\nsides = ["left", "up"]\n'),
        ['r.toml: exercises[0].sides[1]: must be "left" or "right", not the text "up"'],
    ),
    (
        "side as text",
        exercise('hold_seconds = 30\nsides = "left"\n'),
        [
            'r.toml: exercises[0].sides: must be a list of sides, such as ["left", "right"], '
            'not the text "left"'
        ],
    ),
    (
        "side twice",
        exercise('hold_seconds = 30\nsides = ["left", "left"]\n'),
        ['r.toml: exercises[0].sides: lists "left" twice'],
    ),
    (
        "missing name",
        (HEAD + "[[exercises]]\nhold_seconds = 30\n").encode(),
        ["r.toml: exercises[0].name: is required but missing"],
    ),
    (
        "missing title",
        b'format = 1\n[[exercises]]\nname = "a"\nhold_seconds = 30\n',
        ["r.toml: title: is required but missing"],
    ),
    (
        "blank title",
        b'format = 1\ntitle = "  "\n[[exercises]]\nname = "a"\nhold_seconds = 30\n',
        ["r.toml: title: must not be blank"],
    ),
    (
        "title as a number",
        b'format = 1\ntitle = 5\n[[exercises]]\nname = "a"\nhold_seconds = 30\n',
        ["r.toml: title: must be text, not 5"],
    ),
    (
        "image leaves the folder",
        exercise('hold_seconds = 30\nimage = "../../etc/passwd"\n'),
        [
            'r.toml: exercises[0].image: "../../etc/passwd" leaves the routine\'s folder; give a '
            "built-in illustration name or a path inside the folder of the routine file"
        ],
    ),
    (
        "absolute image path",
        exercise('hold_seconds = 30\nimage = "/etc/passwd"\n'),
        [
            'r.toml: exercises[0].image: "/etc/passwd" leaves the routine\'s folder; give a '
            "built-in illustration name or a path inside the folder of the routine file"
        ],
    ),
    (
        "tempo without reps",
        exercise("hold_seconds = 30\nrep_seconds = 2\n"),
        ["r.toml: exercises[0].rep_seconds: only applies to an exercise counted in reps"],
    ),
    (
        "a problem in each of two exercises",
        exercise("hold_seconds = -1\n" + EXERCISE + "reps = 0\n"),
        [
            "r.toml: exercises[0].hold_seconds: must be between 1 and 600 seconds, not -1",
            "r.toml: exercises[1].reps: must be between 1 and 200 reps, not 0",
        ],
    ),
    (
        "longer than four hours",
        exercise(
            'hold_seconds = 600\nsets = 20\nsides = ["left", "right"]\n'
            'directions = ["a", "b", "c", "d"]\n'
        ),
        ["r.toml: the whole routine would take 26 h 41 min; a routine may last at most 4 hours"],
    ),
    (
        "date for text",
        (HEAD + "summary = 1979-05-27\n" + EXERCISE + "hold_seconds = 30\n").encode(),
        ["r.toml: summary: must be text, not a date"],
    ),
    (
        "not UTF-8",
        (HEAD + 'summary = "caf\xe9"\n').encode("latin-1"),
        ["r.toml: the file is not UTF-8 text (line 3 cannot be read); save it as UTF-8"],
    ),
    (
        "too big",
        (HEAD + 'summary = "' + "x" * MAX_FILE_BYTES + '"\n').encode(),
        ["r.toml: the file is 1.0 MiB; a routine file may be at most 1 MiB"],
    ),
]


@pytest.mark.parametrize(
    ("data", "expected"), [(d, e) for _, d, e in BROKEN], ids=[name for name, _, _ in BROKEN]
)
def test_broken_file_gets_exact_message(data: bytes, expected: list[str]) -> None:
    with pytest.raises(RoutineError) as caught:
        parse_routine(data, "r.toml")
    assert [str(problem) for problem in caught.value.problems] == expected


def test_problem_names_file_field_and_message() -> None:
    with pytest.raises(RoutineError) as caught:
        parse_routine(exercise("hold_seconds = 0\n"), "/home/physio/calf.toml")
    (problem,) = caught.value.problems
    assert problem.path == "/home/physio/calf.toml"
    assert problem.field == "exercises[0].hold_seconds"
    assert problem.message.startswith("must be between 1 and 600 seconds")


def test_an_unknown_field_with_a_huge_name_is_named_shortly() -> None:
    name = "x" * 100_000
    with pytest.raises(RoutineError) as caught:
        parse_routine(exercise(f"{name} = 1\nhold_seconds = 30\n"), "r.toml")
    (problem,) = caught.value.problems
    assert problem.field == "exercises[0]." + "x" * 57 + "..."
    assert problem.message.startswith("is not a field of an exercise (known fields: name, ")
    assert len(str(problem)) < 400


def test_minimal_file_gets_defaults() -> None:
    routine = parse_routine(exercise("hold_seconds = 30\n"), "r.toml")
    (only,) = routine.exercises
    assert (only.sets, only.sides, only.directions, only.rest_seconds) == (1, (), (), 0.0)
    assert routine.lead_in_seconds == 5.0
    assert routine.rest_between_exercises_seconds == 15.0


def test_byte_order_mark_is_accepted() -> None:
    routine = parse_routine(b"\xef\xbb\xbf" + exercise("reps = 10\n"), "r.toml")
    assert routine.exercises[0].reps == 10


def test_cue_is_optional_and_kept_as_written() -> None:
    assert parse_routine(exercise("hold_seconds = 30\n"), "r.toml").exercises[0].cue == ""
    data = exercise('reps = 12\ncue = "slow on the way down"\n')
    assert parse_routine(data, "r.toml").exercises[0].cue == "slow on the way down"


def test_rich_text_in_fields_is_kept_as_written() -> None:
    title = "<b>bold</b><img src=x>"
    data = f'format = 1\ntitle = "{title}"\n{EXERCISE}hold_seconds = 30\n'.encode()
    assert parse_routine(data, "r.toml").title == title


#: (what is wrong, the lines of an [[exercises]] table, the problems `validate` prints for it).
#: Every problem of every exercise is said at once, in the order of the file.
SEVERAL: list[tuple[str, list[str], list[str]]] = [
    (
        "a misspelt field, a 3,600 s hold, both hold and reps, a bad side",
        [
            'name = "Calf raise"',
            "hold_secnds = 30",
            "hold_seconds = 3600",
            "reps = 15",
            'sides = ["left", "middle"]',
        ],
        [
            'hold_secnds: is not a field of an exercise; did you mean "hold_seconds"? '
            "(known fields: name, instructions, cue, image, sides, directions, sets, "
            "hold_seconds, reps, rep_seconds, duration_seconds, manual, rest_seconds, "
            "switch_seconds, translations)",
            "hold_seconds: must be between 1 and 600 seconds, not 3600",
            'sides[1]: must be "left" or "right", not the text "middle"',
            f": gives both hold_seconds and reps; give exactly one of {KINDS}",
        ],
    ),
    (
        "a wrong kind, a range, a side twice, no way to say how long",
        [
            "name = 3",
            "sets = 0",
            'sides = ["left", "left"]',
            "rest_seconds = -1",
        ],
        [
            "name: must be text, not 3",
            "sets: must be between 1 and 20 sets, not 0",
            'sides: lists "left" twice',
            "rest_seconds: must be between 0 and 600 seconds, not -1",
            f": says neither how long nor how many; give exactly one of {KINDS}",
        ],
    ),
    (
        "a blank cue, a tempo without reps, a path out of the folder, no name",
        [
            'cue = "  "',
            "rep_seconds = 2",
            "duration_seconds = 60",
            'image = "../secret.png"',
        ],
        [
            "cue: must not be blank; leave it out for no cue",
            "rep_seconds: only applies to an exercise counted in reps",
            'image: "../secret.png" leaves the routine\'s folder; give a built-in illustration '
            "name or a path inside the folder of the routine file",
            "name: is required but missing",
        ],
    ),
    ("a good exercise between them", ['name = "Ankle circles"', "reps = 10"], []),
]


def test_validate_prints_every_problem_of_every_exercise_in_file_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    header = ["format = 1", 'title = "Broken"', "lead_in_seconds = 500", "colour = 'red'"]
    tables = ["\n[[exercises]]\n" + "\n".join(lines) + "\n" for _, lines, _ in SEVERAL]
    path = tmp_path / "broken.toml"
    path.write_text("\n".join(header) + "\n" + "".join(tables), encoding="utf-8")

    assert main(["validate", str(path)]) == 1

    expected = [
        f"{path}: lead_in_seconds: must be between 0 and 120 seconds, not 500",
        f"{path}: colour: is not a field of a routine (known fields: format, title, summary, "
        "lead_in_seconds, rest_between_exercises_seconds, tags, suggested_schedule, exercises, "
        "translations)",
    ]
    for index, (_, _, problems) in enumerate(SEVERAL):
        for problem in problems:
            field, message = problem.split(": ", 1)
            expected.append(f"{path}: exercises[{index}]{'.' if field else ''}{field}: {message}")
    assert capsys.readouterr().out.splitlines() == expected


def test_a_valid_file_validates_silently(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "fine.toml"
    path.write_text(HEAD + EXERCISE + "hold_seconds = 30\n", encoding="utf-8")
    assert main(["validate", str(path)]) == 0
    assert capsys.readouterr().out == ""
