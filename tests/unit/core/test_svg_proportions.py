"""core/svg_proportions.py: an SVG's proportions as Qt draws it, from its root element."""

from __future__ import annotations

import pytest

from ankle_coach.core.svg_proportions import svg_proportions

SVG = '<svg xmlns="http://www.w3.org/2000/svg" {}><rect width="1" height="1"/></svg>'


@pytest.mark.parametrize(
    ("attributes", "proportions"),
    [
        ('viewBox="0 0 30 10"', 3.0),
        ('viewBox="0,0,1,1.5"', 1 / 1.5),
        ('viewBox="0 0 0.4 0.2"', 2.0),  # tiny: Qt's whole-unit size would be 0 x 0
        ('width="10" height="20" viewBox="0 0 3 4"', 0.75),  # the viewBox first, as Qt draws
        ('width="10mm" height="20mm"', 0.5),
        ('width="12" height="4"', 3.0),
        ('width="10mm" height="20px"', 3.543307 / 2),  # in Qt's pixels, 90 an inch
        ('width="1in" height="45pt"', 2.0),  # Qt takes a point for a pixel
        ('width="2em" height="1em"', None),  # a font's: Qt's own size decides
        ('width="50%" height="50%"', None),
        ("", None),
        ('viewBox="0 0 0 10"', None),
    ],
)
def test_an_svgs_proportions_are_its_viewboxs_else_its_width_and_heights(
    attributes: str, proportions: float | None
) -> None:
    assert svg_proportions(SVG.format(attributes).encode()) == proportions


def test_only_the_root_is_read_for_the_proportions() -> None:
    long = SVG.format('viewBox="0 0 8 2"').replace("<rect", "<g/>" * 20_000 + "<rect")
    assert svg_proportions(("\ufeff" + long).encode()) == 4.0
    assert svg_proportions(b"not an svg") is None
