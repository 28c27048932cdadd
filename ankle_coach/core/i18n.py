"""The user's language: which one (the system's or the settings'), and the words in it.

One source of truth for every string: the Qt Linguist catalogues `ankle_coach/i18n/*.ts`, kept
in the repository and updated with `pyside6-lupdate` (packaging/translations.py), compiled to
`.qm` at build time. The window loads the `.qm` through `QTranslator`; the core and the command
line, which never import Qt, read the same `.qm` here. Both are called the same way, so
`pyside6-lupdate` finds every string:

    translate("core.plan", "Set {number} of {sets}.").format(number=2, sets=3)

The context is the module's dotted path under `ankle_coach`. Placeholders are named
(`{number}`), so a translation may put them in its own order. A plural is two whole messages
chosen in code (`"{n} rep"` when n == 1, else `"{n} reps"`): English, German and Spanish all
say the singular for one and only for one. Text kept at import time is marked with
`QT_TRANSLATE_NOOP(context, text)` and translated where it is shown.

English is the source language and the fallback for anything not translated.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Final, Literal, get_args

Language = Literal["en", "de", "es"]

#: Every language the app speaks, English (the source) first.
LANGUAGES: Final[tuple[Language, ...]] = get_args(Language)

#: Each language named in itself, as a language menu shows it.
NATIVE_NAMES: Final[Mapping[Language, str]] = {
    "en": "English",
    "de": "Deutsch",
    "es": "Español",
}

#: The environment variables that name the language, in the order gettext reads them.
ENVIRONMENT_ORDER: Final = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")

#: The setting that means "follow the system".
SYSTEM: Final = "system"


def language_of(tag: str) -> Language | None:
    """The supported language a locale name means ("de_DE.UTF-8", "es-419", "de_AT@euro",
    "EN"), or None ("fr_FR", "C", "POSIX", "")."""
    base = tag.strip().split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    for language in LANGUAGES:
        if base == language:
            return language
    return None


def language_from_environment(environ: Mapping[str, str] | None = None) -> Language:
    """The language the environment asks for, read in gettext's order: the first of LANGUAGE,
    LC_ALL, LC_MESSAGES and LANG that is set and not empty decides. LANGUAGE is a list
    ("de:es:en") tried in order; the others name one locale. "C"/"POSIX" (no locale), a
    language we do not have, or nothing set: English.

    Unlike gettext, LANGUAGE is read even when the locale is "C" (as on many servers and
    containers, LANG=C.UTF-8): someone who sets LANGUAGE=de wants German."""
    env = os.environ if environ is None else environ
    wanted = env.get("LANGUAGE", "")
    if wanted:
        for entry in wanted.split(":"):
            language = language_of(entry)
            if language is not None:
                return language
        return "en"
    for name in ENVIRONMENT_ORDER[1:]:
        if env.get(name):
            return language_of(env[name]) or "en"
    return "en"


def resolve_language(setting: str | None, environ: Mapping[str, str] | None = None) -> Language:
    """The language to use: the one chosen in Settings, else (None or "system") the
    environment's."""
    if setting and setting != SYSTEM:
        chosen = language_of(setting)
        if chosen is not None:
            return chosen
    return language_from_environment(environ)


def catalogue_dir() -> Path:
    """Where the catalogues live: `ankle_coach/i18n/` (the `.ts` sources and, once built, the
    `.qm` files: in the wheel, in an editable install's checkout, in the standalone build)."""
    return Path(__file__).resolve().parents[1] / "i18n"


def catalogue_path(language: Language) -> Path:
    """The compiled catalogue of one language (`ankle_coach_de.qm`)."""
    return catalogue_dir() / f"ankle_coach_{language}.qm"


# -- the .qm format (written by lrelease, read by QTranslator): a 16-byte magic, then
# sections of a 1-byte tag and a 4-byte big-endian length; the messages section holds records
# of tagged fields ending with TAG_END.

QM_MAGIC: Final = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_SECTION_MESSAGES: Final = 0x69
_SECTION_LANGUAGE: Final = 0xA7
_TAG_END: Final = 1
_TAG_SOURCE_TEXT16: Final = 2
_TAG_TRANSLATION: Final = 3
_TAG_CONTEXT16: Final = 4
_TAG_OBSOLETE1: Final = 5
_TAG_SOURCE_TEXT: Final = 6
_TAG_CONTEXT: Final = 7
_TAG_COMMENT: Final = 8


class CatalogueError(ValueError):
    """A `.qm` file that is not one, or is cut short."""


