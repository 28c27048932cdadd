"""Words of any text in lower-case ASCII letters and digits, for names that must be safe on
any disk: a routine's file name (core/routine_toml.py) and a cue's WAV name (speech/manifest.py).

Accents are dropped ("é" is "e"), and the letters Unicode does not decompose are spelt as their
languages spell them in ASCII: "Fußmassage" is "fussmassage", not "fumassage".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from typing import Final

_SPELT: Final[Mapping[int, str]] = str.maketrans(
    {"ß": "ss", "ẞ": "ss", "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o", "œ": "oe", "Œ": "oe",
     "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "þ": "th", "Þ": "th", "ð": "d", "Ð": "d",
     "ı": "i"}
)  # fmt: skip
_WORD: Final = re.compile(r"[a-z0-9]+")
FRACTION_SLASH: Final = "\u2044"


def ascii_words(text: str) -> list[str]:
    """The words of `text` in lower-case ASCII ("Fußmassage, Woche 1!" gives ["fussmassage",
    "woche", "1"]); what has no ASCII spelling (another script, a symbol) is left out."""
    # Not str.translate: a call named `translate` here would be taken for a message to translate.
    spelt = "".join(_SPELT.get(ord(letter), letter) for letter in text)
    letters = unicodedata.normalize("NFKD", spelt).replace(FRACTION_SLASH, " ")  # ½: 1 2, not 12
    letters = letters.encode("ascii", "ignore").decode("ascii")
    return _WORD.findall(letters.lower())
