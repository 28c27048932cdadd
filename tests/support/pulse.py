"""Hearing cues for real: a private PulseAudio null sink, a recorder of it, and cue onsets.

Shared by the terminal's end-to-end test and the `cue_onset` benchmark (notes/speech.md,
"Testing speech for real"). The sound server is private (its own socket, runtime folder and
home), so nothing here touches the user's audio or is heard.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import time
from array import array
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Final, Self

#: The recorder's format: the one espeak-ng renders, so a recording and a WAV compare directly.
RATE: Final = 22050
#: A sample at least this loud (of 32767) is sound; the same level speech/wav.py measures with.
THRESHOLD: Final = 500
#: A cue's onset is the first loud sample after at least this much silence.
MIN_SILENCE: Final = 0.15
SINK: Final = "ankle"
#: What the end-to-end checks need installed (Debian: pulseaudio, pulseaudio-utils).
TOOLS: Final = ("pulseaudio", "pactl", "parec")


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


class PulseError(RuntimeError):
    """The private sound server or its recorder did not start."""


class PrivatePulse:
    """A PulseAudio server of our own with one null sink; `env()` points a program at it.

    Use it as a context manager: the server is stopped on the way out, whatever happened.
    """

    def __init__(self, folder: Path, sink: str = SINK) -> None:
        self.folder = folder
        self.sink = sink
        # A Unix socket path may not be longer than 107 bytes: keep it short.
        self.socket = folder / "pa.sock"
        self._runtime = folder / "run"
        self._home = folder / "home"
        self.log = folder / "pulseaudio.log"
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def server(self) -> str:
        return f"unix:{self.socket}"

    def env(self, base: Mapping[str, str] | None = None) -> dict[str, str]:
        """`base` (the environment by default) with PULSE_SERVER naming this server."""
        return {**(os.environ if base is None else base), "PULSE_SERVER": self.server}

    def tool_env(self) -> dict[str, str]:
        """For the server itself and its tools (pactl, parec): its own runtime folder and home."""
        return {
            **self.env(),
            "XDG_RUNTIME_DIR": str(self._runtime),
            "HOME": str(self._home),
        }

    def start(self, timeout: float = 15.0) -> Self:
        """Start the server and wait until `pactl info` answers; PulseError if it does not."""
        if len(str(self.socket)) > 100:
            raise PulseError(f"the socket path {self.socket} is too long for a Unix socket")
        self._runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
        self._home.mkdir(parents=True, exist_ok=True)
        command = [
            "pulseaudio",
            "-n",
            "--daemonize=no",
            "--exit-idle-time=-1",
            "--use-pid-file=no",
            "-L",
            f"module-null-sink sink_name={self.sink}",
            "-L",
            f"module-native-protocol-unix socket={self.socket} auth-anonymous=1",
        ]
        with open(self.log, "wb") as log:
            self._process = subprocess.Popen(
                command,
                env=self.tool_env(),
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + timeout
        while True:
            answer = subprocess.run(
                ["pactl", "info"],
                env=self.tool_env(),
                capture_output=True,
                check=False,
                timeout=timeout,
            )
            if answer.returncode == 0 and f"Default Sink: {self.sink}" in answer.stdout.decode():
                return self
            try:
                # waiting on the process both paces the retries and notices an early exit
                status = self._process.wait(timeout=0.05)
            except subprocess.TimeoutExpired:
                status = None
            if status is not None or time.monotonic() > deadline:
                self.close()
                raise PulseError(
                    f"pulseaudio did not come up (exit status {status}): {self.log_text()}"
                )

    def log_text(self) -> str:
        try:
            return self.log.read_text(errors="replace")[-2000:]
        except OSError:
            return ""

    def close(self) -> None:
        process, self._process = self._process, None
        if process is not None:
            end_process(process)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def end_process(process: subprocess.Popen[bytes], grace: float = 3.0) -> None:
    """End a process we started: SIGTERM, then SIGKILL if it lingers; always reaped."""
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=grace)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@dataclass(frozen=True)
class Recording:
    """16-bit mono samples of the sink, and when the first was captured (time.monotonic)."""

    samples: array[int]
    rate: int
    #: An upper bound on when sample 0 was heard: the earliest (arrival - samples before it)
    #: over all the chunks the recorder delivered.
    started_at: float
    #: (samples recorded so far, time.monotonic() it arrived) for each chunk, in order.
    chunks: tuple[tuple[int, float], ...] = ()

    @property
    def seconds(self) -> float:
        return len(self.samples) / self.rate

    def monotonic_at(self, seconds: float, span: float = 10.0) -> float:
        """When the sample `seconds` into the recording was heard, on time.monotonic(): from
        the chunks that arrived in the `span` seconds of samples after it (the earliest
        arrival less the samples between), so a recorder's clock drifting against the
        monotonic one over a long recording does not move it."""
        index = seconds * self.rate
        local = [
            arrived - (frames - index) / self.rate
            for frames, arrived in self.chunks
            if index <= frames <= index + span * self.rate
        ]
        return min(local) if local else self.started_at + seconds


class MonitorRecorder:
    """Records the sink's monitor with parec, keeping when each chunk arrived.

    `latency_msec` is what parec asks of the server. A null sink runs at the lowest latency any
    of its clients asks for, and with none it waits up to 2 s before it plays a new stream (it
    cannot rewind, as a sound card's sink does): a low one makes the null sink behave like a
    sound card; None leaves it as the player alone would have it.
    """

    def __init__(
        self, pulse: PrivatePulse, rate: int = RATE, latency_msec: int | None = None
    ) -> None:
        self._pulse = pulse
        self.rate = rate
        self.latency_msec = latency_msec
        self._data = bytearray()
        self._start_estimates: list[float] = []
        self._chunks: list[tuple[int, float]] = []
        self._first_chunk = threading.Event()
        self._arrived = threading.Condition()
        self._process: subprocess.Popen[bytes] | None = None
        self._reader: threading.Thread | None = None
        #: What was recorded, once stopped.
        self.result: Recording | None = None

    def start(self, timeout: float = 10.0) -> Self:
        """Start parec and wait until it delivers sound data (silence, from an idle sink)."""
        self._process = subprocess.Popen(
            [
                "parec",
                f"--device={self._pulse.sink}.monitor",
                "--format=s16le",
                f"--rate={self.rate}",
                "--channels=1",
                "--raw",
                *([f"--latency-msec={self.latency_msec}"] if self.latency_msec else []),
            ],
            env=self._pulse.tool_env(),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self._reader = threading.Thread(target=self._read, name="parec-reader", daemon=True)
        self._reader.start()
        if not self._first_chunk.wait(timeout):
            self.stop()
            raise PulseError("parec delivered nothing from the sink monitor")
        return self

    def _read(self) -> None:
        assert self._process is not None and self._process.stdout is not None
        fd = self._process.stdout.fileno()
        while True:
            chunk = os.read(fd, 1 << 16)
            arrived = time.monotonic()
            if not chunk:
                return
            self._data += chunk
            # Whole samples only: a chunk may end inside one.
            frames = len(self._data) // 2
            self._start_estimates.append(arrived - frames / self.rate)
            self._chunks.append((frames, arrived))
            self._first_chunk.set()
            with self._arrived:
                self._arrived.notify_all()

    def samples(self) -> array[int]:
        """What was recorded so far (whole samples)."""
        data = bytes(self._data)
        samples = array("h")
        samples.frombytes(data[: len(data) - len(data) % 2])
        if sys.byteorder == "big":  # parec wrote little-endian samples
            samples.byteswap()
        return samples

    def wait_until(
        self, heard: Callable[[array[int]], bool], what: str, timeout: float = 15.0
    ) -> array[int]:
        """Wait (at most `timeout` seconds, generous: it is not a measure) until `heard` is true
        of the recording so far, and return it; PulseError naming `what` if it never is."""
        deadline = time.monotonic() + timeout
        while True:
            samples = self.samples()
            if heard(samples):
                return samples
            left = deadline - time.monotonic()
            if left <= 0:
                raise PulseError(f"the recording never showed {what} within {timeout:g} s")
            with self._arrived:
                self._arrived.wait(min(left, 0.05))

    def stop(self) -> Recording:
        process, self._process = self._process, None
        if process is not None:
            end_process(process)
            if self._reader is not None:
                self._reader.join(timeout=5.0)
            assert process.stdout is not None
            process.stdout.close()
        samples = self.samples()
        started = min(self._start_estimates, default=float("nan"))
        self.result = Recording(samples, self.rate, started, tuple(self._chunks))
        return self.result

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()


def onsets(
    samples: Sequence[int],
    rate: int = RATE,
    threshold: int = THRESHOLD,
    min_silence: float = MIN_SILENCE,
) -> list[float]:
    """Seconds at which sound begins after at least `min_silence` of silence (the start of the
    recording counts as silence)."""
    needed = round(min_silence * rate)
    quiet = needed
    found: list[float] = []
    for index, sample in enumerate(samples):
        if -threshold < sample < threshold:
            quiet += 1
        else:
            if quiet >= needed:
                found.append(index / rate)
            quiet = 0
    return found


@dataclass(frozen=True)
class CueSound:
    """What a cue's WAV says about when it is heard, relative to the moment it starts playing."""

    lead: float  # leading silence
    speech: float  # first loud sample to last


@dataclass(frozen=True)
class OnsetMatch:
    """Recorded onsets matched to expected ones, in cue order."""

    found: list[float | None]  # per cue: its onset in the recording, None when not heard
    extra: list[float]  # onsets no cue explains

    @property
    def missing(self) -> list[int]:
        return [index for index, onset in enumerate(self.found) if onset is None]


def match_onsets(
    recorded: Sequence[float],
    expected: Sequence[float],
    speech: Sequence[float],
    window: float,
) -> OnsetMatch:
    """Match recorded onsets to expected ones (both in recording seconds), in order.

    A cue's onset is the first unused recorded onset within `window` of where it is expected.
    Onsets during a cue's own speech (`speech[i]` seconds from its onset: the pauses between
    sentences of one cue) belong to it. Whatever is left over is `extra`.
    """
    found: list[float | None] = []
    extra: list[float] = []
    position = 0
    for at, length in zip(expected, speech, strict=True):
        while position < len(recorded) and recorded[position] < at - window:
            extra.append(recorded[position])
            position += 1
        if position < len(recorded) and recorded[position] <= at + window:
            onset = recorded[position]
            found.append(onset)
            position += 1
            while position < len(recorded) and recorded[position] < onset + length + 0.1:
                position += 1  # a pause inside this cue's speech
        else:
            found.append(None)
    extra.extend(recorded[position:])
    return OnsetMatch(found, extra)
