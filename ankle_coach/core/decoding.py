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
