"""Reading user files: msgspec's and tomllib's complaints in the words of the file's author.

Shared by every file format the app reads (routines, guidance, settings), so a problem is
always said the same way: the field path as the file writes it, and the value as it stands there.
"""

from __future__ import annotations

import math
import re
from typing import Any, Final

#: msgspec's messages, as in "Expected `int` >= 1 - at `$.exercises[0].sets`".
AT: Final = re.compile(r"^(?P<what>.*?)(?: - at `\$(?P<where>[^`]*)`)?$", re.S)
EXPECTED_TYPE: Final = re.compile(r"^Expected `(?P<want>[^`]+)`, got `(?P<got>[^`]+)`$")
BOUND: Final = re.compile(r"^Expected `(?P<want>\w+)` (?P<op>>=|<=) (?P<limit>[-\d.e+]+)$")
LENGTH: Final = re.compile(r"^Expected `(?P<want>\w+)` of length (?P<op>>=|<=) (?P<limit>\d+)$")
UNKNOWN: Final = re.compile(r"^Object contains unknown field `(?P<name>[^`]+)`$")
MISSING: Final = re.compile(r"^Object missing required field `(?P<name>[^`]+)`$")
ENUM: Final = re.compile(r"^Invalid enum value (?P<value>.+)$")


#: tomllib's time grows with the square of a key's dotted parts (`a.b.c = 1`, and the same in
#: table headers and inline tables): 25 s for one key of 40,000 parts, an hour for one that
#: fills a 1 MiB file. No file the app reads needs more than a few parts.
MAX_KEY_PARTS: Final = 32
#: A key part: bare, or quoted and at most 128 characters long, so that the search stays linear
#: (a longer quoted part is not counted: 1 MiB of them makes a key tomllib reads in under 1 s).
_KEY_PART: Final = r"""(?:[A-Za-z0-9_-]++|"(?:[^"\\\n]|\\.){0,128}+"|'[^'\n]{0,128}+')"""
#: MAX_KEY_PARTS dots, each followed by a part: a key of more parts than that. Starting at a dot
#: lets the search skip to the dots, about a microsecond for a routine file.
LONG_DOTTED_KEY: Final = re.compile(
    rf"\.[ \t]*+{_KEY_PART}(?:[ \t]*+\.[ \t]*+{_KEY_PART}){{{MAX_KEY_PARTS - 1}}}"
)


def too_slow_to_parse(text: str) -> str | None:
    """Why tomllib would take minutes over `text` (a key of too many dotted parts), or None.

    Looked for in the text, strings and comments included, before tomllib sees it."""
    found = LONG_DOTTED_KEY.search(text)
    if found is None:
        return None
    line = text.count("\n", 0, found.start()) + 1
    return (
        f"the file cannot be read: line {line} has a key of more than {MAX_KEY_PARTS} dotted parts"
    )


def toml_message(message: str) -> str:
    """tomllib's "Illegal character '\\n' (at line 2, column 11)" as "line 2, column 11: ..."."""
    found = re.match(r"^(?P<what>.*?) \(at line (?P<line>\d+), column (?P<col>\d+)\)$", message)
    if found is None:
        return f"this is not valid TOML: {message}"
    what = found["what"][0].lower() + found["what"][1:]
    return f"this is not valid TOML: line {found['line']}, column {found['col']}: {what}"


def lookup(raw: Any, where: str) -> Any:
    """The raw value at a msgspec path such as `.exercises[2].sets`; None if it is not there."""
    value = raw
    for key, index in re.findall(r"\.([^.\[]+)|\[(\d+)\]", where):
        try:
            value = value[key] if key else value[int(index)]
        except (KeyError, IndexError, TypeError):
            return None
    return value


def join_path(prefix: str, where: str) -> str:
    where = where.lstrip(".")
    if not prefix:
        return where
    if not where:
        return prefix
    return f"{prefix}{where}" if where.startswith("[") else f"{prefix}.{where}"


def describe(value: Any) -> str:
    """A value as a user would recognise it in their file."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if math.isnan(value):
            return "nan (not a number)"
        if math.isinf(value):
            return "infinity" if value > 0 else "minus infinity"
        return number(value)
    if isinstance(value, int):
        if abs(value) < 10**12:
            return str(value)
        try:
            return f"{value:.3g}"
        except OverflowError:  # past a float's range, and maybe past what str() will print
            return f"a {'negative ' if value < 0 else ''}number of over 300 digits"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f'the text "{shown}"'
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return f"a {type(value).__name__}"


def number(value: float) -> str:
    if value == int(value) and abs(value) < 10**12:
        return str(int(value))
    if abs(value) >= 10**6:
        return f"{value:.3g}"
    return f"{value:g}"
