"""core/svg_lengths.py: an SVG root's numbers and lengths, as Qt's SVG renderer reads them."""

from __future__ import annotations

import pytest

from ankle_coach.core.svg_lengths import (
    MAX_EXTENT,
    MIN_EXTENT,
    drawable,
    magnitude,
    number,
    pixels,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [("12", 12.0), ("-0.5", -0.5), (".25", 0.25), ("1e3", 1000.0), ("12px", None), ("", None)],
)
def test_a_number_is_a_number_and_nothing_else(text: str, value: float | None) -> None:
    assert number(text) == value


@pytest.mark.parametrize(
    ("length", "in_pixels"),
    [
        ("100", 100.0),
        ("100px", 100.0),
        ("100pt", 100.0),  # Qt takes a point for a pixel (measured against QSvgRenderer)
        ("100pc", 100.0),
        ("10mm", 35.43307),
        ("1cm", 35.43307),
        ("1in", 90.0),
        (" 2IN ", 180.0),
        ("2em", None),  # a font's: not known here
        ("50%", None),
        ("0", None),  # not drawable
        ("-3mm", None),
        ("auto", None),
        (None, None),
    ],
)
def test_a_length_in_qts_pixels(length: str | None, in_pixels: float | None) -> None:
    assert pixels(length) == pytest.approx(in_pixels) if in_pixels else pixels(length) is None


def test_drawable_lengths_are_finite_and_within_the_bounds() -> None:
    assert drawable(MIN_EXTENT) and drawable(MAX_EXTENT) and drawable(1.0)
    assert not drawable(0.0) and not drawable(MAX_EXTENT * 2) and not drawable(float("nan"))


@pytest.mark.parametrize(
    ("length", "value"),
    [("20mm", 20.0), (" 1.5em ", 1.5), ("50%", 50.0), ("-3", -3.0), ("wide", None), (None, None)],
)
def test_the_magnitude_of_a_length_whatever_its_unit(
    length: str | None, value: float | None
) -> None:
    assert magnitude(length) == value
