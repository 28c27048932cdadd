"""Fitting text from a routine file into a window: break points in overlong words, short titles.

A routine file may hold an 80-character name with no space or a 200-character word; shown as it
is, a label is as wide as its longest word and the window grows past the screen. These helpers
change only the text shown, never the routine's data.
"""

from __future__ import annotations

import re
import textwrap
import unicodedata
from collections.abc import Callable
from typing import Final

#: ZERO WIDTH SPACE: an invisible place where a line may break.
BREAK: Final = "\u200b"
#: ZERO WIDTH JOINER, which glues emoji sequences together: never break next to it.
_JOINER: Final = "\u200d"
#: Marks that belong to the character before them (accents, variation selectors).
_MARK_CATEGORIES: Final = frozenset({"Mn", "Mc", "Me"})
#: Where a line may break already: spaces of any kind, and BREAK itself.
_SPACES: Final = re.compile(r"([\s\u200b]+)")
#: The ellipsis that ends a shortened text.
ELLIPSIS: Final = "\u2026"


def _is_break(character: str) -> bool:
    return character.isspace() or character == BREAK


def _cuts(run: str) -> list[int]:
    """Where `run` may be cut keeping every character whole (its end included): never before a
    mark (an accent, a variation selector) or a skin tone, never next to a joiner (emoji
    sequences), never inside a flag (regional indicators pair up)."""
    cuts: list[int] = []
    flag_halves = 1 if run and _is_flag_half(run[0]) else 0
    for index in range(1, len(run)):
        before, after = run[index - 1], run[index]
        if _is_flag_half(after):
            flag_halves += 1
            whole = not _is_flag_half(before) or flag_halves % 2 == 1
        else:
            flag_halves = 0
            whole = unicodedata.category(after) not in _MARK_CATEGORIES and not (
                "\U0001f3fb" <= after <= "\U0001f3ff"  # an emoji's skin tone
            )
        if whole and before != _JOINER and after != _JOINER:
            cuts.append(index)
    cuts.append(len(run))
    return cuts


def _is_flag_half(character: str) -> bool:
    return "\U0001f1e6" <= character <= "\U0001f1ff"


def breakable(text: str, every: int = 12) -> str:
    """`text` with a BREAK after every `every` characters of any run longer than `every` that has
    no space in it; shorter words are left whole. With the breaks removed it is `text` again."""
    if every < 1:
        raise ValueError(f"every must be at least 1, not {every}")
    return fitted(text, lambda piece: len(piece) <= every)


def fitted(text: str, fits: Callable[[str], bool]) -> str:
    """`text` with BREAKs in each run without a space for which `fits(run)` is false, each piece
    as long as `fits` allows (and at least one character). Runs that fit are left whole, so a
    label passes a test of their width in pixels and no word that fits its line is cut.

    A break is never put inside a character made of several code points (an accent, a flag, an
    emoji sequence): the piece grows to the next place that keeps them together.
    """
    shown: list[str] = []
    for part in _SPACES.split(text):
        if not part or _SPACES.fullmatch(part) or fits(part):
            shown.append(part)
        else:
            shown.append(BREAK.join(_pieces(part, fits)))
    return "".join(shown)


def _pieces(run: str, fits: Callable[[str], bool]) -> list[str]:
    """`run` cut where a break keeps characters whole, in pieces as long as fit (at least one
    character each). A piece's end is found by galloping then halving, so a 2,000-character
    run is measured some hundreds of times, not thousands (a label refits as it is resized)."""
    cuts = _cuts(run)
    pieces: list[str] = []
    first = 0  # index into cuts of the shortest piece from here
    start = 0
    while first < len(cuts):
        good = first  # the piece to cuts[good] is kept even if it does not fit
        step = 1
        bad = len(cuts)  # the first index known not to fit
        while good + step < bad:
            if fits(run[start : cuts[good + step]]):
                good += step
                step *= 2
            else:
                bad = good + step
                break
        while bad - good > 1:  # fits up to good, not at bad: halve the gap
            middle = (good + bad) // 2
            if fits(run[start : cuts[middle]]):
                good = middle
            else:
                bad = middle
        pieces.append(run[start : cuts[good]])
        start = cuts[good]
        first = good + 1
    return pieces


def unbroken(shown: str) -> str:
    """The text `breakable` was given, from what it returned (for texts without BREAKs of their
    own)."""
    return shown.replace(BREAK, "")


def longest_run(text: str) -> int:
    """The length of the longest stretch of `text` where a line cannot break."""
    longest = run = 0
    for character in text:
        run = 0 if _is_break(character) else run + 1
        longest = max(longest, run)
    return longest


def shortened(text: str, limit: int) -> str:
    """`text` on one line (runs of spaces and line breaks become one space), cut to at most
    `limit` characters ending with an ellipsis when it is longer: for a window title."""
    if limit < 1:
        raise ValueError(f"limit must be at least 1, not {limit}")
    line = " ".join(text.split())
    if len(line) <= limit:
        return line
    return line[: limit - 1].rstrip() + ELLIPSIS


def wrapped(text: str, width: int = 80) -> str:
    """`text` in lines of at most `width` characters (long words are cut, line breaks kept):
    for a tooltip, which Qt does not wrap when it is plain text."""
    if width < 1:
        raise ValueError(f"width must be at least 1, not {width}")
    lines: list[str] = []
    for line in text.splitlines() or [""]:
        lines.extend(
            textwrap.wrap(line, width, break_long_words=True, break_on_hyphens=False) or [""]
        )
    return "\n".join(lines)
