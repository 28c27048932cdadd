"""The content-addressed cache of rendered cues: one WAV per (text, voice settings)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, Final

from ankle_coach.core.paths import Paths
from ankle_coach.speech.facts import check_cue
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

#: Part of every key: raise it when a change in rendering makes old files wrong. 2: the silent
#: edges are cut (speech/wav.trim_silence); files of 1 are rendered again, never played.
RENDER_VERSION: Final = 2
SUFFIX: Final = ".wav"
#: Why a text needs rendering when its file is simply not there.
NOT_RENDERED: Final = "not rendered yet"


class CueCache:
    """WAV files named by the SHA-256 of what they say and how.

    A file is only ever moved into place whole (see speech/worker.py), so a file under its final
    name is a complete render; nothing needs an index, and two processes may share the folder.
    Beside each WAV the worker keeps its facts, `<key>.json` (speech/facts.py); a WAV without
    them is still a render, measured when it is first read.

    A file is checked before it is handed out: one whose header, length or samples differ from
    its facts (damaged in place, by a disk, a sync tool or a person) counts as not rendered,
    so the renderer renders it again over it. The check reads each file once, in the thread
    that renders (never the GUI thread).
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

    def problem(self, text: str, settings: VoiceSettings) -> str | None:
        """None when the file of `text` is there, whole and as rendered; else why it must be
        rendered: NOT_RENDERED, or what is wrong with the file."""
        try:
            return check_cue(self.path_for(text, settings))
        except (FileNotFoundError, NotADirectoryError):
            return NOT_RENDERED

    def has(self, text: str, settings: VoiceSettings) -> bool:
        return self.problem(text, settings) is None

    def problems(self, texts: Iterable[str], settings: VoiceSettings) -> dict[str, str]:
        """The texts to render with `settings` (each once, in the order given), with why."""
        found = {text: self.problem(text, settings) for text in dict.fromkeys(texts)}
        return {text: why for text, why in found.items() if why is not None}

    def missing(self, texts: Iterable[str], settings: VoiceSettings) -> list[str]:
        """The texts not rendered yet with `settings`, or whose file is damaged: each once, in
        the order given."""
        return list(self.problems(texts, settings))
