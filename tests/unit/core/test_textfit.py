"""Fitting routine text into a window: break points in overlong runs, short one-line titles."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ankle_coach.core.textfit import (
    BREAK,
    ELLIPSIS,
    breakable,
    fitted,
    longest_run,
    shortened,
    unbroken,
    wrapped,
)

NAME = "A" * 80  # the longest exercise name a file may hold, with no space in it
WORD = "W" * 200


@pytest.mark.parametrize(
    ("text", "every", "shown"),
    [
        ("Calf stretch", 12, "Calf stretch"),  # words that fit are left alone
        ("", 12, ""),
        ("a" * 12, 12, "a" * 12),
        ("a" * 13, 12, "a" * 12 + BREAK + "a"),
        (NAME, 30, BREAK.join(["A" * 30, "A" * 30, "A" * 20])),
        (f"Start {WORD} end.", 100, f"Start {'W' * 100}{BREAK}{'W' * 100} end."),
        ("ab  cdefg\nhij", 2, f"ab  cd{BREAK}ef{BREAK}g\nhi{BREAK}j"),
        # an accent stays on its letter, a flag and a family emoji stay whole
        ("e\u0301" * 3, 2, BREAK.join(["e\u0301"] * 3)),
        ("\U0001f1e9\U0001f1ea" * 2, 2, "\U0001f1e9\U0001f1ea" + BREAK + "\U0001f1e9\U0001f1ea"),
        (
            "\U0001f468\u200d\U0001f469\u200d\U0001f467x",
            2,
            "\U0001f468\u200d\U0001f469\u200d\U0001f467" + BREAK + "x",
        ),
        ("\U0001f44b\U0001f3fd\U0001f44b", 1, "\U0001f44b\U0001f3fd" + BREAK + "\U0001f44b"),
    ],
)
def test_breakable_cuts_only_runs_too_long(text: str, every: int, shown: str) -> None:
    assert breakable(text, every) == shown
    assert unbroken(shown) == text  # nothing lost or moved


def test_fitted_asks_the_measure_and_leaves_what_fits() -> None:
    asked: list[str] = []

    def fits(piece: str) -> bool:
        asked.append(piece)
        return len(piece) * 10 <= 95  # nine characters of ten pixels fit in 95

    assert fitted("short words stay", fits) == "short words stay"
    assert fitted("x" * 20, fits) == BREAK.join(["x" * 9, "x" * 9, "x" * 2])
    assert max(len(piece) for piece in asked) <= 20
    # a character wider than the room still gets a piece of its own: no endless loop
    assert fitted("MMM", lambda piece: False) == BREAK.join("MMM")


def test_every_must_be_positive() -> None:
    with pytest.raises(ValueError, match="every must be at least 1, not 0"):
        breakable("abc", 0)


@given(st.text(max_size=300), st.integers(min_value=1, max_value=40))
def test_breakable_loses_nothing_and_bounds_every_run(text: str, every: int) -> None:
    text = text.replace(BREAK, "")
    shown = breakable(text, every)
    assert unbroken(shown) == text
    # a run may run over only to keep a character whole (a mark or a joiner follows)
    if all(ord(c) < 0x300 for c in text):
        assert longest_run(shown) <= every
        # and the pieces are as long as allowed: only a run's last piece is shorter
        for run in text.split():
            pieces = breakable(run, every).split(BREAK)
            assert all(len(piece) == every for piece in pieces[:-1])
            assert 1 <= len(pieces[-1]) <= every


@pytest.mark.parametrize(
    ("text", "run"),
    [("", 0), ("a bb ccc", 3), (f"aa{BREAK}aaa", 3), ("x\ny\tzz", 2)],
)
def test_longest_run(text: str, run: int) -> None:
    assert longest_run(text) == run


@pytest.mark.parametrize(
    ("text", "limit", "shown"),
    [
        ("Week 1", 60, "Week 1"),
        ("T" * 120, 60, "T" * 59 + ELLIPSIS),
        ("a\n  b\tc", 60, "a b c"),
        ("one two three", 8, "one two" + ELLIPSIS),
        ("one two three", 13, "one two three"),
    ],
)
def test_shortened_is_one_line_within_the_limit(text: str, limit: int, shown: str) -> None:
    assert shortened(text, limit) == shown
    assert len(shortened(text, limit)) <= limit


def test_wrapped_keeps_every_character_and_line() -> None:
    text = f"First line.\n\n{'S' * 200} and more words here"
    shown = wrapped(text, 80)
    lines = shown.split("\n")
    assert max(len(line) for line in lines) <= 80
    assert lines[:2] == ["First line.", ""]
    assert "".join(shown.split()) == "".join(text.split())
