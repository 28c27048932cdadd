"""A cue's facts kept beside its WAV: read without a sample, and never trusted when wrong."""

from __future__ import annotations

import json
from array import array
from collections.abc import Callable
from pathlib import Path

import pytest

from ankle_coach.speech import facts as facts_module
from ankle_coach.speech.facts import (
    FACTS_FORMAT,
    CueFacts,
    cue_facts,
    facts_path,
    read_facts,
    write_facts,
)
from ankle_coach.speech.wav import RATE, Pcm, WavError, write_samples

from .support import partial_files

#: 0.1 s of silence, 100 loud samples, 0.2 s of silence.
PADDED = [0] * 2205 + [9000] * 50 + [-12000] * 50 + [0] * 4410


def padded_wav(folder: Path, name: str = "cue.wav") -> Path:
    path = folder / name
    write_samples(path, array("h", PADDED))
    return path


@pytest.fixture
def no_sample_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make any reading of samples by speech/facts.py fail the test."""

    def refuse(path: Path) -> Pcm:
        raise AssertionError(f"{path}: samples were read")

    monkeypatch.setattr(facts_module, "read_pcm", refuse)


def test_measure_finds_length_speech_end_peak_and_size(tmp_path: Path) -> None:
    wav = padded_wav(tmp_path)
    facts = CueFacts.measure(wav)
    assert (facts.rate, facts.channels, facts.sample_width) == (RATE, 1, 2)
    assert facts.frames == len(PADDED)
    assert facts.duration == pytest.approx(len(PADDED) / RATE)
    assert facts.speaking_seconds == pytest.approx((2205 + 100) / RATE)
    assert facts.peak == 12000
    assert facts.wav_bytes == wav.stat().st_size


def test_an_all_silent_file_speaks_for_no_time(tmp_path: Path) -> None:
    wav = tmp_path / "quiet.wav"
    write_samples(wav, array("h", [0, 120, -300] * 1000))
    facts = CueFacts.measure(wav)
    assert facts.speaking_seconds == 0.0 and facts.peak == 300


def test_facts_are_written_beside_the_wav_and_read_back_without_samples(
    tmp_path: Path, no_sample_reads: None
) -> None:
    wav = tmp_path / "cue.wav"
    write_samples(wav, array("h", PADDED))
    measured = CueFacts(
        rate=RATE,
        channels=1,
        sample_width=2,
        frames=len(PADDED),
        peak=12000,
        speaking_seconds=0.2,
        wav_bytes=wav.stat().st_size,
    )
    write_facts(wav, measured)
    assert facts_path(wav) == tmp_path / "cue.json"
    assert json.loads(facts_path(wav).read_text(encoding="utf-8"))["format"] == FACTS_FORMAT
    assert read_facts(wav) == measured
    assert cue_facts(wav) == measured
    assert partial_files(tmp_path) == []


def test_a_wav_without_facts_is_measured_once_and_its_facts_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A cache from before facts files: each WAV is measured on first use, then read."""
    wav = padded_wav(tmp_path)
    assert read_facts(wav) is None
    first = cue_facts(wav)
    assert first == CueFacts.measure(wav)
    assert read_facts(wav) == first
    monkeypatch.setattr(facts_module, "read_pcm", lambda path: pytest.fail("measured again"))
    assert cue_facts(wav) == first


def valid_document(wav: Path) -> dict[str, object]:
    return CueFacts.measure(wav).to_json()


@pytest.mark.parametrize(
    ("name", "spoil"),
    [
        ("empty", lambda doc: b""),
        ("cut short", lambda doc: json.dumps(doc).encode()[:20]),
        ("not UTF-8", lambda doc: b"\xff\xfe{"),
        ("not an object", lambda doc: b"[1, 2]"),
        ("another format", lambda doc: json.dumps({**doc, "format": 99}).encode()),
        ("no format", lambda doc: json.dumps({**doc, "format": None}).encode()),
        ("a field missing", lambda doc: json.dumps({**doc, "frames": None}).encode()),
        ("a negative length", lambda doc: json.dumps({**doc, "speaking_seconds": -1}).encode()),
        ("a length as text", lambda doc: json.dumps({**doc, "speaking_seconds": "1"}).encode()),
        ("a count as a boolean", lambda doc: json.dumps({**doc, "channels": True}).encode()),
        ("no channels", lambda doc: json.dumps({**doc, "channels": 0}).encode()),
        ("speaks past its end", lambda doc: json.dumps({**doc, "speaking_seconds": 99}).encode()),
        ("of another file", lambda doc: json.dumps({**doc, "wav_bytes": 44}).encode()),
        ("far too long", lambda doc: b" " * 10_000 + json.dumps(doc).encode()),
    ],
)
def test_facts_that_cannot_be_trusted_are_measured_again_and_rewritten(
    tmp_path: Path, name: str, spoil: Callable[[dict[str, object]], bytes]
) -> None:
    wav = padded_wav(tmp_path)
    document = valid_document(wav)
    facts_path(wav).write_bytes(spoil(document))
    assert read_facts(wav) is None, name
    assert cue_facts(wav) == CueFacts.measure(wav)
    assert json.loads(facts_path(wav).read_text(encoding="utf-8")) == document


def test_facts_of_a_wav_that_was_replaced_are_not_used(tmp_path: Path) -> None:
    """A WAV rendered again (another length) beside facts of the old one."""
    wav = padded_wav(tmp_path)
    cue_facts(wav)
    write_samples(wav, array("h", [0] * 100 + [20000] * 100))
    assert read_facts(wav) is None
    assert cue_facts(wav).peak == 20000


def test_facts_that_cannot_be_kept_are_still_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A cache folder that cannot be written to (read-only, full) still plays."""

    def full(wav: Path, facts: CueFacts) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(facts_module, "write_facts", full)
    wav = padded_wav(tmp_path)
    assert cue_facts(wav) == CueFacts.measure(wav)
    assert not facts_path(wav).exists()


def test_a_file_that_is_not_a_wav_is_an_error_whatever_its_facts_say(tmp_path: Path) -> None:
    wav = padded_wav(tmp_path)
    document = valid_document(wav)
    wav.write_bytes(b"ID3 this is an mp3")
    facts_path(wav).write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(WavError, match="not a WAV file"):
        cue_facts(wav)


def test_facts_without_their_wav_are_no_file(tmp_path: Path) -> None:
    wav = padded_wav(tmp_path)
    cue_facts(wav)
    wav.unlink()
    with pytest.raises(FileNotFoundError):
        cue_facts(wav)
