"""The content-addressed cache of rendered cues: one WAV per (text, voice settings)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Final

from ankle_coach.core.paths import Paths
from ankle_coach.speech.voice import VoiceSettings, canonical_json


def _sha256_function() -> Callable[[bytes], Any]:
    """SHA-256 without `hashlib`, when CPython's own built-in module is there: `hashlib` loads
    OpenSSL's libcrypto (3.3 MiB of the app's resident memory) for this one hash of a few
    hundred bytes per cue. The keys are the same either way."""
    try:
        from _sha2 import sha256  # type: ignore[import-not-found,unused-ignore]  # 3.12 and later
    except ImportError:
        try:
            from _sha256 import sha256  # type: ignore[import-not-found,no-redef,unused-ignore]
        except ImportError:  # another Python: the standard way
            from hashlib import sha256
    return sha256  # type: ignore[no-any-return,unused-ignore]


_sha256: Final = _sha256_function()

#: Part of every key: raise it when a change in rendering makes old files wrong.
RENDER_VERSION: Final = 1
SUFFIX: Final = ".wav"
#: A WAV header alone; a cached file must hold more than that.
_HEADER_BYTES: Final = 44


class CueCache:
    """WAV files named by the SHA-256 of what they say and how.

    A file is only ever moved into place whole (see speech/worker.py), so a file under its final
    name is a complete render; nothing needs an index, and two processes may share the folder.
    Beside each WAV the worker keeps its facts, `<key>.json` (speech/facts.py); a WAV without
    them is still a render, measured when it is first read.
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
        digest: str = _sha256(canonical_json(document).encode("utf-8")).hexdigest()
        return digest

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
