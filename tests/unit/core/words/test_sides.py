"""Sides and directions in each language: input -> the exact words shown or said."""

from __future__ import annotations

import pytest

from ankle_coach.core import i18n
from ankle_coach.core.words.sides import (
    capitalized,
    direction_label,
    direction_name,
    side_label,
    side_name,
)


@pytest.mark.parametrize(
    ("language", "left", "right", "left_label", "right_label"),
    [
        ("en", "left", "right", "Left side", "Right side"),
        ("de", "links", "rechts", "Linke Seite", "Rechte Seite"),
        ("es", "lado izquierdo", "lado derecho", "Lado izquierdo", "Lado derecho"),
    ],
)
def test_the_sides(
    language: i18n.Language, left: str, right: str, left_label: str, right_label: str
) -> None:
    with i18n.using(language):
        assert [side_name("left"), side_name("right")] == [left, right]
        assert [side_label("left"), side_label("right")] == [left_label, right_label]


@pytest.mark.parametrize(
    ("language", "direction", "name", "label"),
    [
        ("en", "counter-clockwise", "counter-clockwise", "Counter-clockwise"),
        ("de", "clockwise", "im Uhrzeigersinn", "Im Uhrzeigersinn"),
        ("de", "counter-clockwise", "gegen den Uhrzeigersinn", "Gegen den Uhrzeigersinn"),
        ("de", "Anticlockwise", "gegen den Uhrzeigersinn", "Gegen den Uhrzeigersinn"),
        ("es", "clockwise", "en sentido horario", "En sentido horario"),
        ("es", "counter-clockwise", "en sentido antihorario", "En sentido antihorario"),
        # a routine's own direction (or one its translation gives) is said as written
        ("de", "nach innen", "nach innen", "Nach innen"),
        ("es", "hacia dentro", "hacia dentro", "Hacia dentro"),
    ],
)
def test_the_directions(language: i18n.Language, direction: str, name: str, label: str) -> None:
    with i18n.using(language):
        assert (direction_name(direction), direction_label(direction)) == (name, label)


def test_capitalized_keeps_the_rest_as_it_is() -> None:
    assert capitalized("im Uhrzeigersinn") == "Im Uhrzeigersinn"
    assert capitalized("") == ""
