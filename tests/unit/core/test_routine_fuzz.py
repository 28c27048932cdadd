"""The routine loader under hostile input: a Routine that plans, or a RoutineError, nothing else.

80 examples from each of the five families of tests/support/routine_inputs.py (arbitrary bytes,
arbitrary TOML, routine-shaped TOML, built-in routines with fields changed and with bytes
changed), some 400 in all; the benchmark benchmarks/fuzz_loader.py runs ten thousand and more.
The inputs that once crashed or stalled the loader are kept as explicit examples, and the
messages they now get are checked as a table.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import HealthCheck, example, given, settings

from ankle_coach.core.routine import Routine, RoutineError, parse_routine
from tests.support.routine_inputs import SHOWN_PATH, family_inputs, load

HEAD = b'format = 1\ntitle = "T"\n'
EXERCISE = b'[[exercises]]\nname = "Calf stretch"\nhold_seconds = 30\n'

#: Inputs the fuzzer found crashing or stalling the loader (and two wrong messages), by name: the
#: input and what a user now reads instead.
FOUND: dict[str, tuple[bytes, str]] = {
    # TypeError: len() of an int, from the check of at most 100 exercises
    "exercises-a-number": (
        HEAD + b"exercises = 5\n",
        "exercises: must be a list of [[exercises]] tables, not 5",
    ),
    "exercises-a-date": (
        HEAD + b"exercises = 1979-05-27\n",
        "exercises: must be a list of [[exercises]] tables, not a date",
    ),
    # OverflowError: describe() formatted a number past a float's range with :g
    "text-a-huge-number": (
        b"format = 1\ntitle = " + str(2**1024).encode() + b"\n" + EXERCISE,
        "title: must be text, not a number of over 300 digits",
    ),
    "text-a-huge-negative-number": (
        b"format = 1\ntitle = -" + str(2**1024).encode() + b"\n" + EXERCISE,
        "title: must be text, not a negative number of over 300 digits",
    ),
    # ValueError: tomllib's int() of a number past 4,300 digits
    "5000-digits": (
        b"format = " + b"9" * 5000 + b"\n",
        "the file cannot be read: a number in it has too many digits",
    ),
    # RecursionError inside tomllib
    "arrays-5000-deep": (
        HEAD + b"x = " + b"[" * 5000 + b"]" * 5000 + b"\n",
        "the file cannot be read: its lists or tables are nested too deeply",
    ),
    "inline-tables-3000-deep": (
        HEAD + b"x = " + b"{a = " * 3000 + b"1" + b" }" * 3000 + b"\n",
        "the file cannot be read: its lists or tables are nested too deeply",
    ),
    # not crashes, hangs: tomllib's time grows with the square of a key's dotted parts (this
    # one took 25 s; one filling the whole 1 MiB an hour)
    "a-key-of-40000-parts": (
        b"format = 1\n" + b".".join([b"x"] * 40_000) + b" = 1\n",
        "the file cannot be read: line 2 has a key of more than 32 dotted parts",
    ),
    "a-table-header-of-40000-parts": (
        HEAD + b"[" + b".".join([b'"q"'] * 40_000) + b"]\n",
        "the file cannot be read: line 3 has a key of more than 32 dotted parts",
    ),
    # not crashes: an item too long was said in the list's unit ("at most 40 tags")
    "tag-too-long": (
        HEAD + b'tags = ["ok", "' + b"x" * 41 + b'"]\n' + EXERCISE,
        "tags[1]: is too long: at most 40 characters",
    ),
    "direction-too-long": (
        HEAD + EXERCISE + b'directions = ["' + b"x" * 41 + b'"]\n',
        "exercises[0].directions[0]: is too long: at most 40 characters",
    ),
}


@pytest.mark.parametrize(("data", "message"), FOUND.values(), ids=FOUND.keys())
def test_what_once_crashed_the_loader_is_a_problem_it_names(data: bytes, message: str) -> None:
    with pytest.raises(RoutineError) as raised:
        parse_routine(data, SHOWN_PATH)
    assert [str(problem) for problem in raised.value.problems] == [f"{SHOWN_PATH}: {message}"]


#: 80 examples for each of the five families: about 400 in all, a few seconds.
FUZZ = settings(
    max_examples=80,
    # Hypothesis's deadline fails an example that was slow; load() also interrupts one that
    # would never return (tests/support/routine_inputs.hang_guard).
    deadline=timedelta(milliseconds=500),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def holds(data: bytes) -> None:
    """The property; load() raises anything that is not a Routine or a RoutineError."""
    assert isinstance(load(data), Routine | RoutineError)


@FUZZ
@given(family_inputs("bytes"))
@example(b"")
@example(b"\xff\xfe")
@example(b"\xef\xbb\xbf")
def test_any_bytes(data: bytes) -> None:
    holds(data)


@FUZZ
@given(family_inputs("toml"))
@example(FOUND["exercises-a-number"][0])
@example(FOUND["exercises-a-date"][0])
def test_any_toml(data: bytes) -> None:
    holds(data)


@FUZZ
@given(family_inputs("shaped"))
@example(FOUND["text-a-huge-number"][0])
@example(FOUND["text-a-huge-negative-number"][0])
@example(FOUND["tag-too-long"][0])
def test_routine_shaped_toml(data: bytes) -> None:
    holds(data)


@FUZZ
@given(family_inputs("mutated"))
@example(FOUND["direction-too-long"][0])
def test_built_in_routines_with_fields_changed(data: bytes) -> None:
    holds(data)


@FUZZ
@given(family_inputs("edited"))
@example(FOUND["5000-digits"][0])
@example(FOUND["arrays-5000-deep"][0])
@example(FOUND["inline-tables-3000-deep"][0])
@example(FOUND["a-key-of-40000-parts"][0])
@example(FOUND["a-table-header-of-40000-parts"][0])
@example(b"format = 1\n" + b".".join([b"x"] * 500_000) + b" = 1\n")  # over an hour, once
def test_built_in_routines_with_bytes_changed_and_deep_nesting(data: bytes) -> None:
    holds(data)
