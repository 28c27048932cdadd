"""session_choices: the one way Settings become the Plan options, the voice and the sound."""

from __future__ import annotations

import pytest

from ankle_coach.core.choices import SessionChoices, session_choices
from ankle_coach.core.cues import DEFAULT_RATE
from ankle_coach.core.plan import PlanOptions
from ankle_coach.core.settings import Settings

CHANGED = Settings(
    voice_id="gmw/en-GB-x-rp",
    speech_rate=150,
    volume=0.35,
    mute=True,
    lead_in_seconds=0,
    count_reps=False,
    halfway_cue=False,
)


def test_the_defaults() -> None:
    assert session_choices(Settings()) == SessionChoices(
        plan_options=PlanOptions(),
        voice={"voice_id": None, "rate": DEFAULT_RATE, "volume": 1.0},
        sound="voice",
    )


def test_every_choice_is_carried() -> None:
    assert session_choices(CHANGED) == SessionChoices(
        plan_options=PlanOptions(
            count_reps=False, halfway=False, lead_in_seconds=0.0, speech_rate=150
        ),
        voice={"voice_id": "gmw/en-GB-x-rp", "rate": 150, "volume": 0.35},
        sound="mute",
    )
    assert session_choices(Settings(lead_in_seconds=30)).plan_options.lead_in_seconds == 30.0


@pytest.mark.parametrize(
    ("mute", "beep_only", "sound"),
    [(False, False, "voice"), (False, True, "beep"), (True, False, "mute"), (True, True, "mute")],
)
def test_sound(mute: bool, beep_only: bool, sound: str) -> None:
    assert session_choices(Settings(mute=mute, beep_only=beep_only)).sound == sound


def test_the_plan_does_not_change_with_the_sound() -> None:
    """Beeps or silence keep the cues the voice would say, timed for the voice's rate."""
    plans = {
        session_choices(Settings(speech_rate=200, mute=mute, beep_only=beep)).plan_options
        for mute in (False, True)
        for beep in (False, True)
    }
    assert plans == {PlanOptions(speech_rate=200)}