@dataclass(frozen=True)
class Catalogue:
    """One compiled catalogue: (context, source, comment) -> its translations (one, or one
    per plural form)."""

    language: str
    messages: Mapping[tuple[str, str, str], tuple[str, ...]]

    @classmethod
    def empty(cls) -> Catalogue:
        return cls(language="en", messages={})

    @classmethod
    def read(cls, path: Path) -> Catalogue:
        """Read a `.qm` file. Raises OSError when it can't be read, CatalogueError when it is
        not a catalogue (naming the file)."""
        try:
            return cls.parse(path.read_bytes())
        except CatalogueError as exc:
            raise CatalogueError(f"{path}: {exc}") from None

    @classmethod
    def parse(cls, data: bytes) -> Catalogue:
        if not data.startswith(QM_MAGIC):
            raise CatalogueError("not a compiled Qt translation (.qm) file")
        language = ""
        messages: dict[tuple[str, str, str], tuple[str, ...]] = {}
        at = len(QM_MAGIC)
        while at < len(data):
            if at + 5 > len(data):
                raise CatalogueError("cut short in a section header")
            tag = data[at]
            (length,) = struct.unpack_from(">I", data, at + 1)
            body = data[at + 5 : at + 5 + length]
            if len(body) != length:
                raise CatalogueError("cut short in a section")
            if tag == _SECTION_MESSAGES:
                _read_messages(body, messages)
            elif tag == _SECTION_LANGUAGE:
                language = body.decode("utf-8", "replace")
            at += 5 + length
        return cls(language=language, messages=messages)

    def lookup(self, context: str, source: str, comment: str = "") -> tuple[str, ...] | None:
        return self.messages.get((context, source, comment))


def _read_messages(body: bytes, into: dict[tuple[str, str, str], tuple[str, ...]]) -> None:
    at = 0
    translations: list[str] = []
    context = source = comment = ""
    while at < len(body):
        tag = body[at]
        at += 1
        if tag == _TAG_END:
            into[(context, source, comment)] = tuple(translations)
            translations = []
            context = source = comment = ""
            continue
        if tag == _TAG_OBSOLETE1:
            at += 4
            continue
        if tag not in (
            _TAG_TRANSLATION,
            _TAG_SOURCE_TEXT,
            _TAG_CONTEXT,
            _TAG_COMMENT,
            _TAG_SOURCE_TEXT16,
            _TAG_CONTEXT16,
        ):
            raise CatalogueError(f"unknown field {tag:#x} in a message")
        if at + 4 > len(body):
            raise CatalogueError("cut short in a message")
        (length,) = struct.unpack_from(">I", body, at)
        at += 4
        if length == 0xFFFFFFFF:  # a null translation: lrelease's "no text"
            raw = b""
        else:
            raw = body[at : at + length]
            if len(raw) != length:
                raise CatalogueError("cut short in a message")
            at += length
        if tag == _TAG_TRANSLATION:
            translations.append(raw.decode("utf-16-be", "replace"))
        elif tag in (_TAG_SOURCE_TEXT, _TAG_SOURCE_TEXT16):
            source = raw.decode("utf-8", "replace")
        elif tag in (_TAG_CONTEXT, _TAG_CONTEXT16):
            context = raw.decode("utf-8", "replace")
        else:
            comment = raw.decode("utf-8", "replace")


# -- the active language: set once at start (the window, each command), read by translate().

_active_language: Language = "en"
_active: Catalogue = Catalogue.empty()
#: Why the chosen language's catalogue could not be read, or None.
load_problem: str | None = None


def use(language: Language, catalogue: Catalogue | None = None) -> Language:
    """Make `language` the one `translate` answers in (its shipped catalogue unless one is
    given). A missing or broken catalogue leaves English and says why in `load_problem`.
    Returns the language now in use."""
    global _active_language, _active, load_problem
    load_problem = None
    if language == "en":
        _active_language, _active = "en", Catalogue.empty()
        return "en"
    if catalogue is None:
        path = catalogue_path(language)
        try:
            catalogue = Catalogue.read(path)
        except FileNotFoundError:
            load_problem = f"{path}: not found (the translations are built with the app)"
        except (OSError, CatalogueError) as exc:
            load_problem = str(exc)
    if catalogue is None:
        _active_language, _active = "en", Catalogue.empty()
        return "en"
    _active_language, _active = language, catalogue
    return language


def current_language() -> Language:
    return _active_language


@contextmanager
def using(language: Language, catalogue: Catalogue | None = None) -> Iterator[Language]:
    """`use(language)` for the length of a `with` block (tests, one handout in another
    language), then back to the language before."""
    before_language, before = _active_language, _active
    before_problem = load_problem
    try:
        yield use(language, catalogue)
    finally:
        _set(before_language, before, before_problem)


def _set(language: Language, catalogue: Catalogue, problem: str | None) -> None:
    global _active_language, _active, load_problem
    _active_language, _active, load_problem = language, catalogue, problem


def plural_form(language: str, n: int) -> int:
    """Which plural form a count takes: 0 for one, 1 for any other number (English, German
    and Spanish alike; Qt's numerus rules for these languages say the same)."""
    return 0 if n == 1 else 1


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`source` in the active language, or `source` itself when it has no translation; the
    same call and answer as Qt's `QCoreApplication.translate`, including "%n" replaced by `n`
    when `n` >= 0 (for messages lupdate marks numerus)."""
    found = _active.lookup(context, source, disambiguation or "")
    text = source
    if found:
        index = min(plural_form(_active_language, n), len(found) - 1) if n >= 0 else 0
        if found[index]:
            text = found[index]
    if n >= 0:
        text = text.replace("%n", str(n))
    return text


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate reads
    """Marks text kept at import time for `pyside6-lupdate`; translate it where it is shown
    with `translate(context, text)`."""
    return source
