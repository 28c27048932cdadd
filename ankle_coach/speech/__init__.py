"""Speech: renders cue texts to WAV files in a pyttsx3 worker process, and caches them.

Never imports Qt: the cue player in `ui/` plays the files this package makes.
"""

from ankle_coach.speech.cache import RENDER_VERSION, CueCache
from ankle_coach.speech.render import (
    CacheUnwritable,
    CueRenderer,
    Progress,
    Pyttsx3Renderer,
    RecordingRenderer,
    SpeechUnavailable,
    list_voices,
)
from ankle_coach.speech.voice import DEFAULT_RATE, Voice, VoiceSettings

__all__ = [
    "DEFAULT_RATE",
    "RENDER_VERSION",
    "CacheUnwritable",
    "CueCache",
    "CueRenderer",
    "Progress",
    "Pyttsx3Renderer",
    "RecordingRenderer",
    "SpeechUnavailable",
    "Voice",
    "VoiceSettings",
    "list_voices",
]
