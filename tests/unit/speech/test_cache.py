from __future__ import annotations

import hashlib
import json
import random
from array import array
from collections.abc import Callable
from pathlib import Path

import pytest

from ankle_coach.speech import cache as cache_module
from ankle_coach.speech import facts as facts_module
from ankle_coach.speech.cache import RENDER_VERSION, CueCache
from ankle_coach.speech.facts import facts_path, read_facts
from ankle_coach.speech.render import RecordingRenderer
from ankle_coach.speech.voice import VoiceSettings
from ankle_coach.speech.wav import write_beep, write_samples


def test_a_file_is_named_by_the_sha256_of_what_it_says_and_how(tmp_path: Path) -> None:
    cache = CueCache(tmp_path)
    document = {
        "render": RENDER_VERSION,
        "text": "Rest.",
        "voice": None,
        "rate": 170,
        "volume": 1.0,
        "language": "en",
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
        VoiceSettings(language="de"),
        VoiceSettings(language="es"),
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


@pytest.mark.slow
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


# -- a cached file damaged in place is rendered again ----------------------------------------------


def _garbage_header(wav: Path) -> None:
    data = wav.read_bytes()
    wav.write_bytes(bytes(range(7, 7 + 44)) + data[44:])


def _another_rate_in_the_header(wav: Path) -> None:
    data = bytearray(wav.read_bytes())
    data[24:28] = (44100).to_bytes(4, "little")  # still a WAV, same size, played at 2x
    wav.write_bytes(bytes(data))


def _noise_over_the_samples(wav: Path) -> None:
    data = wav.read_bytes()
    noise = random.Random(12).randbytes(len(data) - 44)
    wav.write_bytes(data[:44] + noise)


def _one_sample_changed(wav: Path) -> None:
    data = bytearray(wav.read_bytes())
    data[len(data) // 2] ^= 0x40
    wav.write_bytes(bytes(data))


def _silence_of_the_same_length(wav: Path) -> None:
    data = wav.read_bytes()
    wav.write_bytes(data[:44] + bytes(len(data) - 44))


def _cut_in_half(wav: Path) -> None:
    data = wav.read_bytes()
    wav.write_bytes(data[: len(data) // 2])


def _cut_to_the_header(wav: Path) -> None:
    wav.write_bytes(wav.read_bytes()[:44])


def _emptied(wav: Path) -> None:
    wav.write_bytes(b"")


def _a_shorter_whole_wav(wav: Path) -> None:
    write_samples(wav, array("h", [9000, -9000] * 300))  # whole, but not what was rendered


def _an_old_cache_with_a_bad_header(wav: Path) -> None:
    """Facts from before checksums beside a WAV whose header was damaged since."""
    document = json.loads(facts_path(wav).read_text(encoding="utf-8"))
    del document["data_crc32"]
    facts_path(wav).write_text(json.dumps(document), encoding="utf-8")
    _another_rate_in_the_header(wav)


HEADER_SAYS = (
    "its header says {frames} frames of 1 x 16-bit at 44100 Hz, "
    "not the {frames} frames of 1 x 16-bit at 22050 Hz rendered"
)
NOT_THOSE = "its samples are not those rendered (their checksum differs)"
NO_RIFF = "it is damaged: not a WAV file (file does not start with RIFF id)"


@pytest.mark.parametrize(
    ("damage", "why"),
    [
        (_garbage_header, NO_RIFF),
        (_another_rate_in_the_header, HEADER_SAYS),
        (_noise_over_the_samples, NOT_THOSE),
        (_one_sample_changed, NOT_THOSE),
        (_silence_of_the_same_length, NOT_THOSE),
        (
            _cut_in_half,
            "it is damaged: the header promises {frames} frames, the file holds {half}",
        ),
        (
            _cut_to_the_header,
            "it is damaged: the header promises {frames} frames, the file holds 0",
        ),
        (_emptied, "it is damaged: not a WAV file (it ends too soon)"),
        (_a_shorter_whole_wav, "it is 1244 bytes long, not the {size} rendered"),
        (_an_old_cache_with_a_bad_header, HEADER_SAYS),
    ],
    ids=lambda value: value.__name__.strip("_") if callable(value) else "",
)
def test_a_cached_file_damaged_in_place_is_found_and_rendered_again(
    tmp_path: Path, damage: Callable[[Path], None], why: str
) -> None:
    cache = CueCache(tmp_path)
    settings = VoiceSettings()
    renderer = RecordingRenderer(cache)
    texts = ["Rest.", "Calf raises, set 2 of 3."]
    wav = renderer.render(texts, settings)["Calf raises, set 2 of 3."]
    rendered = wav.read_bytes()
    facts = read_facts(wav)
    assert facts is not None and facts.data_crc32 is not None
    other = cache.path_for("Rest.", settings)
    other_before = other.read_bytes()

    damage(wav)
    said = why.format(frames=facts.frames, half=(len(rendered) // 2 - 44) // 2, size=len(rendered))
    assert cache.problems(texts, settings) == {"Calf raises, set 2 of 3.": said}
    again = renderer.render(texts, settings)
    assert renderer.rendered == [*texts, "Calf raises, set 2 of 3."]  # that one, once more
    assert again[texts[1]] == wav and wav.read_bytes() == rendered
    assert read_facts(wav) == facts
    assert other.read_bytes() == other_before  # the healthy file was left alone
    assert cache.problems(texts, settings) == {}


def test_a_cache_from_before_checksums_is_measured_once_and_its_checksum_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = CueCache(tmp_path)
    settings = VoiceSettings()
    renderer = RecordingRenderer(cache)
    wav = renderer.render(["Rest."], settings)["Rest."]
    complete = facts_path(wav).read_text(encoding="utf-8")
    document = json.loads(complete)
    del document["data_crc32"]  # as facts were written before checksums
    facts_path(wav).write_text(json.dumps(document), encoding="utf-8")
    assert cache.problems(["Rest."], settings) == {}
    assert renderer.render(["Rest."], settings) and renderer.rendered == ["Rest."]
    assert json.loads(facts_path(wav).read_text(encoding="utf-8")) == json.loads(complete)
    monkeypatch.setattr(facts_module, "read_pcm", lambda path: pytest.fail("measured again"))
    assert cache.problems(["Rest."], settings) == {}


def test_a_cache_from_before_facts_files_is_not_rendered_again(tmp_path: Path) -> None:
    cache = CueCache(tmp_path)
    settings = VoiceSettings()
    wav = cache.path_for("Rest.", settings)
    write_beep(wav)
    assert cache.problems(["Rest."], settings) == {}
    kept = read_facts(wav)
    assert kept is not None and kept.data_crc32 is not None


def test_checking_a_cached_file_decodes_no_sample(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check is a file read and a CRC in C: cheap enough for the render thread to do for
    every cue of a routine before each session (benchmarks/gui_stall.py)."""
    cache = CueCache(tmp_path)
    settings = VoiceSettings()
    RecordingRenderer(cache).render(["Rest.", "Go."], settings)
    monkeypatch.setattr(facts_module, "read_pcm", lambda path: pytest.fail("samples decoded"))
    assert cache.problems(["Rest.", "Go."], settings) == {}
