"""core/safe_text.py: what a terminal would act on is replaced, everything else is kept."""

from __future__ import annotations

import json

import pytest

from ankle_coach.core.safe_text import safe_json, safe_line, safe_text


@pytest.mark.parametrize(
    ("text", "line", "block"),
    [
        ("plain words", "plain words", "plain words"),
        ("\u001b]0;title\u0007", "?]0;title?", "?]0;title?"),  # OSC: the window title
        ("\u001b[2J", "?[2J", "?[2J"),  # CSI: clear the screen
        ("\u001b]52;c;aGk=\u0007", "?]52;c;aGk=?", "?]52;c;aGk=?"),  # OSC 52: the clipboard
        ("\u009b2J", "?2J", "?2J"),  # the 8-bit CSI
        ("\u0085\u0090\u009c\u009f", "????", "????"),  # C1: NEL, DCS, ST, APC
        ("a\u007fb", "a?b", "a?b"),  # DEL
        ("\u0000\u0008\r", "???", "???"),
        ("one\ntwo\tthree", "one?two?three", "one\ntwo\tthree"),
        ("\u202ecba\u202c", "?cba?", "?cba?"),  # bidi override and pop
        ("\u2066x\u2067y\u2068z\u2069", "?x?y?z?", "?x?y?z?"),  # bidi isolates
        ("\u202a\u202b\u202d", "???", "???"),
        ("a\u2028b\u2029c", "a?b?c", "a?b?c"),  # line and paragraph separators
        ("\ud800", "?", "?"),  # a lone surrogate cannot even be written to a UTF-8 stream
        # letters of any script, accents, and emoji joined by U+200D are kept
        ("Wadenmuskel \u00e9t\u00e9 \u0644\u0627 \u30ab 🏃\u200d♀️", None, None),
    ],
)
def test_what_a_terminal_acts_on_is_replaced(
    text: str, line: str | None, block: str | None
) -> None:
    assert safe_line(text) == (text if line is None else line)
    assert safe_text(text) == (text if block is None else block)


def test_safe_line_takes_any_object() -> None:
    assert safe_line(ValueError("bad\u001b[2J")) == "bad?[2J"


@pytest.mark.parametrize(
    "text", ["\u001b]0;t\u0007", "\u009b31m", "\u202e", "\u007f", "\u2028", "é 🏃", "\ud800"]
)
def test_safe_json_escapes_and_decodes_to_the_same_text(text: str) -> None:
    shown = safe_json({"title": text, text: [text]})
    assert all(ord(char) >= 0xA0 or 0x20 <= ord(char) < 0x7F or char == "\n" for char in shown)
    assert safe_line(shown.replace("\n", " ")) == shown.replace("\n", " ")
    assert json.loads(shown) == {"title": text, text: [text]}


def test_safe_json_keeps_letters_readable() -> None:
    assert safe_json({"t": "été"}, indent=None) == '{"t": "été"}'
