"""Reading user files: msgspec's and tomllib's complaints in the words of the file's author.

Shared by every file format the app reads (routines, guidance, settings), so a problem is
always said the same way: the field path as the file writes it, and the value as it stands there.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final, NotRequired, TypedDict, TypeVar

import msgspec


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a file the app reads (a routine, a guidance section, settings), in
    words a physio understands."""

    path: str
    field: str
    message: str

    def __str__(self) -> str:
        if self.field:
            return f"{self.path}: {self.field}: {self.message}"
        return f"{self.path}: {self.message}"


class Words(TypedDict):
    """How a file format's structs are put in its problems (see translate)."""

    kind: str
    field_words: NotRequired[Mapping[str, tuple[str, str]]]
    choices: NotRequired[Sequence[str]]


#: msgspec's messages, as in "Expected `int` >= 1 - at `$.exercises[0].sets`".
AT: Final = re.compile(r"^(?P<what>.*?)(?: - at `\$(?P<where>[^`]*)`)?$", re.S)
EXPECTED_TYPE: Final = re.compile(r"^Expected `(?P<want>[^`]+)`, got `(?P<got>[^`]+)`$")
BOUND: Final = re.compile(r"^Expected `(?P<want>\w+)` (?P<op>>=|<=) (?P<limit>[-\d.e+]+)$")
LENGTH: Final = re.compile(r"^Expected `(?P<want>\w+)` of length (?P<op>>=|<=) (?P<limit>\d+)$")
UNKNOWN: Final = re.compile(r"^Object contains unknown field `(?P<name>[^`]+)`$")
MISSING: Final = re.compile(r"^Object missing required field `(?P<name>[^`]+)`$")
ENUM: Final = re.compile(r"^Invalid enum value (?P<value>.+)$")

#: The longest unknown field name a problem repeats whole (a hostile file's megabyte key is cut).
MAX_SHOWN_NAME: Final = 60
#: msgspec's type names in a file author's words, when a field has no words of its own.
TYPE_WORDS: Final[Mapping[str, str]] = {
    "int": "a whole number",
    "float": "a number",
    "int | null": "a whole number",
    "float | null": "a number",
    "str": "text",
    "str | null": "text",
    "str | array": "a quote, or a list of quotes",
    "bool": "true or false",
    "array": "a list",
    "object": "a table",
}


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


def translate(
    exc: msgspec.ValidationError,
    raw: Mapping[str, Any],
    path: str,
    prefix: str,
    struct: type[msgspec.Struct],
    *,
    kind: str,
    field_words: Mapping[str, tuple[str, str]] | None = None,
    choices: Sequence[str] = (),
) -> Problem:
    """msgspec's complaint about `raw` (converted to `struct`, found at `prefix` in the file at
    `path`) as the Problem a file's author needs: the field path and a sentence.

    `kind` names what `struct` is ("an exercise"); `field_words` gives a field what it must be and
    the unit of its bounds ("a number of seconds", "seconds"); `choices` are the words an enum
    field takes. An unknown field is answered with the closest known name ("did you mean") and
    the known ones, its own name cut to MAX_SHOWN_NAME characters.
    """
    match = AT.match(str(exc))
    assert match is not None  # the pattern matches any text
    what, where = match["what"], match["where"] or ""
    field = join_path(prefix, where)
    last = re.sub(r"\[\d+\]$", "", where).rsplit(".", 1)[-1]
    value = lookup(raw, where)
    want, unit = (field_words or {}).get(last, ("", ""))

    if m := UNKNOWN.match(what):
        import difflib  # only a misspelt file pays for it

        name = m["name"]
        known = [f.encode_name for f in msgspec.structs.fields(struct)]
        close = difflib.get_close_matches(name, known, n=1)
        hint = f'; did you mean "{close[0]}"?' if close else ""
        shown = name if len(name) <= MAX_SHOWN_NAME else name[: MAX_SHOWN_NAME - 3] + "..."
        return Problem(
            path,
            join_path(field, shown),
            f"is not a field of {kind}{hint} (known fields: {', '.join(known)})",
        )
    if m := MISSING.match(what):
        return Problem(path, join_path(field, m["name"]), "is required but missing")
    if m := EXPECTED_TYPE.match(what):
        if where.endswith("]") or not want:  # an item of a list, or a field we have no words for
            want = TYPE_WORDS.get(m["want"], m["want"])
        return Problem(path, field, f"must be {want}, not {describe(value)}")
    if m := BOUND.match(what):
        low, high = _bounds(struct, last)
        units = f" {unit}" if unit else ""
        shown = describe(value)
        if low is not None and high is not None:
            return Problem(
                path, field, f"must be between {number(low)} and {number(high)}{units}, not {shown}"
            )
        bound = "at least" if m["op"] == ">=" else "at most"
        return Problem(
            path, field, f"must be {bound} {number(float(m['limit']))}{units}, not {shown}"
        )
    if m := LENGTH.match(what):
        if m["op"] == ">=":
            return Problem(path, field, "must not be empty")
        item = where.endswith("]")  # "tags[1]" is one tag: its unit is not the list's
        noun = unit if unit and not item else "characters" if m["want"] == "str" else "items"
        return Problem(path, field, f"is too long: at most {int(m['limit'])} {noun}")
    if ENUM.match(what) and choices:
        return Problem(path, field, f"must be {one_of(choices)}, not {describe(value)}")
    return Problem(path, field, what)


