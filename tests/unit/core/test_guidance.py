"""Tests for core/guidance.py: the shipped guidance says what the article says, and bad files
get clear messages."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from ankle_coach.core.guidance import (
    DISCLAIMER,
    EXPECTATION,
    EXPECTATION_SOURCE,
    SECTION_NAMES,
    AdviceSection,
    CausesSection,
    Guidance,
    GuidanceError,
    default_folder,
    load_guidance,
    parse_section,
)
from ankle_coach.core.library import load_library
from ankle_coach.core.paths import Paths

#: The source article sits beside the repository, in this workplace and in CI alike.
ARTICLE = Path(__file__).parents[3] / ".." / "shared" / "seed" / "000_5337cbcb87cbd1be.txt"


def normalized(text: str) -> str:
    """Compare words, not typography: straight quotes, single spaces, any case."""
    text = text.translate(str.maketrans("\u2018\u2019\u201c\u201d", "''\"\""))
    return re.sub(r"\s+", " ", text).strip().casefold()


@pytest.fixture(scope="module")
def article() -> str:
    if not ARTICLE.is_file():
        pytest.fail(
            f"the source article is missing: {ARTICLE.resolve()}; the guidance is checked "
            "against it, so shared/seed must sit beside the repository"
        )
    return normalized(ARTICLE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def guidance() -> Guidance:
    return load_guidance()


def section_text(guidance: Guidance, name: str) -> str:
    """What the user reads in a section: its title, headings and paragraphs."""
    parts = [getattr(guidance, name).title]
    parts += [
        f"{item.heading} {item.text}" for where, item in guidance.all_advice() if where == name
    ]
    return " ".join(parts)


def test_the_shipped_guidance_loads_from_the_assets_folder(guidance: Guidance) -> None:
    assert default_folder().name == "guidance"
    assert guidance.price.title.startswith("PRICE")
    assert guidance.doctor.title == "When to see a doctor"
    assert guidance.causes.causes
    assert guidance.disclaimer.items


def test_price_has_its_five_letters_in_order(guidance: Guidance) -> None:
    headings = [item.heading for item in guidance.price.items if item.heading]
    assert headings == ["Protection", "Rest", "Ice", "Compression", "Elevation"]


@pytest.mark.parametrize(
    ("section", "phrases"),
    [
        ("price", ["splint", "brace", "overexert", "existing injury"]),
        ("price", ["20 minutes", "directly on the skin"]),
        ("price", ["elastic bandage", "circulation", "above your heart"]),
        ("doctor", ["doesn't go away", "gets worse", "past few months", "not sure"]),
        ("doctor", ["tendon strain", "muscle strain", "stress fracture", "tough it out"]),
        ("doctor", ["pain pills", "podiatrist", "foot doctor", "general care physician"]),
        ("causes", ["worn", "new pair", "arch supports", "softer ground"]),
        ("causes", ["tight", "tennis or lacrosse ball", "10 to 20 minutes", "without rest"]),
        ("disclaimer", ["does not replace a clinician"]),
    ],
)
def test_every_required_topic_is_there(
    guidance: Guidance, section: str, phrases: list[str]
) -> None:
    text = normalized(section_text(guidance, section))
    for phrase in phrases:
        assert normalized(phrase) in text, f"{section}: {phrase!r} is missing"


def test_an_orthopaedic_sports_medicine_physician_is_named(guidance: Guidance) -> None:
    text = normalized(section_text(guidance, "doctor"))
    assert "orthopaedic" in text or "orthopedic" in text
    assert "sports-medicine" in text or "sports medicine" in text


def test_every_cause_points_to_a_builtin_routine_or_a_section(guidance: Guidance) -> None:
    library = load_library(Paths.under(Path("/nonexistent-home")))
    routines = {entry.id for entry in library.entries}
    targets = {}
    for cause in guidance.causes.causes:
        assert bool(cause.routine) != (cause.section is not None), cause.heading
        if cause.routine:
            assert cause.routine in routines, cause.heading
            targets[cause.heading] = cause.routine
        else:
            assert cause.section in SECTION_NAMES
            targets[cause.heading] = cause.section
    assert targets == {
        "Worn-out or unsupportive shoes?": "doctor",
        "Tight muscles in your feet?": "foot-massage",
        "An ankle injury that hasn't healed?": "doctor",
        "Skipping the warm-up?": "pre-run-warm-up",
        "Long runs without rest?": "doctor",
    }
    assert guidance.routine_ids == {"foot-massage", "pre-run-warm-up"}


def test_every_quoted_source_is_in_the_article(guidance: Guidance, article: str) -> None:
    quotes = 0
    for where, item in guidance.all_advice():
        for quote in item.quotes:
            assert normalized(quote) in article, f"{where}: not in the article: {quote!r}"
            quotes += 1
    assert quotes >= 30


def test_the_apps_own_advice_says_so(guidance: Guidance) -> None:
    own = [item for _, item in guidance.all_advice() if item.from_app]
    assert len(own) >= 4
    for item in own:
        assert item.quotes == ()
        assert "Ankle Coach" in item.note, item.text


def test_every_item_is_short_enough_for_a_sidebar(guidance: Guidance) -> None:
    for where, item in guidance.all_advice():
        assert len(item.text.split()) <= 45, f"{where}: {item.text[:40]}"


# -- broken files ---------------------------------------------------------------------------

HEAD = 'format = 1\ntitle = "PRICE"\n'
ITEM = '[[items]]\ntext = "Rest."\nsource = "a quote"\n'


BROKEN: list[tuple[str, type[AdviceSection] | type[CausesSection], str, list[str]]] = [
    (
        "bad TOML",
        AdviceSection,
        'format = 1\ntitle = "PRICE\n',
        [
            "g.toml: this is not valid TOML: line 2, column 15: illegal character '\\n'",
        ],
    ),
    (
        "format missing",
        AdviceSection,
        'title = "PRICE"\n' + ITEM,
        ["g.toml: format: is missing; a guidance file starts with `format = 1`"],
    ),
    (
        "unknown format",
        AdviceSection,
        'format = 2\ntitle = "PRICE"\n' + ITEM,
        [
            "g.toml: format: this file is format 2, but this version of Ankle Coach reads "
            "format 1 only"
        ],
    ),
    (
        "no items",
        AdviceSection,
        HEAD,
        ["g.toml: items: the section is empty; add at least one [[items]]"],
    ),
    (
        "no causes",
        CausesSection,
        HEAD + ITEM,
        ["g.toml: causes: the section is empty; add at least one [[causes]]"],
    ),
    (
        "title missing and text missing",
        AdviceSection,
        'format = 1\n[[items]]\nsource = "a quote"\n',
        [
            "g.toml: items[0].text: is required but missing",
            "g.toml: title: is required but missing",
        ],
    ),
    (
        "typo in a field name",
        AdviceSection,
        HEAD + '[[items]]\ntxt = "Rest."\nsource = "a quote"\n',
        [
            'g.toml: items[0].txt: is not a field of a guidance item; did you mean "text"? '
            "(known fields: heading, text, source, note)"
        ],
    ),
    (
        "source missing",
        AdviceSection,
        HEAD + '[[items]]\ntext = "Rest."\n',
        ["g.toml: items[0].source: is required but missing"],
    ),
    (
        "source a number",
        AdviceSection,
        HEAD + '[[items]]\ntext = "Rest."\nsource = 3\n',
        ["g.toml: items[0].source: must be a quote, or a list of quotes, not 3"],
    ),
    (
        "empty quote in a list",
        AdviceSection,
        HEAD + '[[items]]\ntext = "Rest."\nsource = ["a", ""]\n',
        ["g.toml: items[0].source[1]: must not be empty"],
    ),
    (
        "app advice without a note",
        AdviceSection,
        HEAD + '[[items]]\ntext = "Wrap the ice."\nsource = "app"\n',
        [
            'g.toml: items[0].note: is missing; an item with source = "app" needs a note '
            "telling the user it is Ankle Coach's own advice"
        ],
    ),
    (
        "app inside a list of quotes",
        AdviceSection,
        HEAD + '[[items]]\ntext = "Wrap it."\nsource = ["a quote", "app"]\n',
        ['g.toml: items[0].source[1]: "app" stands alone: write source = "app", not inside a list'],
    ),
    (
        "blank text",
        AdviceSection,
        HEAD + '[[items]]\ntext = "  "\nsource = "a quote"\n',
        ["g.toml: items[0].text: must not be blank"],
    ),
    (
        "text too long",
        AdviceSection,
        HEAD + f'[[items]]\ntext = "{"word " * 81}"\nsource = "a quote"\n',
        ["g.toml: items[0].text: is too long: at most 400 characters"],
    ),
    (
        "an item that is not a table",
        AdviceSection,
        HEAD + 'items = ["Rest."]\n',
        ["g.toml: items[0]: must be a [[items]] table"],
    ),
    (
        "causes in an advice file",
        AdviceSection,
        HEAD + ITEM + '[[causes]]\nheading = "Shoes?"\ntext = "New shoes."\nsource = "a"\n',
        ["g.toml: causes: is not a field of a guidance file (known fields: format, title, items)"],
    ),
    (
        "a cause pointing nowhere",
        CausesSection,
        HEAD + '[[causes]]\nheading = "Shoes?"\ntext = "New shoes."\nsource = "a"\n',
        ["g.toml: causes[0]: gives neither routine nor section; give exactly one"],
    ),
    (
        "a cause pointing two ways",
        CausesSection,
        HEAD
        + '[[causes]]\nheading = "Shoes?"\ntext = "New shoes."\nsource = "a"\n'
        + 'routine = "foot-massage"\nsection = "doctor"\n',
        ["g.toml: causes[0]: gives both routine and section; give exactly one"],
    ),
    (
        "a cause pointing to an unknown section",
        CausesSection,
        HEAD
        + '[[causes]]\nheading = "Shoes?"\ntext = "New shoes."\nsource = "a"\n'
        + 'section = "shoes"\n',
        [
            'g.toml: causes[0].section: must be one of "price", "doctor", "causes", '
            'not the text "shoes"'
        ],
    ),
    (
        "a cause without its question",
        CausesSection,
        HEAD + '[[causes]]\ntext = "New shoes."\nsource = "a"\nsection = "doctor"\n',
        ["g.toml: causes[0].heading: is missing; a cause needs its question"],
    ),
    (
        "every bad item is named",
        AdviceSection,
        HEAD + '[[items]]\ntext = 1\nsource = "a"\n' + ITEM + '[[items]]\ntext = "x"\n',
        [
            "g.toml: items[0].text: must be text, not 1",
            "g.toml: items[2].source: is required but missing",
        ],
    ),
]


@pytest.mark.parametrize(
    ("kind", "text", "expected"),
    [case[1:] for case in BROKEN],
    ids=[case[0] for case in BROKEN],
)
def test_a_broken_section_file_gets_a_clear_message(
    kind: type[AdviceSection] | type[CausesSection], text: str, expected: list[str]
) -> None:
    with pytest.raises(GuidanceError) as caught:
        parse_section(text.encode(), "g.toml", kind)
    assert [str(problem) for problem in caught.value.problems] == expected


def test_not_utf8_is_refused() -> None:
    with pytest.raises(GuidanceError, match="g.toml: is not UTF-8 text"):
        parse_section(b"\xff\xfe", "g.toml", AdviceSection)


def test_a_good_section_parses() -> None:
    section = parse_section((HEAD + ITEM).encode(), "g.toml", AdviceSection)
    assert section.title == "PRICE"
    assert [item.quotes for item in section.items] == [("a quote",)]


@pytest.fixture
def copied(tmp_path: Path) -> Path:
    folder = tmp_path / "guidance"
    shutil.copytree(default_folder(), folder)
    return folder


def test_load_guidance_reads_a_given_folder(copied: Path) -> None:
    (copied / "doctor.toml").write_text(
        (copied / "doctor.toml").read_text().replace("When to see a doctor", "See a doctor")
    )
    assert load_guidance(copied).doctor.title == "See a doctor"


def test_load_guidance_collects_problems_from_every_file(copied: Path) -> None:
    (copied / "price.toml").unlink()
    (copied / "causes.toml").write_text(HEAD + ITEM)
    (copied / "notes.toml").write_text("")
    with pytest.raises(GuidanceError) as caught:
        load_guidance(copied)
    assert [str(problem) for problem in caught.value.problems] == [
        f"{copied / 'price.toml'}: is missing",
        f"{copied / 'causes.toml'}: causes: the section is empty; add at least one [[causes]]",
        f"{copied / 'notes.toml'}: is not a guidance section; expected price.toml, "
        "doctor.toml, causes.toml, disclaimer.toml",
    ]


def test_load_guidance_names_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(GuidanceError) as caught:
        load_guidance(tmp_path / "nowhere")
    assert str(caught.value) == f"{tmp_path / 'nowhere'}: the guidance folder is missing"


def test_the_expectation_line_quotes_the_article(article: str) -> None:
    assert normalized(EXPECTATION_SOURCE) in article
    assert "no guarantee" in EXPECTATION and "help a lot of people" in EXPECTATION


def test_the_disclaimer_shown_everywhere_is_the_disclaimer_section(guidance: Guidance) -> None:
    section = guidance.disclaimer
    assert DISCLAIMER == " ".join([section.title, *(item.text for item in section.items)])
