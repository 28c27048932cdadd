"""A routine file's translations: each bad translation table gets the exact line a user sees;
a good one is kept whole, written back whole, and shown field by field over the English."""

from __future__ import annotations

import pytest

from ankle_coach.core import i18n
from ankle_coach.core.i18n import Language
from ankle_coach.core.routine import RoutineError, parse_routine
from ankle_coach.core.routine_toml import routine_to_toml
from ankle_coach.core.routine_translations import ExerciseTexts, RoutineTexts

HEAD = 'format = 1\ntitle = "Ankle circles"\nsummary = "Circles, both ways."\n'
EXERCISE = (
    '[[exercises]]\nname = "Ankle circles"\ninstructions = "Draw slow circles."\n'
    'cue = "Slow and round."\nreps = 10\ndirections = ["up", "down"]\n'
)
EXERCISE_FIELDS = "name, instructions, cue, directions"


def routine_file(routine_tables: str = "", exercise_tables: str = "") -> bytes:
    """A routine whose header has `routine_tables` after it and whose one exercise has
    `exercise_tables` after its fields."""
    return (HEAD + routine_tables + EXERCISE + exercise_tables).encode()


BROKEN: list[tuple[str, bytes, list[str]]] = [
    (
        "misspelt routine field",
        routine_file('[translations.de]\ntitel = "Fußkreisen"\n'),
        [
            "r.toml: translations.de.titel: is not a field of a routine's translation; did you "
            'mean "title"? (known fields: title, summary)'
        ],
    ),
    (
        "misspelt exercise field",
        routine_file(exercise_tables='[exercises.translations.es]\nnmae = "Círculos"\n'),
        [
            "r.toml: exercises[0].translations.es.nmae: is not a field of an exercise's "
            f'translation; did you mean "name"? (known fields: {EXERCISE_FIELDS})'
        ],
    ),
    (
        "a locale, not a language code",
        routine_file('[translations.de_DE]\ntitle = "Fußkreisen"\n'),
        [
            "r.toml: translations.de_DE: is not a language code; name a language in lowercase "
            'letters, such as "de" or "es"; did you mean "de"?'
        ],
    ),
    (
        "capital letters",
        routine_file(exercise_tables='[exercises.translations.ES]\nname = "Círculos"\n'),
        [
            "r.toml: exercises[0].translations.ES: is not a language code; name a language in "
            'lowercase letters, such as "de" or "es"; did you mean "es"?'
        ],
    ),
    (
        "not a language at all",
        routine_file('[translations."Deutsch!"]\ntitle = "Fußkreisen"\n'),
        [
            "r.toml: translations.Deutsch!: is not a language code; name a language in "
            'lowercase letters, such as "de" or "es"'
        ],
    ),
    (
        "English as a translation",
        routine_file('[translations.en]\ntitle = "Circles"\n'),
        [
            "r.toml: translations.en: English is the file's own language: write the English "
            "texts in the fields themselves"
        ],
    ),
    (
        "translations as text",
        routine_file().replace(b"[[exercises]]", b'translations = "de"\n[[exercises]]'),
        [
            "r.toml: translations: must be a table of languages, such as [translations.de], "
            'not the text "de"'
        ],
    ),
    (
        "one language as text",
        routine_file(exercise_tables='translations.de = "Kreise"\n'),
        [
            "r.toml: exercises[0].translations.de: must be a table of translated texts, not the "
            'text "Kreise"'
        ],
    ),
    (
        "blank title",
        routine_file('[translations.es]\ntitle = "   "\n'),
        ["r.toml: translations.es.title: must not be blank; leave it out to use the English"],
    ),
    (
        "empty name",
        routine_file(exercise_tables='[exercises.translations.de]\nname = ""\n'),
        ["r.toml: exercises[0].translations.de.name: must not be empty"],
    ),
    (
        "cue too long",
        routine_file(exercise_tables=f'[exercises.translations.de]\ncue = "{"a" * 101}"\n'),
        ["r.toml: exercises[0].translations.de.cue: is too long: at most 100 characters"],
    ),
    (
        "cue of two lines",
        routine_file(exercise_tables='[exercises.translations.de]\ncue = "Langsam.\\nRund."\n'),
        [
            "r.toml: exercises[0].translations.de.cue: must be one line of plain text, without "
            "line breaks, tabs or control characters"
        ],
    ),
    (
        "one direction short",
        routine_file(exercise_tables='[exercises.translations.de]\ndirections = ["hoch"]\n'),
        [
            "r.toml: exercises[0].translations.de.directions: must name 2 directions, one for "
            'each of the exercise\'s ("up", "down"), in the same order; it names 1'
        ],
    ),
    (
        "directions the exercise has not",
        (
            HEAD + '[[exercises]]\nname = "Stretch"\nhold_seconds = 30\n'
            '[exercises.translations.de]\ndirections = ["hoch"]\n'
        ).encode(),
        [
            "r.toml: exercises[0].translations.de.directions: the exercise has no directions to "
            "translate; leave this out"
        ],
    ),
    (
        "a direction twice",
        routine_file(
            exercise_tables='[exercises.translations.es]\ndirections = ["arriba", "arriba"]\n'
        ),
        ['r.toml: exercises[0].translations.es.directions: lists "arriba" twice'],
    ),
    (
        "a number as a name, and another problem of the exercise kept in its place",
        routine_file(exercise_tables="[exercises.translations.de]\nname = 3\n").replace(
            b"reps = 10", b"reps = 0"
        ),
        [
            "r.toml: exercises[0].reps: must be between 1 and 200 reps, not 0",
            "r.toml: exercises[0].translations.de.name: must be text, not 3",
        ],
    ),
]


