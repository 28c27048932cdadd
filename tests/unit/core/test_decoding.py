"""msgspec's complaints in a file author's words: one translator for routines and guidance."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Annotated, Any, Literal

import msgspec
import pytest

from ankle_coach.core.decoding import (
    MAX_SHOWN_NAME,
    convert_collecting,
    describe,
    one_of,
    translate,
)


class Stretch(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    name: Annotated[str, msgspec.Meta(min_length=1, max_length=20)]
    hold_seconds: Annotated[float, msgspec.Meta(ge=1, le=600)] | None = None
    sets: Annotated[int, msgspec.Meta(ge=1)] = 1
    side: Literal["left", "right"] | None = None
    section: Literal["price", "doctor", "causes"] | None = None
    tags: Annotated[
        tuple[Annotated[str, msgspec.Meta(max_length=5)], ...], msgspec.Meta(max_length=2)
    ] = ()


WORDS: Mapping[str, tuple[str, str]] = {
    "hold_seconds": ("a number of seconds", "seconds"),
    "tags": ("a list of words", "tags"),
}


def problem(
    raw: dict[str, Any],
    *,
    words: Mapping[str, tuple[str, str]] | None = WORDS,
    choices: Sequence[str] = ("left", "right"),
) -> tuple[str, str]:
    with pytest.raises(msgspec.ValidationError) as caught:
        msgspec.convert(raw, Stretch)
    found = translate(
        caught.value,
        raw,
        "r.toml",
        "exercises[2]",
        Stretch,
        kind="an exercise",
        field_words=words,
        choices=choices,
    )
    assert found.path == "r.toml"
    return found.field, found.message


LONG_NAME = "x" * (MAX_SHOWN_NAME + 40)


@pytest.mark.parametrize(
    ("raw", "field", "message"),
    [
        (
            {"name": "Calf", "hold_secs": 30},
            "exercises[2].hold_secs",
            'is not a field of an exercise; did you mean "hold_seconds"? '
            "(known fields: name, hold_seconds, sets, side, section, tags)",
        ),
        (
            {"name": "Calf", "colour": "red"},
            "exercises[2].colour",
            "is not a field of an exercise (known fields: name, hold_seconds, sets, side, "
            "section, tags)",
        ),
        (
            {"name": "Calf", LONG_NAME: 1},
            f"exercises[2].{'x' * (MAX_SHOWN_NAME - 3)}...",
            "is not a field of an exercise (known fields: name, hold_seconds, sets, side, "
            "section, tags)",
        ),
        ({}, "exercises[2].name", "is required but missing"),
        ({"name": 3}, "exercises[2].name", "must be text, not 3"),
        (
            {"name": "Calf", "hold_seconds": "long"},
            "exercises[2].hold_seconds",
            'must be a number of seconds, not the text "long"',
        ),
        (
            {"name": "Calf", "hold_seconds": 0},
            "exercises[2].hold_seconds",
            "must be between 1 and 600 seconds, not 0",
        ),
        ({"name": "Calf", "sets": 0}, "exercises[2].sets", "must be at least 1, not 0"),
        ({"name": ""}, "exercises[2].name", "must not be empty"),
        ({"name": "C" * 21}, "exercises[2].name", "is too long: at most 20 characters"),
        (
            {"name": "Calf", "tags": ["a", "b", "c"]},
            "exercises[2].tags",
            "is too long: at most 2 tags",
        ),
        (
            {"name": "Calf", "tags": ["a", "longer"]},
            "exercises[2].tags[1]",
            "is too long: at most 5 characters",
        ),
        (
            {"name": "Calf", "tags": ["a", 7]},
            "exercises[2].tags[1]",
            "must be text, not 7",
        ),
        (
            {"name": "Calf", "side": "up"},
            "exercises[2].side",
            'must be "left" or "right", not the text "up"',
        ),
    ],
)
def test_a_complaint_in_the_authors_words(raw: dict[str, Any], field: str, message: str) -> None:
    assert problem(raw) == (field, message)


def test_an_enum_of_many_choices_lists_them() -> None:
    raw = {"name": "Calf", "section": "ice"}
    shown = problem(raw, choices=("price", "doctor", "causes"))
    assert shown == (
        "exercises[2].section",
        'must be one of "price", "doctor", "causes", not the text "ice"',
    )


def test_a_field_without_words_of_its_own_gets_its_types_words() -> None:
    assert problem({"name": "Calf", "hold_seconds": "long"}, words=None) == (
        "exercises[2].hold_seconds",
        'must be a number, not the text "long"',
    )


@pytest.mark.parametrize(
    ("choices", "shown"),
    [
        (("left",), '"left"'),
        (("left", "right"), '"left" or "right"'),
        (("a", "b", "c"), 'one of "a", "b", "c"'),
    ],
)
def test_one_of(choices: tuple[str, ...], shown: str) -> None:
    assert one_of(choices) == shown


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (True, "true"),
        (1.5, "1.5"),
        (float("nan"), "nan (not a number)"),
        (float("-inf"), "minus infinity"),
        (10**13, "1e+13"),
        ("a" * 50, f'the text "{"a" * 37}..."'),
        ([1], "a list"),
        ({"a": 1}, "a table"),
    ],
)
def test_a_value_as_the_file_shows_it(value: object, shown: str) -> None:
    assert describe(value) == shown


def test_every_field_that_does_not_convert_is_said_in_the_files_order() -> None:
    raw = {"sets": 0, "nmae": "x", "hold_seconds": "long", "side": "up", "tags": ["toolong"]}
    stretch, problems = convert_collecting(
        raw, Stretch, "s.toml", "stretches[2]", kind="a stretch", field_words=WORDS
    )
    assert stretch is None
    assert [str(problem) for problem in problems] == [
        "s.toml: stretches[2].sets: must be at least 1, not 0",
        's.toml: stretches[2].nmae: is not a field of a stretch; did you mean "name"? '
        "(known fields: name, hold_seconds, sets, side, section, tags)",
        's.toml: stretches[2].hold_seconds: must be a number of seconds, not the text "long"',
        "s.toml: stretches[2].side: Invalid enum value 'up'",
        "s.toml: stretches[2].tags[0]: is too long: at most 5 characters",
        "s.toml: stretches[2].name: is required but missing",  # what is missing comes last
    ]


def test_a_table_that_converts_gives_its_struct_and_no_problems() -> None:
    assert convert_collecting({"name": "Calf"}, Stretch, "s.toml", "", kind="a stretch") == (
        Stretch(name="Calf"),
        [],
    )
