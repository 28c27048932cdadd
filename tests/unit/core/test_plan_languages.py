"""Plans in German and Spanish: every built-in routine, as the library gives it in the language
and with its exercises' words translated here (tests/support/spoken_routines.py), at slow and
fast voices: its own words from whole-sentence templates, and timed with the language's own
estimate so that no cue talks over another and no "3, 2, 1" is lost."""

from __future__ import annotations

import pytest

from ankle_coach.core import cues, i18n
from ankle_coach.core.cues import DEFAULT_RATE, GAP_SECONDS, Priority, spoken_seconds
from ankle_coach.core.plan import Plan, PlanOptions, compile_plan, counts_aloud
from ankle_coach.core.routine import Routine
from ankle_coach.core.settings import MIN_SPEECH_RATE
from ankle_coach.core.words import timetable
from tests.support.spoken_routines import BUILTIN_IDS, builtin, spoken_in

TRANSLATED: tuple[i18n.Language, ...] = ("de", "es")
#: Words of the English templates that must not be heard in another language's Plan.
ENGLISH_WORDS = ("Get ready", "Rest.", "Set ", " reps", "Switch", "Halfway", "Go.", "Hold for")


def routine_for(language: i18n.Language, routine_id: str, words: str) -> Routine:
    routine = builtin(routine_id)
    return spoken_in(routine, language) if words == "translated" else routine


def assert_no_overlap(plan: Plan) -> None:
    for said, after in zip(plan.cues, plan.cues[1:], strict=False):
        assert plan.spoken_until(said) + GAP_SECONDS <= after.at + 1e-9, (said, after)


def assert_every_countdown(plan: Plan, routine: Routine, options: PlanOptions) -> None:
    """No countdown is ever dropped; every timed stretch of 10 s or more ends with a whole
    "3, 2, 1", a second apart (a counted set is counted instead: its "3, 2, 1" leads into it)."""
    assert not [cue for cue in plan.dropped if cue.priority == Priority.COUNTDOWN]
    for segment in plan.segments:
        counted = counts_aloud(routine.exercises[segment.exercise_index], options)
        if segment.kind == "manual" or segment.duration < 10 or segment.kind == "work" and counted:
            continue
        counts = [
            (cue.text, cue.at)
            for cue in plan.cues
            if cue.segment == segment.index and cue.kind == "countdown"
        ]
        assert counts == [
            ("3", segment.end - 3),
            ("2", segment.end - 2),
            ("1", segment.end - 1),
        ], segment


@pytest.mark.parametrize("rate", [120, 170, 260])
@pytest.mark.parametrize("count_reps", [True, False])
@pytest.mark.parametrize("words", ["as shipped", "translated"])
@pytest.mark.parametrize("routine_id", BUILTIN_IDS)
@pytest.mark.parametrize("language", TRANSLATED)
def test_every_builtin_in_each_language_never_overlaps_and_keeps_every_countdown(
    language: i18n.Language, routine_id: str, words: str, count_reps: bool, rate: int
) -> None:
    options = PlanOptions(count_reps=count_reps, speech_rate=rate)
    with i18n.using(language):
        routine = routine_for(language, routine_id, words)
        plan = compile_plan(routine, options)
        assert plan.language == language
        assert_no_overlap(plan)
        assert_every_countdown(plan, routine, options)
        # the app's caution and the exercise's name as the session starts
        assert plan.cues[0].text.endswith(cues.stop_if_it_hurts())
        assert routine.exercises[0].name in plan.cues[0].text
        assert plan.cues[-1].text == cues.routine_complete()
        # the set's call before every counted set, the exercise's own cue in each of its sets
        for segment in plan.segments:
            exercise = routine.exercises[segment.exercise_index]
            if segment.kind == "work" and counts_aloud(exercise, options):
                pause = [cue for cue in plan.cues if cue.segment == segment.index - 1]
                assert [cue.kind for cue in pause].count("call") == 1
        for index, exercise in enumerate(routine.exercises):
            if exercise.cue:
                said = [
                    cue
                    for cue in plan.cues
                    if cue.kind == "custom" and plan.segments[cue.segment].exercise_index == index
                ]
                assert [cue.text for cue in said] == [cues.custom_cue(exercise)] * exercise.sets
        for cue in (*plan.cues, *plan.dropped):
            assert not [word for word in ENGLISH_WORDS if word in cue.text], cue.text


