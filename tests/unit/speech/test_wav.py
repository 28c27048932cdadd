from __future__ import annotations

import wave
from array import array
from pathlib import Path

import pytest

from ankle_coach.speech.wav import (
    RATE,
    WavError,
    WavInfo,
    partial_path,
    peak,
    read_pcm,
    silent_edges,
    write_beep,
    write_samples,
)


def test_beep_is_16_bit_mono_22050_hz_and_loud(tmp_path: Path) -> None:
    path = tmp_path / "beep.wav"
    write_beep(path)
    info = WavInfo.of(path)
    assert (info.rate, info.channels, info.sample_width) == (22050, 1, 2)
    assert info.frames == round(0.15 * 22050)
    assert info.duration == pytest.approx(0.15, abs=1e-4)
    assert 8000 < info.peak <= round(0.6 * 32767)
    assert [p.name for p in tmp_path.iterdir()] == ["beep.wav"]


def test_beep_fades_in_and_out_so_it_does_not_click(tmp_path: Path) -> None:
    path = tmp_path / "beep.wav"
    write_beep(path, freq=440, seconds=0.2)
    with wave.open(str(path), "rb") as reader:
        samples = array("h", reader.readframes(reader.getnframes()))
    assert abs(samples[0]) < 50 and abs(samples[-1]) < 50
    # nothing jumps by more than a full-scale sine at 440 Hz does in one sample
    assert max(abs(b - a) for a, b in zip(samples, samples[1:], strict=False)) < 2500


def test_silent_edges_measure_the_pauses_around_a_sound(tmp_path: Path) -> None:
    path = tmp_path / "padded.wav"
    write_samples(path, array("h", [0] * 2205 + [9000] * 100 + [0] * 4410))
    leading, trailing = silent_edges(path)
    assert leading == pytest.approx(0.1, abs=1 / RATE)
    assert trailing == pytest.approx(0.2, abs=1 / RATE)


def test_where_the_speech_ends_is_the_length_without_the_silent_end(tmp_path: Path) -> None:
    path = tmp_path / "padded.wav"
    write_samples(path, array("h", [0] * 2205 + [9000] * 100 + [0] * 4410))
    pcm = read_pcm(path)
    assert pcm.speech_ends() == pytest.approx(pcm.info().duration - silent_edges(path)[1])
    assert pcm.speech_ends() == pytest.approx((2205 + 100) / RATE)
    assert pcm.file_bytes == path.stat().st_size


@pytest.mark.parametrize("where", [0, 16383, 16384, 50_000, 99_999])
@pytest.mark.parametrize("loudest", [32767, -32768, 1])
def test_peak_finds_the_loudest_sample_in_any_chunk(where: int, loudest: int) -> None:
    samples = array("h", [0] * 100_000)
    samples[where] = loudest
    assert peak(samples) == abs(loudest)
    assert peak(array("h")) == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "not a WAV file"),
        (b"ID3 this is an mp3", "not a WAV file"),
    ],
)
def test_a_file_that_is_not_a_wav_is_refused(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.wav"
    path.write_bytes(content)
    with pytest.raises(WavError, match=message):
        WavInfo.of(path)


def test_a_truncated_wav_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "cut.wav"
    write_beep(path)
    path.write_bytes(path.read_bytes()[:-100])
    with pytest.raises(WavError, match="the header promises"):
        WavInfo.of(path)


def test_partial_files_are_hidden_beside_their_target_and_named_by_process() -> None:
    assert partial_path(Path("/c/ab.wav"), 42) == Path("/c/.ab.wav.42.partial")
