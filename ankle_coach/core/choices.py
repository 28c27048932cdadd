"""One source for a session's choices: the user's Settings turned into the Plan's options, the
voice the cues are rendered with, and what is heard (voice, beeps or nothing).

The window, `ankle-coach run`, `cues` and `plan` all call `session_choices`, so a routine has
the same Plan and the same voice wherever it runs. The core does not import speech: the voice is
plain fields, turned into a speech VoiceSettings at the edge with `VoiceSettings(**voice)`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypedDict

from ankle_coach.core.plan import PlanOptions
from ankle_coach.core.settings import Settings, SoundMode


class VoiceFields(TypedDict):
    """The fields of speech.VoiceSettings: `VoiceSettings(**choices.voice)`."""

    voice_id: str | None
    rate: int
    volume: float


@dataclass(frozen=True)
class SessionChoices:
    """What the user's settings choose for a session."""

    plan_options: PlanOptions
    voice: VoiceFields
    #: What the cue player does with a due cue: `Sound(choices.sound)` on the Qt floor.
    sound: SoundMode


def session_choices(settings: Settings) -> SessionChoices:
    """The Plan options, the voice and the sound mode of `settings`.

    The speech rate goes into the Plan however cues are heard, so the Plan (and which cues it
    keeps) does not change when the sound is switched to beeps or off.
    """
    lead_in = settings.lead_in_seconds
    return SessionChoices(
        plan_options=PlanOptions(
            count_reps=settings.count_reps,
            halfway=settings.halfway_cue,
            lead_in_seconds=float(lead_in) if lead_in is not None else None,
            speech_rate=settings.speech_rate,
        ),
        voice=VoiceFields(
            voice_id=settings.voice_id, rate=settings.speech_rate, volume=settings.volume
        ),
        sound=settings.sound,
    )
