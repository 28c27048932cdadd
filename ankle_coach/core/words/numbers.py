"""Whole numbers as each language says them: "twenty-one", "einundzwanzig", "veintiuno".

The voice reads digits in its own language, so cue texts keep their digits ("15 reps."); these
words are what the voice will say, which is what the Plan's estimate of a cue's length counts
(core/cues.py), and what a text that spells a number out uses. Pure functions; no import but the
standard library's, so any core module may use them.
"""

from __future__ import annotations

from typing import Final

#: The largest number put into words; above it a number is left as digits.
MAX_WORDS: Final = 999

_EN_ONES: Final = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_EN_TENS: Final = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()

_DE_ONES: Final = (
    "null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn "
    "fünfzehn sechzehn siebzehn achtzehn neunzehn"
).split()
_DE_TENS: Final = "_ _ zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig".split()

_ES_ONES: Final = (
    "cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince "
    "dieciséis diecisiete dieciocho diecinueve veinte veintiuno veintidós veintitrés "
    "veinticuatro veinticinco veintiséis veintisiete veintiocho veintinueve"
).split()
_ES_TENS: Final = "_ _ veinte treinta cuarenta cincuenta sesenta setenta ochenta noventa".split()
_ES_HUNDREDS: Final = (
    "_ ciento doscientos trescientos cuatrocientos quinientos seiscientos setecientos "
    "ochocientos novecientos"
).split()


def number_words(number: int, language: str = "en") -> str:
    """`number` (0 to MAX_WORDS) in words, as said when counting: 21 -> "twenty-one",
    "einundzwanzig", "veintiuno"; 105 -> "one hundred and five", "hundertfünf", "ciento
    cinco". Another language is said in English. ValueError outside 0..MAX_WORDS."""
    if not 0 <= number <= MAX_WORDS:
        raise ValueError(f"only numbers from 0 to {MAX_WORDS} are put into words, not {number}")
    if language == "de":
        return _german(number)
    if language == "es":
        return _spanish(number)
    return _english(number)


def _english(number: int) -> str:
    hundreds, rest = divmod(number, 100)
    words = []
    if hundreds:
        words.append(f"{_EN_ONES[hundreds]} hundred")
    if rest or not hundreds:
        tens, ones = divmod(rest, 10)
        words.append(
            _EN_ONES[rest] if rest < 20 else _EN_TENS[tens] + (f"-{_EN_ONES[ones]}" if ones else "")
        )
    return " and ".join(words)


def _german(number: int) -> str:
    hundreds, rest = divmod(number, 100)
    head = ("ein" if hundreds == 1 else _DE_ONES[hundreds]) + "hundert" if hundreds else ""
    if not rest:
        return head or _DE_ONES[0]
    tens, ones = divmod(rest, 10)
    if rest < 20:
        tail = _DE_ONES[rest]
    elif ones:
        tail = f"{'ein' if ones == 1 else _DE_ONES[ones]}und{_DE_TENS[tens]}"
    else:
        tail = _DE_TENS[tens]
    return head + tail


def _spanish(number: int) -> str:
    hundreds, rest = divmod(number, 100)
    if number == 100:
        return "cien"
    head = _ES_HUNDREDS[hundreds] if hundreds else ""
    if not rest:
        return head or _ES_ONES[0]
    tens, ones = divmod(rest, 10)
    if rest < 30:
        tail = _ES_ONES[rest]
    else:
        tail = _ES_TENS[tens] + (f" y {_ES_ONES[ones]}" if ones else "")
    return f"{head} {tail}" if head else tail
