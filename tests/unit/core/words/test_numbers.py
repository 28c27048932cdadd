"""Whole numbers in words as each language says them: number -> the exact words."""

from __future__ import annotations

import pytest

from ankle_coach.core.words.numbers import MAX_WORDS, number_words


@pytest.mark.parametrize(
    ("number", "en", "de", "es"),
    [
        (0, "zero", "null", "cero"),
        (1, "one", "eins", "uno"),
        (7, "seven", "sieben", "siete"),
        (11, "eleven", "elf", "once"),
        (16, "sixteen", "sechzehn", "dieciséis"),
        (17, "seventeen", "siebzehn", "diecisiete"),
        (20, "twenty", "zwanzig", "veinte"),
        (21, "twenty-one", "einundzwanzig", "veintiuno"),
        (22, "twenty-two", "zweiundzwanzig", "veintidós"),
        (30, "thirty", "dreißig", "treinta"),
        (45, "forty-five", "fünfundvierzig", "cuarenta y cinco"),
        (99, "ninety-nine", "neunundneunzig", "noventa y nueve"),
        (100, "one hundred", "einhundert", "cien"),
        (101, "one hundred and one", "einhunderteins", "ciento uno"),
        (121, "one hundred and twenty-one", "einhunderteinundzwanzig", "ciento veintiuno"),
        (200, "two hundred", "zweihundert", "doscientos"),
        (
            555,
            "five hundred and fifty-five",
            "fünfhundertfünfundfünfzig",
            "quinientos cincuenta y cinco",
        ),
        (
            999,
            "nine hundred and ninety-nine",
            "neunhundertneunundneunzig",
            "novecientos noventa y nueve",
        ),
    ],
)
def test_a_number_in_each_language(number: int, en: str, de: str, es: str) -> None:
    assert (number_words(number), number_words(number, "de"), number_words(number, "es")) == (
        en,
        de,
        es,
    )


def test_another_language_is_said_in_english() -> None:
    assert number_words(21, "fr") == "twenty-one"


@pytest.mark.parametrize("number", [-1, MAX_WORDS + 1])
def test_a_number_out_of_range_is_refused(number: int) -> None:
    with pytest.raises(ValueError) as caught:
        number_words(number, "de")
    assert str(caught.value) == f"only numbers from 0 to 999 are put into words, not {number}"
