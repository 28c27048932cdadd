"""How cues are spoken (voice, rate, volume), and the voices a machine has."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final

from ankle_coach.core import i18n
from ankle_coach.core.cues import DEFAULT_RATE as DEFAULT_RATE
from ankle_coach.core.i18n import language_of

# DEFAULT_RATE, words per minute: espeak-ng's own default, 200, is brisk for someone on the floor
# catching their breath, often with the screen out of sight; 170 is a calm instructor's pace.
# The Plan sizes its cues for the rate (core/cues.py), so it lives in the core.
#: espeak-ng speaks from 80 words per minute; above 400 the words run together.
MIN_RATE: Final = 80
MAX_RATE: Final = 400


@dataclass(frozen=True, slots=True)
class VoiceSettings:
    """The settings a cue is rendered with. `voice_id` None: the engine's default voice.

    `language` is the language of the texts ("en", "de", "es"): the one in use when the
    settings are made, unless given. The voice that says them is one of that language: the
    chosen voice when it speaks it, else the engine's voice for it (`voice_for`)."""

    voice_id: str | None = None
    rate: int = DEFAULT_RATE
    volume: float = 1.0
    language: str = field(default_factory=i18n.current_language)

    def __post_init__(self) -> None:
        if isinstance(self.rate, bool) or not isinstance(self.rate, int):
            raise ValueError(
                f"the speech rate must be a whole number of words per minute, not {self.rate!r}"
            )
        if not MIN_RATE <= self.rate <= MAX_RATE:
            raise ValueError(
                f"the speech rate must be {MIN_RATE} to {MAX_RATE} words a minute, not {self.rate}"
            )
        if not 0.0 <= self.volume <= 1.0:
            raise ValueError(f"the volume must be between 0 and 1, not {self.volume}")
        if self.voice_id is not None and not self.voice_id.strip():
            raise ValueError("a voice id may not be blank; use None for the default voice")
        if language_of(self.language) != self.language:
            raise ValueError(
                f"the language must be one of {', '.join(i18n.LANGUAGES)}, not {self.language!r}"
            )
        # 1 and 1.0 are the same volume and must give the same cache key
        object.__setattr__(self, "volume", float(self.volume))

    def key_fields(self) -> dict[str, str | int | float | None]:
        """What makes two renders of one text differ. Volume is kept to the percent the
        engines use, so float noise never changes a key. The language is part of it: the
        same text ("3", a routine's name) in a German voice is another sound."""
        return {
            "voice": self.voice_id,
            "rate": self.rate,
            "volume": round(self.volume, 2),
            "language": self.language,
        }

    def cache_key(self) -> str:
        """A stable string for these settings: canonical JSON of `key_fields()`."""
        return canonical_json(self.key_fields())


@dataclass(frozen=True, slots=True)
class Voice:
    """A voice the speech engine has: its id (for VoiceSettings), a name to show, languages."""

    id: str
    name: str
    languages: tuple[str, ...] = ()


def canonical_json(value: object) -> str:
    """One spelling of a JSON value: sorted keys, no spaces, Unicode kept."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


#: Which voice says a language when the user chose none that speaks it, best first: the
#: language's own tag, then these (espeak-ng: "gmw/en" is "en-gb", "gmw/de" "de", "roa/es" "es").
PREFERRED_TAGS: Final = {
    "en": ("en-gb", "en-us", "en_gb", "en_us"),
    "de": ("de", "de-de", "de_de"),
    "es": ("es", "es-es", "es_es"),
}


def voice_language(voice: Voice) -> str | None:
    """The app language a voice speaks ("en" for "en-gb", "de" for "de_DE"), None when it
    names none the app has (or none at all)."""
    for tag in voice.languages:
        found = language_of(tag)
        if found is not None:
            return found
    return None


def _may_speak(voice: Voice, language: str) -> bool:
    """Whether `voice` speaks `language` or says nothing of what it speaks."""
    return not voice.languages or voice_language(voice) == language


def voice_for(
    voices: Sequence[Voice], chosen: str | None, language: str, default: str | None = None
) -> str | None:
    """The id of the voice that says cues in `language`, or None to leave the engine's
    default voice (`default`, when known) speaking.

    The chosen voice is kept when it speaks `language` or says no language at all (nothing
    tells it does not); a chosen voice of another language ("English (America)" for German
    cues) is set aside for the engine's voice of `language`. With no voice of `language`
    installed the chosen (or default) voice says it rather than nothing. A chosen voice the
    engine does not have is returned as it is, for the engine to refuse by name.
    """
    by_id = {voice.id: voice for voice in voices}
    if chosen is not None:
        voice = by_id.get(chosen)
        if voice is None or _may_speak(voice, language):
            return chosen
    elif default is not None and default in by_id:
        if _may_speak(by_id[default], language):
            return None
    elif default is None and language == "en":
        return None  # the engine's own default, which is English where it says nothing else
    fitting = [voice for voice in voices if voice_language(voice) == language]
    if not fitting:
        return chosen
    preferred = PREFERRED_TAGS.get(language, (language,))

    def rank(voice: Voice) -> int:
        tags = [tag.lower() for tag in voice.languages]
        return min((preferred.index(tag) for tag in tags if tag in preferred), default=99)

    return min(fitting, key=rank).id
