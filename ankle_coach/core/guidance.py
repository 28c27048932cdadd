"""PRICE, when-to-see-a-doctor and common-causes guidance, loaded from assets/guidance.

One TOML file per section (price, doctor, causes, disclaimer). Every item says what it rests
on: `source` quotes the article (one quote or a list of them), or is "app" for Ankle Coach's own
advice, which then needs a `note` telling the user so. A cause of ankle pain points to a routine
id or to another section. Files are checked like routine files: every problem is reported with
the file, the field path and what is wrong.

Translations sit beside the English they translate, in a `translations` table by language: the
section's `[translations.de]` holds its `title`, an item's `[items.translations.de]` (or
`[causes.translations.es]`) its `heading`, `text` and `note`. The trace to the article (`source`)
stays on the English: a translation says the same thing in another language, so it rests on the
same quotes. A field without a translation is shown in English. `load_guidance` gives the
guidance in the current language (core.i18n), or in the one it is asked for.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Annotated, Any, Final, Literal, Self, TypeVar

import msgspec

from ankle_coach.core import decoding
from ankle_coach.core.decoding import Words, describe, toml_message
from ankle_coach.core.decoding import translate as problem_from  # msgspec's words, not i18n's
from ankle_coach.core.i18n import (
    LANGUAGES,
    QT_TRANSLATE_NOOP,
    Language,
    current_language,
    translate,
)
from ankle_coach.core.paths import assets_dir
from ankle_coach.core.routine import Problem

FORMAT: Final = 1
MAX_FILE_BYTES: Final = 256 * 1024
#: The `source` of an item that is Ankle Coach's own advice rather than the article's.
APP: Final = "app"

#: The article every statement comes from, as the handout and the About box name it.
ARTICLE_TITLE: Final = "Ankle Pain After Running \u2013 Top Causes"
#: Shown with the routines: the article's own expectation, so nobody reads a routine as a cure.
#: Shown as `translate("core.guidance", EXPECTATION)`.
EXPECTATION: Final = QT_TRANSLATE_NOOP(
    "core.guidance",
    "The article says there's no guarantee these stretches will get rid of your symptoms, "
    "but they do help a lot of people with ankle discomfort.",
)
EXPECTATION_SOURCE: Final = (
    "There's no guarantee that these stretches will eliminate your symptom. However, they do "
    "help for a lot of people with ankle discomfort."
)
#: Shown wherever a routine is (overview, handout, `ankle-coach run`), even with the sidebar
#: hidden; the same words as the disclaimer section's title and text (in every language: a test
#: holds the translations to that). Shown as `translate("core.guidance", DISCLAIMER)`.
DISCLAIMER: Final = QT_TRANSLATE_NOOP(
    "core.guidance",
    "Ankle Coach does not replace a clinician. This is general advice from one article, not a "
    "diagnosis. If your ankle worries you, see a doctor.",
)

#: The languages a guidance file translates into (English is the file's own text).
TRANSLATED: Final[tuple[Language, ...]] = tuple(lang for lang in LANGUAGES if lang != "en")
#: A translation may run longer than the English (German by about a third).
MAX_TRANSLATION: Final = 600

SectionName = Literal["price", "doctor", "causes"]
#: The sections a cause (or the rest of the app) can point to, in the order they are shown.
SECTION_NAMES: Final[tuple[SectionName, ...]] = ("price", "doctor", "causes")

Heading = Annotated[str, msgspec.Meta(max_length=80)]
Title = Annotated[str, msgspec.Meta(min_length=1, max_length=80)]
#: Short on purpose: a sidebar paragraph, not a wall of text.
Text = Annotated[str, msgspec.Meta(min_length=1, max_length=400)]
Quote = Annotated[str, msgspec.Meta(min_length=1, max_length=200)]
Note = Annotated[str, msgspec.Meta(max_length=200)]
Source = Quote | Annotated[tuple[Quote, ...], msgspec.Meta(min_length=1, max_length=8)]
#: A translation: language -> field -> text, checked by `_translations` (not by msgspec, so each
#: problem can say what a translation may hold).
Translations = dict[str, dict[str, str]]


class GuidanceItem(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """One paragraph of guidance, with an optional heading and what it rests on."""

    heading: Heading = ""
    text: Text
    source: Source
    note: Note = ""
    translations: Translations = msgspec.field(default_factory=dict)

    def in_language(self, language: Language) -> Self:
        """This item with its heading, text and note in `language` (each in English where it
        has no translation); `source` stays the article's English."""
        words = self.translations.get(language, {})
        if not words:
            return self
        return msgspec.structs.replace(
            self,
            heading=words.get("heading", self.heading),
            text=words.get("text", self.text),
            note=words.get("note", self.note),
        )

    @property
    def from_app(self) -> bool:
        """True when this is Ankle Coach's own advice, not the article's."""
        return self.source == APP

    @property
    def quotes(self) -> tuple[str, ...]:
        """The article's words this item rests on; none for the app's own advice."""
        if self.from_app:
            return ()
        return (self.source,) if isinstance(self.source, str) else self.source


