"""Speech: renders cue texts to WAV files in a pyttsx3 worker process, and caches them.

Never imports Qt: the cue player in `ui/` plays the files this package makes.

Each name below is imported with its module when first used (core/lazy.py): a window that only
plays cached cues never loads the worker's side (speech/worker.py, espeak).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ankle_coach.core.lazy import lazy_names

if TYPE_CHECKING:
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

__getattr__, __dir__ = lazy_names(
    __name__,
    {
        "RENDER_VERSION": "cache",
        "CueCache": "cache",
        "CacheUnwritable": "render",
        "CueRenderer": "render",
        "Progress": "render",
        "Pyttsx3Renderer": "render",
        "RecordingRenderer": "render",
        "SpeechUnavailable": "render",
        "list_voices": "render",
        "DEFAULT_RATE": "voice",
        "Voice": "voice",
        "VoiceSettings": "voice",
    },
)