@pytest.mark.parametrize(
    ("language", "call", "go", "done", "rest"),
    [
        ("en", "Set 1 of 3. 15 reps.", "Go.", "Routine complete. Well done.", "Rest. Next: set 2"),
        (
            "de",
            "Satz 1 von 3. 15 Wiederholungen.",
            "Los.",
            "Programm beendet. Gut gemacht!",
            "Pause. Als Nächstes: Satz 2",
        ),
        (
            "es",
            "Serie 1 de 3. 15 repeticiones.",
            "¡Ya!",
            "Rutina terminada. ¡Buen trabajo!",
            "Descanso. Siguiente: serie 2",
        ),
    ],
)
def test_calf_raises_as_heard_in_each_language(
    language: i18n.Language, call: str, go: str, done: str, rest: str
) -> None:
    with i18n.using(language):
        plan = compile_plan(builtin("calf-raises"))
        table = timetable(plan)
    texts = [cue.text for cue in plan.cues]
    assert call in texts
    assert texts[texts.index(call) + 1 : texts.index(call) + 5] == ["3", "2", "1", go]
    assert texts[-1] == done
    assert any(text.startswith(rest) for text in texts)
    # counted aloud in every language at the default voice: "2" to "15" on the tempo
    first_set = next(s for s in plan.segments if s.kind == "work")
    counts = [c.text for c in plan.cues if c.segment == first_set.index and c.kind == "rep"]
    assert counts == [str(n) for n in range(2, 16)]
    quote = {"en": "\u201c", "de": "\u201e", "es": "\u00ab"}[language]
    assert f"{quote}{go}" in table


def test_a_plan_keeps_the_language_it_was_made_in() -> None:
    """Its estimate of each cue is that language's, even read where another is in use."""
    with i18n.using("es"):
        plan = compile_plan(builtin("calf-raises"))
    cue = next(c for c in plan.cues if c.kind == "call")
    assert plan.language == "es"
    assert plan.spoken_until(cue) == cue.at + spoken_seconds(cue.text, plan.speech_rate, "es")
    assert plan.spoken_until(cue) != cue.at + spoken_seconds(cue.text, plan.speech_rate, "en")


@pytest.mark.parametrize(
    ("text", "language", "syllables"),
    [
        ("17", "en", 3),
        ("17", "de", 2),  # sieb-zehn
        ("17", "es", 4),  # die-ci-sie-te
        ("21", "de", 4),  # ein-und-zwan-zig
        ("21", "es", 3),  # vein-tiu-no
        ("100", "es", 1),  # cien
        ("Satz 2 von 3.", "de", 4),
        ("Serie 2 de 3.", "es", 5),  # se-rie dos de tres
        ("Wiederholungen", "de", 5),
        ("repeticiones", "es", 5),
    ],
)
def test_a_number_is_counted_as_the_language_says_it(
    text: str, language: str, syllables: int
) -> None:
    assert cues.syllables(text, language) == syllables


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_a_countdown_fits_its_seconds_at_the_slowest_voice(language: i18n.Language) -> None:
    """ "3, 2, 1" are said a second apart: at the slowest rate Settings offer (120 wpm) each is
    estimated to be over, with the gap after it, within its second ("uno" has two syllables)."""
    for number in (1, 2, 3):
        assert spoken_seconds(str(number), 120, language) + GAP_SECONDS <= 1
    assert spoken_seconds(str(21), 170, "de") > spoken_seconds(str(20), 170, "de")


@pytest.mark.parametrize("rate", [DEFAULT_RATE, MIN_SPEECH_RATE])
@pytest.mark.parametrize("routine_id", BUILTIN_IDS)
def test_every_switch_keeps_its_length_and_a_whole_countdown_so_a_routine_lasts_the_same(
    routine_id: str, rate: int
) -> None:
    """Every switch, of side or of direction, lasts the file's switch_seconds and ends with
    "3", "2", "1" at its last three seconds, its call said before the "3", in every language,
    with the exercises' words as shipped or translated, counted or not; so a routine lasts as
    long in German and Spanish as in English (its lead-in is already the longest any of the
    three needs). A German or Spanish switch call is shorter than the English one where it must
    be: "Rechte Seite.", "Andersherum.", "Al revés."."""
    totals: dict[tuple[str, bool], float] = {}
    switches = 0
    for language in i18n.LANGUAGES:
        with i18n.using(language):
            shipped = builtin(routine_id)
            routines = {"as shipped": shipped}
            if language != "en":
                routines["translated"] = spoken_in(shipped, language)
            for words, routine in routines.items():
                for count_reps in (True, False):
                    options = PlanOptions(count_reps=count_reps, speech_rate=rate)
                    plan = compile_plan(routine, options)
                    if words == "as shipped":
                        totals[language, count_reps] = plan.total_seconds
                    for segment in plan.segments:
                        if segment.kind != "switch":
                            continue
                        switches += 1
                        where = (language, words, count_reps, segment.index)
                        exercise = routine.exercises[segment.exercise_index]
                        assert exercise.switch_seconds > 0  # every built-in gives one
                        assert segment.duration == exercise.switch_seconds, where
                        said = [cue for cue in plan.cues if cue.segment == segment.index]
                        end = segment.end
                        assert [(cue.text, cue.at) for cue in said[-3:]] == [
                            ("3", end - 3),
                            ("2", end - 2),
                            ("1", end - 1),
                        ], where
                        call = said[0]
                        assert call.kind in ("announce", "call"), where
                        assert plan.spoken_until(call) + GAP_SECONDS <= end - 3 + 1e-9, where
                        assert not [c for c in plan.dropped if c.segment == segment.index], where
    sides_or_directions = any(e.sides or e.directions for e in builtin(routine_id).exercises)
    assert (switches > 0) == sides_or_directions
    for count_reps in (True, False):
        assert totals["de", count_reps] == totals["en", count_reps], count_reps
        assert totals["es", count_reps] == totals["en", count_reps], count_reps
