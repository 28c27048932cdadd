"""core/ascii_words.py: the words of any text in lower-case ASCII, for safe file names."""

from __future__ import annotations

import pytest

from ankle_coach.core.ascii_words import ascii_words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Calf work, week 1!", ["calf", "work", "week", "1"]),
        ("Fußmassage mit dem Ball", ["fussmassage", "mit", "dem", "ball"]),
        ("FUẞMASSAGE", ["fussmassage"]),
        ("Elevación de talones", ["elevacion", "de", "talones"]),
        ("Sprunggelenk-Kreisen, Übung 2", ["sprunggelenk", "kreisen", "ubung", "2"]),
        ("Øvelse for ankler, Łódź", ["ovelse", "for", "ankler", "lodz"]),
        ("Ænd, þing, Œuvre", ["aend", "thing", "oeuvre"]),
        ("足首 ストレッチ", []),
        ("", []),
        ("½ rep · ① × ②", ["1", "2", "rep", "1", "2"]),
    ],
)
def test_words_in_ascii(text: str, words: list[str]) -> None:
    assert ascii_words(text) == words
