"""PRICE, when-to-see-a-doctor and common-causes guidance, loaded from assets/guidance.

One TOML file per section (price, doctor, causes, disclaimer). Every item says what it rests
on: `source` quotes the article (one quote or a list of them), or is "app" for Ankle Coach's own
advice, which then needs a `note` telling the user so. A cause of ankle pain points to a routine
id or to another section. Files are checked like routine files: every problem is reported with
the file, the field path and what is wrong.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Annotated, Any, Final, Literal, TypeVar

import msgspec

from ankle_coach.core.decoding import Words, describe, toml_message, translate
from ankle_coach.core.paths import assets_dir
from ankle_coach.core.routine import Problem

FORMAT: Final = 1
MAX_FILE_BYTES: Final = 256 * 1024
#: The `source` of an item that is Ankle Coach's own advice rather than the article's.
APP: Final = "app"

#: The article every statement comes from, as the handout and the About box name it.
ARTICLE_TITLE: Final = "Ankle Pain After Running \u2013 Top Causes"
#: Shown with the routines: the article's own expectation, so nobody reads a routine as a cure.
EXPECTATION: Final = (
    "The article says there's no guarantee these stretches will get rid of your symptoms, "
    "but they do help a lot of people with ankle discomfort."
)
EXPECTATION_SOURCE: Final = (
    "There's no guarantee that these stretches will eliminate your symptom. However, they do "
    "help for a lot of people with ankle discomfort."
)
#: Shown wherever a routine is (overview, handout, `ankle-coach run`), even with the sidebar
#: hidden; the same words as the disclaimer section's title and text.
DISCLAIMER: Final = (
    "Ankle Coach does not replace a clinician. This is general advice from one article, not a "
    "diagnosis. If your ankle worries you, see a doctor."
)

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


class GuidanceItem(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """One paragraph of guidance, with an optional heading and what it rests on."""

    heading: Heading = ""
    text: Text
    source: Source
    note: Note = ""

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


class CausesSection(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """The causes file: a title, paragraphs that introduce it, and the causes."""

    format: int
    title: Title
    items: tuple[GuidanceItem, ...] = ()
    causes: tuple[Cause, ...] = ()


class Guidance(msgspec.Struct, frozen=True, kw_only=True):
    """All the guidance content the app shows."""

    price: AdviceSection
    doctor: AdviceSection
    causes: CausesSection
    disclaimer: AdviceSection

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


def load_guidance(folder: Path | None = None) -> Guidance:
    """Load every section from `folder` (the shipped assets/guidance by default).

    Raises GuidanceError naming every problem in every file.
    """
    where = default_folder() if folder is None else folder
    if not where.is_dir():
        raise GuidanceError([Problem(str(where), "", "the guidance folder is missing")])
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
                Problem(str(path), "", f"is not a guidance section; expected {expected}")
            )
    if problems:
        raise GuidanceError(problems)
    assert price and doctor and causes and disclaimer
    return Guidance(price=price, doctor=doctor, causes=causes, disclaimer=disclaimer)


def read_section(path: Path, kind: type[_Section]) -> _Section:
    shown = str(path)
    try:
        with path.open("rb") as file:
            data = file.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise GuidanceError([Problem(shown, "", "is missing")]) from None
    except OSError as exc:
        raise GuidanceError([Problem(shown, "", f"cannot be read: {exc.strerror}")]) from None
    return parse_section(data, shown, kind)


def parse_section(data: bytes, path: str, kind: type[_Section]) -> _Section:
    """Decode and check one section file's bytes. Raises GuidanceError naming every problem."""
    if len(data) > MAX_FILE_BYTES:
        raise GuidanceError([Problem(path, "", "is larger than 256 KiB; not read")])
    try:
        text = data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError:
        raise GuidanceError([Problem(path, "", "is not UTF-8 text; save it as UTF-8")]) from None
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
            problems.append(Problem(path, key, f"must be a list of [[{key}]] tables"))
            continue
        good: list[GuidanceItem] = []
        for index, element in enumerate(value):
            where = f"{key}[{index}]"
            if not isinstance(element, dict):
                problems.append(Problem(path, where, f"must be a [[{key}]] table"))
                continue
            try:
                item = msgspec.convert(element, item_type)
            except msgspec.ValidationError as exc:
                problems.append(
                    translate(exc, element, path, where, item_type, **_words(item_type))
                )
                continue
            problems.extend(_check_item(item, path, where))
            good.append(item)
        lists[key] = tuple(good)

    header = {key: value for key, value in raw.items() if key not in _LISTS or key not in fields}
    section: _Section | None = None
    try:
        section = msgspec.convert(header, kind)
    except msgspec.ValidationError as exc:
        problems.append(translate(exc, header, path, "", kind, **_words(kind)))
    if section is not None and not section.title.strip():
        problems.append(Problem(path, "title", "must not be blank"))
    main_list = "causes" if kind is CausesSection else "items"
    if not raw.get(main_list):
        problems.append(
            Problem(path, main_list, f"the section is empty; add at least one [[{main_list}]]")
        )
    if problems:
        raise GuidanceError(problems)
    assert section is not None
    return msgspec.structs.replace(section, **lists)


def _check_format(raw: Mapping[str, Any], path: str) -> None:
    value = raw.get("format")
    if value is None:
        message = f"is missing; a guidance file starts with `format = {FORMAT}`"
    elif isinstance(value, bool) or not isinstance(value, int):
        message = f"must be the whole number {FORMAT}, not {describe(value)}"
    elif value != FORMAT:
        message = (
            f"this file is format {value}, but this version of Ankle Coach reads "
            f"format {FORMAT} only"
        )
    else:
        return
    raise GuidanceError([Problem(path, "format", message)])


def _check_item(item: GuidanceItem, path: str, where: str) -> Iterator[Problem]:
    if not item.text.strip():
        yield Problem(path, f"{where}.text", "must not be blank")
    if isinstance(item.source, str):
        if not item.source.strip():
            yield Problem(path, f"{where}.source", "must not be blank")
    else:
        for index, quote in enumerate(item.source):
            if quote.strip() == APP:
                yield Problem(
                    path,
                    f"{where}.source[{index}]",
                    f'"{APP}" stands alone: write source = "{APP}", not inside a list',
                )
            elif not quote.strip():
                yield Problem(path, f"{where}.source[{index}]", "must not be blank")
    if item.from_app and not item.note.strip():
        yield Problem(
            path,
            f"{where}.note",
            f'is missing; an item with source = "{APP}" needs a note telling the user it is '
            "Ankle Coach's own advice",
        )
    if isinstance(item, Cause):
        if not item.heading.strip():
            yield Problem(path, f"{where}.heading", "is missing; a cause needs its question")
        if item.routine and item.section is not None:
            yield Problem(path, where, "gives both routine and section; give exactly one")
        elif not item.routine.strip() and item.section is None:
            yield Problem(path, where, "gives neither routine nor section; give exactly one")


#: What each kind of struct is called in a problem ("is not a field of a cause").
_KIND_WORDS: Final[Mapping[str, str]] = {
    "GuidanceItem": "a guidance item",
    "Cause": "a cause",
}


def _words(struct: type[msgspec.Struct]) -> Words:
    """How msgspec's complaints about `struct` are put in a guidance file's problems."""
    return {"kind": _KIND_WORDS.get(struct.__name__, "a guidance file"), "choices": SECTION_NAMES}
