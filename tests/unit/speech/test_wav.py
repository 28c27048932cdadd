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
    trim_file,
    trim_silence,
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


@pytest.mark.parametrize(
    ("quiet_before", "loud", "quiet_after", "kept_before", "kept_after"),
    [
        (0.050, 0.2, 0.40, 0.010, 0.030),  # espeak's usual edges: 10 ms and 30 ms kept
        (0.004, 0.2, 0.40, 0.004, 0.030),  # less quiet than is kept: all of it kept
        (0.050, 0.2, 0.01, 0.010, 0.010),
        (0.0, 0.2, 0.0, 0.0, 0.0),  # nothing to cut
    ],
)
def test_trim_silence_keeps_a_few_faded_ms_around_the_sound(
    quiet_before: float, loud: float, quiet_after: float, kept_before: float, kept_after: float
) -> None:
    def frames(seconds: float) -> int:
        return round(seconds * RATE)

    hum = 300  # below the threshold: quiet
    samples = array(
        "h",
        [hum] * frames(quiet_before)
        + [9000 if n % 2 else -9000 for n in range(frames(loud))]
        + [hum] * frames(quiet_after),
    )
    trimmed, begin = trim_silence(samples)
    assert begin == frames(quiet_before) - frames(kept_before)
    assert len(trimmed) == frames(kept_before) + frames(loud) + frames(kept_after)
    # the sound itself is untouched; what is kept around it fades from 0
    assert (
        trimmed[frames(kept_before) : frames(kept_before) + frames(loud)]
        == samples[frames(quiet_before) : frames(quiet_before) + frames(loud)]
    )
    if kept_before:
        assert trimmed[0] == 0 and abs(trimmed[frames(kept_before) - 1]) <= hum
    if kept_after:
        assert trimmed[-1] == 0


def test_trim_silence_leaves_an_all_quiet_file_as_it_is() -> None:
    quiet = array("h", [100, -100] * 1000)
    assert trim_silence(quiet) == (quiet, 0)


def test_trim_file_rewrites_the_file_shorter(tmp_path: Path) -> None:
    path = tmp_path / "cue.wav"
    write_samples(path, array("h", [0] * 2205 + [8000] * 2205 + [0] * 8820))
    cut_start, cut_end = trim_file(path)
    assert (round(cut_start, 3), round(cut_end, 3)) == (0.09, 0.37)
    info = WavInfo.of(path)
    assert info.frames == round(0.01 * RATE) + 2205 + round(0.03 * RATE)


def test_a_folder_is_full_for_cues_below_a_mib_and_not_when_it_cannot_be_told(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ankle_coach.speech import wav

    for free, full in (
        (wav.LOW_SPACE_BYTES - 1, True),
        (wav.LOW_SPACE_BYTES, False),
        (None, False),
    ):
        monkeypatch.setattr(wav, "free_bytes", lambda folder, free=free: free)
        assert wav.is_full(tmp_path) is full
