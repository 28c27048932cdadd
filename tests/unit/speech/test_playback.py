"""speech/playback.py: cue sounds through miniaudio, heard for real on a private null sink.

Behaviour, not timing: each step waits (generously) for what the recording shows, and the
amounts asserted are counted in recorded samples, never on the wall clock (the cue_onset
benchmark measures timing)."""

from __future__ import annotations

import subprocess
import sys
import time
from array import array
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from ankle_coach.core import i18n
from ankle_coach.speech import playback
from ankle_coach.speech.playback import (
    AudioUnavailable,
    Output,
    Samples,
    audio_problem,
    backend_names,
    scaled,
)
from ankle_coach.speech.wav import RATE, WavError, write_beep, write_samples
from tests.support.pulse import MonitorRecorder, PrivatePulse, onsets

THRESHOLD = 2000
NO_SERVER = "unix:/nonexistent"


@pytest.fixture
def beep(tmp_path: Path) -> Path:
    path = tmp_path / "beep.wav"
    write_beep(path, freq=660.0, seconds=0.4)
    return path


@pytest.fixture
def output(pulse: PrivatePulse, monkeypatch: pytest.MonkeyPatch) -> Iterator[Output]:
    monkeypatch.setenv("PULSE_SERVER", pulse.server)
    out = Output(backends=("PULSEAUDIO",))
    out.open()
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
    """Sound was heard, and the last `quiet` seconds of the recording are silent."""
    tail = round(quiet * RATE)
    return (
        len(samples) > tail
        and all(abs(s) <= THRESHOLD for s in samples[-tail:])
        and any(abs(s) > THRESHOLD for s in samples)
    )


def wait_quiet(out: Output, timeout: float = 15.0) -> None:
    """Wait until the output has nothing left to play (generous: not a measure)."""
    deadline = time.monotonic() + timeout
    while out.playing:
        assert time.monotonic() < deadline, "the sound never ended"
        time.sleep(0.01)


@pytest.mark.slow
def test_the_device_is_primed_before_any_sound_and_a_sound_is_heard_whole_and_once(
    output: Output, pulse: PrivatePulse, beep: Path
) -> None:
    assert output.backend == "PulseAudio"
    # opened and primed (started on silence, stopped) before the first cue
    assert output.timeline["asked"] <= output.timeline["open"] <= output.timeline["primed"]
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
    output: Output, pulse: PrivatePulse, tmp_path: Path
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
        output.stop(token="first")  # replaced already: its stop does not touch the second
        assert output.playing
        output.stop(token="second")
        assert not output.playing
        recorder.wait_until(over_then_quiet, "silence after the stop")
    recording = recorder.result
    assert recording is not None
    # One stretch of sound: the second followed the first with no gap, and was stopped; of
    # the 60 s of both, a small part was heard (the waits above are generous, so the bound is).
    assert len(onsets(recording.samples, threshold=THRESHOLD)) == 1
    assert 0.6 <= loud_seconds(recording.samples) < 20
    assert output.error is None


@pytest.mark.slow
def test_volume_scales_the_samples(output: Output, pulse: PrivatePulse, beep: Path) -> None:
    peaks = []
    for volume in (1.0, 0.5):
        with MonitorRecorder(pulse, latency_msec=10) as recorder:
            output.play(beep, volume=volume)
            wait_quiet(output)
            recorder.wait_until(over_then_quiet, f"the beep at volume {volume}, then silence")
        assert recorder.result is not None
        peaks.append(max(abs(s) for s in recorder.result.samples))
    assert peaks[1] == pytest.approx(peaks[0] / 2, rel=0.1)


@pytest.mark.slow
def test_closed_and_opened_again_by_the_next_sound(
    output: Output, pulse: PrivatePulse, beep: Path
) -> None:
    output.close()
    assert not output.is_open
    with MonitorRecorder(pulse, latency_msec=10) as recorder:
        output.play(beep)
        assert output.is_open
        wait_quiet(output)
        recorder.wait_until(over_then_quiet, "the beep after the device was opened again")


@pytest.mark.slow
def test_the_last_holder_to_let_go_closes_the_device(
    pulse: PrivatePulse, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PULSE_SERVER", pulse.server)
    out = Output(backends=("PULSEAUDIO",))
    first, second = object(), object()
    out.hold(first)
    out.hold(second)
    out.release(first)
    assert out.is_open
    out.release(second)
    assert not out.is_open


def test_no_server_is_reported_plainly_naming_each_sound_system_tried(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PULSE_SERVER", NO_SERVER)
    with pytest.raises(AudioUnavailable) as caught:
        Output(backends=("PULSEAUDIO",)).open()
    assert caught.value.reason.startswith(
        "No sound server answered and no sound device could be opened "
        "(PulseAudio: not running or not installed), so cues are shown on screen only."
    )


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("de", "(PulseAudio: läuft nicht oder ist nicht installiert)"),
        ("es", "(PulseAudio: no se está ejecutando o no está instalado)"),
    ],
)
def test_the_reason_is_said_whole_in_the_language(
    monkeypatch: pytest.MonkeyPatch, language: i18n.Language, expected: str
) -> None:
    monkeypatch.setenv("PULSE_SERVER", NO_SERVER)
    with i18n.using(language), pytest.raises(AudioUnavailable) as caught:
        Output(backends=("PULSEAUDIO",)).open()
    assert expected in caught.value.reason
    assert "No sound" not in caught.value.reason


