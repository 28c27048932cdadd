"""The wording of spoken cues and how long each takes to say: input -> the exact words."""

from __future__ import annotations

from typing import Any

import pytest

from ankle_coach.core import cues
from ankle_coach.core.cues import DEFAULT_RATE, Priority, spoken_seconds
from ankle_coach.core.routine import Exercise


def test_a_countdown_outranks_every_other_cue() -> None:
    assert sorted(Priority) == [Priority.INFO, Priority.COUNT, Priority.CHANGE, Priority.COUNTDOWN]


@pytest.mark.parametrize(
    ("seconds", "said"),
    [
        (1, "1 second"),
        (1.5, "1.5 seconds"),
        (30, "30 seconds"),
        (60, "1 minute"),
        (90, "90 seconds"),
        (120, "2 minutes"),
        (150, "150 seconds"),
    ],
)
def test_seconds_words(seconds: float, said: str) -> None:
    assert cues.seconds_words(seconds) == said


@pytest.mark.parametrize(
    ("fields", "prescription", "overview", "action"),
    [
        (
            {"hold_seconds": 30, "sets": 3, "sides": ("left", "right")},
            "hold for 30 seconds",
            "hold for 30 seconds, 3 times, each side",
            "Hold for 30 seconds.",
        ),
        (
            {"reps": 15, "sets": 2, "directions": ("clockwise", "counter-clockwise")},
            "15 reps",
            "2 sets of 15 reps, each direction",
            "15 reps. Go.",
        ),
        ({"duration_seconds": 120}, "2 minutes", "2 minutes", "Go for 2 minutes."),
        (
            {"manual": True},
            "at your own pace",
            "at your own pace",
            "Press Done when you have finished.",
        ),
    ],
)
def test_an_exercise_in_spoken_words(
    fields: dict[str, Any], prescription: str, overview: str, action: str
) -> None:
    exercise = Exercise(name="Calf raises", **fields)
    assert cues.prescription(exercise) == prescription
    assert cues.overview(exercise) == overview
    assert cues.action_words(exercise) == action


def test_an_announcement_goes_from_longest_to_shortest() -> None:
    exercise = Exercise(name="Calf raises", instructions="rise slowly", reps=15)
    said = cues.announce("next", exercise)
    assert said == (
        "Rest. Next: Calf raises, 15 reps. rise slowly.",
        "Rest. Next: Calf raises. rise slowly.",
        "Rest. Next: Calf raises, 15 reps.",
        "Rest. Next: Calf raises.",
    )
    assert [len(text) for text in said] == sorted((len(text) for text in said), reverse=True)


@pytest.mark.parametrize(
    ("cue", "said"),
    [("", ""), ("  ", ""), ("slow on the way down", "Slow on the way down."), ("Up!", "Up!")],
)
def test_a_custom_cue_is_said_as_a_sentence(cue: str, said: str) -> None:
    assert cues.custom_cue(Exercise(name="X", reps=5, cue=cue)) == said


@pytest.mark.parametrize(
    ("made", "said"),
    [
        (cues.set_words(2, 3), "Set 2 of 3."),
        (cues.set_words(1, 1), ""),
        (cues.side_words("left"), "Left side."),
        (cues.direction_words("counter-clockwise"), "Counter-clockwise."),
        (cues.rest_then_set(2, 3, "right"), "Rest. Next: set 2 of 3, right side."),
        (cues.rest_then_set(2, 3, None), "Rest. Next: set 2 of 3."),
        (cues.switch_to("left", None), "Switch to your left side."),
        (cues.switch_to(None, "clockwise"), "Switch to clockwise."),
        (cues.switch_to(None, None), "Switch."),
        (cues.join("Halfway.", "", "Keep going."), "Halfway. Keep going."),
        (cues.with_stop(" Go "), "Go."),
    ],
)
def test_the_small_cues(made: str, said: str) -> None:
    assert made == said


def test_saying_takes_longer_with_more_words_and_a_slower_voice() -> None:
    short, long = spoken_seconds("Go."), spoken_seconds("Counter-clockwise. 15 reps. Go.")
    assert 0 < short < long
    assert spoken_seconds("Counter-clockwise. 15 reps. Go.", DEFAULT_RATE // 2) == pytest.approx(
        2 * long
    )
    # Generous on purpose: espeak-ng measured 2.77 s for this at the default rate.
    assert long > 2.77
