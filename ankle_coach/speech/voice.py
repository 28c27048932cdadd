"""How cues are spoken (voice, rate, volume), and the voices a machine has."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Final

from ankle_coach.core.cues import DEFAULT_RATE as DEFAULT_RATE

# DEFAULT_RATE, words per minute: espeak-ng's own default, 200, is brisk for someone on the floor
# catching their breath, often with the screen out of sight; 170 is a calm instructor's pace.
# The Plan sizes its cues for the rate (core/cues.py), so it lives in the core.
#: espeak-ng speaks from 80 words per minute; above 400 the words run together.
MIN_RATE: Final = 80
MAX_RATE: Final = 400


@dataclass(frozen=True, slots=True)
class VoiceSettings:
    """The settings a cue is rendered with. `voice_id` None: the engine's default voice."""

    voice_id: str | None = None
    rate: int = DEFAULT_RATE
    volume: float = 1.0

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
        # 1 and 1.0 are the same volume and must give the same cache key
        object.__setattr__(self, "volume", float(self.volume))

    def key_fields(self) -> dict[str, str | int | float | None]:
        """What makes two renders of one text differ. Volume is kept to the percent the
        engines use, so float noise never changes a key."""
        return {"voice": self.voice_id, "rate": self.rate, "volume": round(self.volume, 2)}

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