@pytest.mark.parametrize(
    ("data", "expected"), [(d, e) for _, d, e in BROKEN], ids=[name for name, _, _ in BROKEN]
)
def test_bad_translation_gets_exact_message(data: bytes, expected: list[str]) -> None:
    with pytest.raises(RoutineError) as caught:
        parse_routine(data, "r.toml")
    assert [str(problem) for problem in caught.value.problems] == expected


FULL = routine_file(
    '[translations.de]\ntitle = "Fußkreisen"\nsummary = "Kreise in beide Richtungen."\n\n'
    '[translations.fr]\ntitle = "Cercles de cheville"\n',
    '[exercises.translations.de]\nname = "Fußkreisen"\ninstructions = "Langsam kreisen."\n'
    'cue = "Langsam und rund."\ndirections = ["hoch", "runter"]\n\n'
    '[exercises.translations.es]\nname = "Círculos de tobillo"\n',
)


def test_every_translation_is_kept_and_written_back() -> None:
    routine = parse_routine(FULL, "r.toml")
    assert routine.translations == {
        "de": RoutineTexts(title="Fußkreisen", summary="Kreise in beide Richtungen."),
        "fr": RoutineTexts(title="Cercles de cheville"),
    }
    assert routine.exercises[0].translations == {
        "de": ExerciseTexts(
            name="Fußkreisen",
            instructions="Langsam kreisen.",
            cue="Langsam und rund.",
            directions=("hoch", "runter"),
        ),
        "es": ExerciseTexts(name="Círculos de tobillo"),
    }
    assert routine.languages == ("de", "es", "fr")
    written = routine_to_toml(routine)
    again = parse_routine(written.encode(), "r.toml")
    assert again == routine
    assert list(again.translations) == ["de", "fr"]  # in the file's order
    assert "[exercises.translations.es]" in written


def test_in_language_falls_back_to_english_field_by_field() -> None:
    routine = parse_routine(FULL, "r.toml")
    spanish = routine.in_language("es")
    assert (spanish.title, spanish.summary) == ("Ankle circles", "Circles, both ways.")
    exercise = spanish.exercises[0]
    assert (exercise.name, exercise.instructions, exercise.cue, exercise.directions) == (
        "Círculos de tobillo",
        "Draw slow circles.",
        "Slow and round.",
        ("up", "down"),
    )
    german = routine.in_language("de")
    assert (german.title, german.summary) == ("Fußkreisen", "Kreise in beide Richtungen.")
    assert german.exercises[0].directions == ("hoch", "runter")
    # A view, not a file: no translations left to mix with the next language.
    assert german.translations == {} and german.exercises[0].translations == {}
    # Every number, id-like word and picture stays the file's.
    assert (german.exercises[0].reps, german.tags) == (10, routine.tags)


def test_english_and_a_language_not_in_the_file_give_the_routine_itself() -> None:
    routine = parse_routine(FULL, "r.toml")
    assert routine.in_language("en") is routine
    assert routine.in_language("it") is routine


# -- The problems themselves in the user's language (the file's words stay as written).

SPOKEN: list[tuple[Language, str, bytes, str]] = [
    (
        "de",
        "misspelt field",
        routine_file('[translations.es]\ntitel = "Círculos"\n'),
        "r.toml: translations.es.titel: ist kein Feld einer Übersetzung des Programms; meinten "
        "Sie „title“? (bekannte Felder: title, summary)",
    ),
    (
        "es",
        "misspelt field",
        routine_file('[translations.de]\ntitel = "Fußkreisen"\n'),
        "r.toml: translations.de.titel: no es un campo de una traducción de la rutina; "
        "¿querías decir «title»? (campos conocidos: title, summary)",
    ),
    (
        "de",
        "out of bounds",
        routine_file().replace(b"reps = 10", b"reps = 0"),
        "r.toml: exercises[0].reps: muss zwischen 1 und 200 Wiederholungen liegen, nicht 0",
    ),
    (
        "es",
        "two ways to say how long",
        routine_file().replace(b"reps = 10", b"reps = 10\nhold_seconds = 5"),
        "r.toml: exercises[0]: indica a la vez hold_seconds y reps; indica exactamente uno de "
        "estos: hold_seconds, reps, duration_seconds o manual = true",
    ),
    (
        "de",
        "a locale",
        routine_file('[translations.de_AT]\ntitle = "Fußkreisen"\n'),
        "r.toml: translations.de_AT: ist kein Sprachcode; geben Sie eine Sprache in "
        "Kleinbuchstaben an, etwa „de“ oder „es“; meinten Sie „de“?",
    ),
]


@pytest.mark.parametrize(
    ("language", "data", "expected"),
    [(language, data, expected) for language, _, data, expected in SPOKEN],
    ids=[f"{language}-{name}" for language, name, _, _ in SPOKEN],
)
def test_problems_are_said_in_the_language_in_use(
    language: Language, data: bytes, expected: str
) -> None:
    with i18n.using(language) as used, pytest.raises(RoutineError) as caught:
        assert used == language  # the catalogue is there
        parse_routine(data, "r.toml")
    assert [str(problem) for problem in caught.value.problems] == [expected]


def test_the_editor_names_a_translation_problem_by_its_input_and_language() -> None:
    from ankle_coach.core.decoding import Problem
    from ankle_coach.core.editor_form import problem_label, problem_language, problem_place

    problem = Problem("x", "exercises[1].translations.de.cue", "must not be blank")
    assert problem_place(problem) == (1, "cue")
    assert problem_language(problem) == "de"
    assert problem_label(problem) == "Exercise 2, Custom cue (Deutsch): must not be blank"
    with i18n.using("es"):
        assert (
            problem_label(problem) == "Ejercicio 2, Indicación propia (Deutsch): must not be blank"
        )