def test_the_platforms_sound_systems_are_tried_in_turn(monkeypatch: pytest.MonkeyPatch) -> None:
    """This machine has no sound card: with no server either, both are named, and ALSA's own
    complaints ("cannot find card '0'") do not reach the terminal."""
    monkeypatch.setenv("PULSE_SERVER", NO_SERVER)
    if sys.platform.startswith("linux"):
        assert backend_names() == ["PULSEAUDIO", "ALSA"]
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "from ankle_coach.speech.playback import audio_problem; print(audio_problem())",
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=30,
    )
    assert "(PulseAudio: not running or not installed; ALSA: no device)" in done.stdout
    assert done.stderr == ""


def test_an_alsa_only_machine_plays_through_alsa(tmp_path: Path) -> None:
    """No PulseAudio: ALSA's default device is its `null` PCM (a user's ~/.asoundrc). It is not
    paced (it takes sound as fast as it is given), so this checks that the ALSA backend is
    chosen, opens, and takes a whole sound: not when it would be heard."""
    home = tmp_path / "home"
    home.mkdir()
    (home / ".asoundrc").write_text('pcm.!default {\n  type plug\n  slave.pcm "null"\n}\n')
    script = (
        "import time\n"
        "from ankle_coach.speech.playback import Output, Samples\n"
        "out = Output()\n"
        "out.open()\n"
        "out.play(Samples(bytes(2 * 22050), 22050, 1))\n"
        "deadline = time.monotonic() + 10\n"
        "while out.playing and time.monotonic() < deadline:\n"
        "    time.sleep(0.01)\n"
        "print(out.backend, out.playing, out.error)\n"
        "out.close()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        env={"HOME": str(home), "PULSE_SERVER": NO_SERVER, "PATH": "/usr/bin:/bin"},
        cwd=Path(__file__).parents[3],
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["ALSA", "False", "None"]


def test_a_missing_audio_library_is_said_plainly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(playback, "_native", None)  # not loaded yet
    monkeypatch.setitem(sys.modules, "_miniaudio", None)  # and its import now fails
    with pytest.raises(AudioUnavailable) as caught:
        Output().open()
    reason = caught.value.reason
    assert reason.startswith("Sound cannot play because the audio library did not load (")
    assert "shown on screen only" in reason
    assert "pip install --force-reinstall miniaudio" in reason


def test_audio_problem_is_the_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(playback, "_native", None)
    monkeypatch.setitem(sys.modules, "_miniaudio", None)
    problem = audio_problem()
    assert problem is not None and problem.startswith("Sound cannot play because the audio")


def test_a_file_that_cannot_be_read_is_an_error_not_a_crash(tmp_path: Path) -> None:
    broken = tmp_path / "broken.wav"
    broken.write_bytes(b"RIFF....WAVEnot really")
    out = Output(backends=("PULSEAUDIO",))
    out.play(broken)
    assert not out.playing and not out.is_open
    assert out.error is not None and "broken.wav" in out.error


def test_a_sound_of_another_format_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.wav"
    write_samples(other, array("h", [0, 1000]), rate=44100)
    out = Output(backends=("PULSEAUDIO",))
    out.play(other)
    assert not out.playing
    assert out.error is not None and "1 channel(s) at 44100 Hz; 1 at 22050 Hz expected" in out.error


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


def test_the_device_is_fed_the_sound_whole_once_then_silence(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """What the device's thread is handed, period by period (no device: _fill is called here)."""
    out = Output()
    monkeypatch.setattr(out, "open", lambda: None)
    sound = Samples(array("h", [9000] * 500).tobytes(), RATE, 1)
    out.play(sound, volume=0.5)
    assert out.playing
    chunks = [array("h", out._fill(220)) for _ in range(4)]
    assert [len(chunk) for chunk in chunks] == [220] * 4
    samples = [s for chunk in chunks for s in chunk]
    assert samples == [4500] * 500 + [0] * 380  # at half volume, whole, once
    assert not out.playing
    out.play(sound, token="mine")
    out.stop(token="mine")
    assert array("h", out._fill(220)).tolist() == [0] * 220  # stopped: silence
