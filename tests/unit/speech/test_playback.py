"""speech/playback.py: cue sounds through libpulse-simple, heard for real on a private null sink.

Behaviour, not timing: each step waits (generously) for what the recording shows, and the
amounts asserted are counted in recorded samples, never on the wall clock."""

from __future__ import annotations

import time
from array import array
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NoReturn

import pytest

from ankle_coach.speech.playback import (
    AudioUnavailable,
    PulseOutput,
    Samples,
    has_library,
    pulse_problem,
    scaled,
)
from ankle_coach.speech.wav import RATE, WavError, write_beep, write_samples
from tests.support.pulse import MonitorRecorder, PrivatePulse, onsets

THRESHOLD = 2000


@pytest.fixture
def beep(tmp_path: Path) -> Path:
    path = tmp_path / "beep.wav"
    write_beep(path, freq=660.0, seconds=0.4)
    return path


@pytest.fixture
def output(pulse: PrivatePulse) -> Iterator[PulseOutput]:
    if not has_library():
        pytest.fail("libpulse-simple is missing although PulseAudio is installed")
    out = PulseOutput(server=pulse.server)
    out.check()
    yield out
    out.close()


def loud_seconds(samples: array[int], rate: int = RATE) -> float:
    """How much of a recording is sound (at least one loud sample per 10 ms window)."""
    window = rate // 100
    loud = sum(
        1
        for start in range(0, len(samples), window)
        if any(abs(s) > THRESHOLD for s in samples[start : start + window])
    )
    return loud / 100


def heard_at_least(seconds: float) -> Callable[[array[int]], bool]:
    return lambda samples: loud_seconds(samples) >= seconds


def over_then_quiet(samples: array[int], quiet: float = 0.3) -> bool:
    """Sound was heard, and the last `quiet` seconds of the recording are silent: what was
    written has left the server's buffer."""
    tail = round(quiet * RATE)
    return (
        len(samples) > tail
        and all(abs(s) <= THRESHOLD for s in samples[-tail:])
        and any(abs(s) > THRESHOLD for s in samples)
    )


def wait_quiet(out: PulseOutput, timeout: float = 15.0) -> None:
    """Wait until the output has nothing left to write (generous: not a measure)."""
    deadline = time.monotonic() + timeout
    while out.playing:
        assert time.monotonic() < deadline, "the sound never ended"
        time.sleep(0.01)


@pytest.mark.slow
def test_a_sound_is_heard_whole_and_once(
    output: PulseOutput, pulse: PrivatePulse, beep: Path
) -> None:
    with MonitorRecorder(pulse, latency_msec=10) as recorder:
        output.play(beep)
        wait_quiet(output)
        recorder.wait_until(over_then_quiet, "the beep, then silence")
    recording = recorder.result
    assert recording is not None
    assert len(onsets(recording.samples, threshold=THRESHOLD)) == 1
    # 0.4 s of samples heard: counted in the recording, not on a clock
    assert loud_seconds(recording.samples) == pytest.approx(0.4, abs=0.05)
    assert output.error is None


@pytest.mark.slow
def test_stop_silences_at_once_and_a_new_sound_replaces_the_old(
    output: PulseOutput, pulse: PrivatePulse, tmp_path: Path
) -> None:
    long = tmp_path / "long.wav"
    write_beep(long, freq=440.0, seconds=30.0)  # far longer than anything here waits
    with MonitorRecorder(pulse, latency_msec=10) as recorder:
        output.play(long, token="first")
        recorder.wait_until(heard_at_least(0.2), "the first sound")
        output.stop(token="someone else's")  # not the sound playing: ignored
        assert output.playing
        recorder.wait_until(heard_at_least(0.4), "the first sound going on after a stranger's stop")
        output.play(long, token="second")  # replaces the first
        assert output.playing
        recorder.wait_until(heard_at_least(0.6), "the second sound")
        output.stop(token="second")
        wait_quiet(output)
        recorder.wait_until(over_then_quiet, "silence after the stop")
    recording = recorder.result
    assert recording is not None
    # Stopped, never played out: of the 60 s of both sounds, a small part was heard (the waits
    # above are generous, so the bound is too).
    assert 0.6 <= loud_seconds(recording.samples) < 20
    assert output.error is None


@pytest.mark.slow
def test_volume_scales_the_samples(output: PulseOutput, pulse: PrivatePulse, beep: Path) -> None:
    peaks = []
    for volume in (1.0, 0.5):
        with MonitorRecorder(pulse, latency_msec=10) as recorder:
            output.play(beep, volume=volume)
            wait_quiet(output)
            recorder.wait_until(over_then_quiet, f"the beep at volume {volume}, then silence")
        assert recorder.result is not None
        peaks.append(max(abs(s) for s in recorder.result.samples))
    assert peaks[1] == pytest.approx(peaks[0] / 2, rel=0.1)


def test_no_server_is_reported_plainly(
    monkeypatch: pytest.MonkeyPatch, skip_or_fail: Callable[[str], NoReturn]
) -> None:
    if not has_library():
        skip_or_fail("libpulse-simple is not installed: the missing-library test covers this")
    monkeypatch.setenv("PULSE_SERVER", "unix:/nonexistent")
    with pytest.raises(AudioUnavailable) as caught:
        PulseOutput().check()
    assert caught.value.reason.startswith("No sound server answered")
    assert "shown on screen only" in caught.value.reason
    assert pulse_problem() == caught.value.reason


def test_a_missing_library_is_named_with_how_to_install_it() -> None:
    with pytest.raises(AudioUnavailable) as caught:
        PulseOutput(library="libpulse-simple-nonexistent.so.0")
    reason = caught.value.reason
    assert "libpulse-simple-nonexistent.so.0 is missing" in reason
    assert "sudo apt install libpulse0" in reason


def test_a_file_that_cannot_be_read_is_an_error_not_a_crash(
    output: PulseOutput, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.wav"
    broken.write_bytes(b"RIFF....WAVEnot really")
    output.play(broken)
    wait_quiet(output)
    assert output.error is not None and "broken.wav" in output.error


def test_samples_are_read_as_16_bit_and_other_widths_refused(tmp_path: Path) -> None:
    path = tmp_path / "two.wav"
    write_samples(path, array("h", [0, 1000, -1000, 32767]))
    sound = Samples.of(path)
    assert (sound.rate, sound.channels) == (RATE, 1)
    assert array("h", sound.data).tolist() == [0, 1000, -1000, 32767]

    import wave

    eight = tmp_path / "eight.wav"
    with wave.open(str(eight), "wb") as writer:
        writer.setnchannels(1)
        writer.setsampwidth(1)
        writer.setframerate(8000)
        writer.writeframes(bytes([128, 200, 50]))
    with pytest.raises(WavError, match="8-bit"):
        Samples.of(eight)


def test_scaled_keeps_silence_and_halves_loudness() -> None:
    chunk = array("h", [0, 1000, -1000, 32767, -32768]).tobytes()
    assert array("h", scaled(chunk, 0.5)).tolist() == [0, 500, -500, 16383, -16384]
    assert array("h", scaled(chunk, 0.0)).tolist() == [0, 0, 0, 0, 0]
