"""core/svg_proportions.py: an SVG's proportions as Qt draws it, from its root element."""

from __future__ import annotations

import pytest

from ankle_coach.core.svg_proportions import svg_proportions, with_size

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
        ('width="50%" height="50%"', 1.0),  # Qt's view of it: 50 x 50, as the numbers say
        ('width="100%" height="50%"', 2.0),
        ('width="100%" height="20mm"', 100 / (20 * 3.543307)),
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


@pytest.mark.parametrize(
    ("root", "sized"),
    [
        (
            '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 0.4 0.2">',
            '<svg width="1000" height="500" xmlns="http://www.w3.org/2000/svg" '
            'viewBox="0 0 0.4 0.2">',
        ),
        # Its width and height go; the viewBox Qt made up from them comes.
        (
            "<svg xmlns='http://www.w3.org/2000/svg' width = '0.5' height=\"0.25\">",
            '<svg width="1000" height="500" viewBox="0 0 0.5 0.25" '
            "xmlns='http://www.w3.org/2000/svg'>",
        ),
        # Only attributes are read as attributes: a style's "width" and stroke-width stay.
        (
            '<svg style="fill: red; width: 3px" width="0.1" viewBox="0 0 2 1"\n'
            '     stroke-width="0.01" xmlns="http://www.w3.org/2000/svg">',
            '<svg width="1000" height="500" style="fill: red; width: 3px" viewBox="0 0 2 1"'
            '\n     stroke-width="0.01" xmlns="http://www.w3.org/2000/svg">',
        ),
        (
            '<svg:svg xmlns:svg="http://www.w3.org/2000/svg" width="40%" height="20%">',
            '<svg:svg width="1000" height="500" viewBox="0 0 40 20" '
            'xmlns:svg="http://www.w3.org/2000/svg">',
        ),
    ],
)
def test_with_size_sets_the_roots_size_and_keeps_its_view(root: str, sized: str) -> None:
    before = '<?xml version="1.0"?>\n<!-- a > in a comment -->\n'
    inside = '<circle cx="0.1" cy="0.1" r="0.09"/>'
    end = "</svg:svg>" if root.startswith("<svg:") else "</svg>"
    data = (before + root + inside + end).encode()
    done = with_size(data, 1000, 500)
    assert done == (before + sized + inside + end).encode()
    assert svg_proportions(done) == svg_proportions(data) == 2.0


def test_with_size_of_a_self_closing_root_and_a_byte_order_mark() -> None:
    data = b'\xef\xbb\xbf<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 0.3 0.3"/>'
    assert with_size(data, 10, 10) == (
        b'\xef\xbb\xbf<svg width="10" height="10" xmlns="http://www.w3.org/2000/svg" '
        b'viewBox="0 0 0.3 0.3"/>'
    )


@pytest.mark.parametrize(
    "data",
    [
        b'<svg xmlns="http://www.w3.org/2000/svg"><circle r="0.1"/></svg>',  # nothing to keep
        b'<svg xmlns="http://www.w3.org/2000/svg" width="2em" height="1em"/>',
        b"not an svg",
        b"",
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>'.encode("utf-16"),
    ],
)
def test_with_size_leaves_what_it_cannot_size_as_it_is(data: bytes) -> None:
    assert with_size(data, 10, 10) is None
