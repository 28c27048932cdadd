"""The content-addressed cache of rendered cues: one WAV per (text, voice settings)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path
from typing import Final

from ankle_coach.core.paths import Paths
from ankle_coach.speech.voice import VoiceSettings, canonical_json

#: Part of every key: raise it when a change in rendering makes old files wrong.
RENDER_VERSION: Final = 1
SUFFIX: Final = ".wav"
#: A WAV header alone; a cached file must hold more than that.
_HEADER_BYTES: Final = 44


class CueCache:
    """WAV files named by the SHA-256 of what they say and how.

    A file is only ever moved into place whole (see speech/worker.py), so a file under its final
    name is a complete render; nothing needs an index, and two processes may share the folder.
    """

    def __init__(self, root: Path) -> None:
        self.root = root

    @classmethod
    def default(cls) -> CueCache:
        """The user's cue cache: `cues` in the per-user cache folder."""
        return cls(Paths.default().cache / "cues")

    def __repr__(self) -> str:
        return f"CueCache({str(self.root)!r})"

    @staticmethod
    def key(text: str, settings: VoiceSettings) -> str:
        document = {"render": RENDER_VERSION, "text": text, **settings.key_fields()}
        return hashlib.sha256(canonical_json(document).encode("utf-8")).hexdigest()

    def path_for(self, text: str, settings: VoiceSettings) -> Path:
        return self.root / f"{self.key(text, settings)}{SUFFIX}"

    def has(self, text: str, settings: VoiceSettings) -> bool:
        try:
            return self.path_for(text, settings).stat().st_size > _HEADER_BYTES
        except OSError:
            return False

    def missing(self, texts: Iterable[str], settings: VoiceSettings) -> list[str]:
        """The texts not rendered yet with `settings`: each once, in the order given."""
        return [text for text in dict.fromkeys(texts) if not self.has(text, settings)]
