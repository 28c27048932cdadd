from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from ankle_coach.speech import cache as cache_module
from ankle_coach.speech.cache import RENDER_VERSION, CueCache
from ankle_coach.speech.voice import VoiceSettings
from ankle_coach.speech.wav import write_beep


def test_a_file_is_named_by_the_sha256_of_what_it_says_and_how(tmp_path: Path) -> None:
    cache = CueCache(tmp_path)
    document = {
        "render": RENDER_VERSION,
        "text": "Rest.",
        "voice": None,
        "rate": 170,
        "volume": 1.0,
    }
    canonical = json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    digest = hashlib.sha256(canonical.encode("utf-8")).hexdigest()
    assert cache.path_for("Rest.", VoiceSettings()) == tmp_path / f"{digest}.wav"


@pytest.mark.parametrize(
    "other",
    [
        VoiceSettings(rate=171),
        VoiceSettings(voice_id="gmw/en-us"),
        VoiceSettings(volume=0.9),
    ],
)
def test_any_change_of_voice_settings_gives_another_file(
    tmp_path: Path, other: VoiceSettings
) -> None:
    cache = CueCache(tmp_path)
    assert cache.path_for("Rest.", other) != cache.path_for("Rest.", VoiceSettings())


def test_another_text_or_render_version_gives_another_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = CueCache(tmp_path)
    before = cache.path_for("Rest.", VoiceSettings())
    assert cache.path_for("Rest", VoiceSettings()) != before
    monkeypatch.setattr(cache_module, "RENDER_VERSION", RENDER_VERSION + 1)
    assert cache.path_for("Rest.", VoiceSettings()) != before


def test_missing_lists_each_unrendered_text_once_in_order(tmp_path: Path) -> None:
    cache = CueCache(tmp_path)
    settings = VoiceSettings()
    write_beep(cache.path_for("2", settings))
    cache.path_for("empty", settings).write_bytes(b"RIFF")  # not a render
    texts = ["3", "2", "1", "3", "empty", "Go.", "1"]
    assert cache.missing(texts, settings) == ["3", "1", "empty", "Go."]
    assert cache.missing(texts, VoiceSettings(rate=150)) == ["3", "2", "1", "empty", "Go."]


def test_the_default_cache_is_in_the_user_cache_folder(user_home: Path) -> None:
    assert CueCache.default().root == user_home / "cache" / "cues"


def test_naming_files_does_not_load_openssl() -> None:
    """hashlib loads libcrypto (3.3 MiB resident) for a hash CPython has built in."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from ankle_coach.speech.cache import CueCache\n"
        "from ankle_coach.speech.voice import VoiceSettings\n"
        "CueCache.key('Rest.', VoiceSettings())\n"
        "print('_hashlib' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
