"""The built-in routines say what the article says (shared/seed), and every one loads."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ankle_coach.cli import main
from ankle_coach.core import i18n
from ankle_coach.core.i18n import Language
from ankle_coach.core.library import LibraryEntry, load_library
from ankle_coach.core.paths import Paths
from ankle_coach.core.plan import compile_plan
from ankle_coach.core.routine import Exercise, Routine
from ankle_coach.core.routine_translations import untranslated


@pytest.fixture(scope="module")
def builtin() -> dict[str, Routine]:
    library = load_library(Paths.under(Path("/nonexistent-home")))
    assert library.problems == []
    return {entry.id: entry.routine for entry in library.entries if _builtin(entry)}


def _builtin(entry: LibraryEntry) -> bool:
    return str(entry.origin) == "built-in"


def only(routine: Routine, name: str) -> Exercise:
    (found,) = [e for e in routine.exercises if e.name == name]
    return found


def test_every_builtin_routine_has_instructions_image_and_says_where_numbers_come_from(
    builtin: dict[str, Routine],
) -> None:
    assert len(builtin) == 7
    for routine in builtin.values():
        assert "article" in routine.summary
        for exercise in routine.exercises:
            assert len(exercise.instructions.split()) >= 8, exercise.name
            assert exercise.image.endswith(".svg"), exercise.name


def check_calf_stretch(exercise: Exercise) -> None:
    # "Hold this position for about 30 seconds. Repeat it 2-3 times." Each leg.
    assert exercise.hold_seconds == 30
    assert 2 <= exercise.sets <= 3
    assert exercise.sides == ("left", "right")
    assert "staggered stance" in exercise.instructions
    assert "back heel on the ground" in exercise.instructions


def check_ankle_circles(exercise: Exercise) -> None:
    # Lying on the floor; "about 15 times in each direction", clockwise and counter-clockwise.
    assert exercise.reps == 15
    assert exercise.directions == ("clockwise", "counter-clockwise")
    assert "Lie on the floor" in exercise.instructions


def check_calf_raises(exercise: Exercise) -> None:
    # Heels off a raised surface, slowly; "about 15 times and repeat 2-3 times".
    assert exercise.reps == 15
    assert 2 <= exercise.sets <= 3
    assert "heels hanging off" in exercise.instructions
    assert "Slowly" in exercise.instructions
    # on a step or kerb: the app's own caution, marked in the summary
    assert "hold a rail or a wall for balance" in exercise.instructions
    # the article's own words: "slowly lower and raise your heels"
    assert exercise.cue in ("", "Slowly lower and raise your heels.")


def check_ankle_rolls(exercise: Exercise) -> None:
    # "about 20 times in each direction. Do this 2-3 times."
    assert exercise.reps == 20
    assert 2 <= exercise.sets <= 3
    assert len(exercise.directions) == 2


def check_running_in_place(exercise: Exercise) -> None:
    # "Running in place for a few minutes"
    assert exercise.duration_seconds is not None
    assert 120 <= exercise.duration_seconds <= 300


def check_foot_massage(exercise: Exercise) -> None:
    # A tennis or lacrosse ball under each foot; hands when there is no ball.
    assert exercise.sides == ("left", "right")
    assert "tennis or lacrosse ball" in exercise.instructions
    assert "hands" in exercise.instructions


def test_single_exercise_routines_match_the_article(builtin: dict[str, Routine]) -> None:
    check_calf_stretch(only(builtin["standing-calf-stretch"], "Standing calf stretch"))
    check_ankle_circles(only(builtin["ankle-circles"], "Ankle circles"))
    check_calf_raises(only(builtin["calf-raises"], "Calf raises"))
    check_foot_massage(only(builtin["foot-massage"], "Foot massage"))
    check_ankle_rolls(only(builtin["warm-up-ankle-rolls"], "Ankle rolls"))
    check_running_in_place(only(builtin["warm-up-ankle-rolls"], "Running in place"))


def test_calf_stretch_holds_30_seconds_per_leg_per_set(builtin: dict[str, Routine]) -> None:
    plan = compile_plan(builtin["standing-calf-stretch"])
    holds = [(s.set, s.side, s.duration) for s in plan.segments if s.kind == "work"]
    assert holds == [(n, side, 30.0) for n in (1, 2, 3) for side in ("left", "right")]


def test_pre_run_warm_up_lasts_10_to_20_minutes(builtin: dict[str, Routine]) -> None:
    routine = builtin["pre-run-warm-up"]
    assert 10 * 60 <= compile_plan(routine).total_seconds <= 20 * 60
    check_foot_massage(only(routine, "Foot massage"))
    check_ankle_rolls(only(routine, "Ankle rolls"))
    check_running_in_place(only(routine, "Running in place"))


def test_after_run_recovery_is_the_articles_three_stretches(builtin: dict[str, Routine]) -> None:
    routine = builtin["after-run-recovery"]
    check_calf_stretch(only(routine, "Standing calf stretch"))
    check_calf_raises(only(routine, "Calf raises"))
    check_ankle_circles(only(routine, "Ankle circles"))


def test_every_builtin_plan_keeps_its_countdowns(builtin: dict[str, Routine]) -> None:
    for routine in builtin.values():
        plan = compile_plan(routine)
        assert not [c for c in plan.dropped if c.kind == "countdown"], routine.title


def test_every_builtin_exercise_is_explained_aloud_before_it_starts(
    builtin: dict[str, Routine],
) -> None:
    for routine in builtin.values():
        plan = compile_plan(routine)
        said = " ".join(cue.text for cue in plan.cues)
        for exercise in routine.exercises:
            assert exercise.instructions in said, (routine.title, exercise.name)


def test_every_routine_says_stop_if_it_hurts_in_its_summary_and_as_it_starts(
    builtin: dict[str, Routine],
) -> None:
    for routine in builtin.values():
        # marked as the app's own, where the summary marks its other choices
        assert "Stop if it hurts: that is the app's own caution" in " ".join(
            routine.summary.split()
        ), routine.title
        get_ready = compile_plan(routine).cues[0]
        assert get_ready.text.startswith("Get ready. First:"), routine.title
        assert get_ready.text.endswith("Stop if it hurts."), routine.title


def test_instructions_add_nothing_unmarked_to_the_article(builtin: dict[str, Routine]) -> None:
    # Additions that were neither from the article nor marked as the app's are gone.
    for routine in builtin.values():
        for exercise in routine.exercises:
            for unmarked in ("landing softly", "as firmly as feels good", "legs straight"):
                assert unmarked not in exercise.instructions, (routine.title, exercise.name)
        if any("rail" in e.instructions for e in routine.exercises):
            assert "holding a rail or a wall for balance" in " ".join(routine.summary.split())


# -- German and Spanish (issue 18): the built-in routines carry both, whole, in their files.


@pytest.fixture(scope="module")
def originals() -> dict[str, Routine]:
    library = load_library(Paths.under(Path("/nonexistent-home")))
    return {entry.id: entry.original for entry in library.entries if _builtin(entry)}


def _numbers(text: str) -> list[str]:
    """The numbers a text states, as a sorted list ("1,5" and "1.5" alike)."""
    return sorted(n.replace(",", ".") for n in re.findall(r"\d+(?:[.,]\d+)?", text))


@pytest.mark.parametrize("language", ["de", "es"])
def test_every_builtin_routine_is_wholly_translated(
    originals: dict[str, Routine], language: str
) -> None:
    assert len(originals) == 7
    for routine_id, routine in originals.items():
        assert untranslated(routine, language) == (), routine_id


@pytest.mark.parametrize(
    ("language", "article", "caution"),
    [
        ("de", "Artikel", "Bei Schmerzen aufhören: Das ist die eigene Vorsicht der App"),
        ("es", "artículo", "Detente si te duele: es una precaución propia de la app"),
    ],
)
def test_translated_summaries_keep_the_facts_and_the_trace_to_the_article(
    originals: dict[str, Routine], language: str, article: str, caution: str
) -> None:
    for routine_id, routine in originals.items():
        shown = routine.in_language(language)
        summary = " ".join(shown.summary.split())
        assert article in summary, routine_id
        assert caution in summary, routine_id
        # Same numbers as the English: no fact added, none dropped.
        assert _numbers(summary) == _numbers(routine.summary), routine_id
        for english, translated in zip(routine.exercises, shown.exercises, strict=True):
            assert translated.name != english.name, (routine_id, english.name)
            assert translated.instructions != english.instructions, (routine_id, english.name)
            assert bool(translated.cue) == bool(english.cue)
            # What is not a text stays the file's.
            assert (translated.reps, translated.sides, translated.directions) == (
                english.reps,
                english.sides,
                english.directions,
            )


def test_the_same_exercise_is_named_the_same_in_every_routine(
    originals: dict[str, Routine],
) -> None:
    for language in ("de", "es"):
        names: dict[str, set[str]] = {}
        for routine in originals.values():
            for exercise in routine.in_language(language).exercises:
                english = next(e for e in routine.exercises if e.image == exercise.image)
                names.setdefault(english.name, set()).add(exercise.name)
        assert all(len(said) == 1 for said in names.values()), names


@pytest.mark.parametrize(
    ("language", "titles"),
    [
        ("de", ["Fersenheben", "Wadendehnung im Stand", "Aufwärmen vor dem Laufen"]),
        ("es", ["Elevaciones de talones", "Estiramiento de gemelos de pie"]),
    ],
)
def test_the_library_shows_the_language_in_use_and_keeps_the_file(
    language: Language, titles: list[str]
) -> None:
    library = load_library(Paths.under(Path("/nonexistent-home")))
    entry = library.get("calf-raises")
    assert entry is not None
    with i18n.using(language):
        shown = {e.routine.title for e in library.entries}
        assert set(titles) <= shown
        assert entry.routine.exercises[0].cue != "Slowly lower and raise your heels."
        # The file as read: English, every translation kept (what the editor and export use).
        assert entry.original.title == "Calf raises"
        assert set(entry.original.translations) == {"de", "es"}
    assert entry.routine.title == "Calf raises"  # back in English


@pytest.mark.parametrize(
    ("language", "title"), [("de", "Fersenheben"), ("es", "Elevaciones de talones")]
)
def test_ankle_coach_list_in_german_and_spanish(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    language: str,
    title: str,
) -> None:
    monkeypatch.setenv("ANKLE_COACH_HOME", str(tmp_path))
    monkeypatch.setenv("LANG", f"{language}_XX.UTF-8")
    monkeypatch.setenv("LANGUAGE", language)
    with i18n.using("en"):  # the command sets the language; the test's comes back after
        assert main(["list"]) == 0
    out = capsys.readouterr().out
    assert title in out
    assert "Calf raises" not in out
