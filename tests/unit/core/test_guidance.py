"""Tests for core/guidance.py: the shipped guidance says what the article says, and bad files
get clear messages."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from ankle_coach.core import i18n
from ankle_coach.core.guidance import (
    DISCLAIMER,
    EXPECTATION,
    EXPECTATION_SOURCE,
    FILES,
    SECTION_NAMES,
    AdviceSection,
    Cause,
    CausesSection,
    Guidance,
    GuidanceError,
    default_folder,
    load_guidance,
    parse_section,
)
from ankle_coach.core.i18n import Language
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
            "(known fields: heading, text, source, note, translations)"
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
        [
            "g.toml: causes: is not a field of a guidance file (known fields: format, title, "
            "items, translations)"
        ],
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


# -- German and Spanish ----------------------------------------------------------------------------

TRANSLATABLE = ("heading", "text", "note")


@pytest.mark.parametrize("language", ["de", "es"])
def test_every_text_of_the_guidance_has_a_german_and_a_spanish_translation(
    guidance: Guidance, language: str
) -> None:
    for name in FILES:
        section = getattr(guidance, name)
        assert section.translations.get(language, {}).get("title"), f"{name}.toml: title"
    for name, item in guidance.all_advice():
        words = item.translations.get(language, {})
        for field in TRANSLATABLE:
            if getattr(item, field):
                assert words.get(field), f"{name}.toml: {field} of {item.text[:40]!r}"


@pytest.mark.parametrize(
    ("language", "titles", "price_headings", "disclaimer"),
    [
        (
            "de",
            [
                "PRICE: Erstversorgung bei Sprunggelenkschmerzen",
                "Wann Sie es ärztlich abklären lassen sollten",
                "Häufige Ursachen",
            ],
            ["Schutz (P)", "Ruhe (R)", "Eis (I)", "Kompression (C)", "Hochlagern (E)"],
            "Ankle Coach ersetzt keine ärztliche oder physiotherapeutische Behandlung.",
        ),
        (
            "es",
            [
                "PRICE: cómo cuidar un tobillo dolorido",
                "Cuándo consultar a un médico",
                "Causas frecuentes",
            ],
            ["Protección (P)", "Reposo (R)", "Hielo (I)", "Compresión (C)", "Elevación (E)"],
            "Ankle Coach no sustituye a un profesional sanitario.",
        ),
    ],
)
def test_the_guidance_loads_in_the_current_language(
    language: Language,
    titles: list[str],
    price_headings: list[str],
    disclaimer: str,
) -> None:
    english = load_guidance()
    with i18n.using(language):
        shown = load_guidance()
    assert shown.language == language
    assert [shown.section(name).title for name in SECTION_NAMES] == titles
    assert [item.heading for item in shown.price.items if item.heading] == price_headings
    assert shown.disclaimer.title == disclaimer
    pairs = list(zip(english.all_advice(), shown.all_advice(), strict=True))
    for (_, before), (_, after) in pairs:
        # every text said in the language; what it rests on and where it points unchanged
        assert after.text == before.translations[language]["text"] != before.text
        assert after.heading == before.translations[language].get("heading", "")
        assert after.note == before.translations[language].get("note", "")
        assert (after.source, after.from_app, after.quotes) == (
            before.source,
            before.from_app,
            before.quotes,
        )
        if isinstance(before, Cause):
            assert isinstance(after, Cause)
            assert (after.routine, after.section) == (before.routine, before.section)
    assert load_guidance(language=language) == shown  # asked for, not current: the same


@pytest.mark.parametrize("language", ["de", "es"])
def test_the_disclaimer_shown_with_a_routine_is_the_sections_words_in_each_language(
    language: Language,
) -> None:
    with i18n.using(language):
        section = load_guidance().disclaimer
        shown = i18n.translate("core.guidance", DISCLAIMER)
        expectation = i18n.translate("core.guidance", EXPECTATION)
    assert shown == f"{section.title} {section.items[0].text}"
    assert shown != DISCLAIMER and expectation != EXPECTATION
    # the medical meaning kept: not a clinician, not a diagnosis, one article, see a doctor
    words = {
        "de": ("ersetzt keine", "keine Diagnose", "einem einzigen Artikel", "ärztlich abklären"),
        "es": ("no sustituye", "no un diagnóstico", "un solo artículo", "consulta a un médico"),
    }[language]
    for phrase in words:
        assert phrase in shown


def test_the_english_is_the_default_and_the_fallback_for_anything_untranslated() -> None:
    text = (
        HEAD
        + '\n[translations.de]\ntitle = "Ruhe"\n\n'
        + '[[items]]\nheading = "Rest"\ntext = "Rest it."\nsource = "a"\n'
        + '\n[items.translations.de]\ntext = "Schonen."\n'
    )
    section = parse_section(text.encode(), "g.toml", AdviceSection)
    german = section.in_language("de")
    assert (german.title, german.items[0].heading, german.items[0].text) == (
        "Ruhe",
        "Rest",  # no German heading: the English one
        "Schonen.",
    )
    spanish = section.in_language("es")
    assert (spanish.title, spanish.items[0].text) == (section.title, "Rest it.")
    assert section.in_language("en") == section


BAD_TRANSLATIONS = [
    (
        "an unknown language",
        '[items.translations.fr]\ntext = "Repos."\n',
        "items[0].translations.fr: is not a language Ankle Coach speaks; translations are in "
        "de, es",
    ),
    (
        "English as a translation",
        '[items.translations.en]\ntext = "Rest."\n',
        "items[0].translations.en: English is the text itself; translate into de, es",
    ),
    (
        "an empty text",
        '[items.translations.de]\ntext = ""\n',
        "items[0].translations.de.text: must not be blank",
    ),
    (
        "a blank heading",
        '[items.translations.es]\nheading = "  "\n',
        "items[0].translations.es.heading: must not be blank",
    ),
    (
        "a note the English does not have",
        '[items.translations.de]\nnote = "Eigener Rat."\n',
        "items[0].translations.de.note: translates a note that the English does not have; give "
        "the English note first, or remove this one",
    ),
    (
        "a translated source",
        '[items.translations.de]\nsource = "Zitat"\n',
        "items[0].translations.de.source: is not translated: the trace to the article stays on "
        "the English text",
    ),
    (
        "an unknown field",
        '[items.translations.de]\ntxt = "Schonen."\n',
        "items[0].translations.de.txt: is not a field of a translation (known fields: heading, "
        "text, note)",
    ),
    (
        "a number for a text",
        "[items.translations.es]\ntext = 5\n",
        "items[0].translations.es.text: must be text, not 5",
    ),
    (
        "a text for a language",
        'translations.de = "Schonen."\n',
        'items[0].translations.de: must be a table of translated texts, not the text "Schonen."',
    ),
    (
        "a list for the translations",
        "translations = []\n",
        "items[0].translations: must be a table of languages (de, es), like [translations.de]; "
        "not a list",
    ),
    (
        "a translation too long",
        '[items.translations.de]\ntext = "' + "x" * 601 + '"\n',
        "items[0].translations.de.text: is 601 characters long; a translation has at most 600",
    ),
]


@pytest.mark.parametrize(
    ("case", "translation", "expected"), BAD_TRANSLATIONS, ids=[c[0] for c in BAD_TRANSLATIONS]
)
def test_a_bad_translation_gets_a_clear_message(case: str, translation: str, expected: str) -> None:
    text = HEAD + '[[items]]\nheading = "Rest"\ntext = "Rest it."\nsource = "a"\n' + translation
    with pytest.raises(GuidanceError) as caught:
        parse_section(text.encode(), "g.toml", AdviceSection)
    assert [str(problem) for problem in caught.value.problems] == [f"g.toml: {expected}"]


def test_a_bad_section_title_translation_is_named_with_the_file() -> None:
    text = HEAD + '\n[translations.de]\nheading = "Ruhe"\n\n' + ITEM
    with pytest.raises(GuidanceError) as caught:
        parse_section(text.encode(), "g.toml", AdviceSection)
    assert [str(problem) for problem in caught.value.problems] == [
        "g.toml: translations.de.heading: is not a field of a translation (known fields: title)"
    ]


def test_every_bad_translation_in_every_file_is_reported_at_once(tmp_path: Path) -> None:
    folder = tmp_path / "guidance"
    shutil.copytree(default_folder(), folder)
    doctor = folder / "doctor.toml"
    doctor.write_text(
        doctor.read_text(encoding="utf-8").replace("[translations.es]", "[translations.pt]", 1),
        encoding="utf-8",
    )
    causes = folder / "causes.toml"
    causes.write_text(
        causes.read_text(encoding="utf-8").replace(
            "[causes.translations.de]\nheading", "[causes.translations.de]\nroutine", 1
        ),
        encoding="utf-8",
    )
    with pytest.raises(GuidanceError) as caught:
        load_guidance(folder)
    assert [str(problem) for problem in caught.value.problems] == [
        f"{doctor}: translations.pt: is not a language Ankle Coach speaks; translations are in "
        "de, es",
        f"{causes}: causes[0].translations.de.routine: is not translated: a routine id is the "
        "same in every language",
    ]


@pytest.mark.parametrize(
    ("language", "translation", "expected"),
    [
        (
            "de",
            '[items.translations.fr]\ntext = "Repos."\n',
            "g.toml: items[0].translations.fr: ist keine Sprache, die Ankle Coach spricht; "
            "Übersetzungen gibt es in de, es",
        ),
        (
            "es",
            '[items.translations.de]\ntext = " "\n',
            "g.toml: items[0].translations.de.text: no puede estar vacío",
        ),
        (
            "de",
            '[items.translations.es]\nsource = "cita"\n',
            "g.toml: items[0].translations.es.source: wird nicht übersetzt: der Bezug auf den "
            "Artikel bleibt beim englischen Text",
        ),
    ],
)
def test_a_bad_translation_is_explained_in_the_users_language(
    language: Language, translation: str, expected: str
) -> None:
    text = HEAD + '[[items]]\nheading = "Rest"\ntext = "Rest it."\nsource = "a"\n' + translation
    with i18n.using(language), pytest.raises(GuidanceError) as caught:
        parse_section(text.encode(), "g.toml", AdviceSection)
    assert [str(problem) for problem in caught.value.problems] == [expected]
