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

# `i18n.translate`, not `translate`: this module's own `translate` puts msgspec's complaints.
from ankle_coach.core import i18n


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
#: msgspec's type names in a file author's words, when a field has no words of its own
#: (shown with `i18n.translate("core.decoding", words)`).
TYPE_WORDS: Final[Mapping[str, str]] = {
    "int": i18n.QT_TRANSLATE_NOOP("core.decoding", "a whole number"),
    "float": i18n.QT_TRANSLATE_NOOP("core.decoding", "a number"),
    "int | null": i18n.QT_TRANSLATE_NOOP("core.decoding", "a whole number"),
    "float | null": i18n.QT_TRANSLATE_NOOP("core.decoding", "a number"),
    "str": i18n.QT_TRANSLATE_NOOP("core.decoding", "text"),
    "str | null": i18n.QT_TRANSLATE_NOOP("core.decoding", "text"),
    "str | array": i18n.QT_TRANSLATE_NOOP("core.decoding", "a quote, or a list of quotes"),
    "bool": i18n.QT_TRANSLATE_NOOP("core.decoding", "true or false"),
    "array": i18n.QT_TRANSLATE_NOOP("core.decoding", "a list"),
    "object": i18n.QT_TRANSLATE_NOOP("core.decoding", "a table"),
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
    return i18n.translate(
        "core.decoding",
        "the file cannot be read: line {line} has a key of more than {parts} dotted parts",
    ).format(line=line, parts=MAX_KEY_PARTS)


def toml_message(message: str) -> str:
    """tomllib's "Illegal character '\\n' (at line 2, column 11)" as "line 2, column 11: ..."."""
    found = re.match(r"^(?P<what>.*?) \(at line (?P<line>\d+), column (?P<col>\d+)\)$", message)
    # tomllib's own words (`what`) are English: Python has them in no other language.
    if found is None:
        return i18n.translate("core.decoding", "this is not valid TOML: {what}").format(
            what=message
        )
    what = found["what"][0].lower() + found["what"][1:]
    return i18n.translate(
        "core.decoding", "this is not valid TOML: line {line}, column {column}: {what}"
    ).format(line=found["line"], column=found["col"], what=what)


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
        return "true" if value else "false"  # as TOML writes them, in every language
    if isinstance(value, float):
        if math.isnan(value):
            return i18n.translate("core.decoding", "nan (not a number)")
        if math.isinf(value):
            if value > 0:
                return i18n.translate("core.decoding", "infinity")
            return i18n.translate("core.decoding", "minus infinity")
        return number(value)
    if isinstance(value, int):
        if abs(value) < 10**12:
            return str(value)
        try:
            return f"{value:.3g}"
        except OverflowError:  # past a float's range, and maybe past what str() will print
            if value < 0:
                return i18n.translate("core.decoding", "a negative number of over 300 digits")
            return i18n.translate("core.decoding", "a number of over 300 digits")
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return i18n.translate("core.decoding", 'the text "{text}"').format(text=shown)
    if isinstance(value, list):
        return i18n.translate("core.decoding", "a list")
    if isinstance(value, dict):
        return i18n.translate("core.decoding", "a table")
    return i18n.translate("core.decoding", "a {type}").format(type=type(value).__name__)


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
    field takes. `kind` and `field_words` come in the language in use (the caller translates
    them); the sentences around them are translated here. An unknown field is answered with the
    closest known name ("did you mean") and the known ones, its own name cut to MAX_SHOWN_NAME
    characters.
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
        shown = name if len(name) <= MAX_SHOWN_NAME else name[: MAX_SHOWN_NAME - 3] + "..."
        fields = ", ".join(known)  # field names are the file's words: never translated
        if close:
            message = i18n.translate(
                "core.decoding",
                'is not a field of {kind}; did you mean "{close}"? (known fields: {fields})',
            ).format(kind=kind, close=close[0], fields=fields)
        else:
            message = i18n.translate(
                "core.decoding", "is not a field of {kind} (known fields: {fields})"
            ).format(kind=kind, fields=fields)
        return Problem(path, join_path(field, shown), message)
    if m := MISSING.match(what):
        message = i18n.translate("core.decoding", "is required but missing")
        return Problem(path, join_path(field, m["name"]), message)
    if m := EXPECTED_TYPE.match(what):
        if where.endswith("]") or not want:  # an item of a list, or a field we have no words for
            want = i18n.translate("core.decoding", TYPE_WORDS.get(m["want"], m["want"]))
        message = i18n.translate("core.decoding", "must be {kind}, not {value}")
        return Problem(path, field, message.format(kind=want, value=describe(value)))
    if m := BOUND.match(what):
        return Problem(path, field, _bound_message(struct, last, m["op"], m["limit"], unit, value))
    if m := LENGTH.match(what):
        if m["op"] == ">=":
            return Problem(path, field, i18n.translate("core.decoding", "must not be empty"))
        limit = int(m["limit"])
        if unit and not where.endswith("]"):  # "tags[1]" is one tag: its unit is not the list's
            message = i18n.translate("core.decoding", "is too long: at most {limit} {unit}")
            return Problem(path, field, message.format(limit=limit, unit=unit))
        if m["want"] == "str":
            message = i18n.translate("core.decoding", "is too long: at most {limit} characters")
        else:
            message = i18n.translate("core.decoding", "is too long: at most {limit} items")
        return Problem(path, field, message.format(limit=limit))
    if ENUM.match(what) and choices:
        message = i18n.translate("core.decoding", "must be {choices}, not {value}")
        return Problem(path, field, message.format(choices=one_of(choices), value=describe(value)))
    return Problem(path, field, what)


def _bound_message(
    struct: type[msgspec.Struct], name: str, op: str, limit: str, unit: str, value: Any
) -> str:
    """ "must be between 1 and 600 seconds, not 0", "must be at least 1, not -2"."""
    low, high = _bounds(struct, name)
    shown = describe(value)
    if low is not None and high is not None:
        low_text, high_text = number(low), number(high)
        if unit:
            return i18n.translate(
                "core.decoding", "must be between {low} and {high} {unit}, not {value}"
            ).format(low=low_text, high=high_text, unit=unit, value=shown)
        return i18n.translate(
            "core.decoding", "must be between {low} and {high}, not {value}"
        ).format(low=low_text, high=high_text, value=shown)
    bound = number(float(limit))
    if op == ">=":
        if unit:
            message = i18n.translate(
                "core.decoding", "must be at least {bound} {unit}, not {value}"
            )
        else:
            message = i18n.translate("core.decoding", "must be at least {bound}, not {value}")
    elif unit:
        message = i18n.translate("core.decoding", "must be at most {bound} {unit}, not {value}")
    else:
        message = i18n.translate("core.decoding", "must be at most {bound}, not {value}")
    return message.format(bound=bound, unit=unit, value=shown)


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
    quoted = [f'"{choice}"' for choice in choices]  # the file's own words: never translated
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return i18n.translate("core.decoding", "{first} or {second}").format(
            first=quoted[0], second=quoted[1]
        )
    return i18n.translate("core.decoding", "one of {choices}").format(choices=", ".join(quoted))


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
