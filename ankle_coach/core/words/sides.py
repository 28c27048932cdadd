"""Sides and directions in the user's language: "left" / "links" / "lado izquierdo", "Left
side", "counter-clockwise" / "gegen den Uhrzeigersinn" / "en sentido antihorario".

A side is one of two values (`Side`), so each has its words here. A direction is the routine
file's own text: the directions of the built-in routines are said in the user's language, any
other as the file writes it (a translated routine gives its own words).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from ankle_coach.core.i18n import QT_TRANSLATE_NOOP, translate

#: The directions the built-in routines use, in words of the user's language.
DIRECTIONS: Final[Mapping[str, str]] = {
    "clockwise": QT_TRANSLATE_NOOP("core.words.sides", "clockwise"),
    "counter-clockwise": QT_TRANSLATE_NOOP("core.words.sides", "counter-clockwise"),
    "anticlockwise": QT_TRANSLATE_NOOP("core.words.sides", "anticlockwise"),
}


def side_name(side: str) -> str:
    """A side inside a line of text: "left", "links", "lado izquierdo"."""
    if side == "left":
        return translate("core.words.sides", "left")
    if side == "right":
        return translate("core.words.sides", "right")
    return side


def side_label(side: str) -> str:
    """A side shown on its own: "Left side", "Linke Seite", "Lado izquierdo"."""
    if side == "left":
        return translate("core.words.sides", "Left side")
    if side == "right":
        return translate("core.words.sides", "Right side")
    return capitalized(side)


def direction_name(direction: str) -> str:
    """A direction inside a line of text: "counter-clockwise", "gegen den Uhrzeigersinn"."""
    known = DIRECTIONS.get(direction.strip().lower())
    return translate("core.words.sides", known) if known is not None else direction


def direction_label(direction: str) -> str:
    """A direction shown on its own: "Counter-clockwise", "Gegen den Uhrzeigersinn"."""
    return capitalized(direction_name(direction))


def capitalized(text: str) -> str:
    """`text` with its first letter made a capital and the rest as it is ("im Uhrzeigersinn"
    -> "Im Uhrzeigersinn"; str.capitalize would lower "Uhrzeigersinn")."""
    return text[:1].upper() + text[1:]