#: The old name, kept until ui/handout/sheet.py imports GuidanceItem (core.triage has its own
#: Advice: the check-in's verdict).
Advice = GuidanceItem


class Cause(GuidanceItem, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """A common cause of ankle pain after running, as a self-check question and what to do.

    It points to exactly one of: a routine (by id) or a section of this guidance.
    """

    routine: Annotated[str, msgspec.Meta(max_length=80)] = ""
    section: SectionName | None = None


class AdviceSection(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """A section file: a title and its paragraphs, in order."""

    format: int
    title: Title
    items: tuple[GuidanceItem, ...] = ()
    translations: Translations = msgspec.field(default_factory=dict)

    def in_language(self, language: Language) -> AdviceSection:
        """This section with its title and items in `language` (English where untranslated)."""
        return msgspec.structs.replace(
            self,
            title=self.translations.get(language, {}).get("title", self.title),
            items=tuple(item.in_language(language) for item in self.items),
        )


class CausesSection(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """The causes file: a title, paragraphs that introduce it, and the causes."""

    format: int
    title: Title
    items: tuple[GuidanceItem, ...] = ()
    causes: tuple[Cause, ...] = ()
    translations: Translations = msgspec.field(default_factory=dict)

    def in_language(self, language: Language) -> CausesSection:
        """This section with its title, items and causes in `language` (English where
        untranslated)."""
        return msgspec.structs.replace(
            self,
            title=self.translations.get(language, {}).get("title", self.title),
            items=tuple(item.in_language(language) for item in self.items),
            causes=tuple(cause.in_language(language) for cause in self.causes),
        )


class Guidance(msgspec.Struct, frozen=True, kw_only=True):
    """All the guidance content the app shows."""

    price: AdviceSection
    doctor: AdviceSection
    causes: CausesSection
    disclaimer: AdviceSection
    #: The language the titles, headings, texts and notes are in (`source` is always English).
    language: Language = "en"

    def in_language(self, language: Language) -> Guidance:
        """The same guidance in `language`; call it on the guidance as loaded in English."""
        return Guidance(
            price=self.price.in_language(language),
            doctor=self.doctor.in_language(language),
            causes=self.causes.in_language(language),
            disclaimer=self.disclaimer.in_language(language),
            language=language,
        )

    def section(self, name: SectionName) -> AdviceSection | CausesSection:
        if name == "price":
            return self.price
        if name == "doctor":
            return self.doctor
        return self.causes

    @property
    def routine_ids(self) -> frozenset[str]:
        """The routines the causes point to."""
        return frozenset(cause.routine for cause in self.causes.causes if cause.routine)

    def all_advice(self) -> Iterator[tuple[str, GuidanceItem]]:
        """Every item with the name of its file, in the order shown."""
        for name in ("price", "doctor", "causes", "disclaimer"):
            section = getattr(self, name)
            for item in section.items:
                yield name, item
            for cause in getattr(section, "causes", ()):
                yield name, cause


class GuidanceError(Exception):
    """Guidance that cannot be used, with every problem found in its files."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


_Section = TypeVar("_Section", bound=AdviceSection | CausesSection)

#: The files of the guidance folder and what each holds.
FILES: Final[Mapping[str, type[AdviceSection] | type[CausesSection]]] = {
    "price": AdviceSection,
    "doctor": AdviceSection,
    "causes": CausesSection,
    "disclaimer": AdviceSection,
}

# The lists of tables in a section file, checked one table at a time so every bad one is named.
_LISTS: Final[Mapping[str, type[GuidanceItem]]] = {"items": GuidanceItem, "causes": Cause}


def default_folder() -> Path:
    return assets_dir() / "guidance"


def load_guidance(folder: Path | None = None, language: Language | None = None) -> Guidance:
    """Load every section from `folder` (the shipped assets/guidance by default), in `language`
    (by default the current one, core.i18n.current_language()).

    Raises GuidanceError naming every problem in every file.
    """
    where = default_folder() if folder is None else folder
    if not where.is_dir():
        raise GuidanceError(
            [Problem(str(where), "", translate("core.guidance", "the guidance folder is missing"))]
        )
    problems: list[Problem] = []

    def read(name: str, kind: type[_Section]) -> _Section | None:
        try:
            return read_section(where / f"{name}.toml", kind)
        except GuidanceError as exc:
            problems.extend(exc.problems)
            return None

    price = read("price", AdviceSection)
    doctor = read("doctor", AdviceSection)
    causes = read("causes", CausesSection)
    disclaimer = read("disclaimer", AdviceSection)
    for path in sorted(where.glob("*.toml")):
        if path.stem not in FILES:
            expected = ", ".join(f"{name}.toml" for name in FILES)
            problems.append(
                Problem(
                    str(path),
                    "",
                    translate(
                        "core.guidance", "is not a guidance section; expected {expected}"
                    ).format(expected=expected),
                )
            )
    if problems:
        raise GuidanceError(problems)
    assert price and doctor and causes and disclaimer
    english = Guidance(price=price, doctor=doctor, causes=causes, disclaimer=disclaimer)
    wanted = current_language() if language is None else language
    return english if wanted == "en" else english.in_language(wanted)


def read_section(path: Path, kind: type[_Section]) -> _Section:
    shown = str(path)
    try:
        with path.open("rb") as file:
            data = file.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise GuidanceError(
            [Problem(shown, "", translate("core.guidance", "is missing"))]
        ) from None
    except OSError as exc:
        message = translate("core.guidance", "cannot be read: {reason}").format(reason=exc.strerror)
        raise GuidanceError([Problem(shown, "", message)]) from None
    return parse_section(data, shown, kind)


def parse_section(data: bytes, path: str, kind: type[_Section]) -> _Section:
    """Decode and check one section file's bytes. Raises GuidanceError naming every problem."""
    if len(data) > MAX_FILE_BYTES:
        message = translate("core.guidance", "is larger than 256 KiB; not read")
        raise GuidanceError([Problem(path, "", message)])
    try:
        text = data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError:
        message = translate("core.guidance", "is not UTF-8 text; save it as UTF-8")
        raise GuidanceError([Problem(path, "", message)]) from None
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise GuidanceError([Problem(path, "", toml_message(str(exc)))]) from None
    return section_from_mapping(raw, path, kind)


def section_from_mapping(raw: Mapping[str, Any], path: str, kind: type[_Section]) -> _Section:
    """Build a section from decoded TOML, collecting every problem before giving up."""
    _check_format(raw, path)
    problems: list[Problem] = []
    fields = {field.name for field in msgspec.structs.fields(kind)}
    lists: dict[str, tuple[GuidanceItem, ...]] = {}
    for key, item_type in _LISTS.items():
        if key not in fields or key not in raw:
            continue
        value = raw[key]
        if not isinstance(value, list):
            message = translate("core.guidance", "must be a list of [[{key}]] tables").format(
                key=key
            )
            problems.append(Problem(path, key, message))
            continue
        good: list[GuidanceItem] = []
        for index, element in enumerate(value):
            where = f"{key}[{index}]"
            if not isinstance(element, dict):
                message = translate("core.guidance", "must be a [[{key}]] table").format(key=key)
                problems.append(Problem(path, where, message))
                continue
            english = {name: text for name, text in element.items() if name != "translations"}
            try:
                item = msgspec.convert(english, item_type)
            except msgspec.ValidationError as exc:
                problems.append(
                    problem_from(exc, english, path, where, item_type, **_words(item_type))
                )
                continue
            problems.extend(_check_item(item, path, where))
            translations = _translations(element, path, where, _ITEM_FIELDS, problems)
            good.append(msgspec.structs.replace(item, translations=translations))
        lists[key] = tuple(good)

    header = {
        key: value
        for key, value in raw.items()
        if (key not in _LISTS or key not in fields) and key != "translations"
    }
    section: _Section | None = None
    try:
        section = msgspec.convert(header, kind)
    except msgspec.ValidationError as exc:
        problems.append(problem_from(exc, header, path, "", kind, **_words(kind)))
    if section is not None and not section.title.strip():
        problems.append(Problem(path, "title", translate("core.guidance", "must not be blank")))
    section_translations = _translations(raw, path, "", _SECTION_FIELDS, problems)
    main_list = "causes" if kind is CausesSection else "items"
    if not raw.get(main_list):
        problems.append(
            Problem(
                path,
                main_list,
                translate(
                    "core.guidance", "the section is empty; add at least one [[{key}]]"
                ).format(key=main_list),
            )
        )
    if problems:
        raise GuidanceError(problems)
    assert section is not None
    return msgspec.structs.replace(section, translations=section_translations, **lists)


def _check_format(raw: Mapping[str, Any], path: str) -> None:
    value = raw.get("format")
    if value is None:
        message = translate(
            "core.guidance", "is missing; a guidance file starts with `format = {format}`"
        ).format(format=FORMAT)
    elif isinstance(value, bool) or not isinstance(value, int):
        message = translate(
            "core.guidance", "must be the whole number {format}, not {value}"
        ).format(format=FORMAT, value=describe(value))
    elif value != FORMAT:
        message = translate(
            "core.guidance",
            "this file is format {value}, but this version of Ankle Coach reads format "
            "{format} only",
        ).format(value=value, format=FORMAT)
    else:
        return
    raise GuidanceError([Problem(path, "format", message)])


def _check_item(item: GuidanceItem, path: str, where: str) -> Iterator[Problem]:
    if not item.text.strip():
        yield Problem(path, f"{where}.text", translate("core.guidance", "must not be blank"))
    if isinstance(item.source, str):
        if not item.source.strip():
            yield Problem(path, f"{where}.source", translate("core.guidance", "must not be blank"))
    else:
        for index, quote in enumerate(item.source):
            if quote.strip() == APP:
                yield Problem(
                    path,
                    f"{where}.source[{index}]",
                    translate(
                        "core.guidance",
                        '"{app}" stands alone: write source = "{app}", not inside a list',
                    ).format(app=APP),
                )
            elif not quote.strip():
                yield Problem(
                    path,
                    f"{where}.source[{index}]",
                    translate("core.guidance", "must not be blank"),
                )
    if item.from_app and not item.note.strip():
        yield Problem(
            path,
            f"{where}.note",
            translate(
                "core.guidance",
                'is missing; an item with source = "{app}" needs a note telling the user it is '
                "Ankle Coach's own advice",
            ).format(app=APP),
        )
    if isinstance(item, Cause):
        if not item.heading.strip():
            message = translate("core.guidance", "is missing; a cause needs its question")
            yield Problem(path, f"{where}.heading", message)
        if item.routine and item.section is not None:
            message = translate("core.guidance", "gives both routine and section; give exactly one")
            yield Problem(path, where, message)
        elif not item.routine.strip() and item.section is None:
            message = translate(
                "core.guidance", "gives neither routine nor section; give exactly one"
            )
            yield Problem(path, where, message)


#: The fields a translation may hold, and what has each one in English.
_ITEM_FIELDS: Final = ("heading", "text", "note")
_SECTION_FIELDS: Final = ("title",)
#: Fields that are never translated, and why.
_KEPT_IN_ENGLISH: Final[Mapping[str, str]] = {
    "source": QT_TRANSLATE_NOOP(
        "core.guidance", "is not translated: the trace to the article stays on the English text"
    ),
    "routine": QT_TRANSLATE_NOOP(
        "core.guidance", "is not translated: a routine id is the same in every language"
    ),
    "section": QT_TRANSLATE_NOOP(
        "core.guidance", "is not translated: a section name is the same in every language"
    ),
    "format": QT_TRANSLATE_NOOP(
        "core.guidance", "is not translated: the format is the file's, not a language's"
    ),
}


def _translations(
    owner: Mapping[str, Any],
    path: str,
    where: str,
    fields: tuple[str, ...],
    problems: list[Problem],
) -> Translations:
    """The `translations` table of `owner` (a section or an item, at `where`), checked against
    the English it translates. Adds each problem to `problems`; keeps what is good."""
    field = decoding.join_path(where, "translations")
    raw = owner.get("translations")
    if raw is None:
        return {}
    languages = ", ".join(TRANSLATED)
    if not isinstance(raw, dict):
        problems.append(
            Problem(
                path,
                field,
                translate(
                    "core.guidance",
                    "must be a table of languages ({languages}), like [translations.de]; not "
                    "{value}",
                ).format(languages=languages, value=describe(raw)),
            )
        )
        return {}
    kept: Translations = {}
    for language, words in raw.items():
        at = f"{field}.{language}"
        if language == "en":
            problems.append(
                Problem(
                    path,
                    at,
                    translate(
                        "core.guidance", "English is the text itself; translate into {languages}"
                    ).format(languages=languages),
                )
            )
            continue
        if language not in TRANSLATED:
            shown = language if len(language) <= 20 else language[:17] + "..."
            problems.append(
                Problem(
                    path,
                    f"{field}.{shown}",
                    translate(
                        "core.guidance",
                        "is not a language Ankle Coach speaks; translations are in {languages}",
                    ).format(languages=languages),
                )
            )
            continue
        if not isinstance(words, dict):
            problems.append(
                Problem(
                    path,
                    at,
                    translate(
                        "core.guidance", "must be a table of translated texts, not {value}"
                    ).format(value=describe(words)),
                )
            )
            continue
        good: dict[str, str] = {}
        for name, text in words.items():
            here = f"{at}.{name}"
            english = owner.get(name, "")
            if name in _KEPT_IN_ENGLISH:
                why = translate("core.guidance", _KEPT_IN_ENGLISH[name])
                problems.append(Problem(path, here, why))
            elif name not in fields:
                shown = name if len(name) <= 40 else name[:37] + "..."
                problems.append(
                    Problem(
                        path,
                        f"{at}.{shown}",
                        translate(
                            "core.guidance",
                            "is not a field of a translation (known fields: {fields})",
                        ).format(fields=", ".join(fields)),
                    )
                )
            elif not isinstance(text, str):
                message = translate("core.guidance", "must be text, not {value}").format(
                    value=describe(text)
                )
                problems.append(Problem(path, here, message))
            elif not text.strip():
                problems.append(
                    Problem(path, here, translate("core.guidance", "must not be blank"))
                )
            elif not (isinstance(english, str) and english.strip()):
                problems.append(
                    Problem(
                        path,
                        here,
                        translate(
                            "core.guidance",
                            "translates a {field} that the English does not have; give the "
                            "English {field} first, or remove this one",
                        ).format(field=name),
                    )
                )
            elif len(text) > MAX_TRANSLATION:
                problems.append(
                    Problem(
                        path,
                        here,
                        translate(
                            "core.guidance",
                            "is {length} characters long; a translation has at most {limit}",
                        ).format(length=len(text), limit=MAX_TRANSLATION),
                    )
                )
            else:
                good[name] = text
        if good:
            kept[language] = good
    return kept


#: What each kind of struct is called in a problem ("is not a field of a cause").
_KIND_WORDS: Final[Mapping[str, str]] = {
    "GuidanceItem": QT_TRANSLATE_NOOP("core.guidance", "a guidance item"),
    "Cause": QT_TRANSLATE_NOOP("core.guidance", "a cause"),
}


def _words(struct: type[msgspec.Struct]) -> Words:
    """How msgspec's complaints about `struct` are put in a guidance file's problems."""
    kind = _KIND_WORDS.get(struct.__name__)
    words = (
        translate("core.guidance", kind)
        if kind is not None
        else translate("core.guidance", "a guidance file")
    )
    return {"kind": words, "choices": SECTION_NAMES}