S = TypeVar("S", bound=msgspec.Struct)


def convert_collecting(
    raw: Mapping[str, Any],
    struct: type[S],
    path: str,
    prefix: str,
    *,
    kind: str,
    field_words: Mapping[str, tuple[str, str]] | None = None,
    choices: Sequence[str] = (),
) -> tuple[S | None, list[Problem]]:
    """`raw` converted to `struct`, or every problem with it: one per field, in the file's order
    (the order of `raw`), then the required fields that are missing.

    msgspec stops at the first problem; a file's author wants them all at once, so a mapping that
    does not convert is tried again one field at a time, each complaint put by `translate`.
    """
    words: Words = {"kind": kind, "choices": choices}
    if field_words is not None:
        words["field_words"] = field_words
    try:
        return msgspec.convert(raw, struct), []
    except msgspec.ValidationError:
        pass
    problems: list[Problem] = []
    for key, value in raw.items():
        alone = {key: value}
        try:
            msgspec.convert(alone, struct)
        except msgspec.ValidationError as exc:
            if not MISSING.match(str(exc)):  # another field's absence: this one is fine
                problems.append(translate(exc, alone, path, prefix, struct, **words))
    for declared in msgspec.structs.fields(struct):
        if declared.required and declared.encode_name not in raw:
            only = msgspec.defstruct(struct.__name__, [(declared.encode_name, declared.type)])
            try:
                msgspec.convert({}, only)
            except msgspec.ValidationError as exc:
                problems.append(translate(exc, {}, path, prefix, struct, **words))
    if not problems:  # no field alone is wrong, yet together they are: say what msgspec says
        try:
            return msgspec.convert(raw, struct), []
        except msgspec.ValidationError as exc:
            problems.append(translate(exc, raw, path, prefix, struct, **words))
    return None, problems


def one_of(choices: Sequence[str]) -> str:
    """'"left" or "right"', 'one of "price", "doctor", "causes"'."""
    quoted = [f'"{choice}"' for choice in choices]
    if len(quoted) <= 2:
        return " or ".join(quoted)
    return f"one of {', '.join(quoted)}"


def _bounds(struct: type[msgspec.Struct], name: str) -> tuple[float | None, float | None]:
    for field in msgspec.structs.fields(struct):
        if field.name == name:
            return _meta_bounds(field.type)
    return None, None


def _meta_bounds(annotation: Any) -> tuple[float | None, float | None]:
    for arg in getattr(annotation, "__args__", ()):
        low, high = _meta_bounds(arg)
        if low is not None or high is not None:
            return low, high
    for meta in getattr(annotation, "__metadata__", ()):
        if isinstance(meta, msgspec.Meta):
            return meta.ge, meta.le
    return None, None
