"""Plays cue sounds through PulseAudio's simple API (libpulse-simple, loaded with ctypes).

Why not QSoundEffect: on Linux, QtMultimedia loads its FFmpeg media plugin for any sound at all,
and with it QtQuick, QtQml, QtNetwork and libavcodec: 15-25 MiB of a session's resident memory
for playing short WAVs (benchmarks/memory.py). Every desktop Linux has libpulse-simple, as part of
PulseAudio or of PipeWire's PulseAudio server, and QtMultimedia itself links libpulse there.
Elsewhere (no libpulse-simple) the Qt player in ui/cue_player.py still uses QSoundEffect.

One `PulseOutput` owns one playback stream and one thread, the only one that calls libpulse:
`play()` hands it a sound and returns at once, `stop()` silences it within one chunk (20 ms).
A new sound replaces the one playing (the queued rest of it is flushed): the player in
ui/cue_player.py decides whether a cue may interrupt another, this only obeys. The stream's
buffer is kept short (about 60 ms) so that a sound starts, and stops, promptly.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import threading
from array import array
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from ankle_coach.speech.wav import WavError, read_pcm

LIBRARY: Final = "libpulse-simple.so.0"
_PA_SAMPLE_S16LE: Final = 3
_PA_STREAM_PLAYBACK: Final = 1
_UNSET: Final = 0xFFFFFFFF  # (uint32_t) -1: "the server's default"
#: Sound is written in pieces this long; stop() takes effect between two of them.
CHUNK_SECONDS: Final = 0.02
#: The stream's target buffer: how far ahead of the speaker the written sound may be.
BUFFER_SECONDS: Final = 0.06
#: A stream left silent this long is closed (so the sound card may sleep); the next sound
#: opens it again, which takes a few milliseconds.
IDLE_CLOSE_SECONDS: Final = 60.0


class AudioUnavailable(Exception):
    """Sound cannot be played here; `reason` says why and what to do, in plain words."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class _SampleSpec(ctypes.Structure):
    _fields_ = [("format", ctypes.c_int), ("rate", ctypes.c_uint32), ("channels", ctypes.c_uint8)]


class _BufferAttr(ctypes.Structure):
    _fields_ = [
        ("maxlength", ctypes.c_uint32),
        ("tlength", ctypes.c_uint32),
        ("prebuf", ctypes.c_uint32),
        ("minreq", ctypes.c_uint32),
        ("fragsize", ctypes.c_uint32),
    ]


@dataclass(frozen=True)
class Samples:
    """16-bit little-endian samples ready to play."""

    data: bytes
    rate: int
    channels: int

    @classmethod
    def of(cls, path: Path) -> Samples:
        """The samples of a 16-bit PCM WAV file (what speech/ renders and writes). Raises
        WavError for another kind of file, OSError when it cannot be read."""
        pcm = read_pcm(path)
        if pcm.sample_width != 2:
            raise WavError(f"{path}: {8 * pcm.sample_width}-bit samples; 16-bit expected")
        return cls(pcm.samples.tobytes(), pcm.rate, pcm.channels)


class _Library:
    """libpulse-simple's functions, with their C signatures."""

    def __init__(self, name: str = LIBRARY) -> None:
        try:
            lib = ctypes.CDLL(name)
        except OSError as exc:
            raise AudioUnavailable(missing_library_reason(name, str(exc))) from None
        self.new = lib.pa_simple_new
        self.new.restype = ctypes.c_void_p
        self.new.argtypes = [
            ctypes.c_char_p,
            ctypes.c_char_p,
            ctypes.c_int,
            ctypes.c_char_p,
            ctypes.c_char_p,
            ctypes.POINTER(_SampleSpec),
            ctypes.c_void_p,
            ctypes.POINTER(_BufferAttr),
            ctypes.POINTER(ctypes.c_int),
        ]
        self.write = lib.pa_simple_write
        self.write.restype = ctypes.c_int
        self.write.argtypes = [
            ctypes.c_void_p,
            ctypes.c_void_p,
            ctypes.c_size_t,
            ctypes.POINTER(ctypes.c_int),
        ]
        self.flush = lib.pa_simple_flush
        self.flush.restype = ctypes.c_int
        self.flush.argtypes = [ctypes.c_void_p, ctypes.POINTER(ctypes.c_int)]
        self.free = lib.pa_simple_free
        self.free.restype = None
        self.free.argtypes = [ctypes.c_void_p]
        # pa_strerror lives in libpulse, which libpulse-simple links: reachable through it.
        self.strerror = lib.pa_strerror
        self.strerror.restype = ctypes.c_char_p
        self.strerror.argtypes = [ctypes.c_int]

    def error_text(self, code: int) -> str:
        text = self.strerror(code)
        return text.decode("utf-8", "replace") if text else f"error {code}"


def missing_library_reason(name: str = LIBRARY, detail: str = "") -> str:
    return (
        f"Sound cannot play because the library {name} is missing, so cues are shown on screen "
        "only. To hear them, install PulseAudio's client library (Debian and Ubuntu: "
        "sudo apt install libpulse0), which every desktop with PulseAudio or PipeWire has."
        + (f" ({detail})" if detail and name not in detail else "")
    )


def no_server_reason(detail: str) -> str:
    return (
        f"No sound server answered ({detail}), so cues are shown on screen only. Check that "
        "PulseAudio or PipeWire is running and that speakers or headphones are connected, then "
        "start the session again."
    )


class _Stream:
    """One open playback stream (used by the output's thread only)."""

    def __init__(
        self, lib: _Library, app_name: str, rate: int, channels: int, server: str | None = None
    ) -> None:
        self.lib = lib
        self.rate = rate
        self.channels = channels
        frame = 2 * channels
        self.chunk_bytes = max(frame, int(rate * CHUNK_SECONDS) * frame)
        spec = _SampleSpec(_PA_SAMPLE_S16LE, rate, channels)
        target = int(rate * BUFFER_SECONDS) * frame
        attr = _BufferAttr(_UNSET, target, self.chunk_bytes, self.chunk_bytes, _UNSET)
        error = ctypes.c_int(0)
        handle = lib.new(
            server.encode() if server else None,  # None: $PULSE_SERVER, or the user's session
            app_name.encode(),
            _PA_STREAM_PLAYBACK,
            None,
            b"cues",
            ctypes.byref(spec),
            None,
            ctypes.byref(attr),
            ctypes.byref(error),
        )
        if not handle:
            raise AudioUnavailable(no_server_reason(lib.error_text(error.value)))
        self.handle: int | None = handle

    def write(self, data: bytes) -> None:
        error = ctypes.c_int(0)
        if self.lib.write(self.handle, data, len(data), ctypes.byref(error)) < 0:
            raise OSError(self.lib.error_text(error.value))

    def flush(self) -> None:
        error = ctypes.c_int(0)
        self.lib.flush(self.handle, ctypes.byref(error))

    def close(self) -> None:
        if self.handle is not None:
            self.lib.free(self.handle)
            self.handle = None


@dataclass
class _Job:
    sound: Samples | Path  # a file is read on the output's thread, never the caller's
    volume: float
    token: object


class PulseOutput:
    """A playback stream and the thread that feeds it; see the module's docstring.

    `check()` opens the stream at once and raises AudioUnavailable when it cannot (no library,
    no server). After that, a failure while playing (the server went away) is kept in `error`;
    the next sound tries to open a stream again.
    """

    def __init__(
        self, app_name: str = "Ankle Coach", library: str = LIBRARY, server: str | None = None
    ) -> None:
        self._lib = _Library(library)
        self._app_name = app_name
        self._server = server
        self._lock = threading.Condition()
        self._job: _Job | None = None
        self._playing: object | None = None  # the token of the sound being written
        self._interrupt = False
        self._closed = False
        self._stream: _Stream | None = None
        self.error: str | None = None
        self._thread: threading.Thread | None = None

    def check(self, rate: int = 22050, channels: int = 1) -> None:
        """Open the stream now (on the caller's thread, before the output's thread runs)."""
        with self._lock:
            if self._thread is not None:
                return
            self._stream = _Stream(self._lib, self._app_name, rate, channels, self._server)

    def play(self, sound: Samples | Path, volume: float = 1.0, token: object | None = None) -> None:
        """Start `sound` now, cutting off whatever is playing. `token` names it for stop()."""
        with self._lock:
            owner = token if token is not None else sound
            self._job = _Job(sound, max(0.0, min(1.0, volume)), owner)
            self._interrupt = True
            self._start_thread()
            self._lock.notify()

    def stop(self, token: object | None = None) -> None:
        """Silence the sound playing (only if it is `token`'s, when one is given)."""
        with self._lock:
            if (
                token is not None
                and token is not self._playing
                and (self._job is None or self._job.token is not token)
            ):
                return
            self._job = None
            self._interrupt = True
            self._lock.notify()

    def close(self) -> None:
        with self._lock:
            self._closed = True
            self._job = None
            self._interrupt = True
            self._lock.notify()
            thread = self._thread
        if thread is not None:
            thread.join(timeout=2.0)

    @property
    def playing(self) -> bool:
        with self._lock:
            return self._playing is not None or self._job is not None

    def _start_thread(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="cue-sound", daemon=True)
            self._thread.start()

    # -- the output's thread -------------------------------------------------------------------

    def _run(self) -> None:
        while True:
            with self._lock:
                if self._job is None and not self._closed:
                    self._lock.wait(timeout=IDLE_CLOSE_SECONDS)
                    if self._job is None and not self._closed:
                        self._close_stream()  # long silent: let the sound card sleep
                        continue
                if self._closed:
                    self._close_stream()
                    return
                job, self._job = self._job, None
                self._interrupt = False
                assert job is not None
                self._playing = job.token
            try:
                try:
                    # A file is read each time it plays (about 1 ms for the longest cue): a
                    # session keeps no samples in memory between cues.
                    sound = job.sound if isinstance(job.sound, Samples) else Samples.of(job.sound)
                except Exception as exc:  # noqa: BLE001 - any bad file: this thread must go on
                    self.error = f"{job.sound}: cannot be played ({type(exc).__name__}: {exc})"
                    continue
                self._feed(sound, job)
            except (OSError, AudioUnavailable) as exc:
                self.error = exc.reason if isinstance(exc, AudioUnavailable) else str(exc)
                self._close_stream()
            finally:
                with self._lock:
                    self._playing = None

    def _feed(self, sound: Samples, job: _Job) -> None:
        stream = self._stream
        if stream is not None and (stream.rate, stream.channels) != (sound.rate, sound.channels):
            self._close_stream()
            stream = None
        if stream is None:
            stream = self._stream = _Stream(
                self._lib, self._app_name, sound.rate, sound.channels, self._server
            )
        self.error = None
        step = stream.chunk_bytes
        for start in range(0, len(sound.data), step):
            with self._lock:
                if self._interrupt:
                    break
            chunk = sound.data[start : start + step]
            if job.volume < 1.0:
                chunk = scaled(chunk, job.volume)
            stream.write(chunk)  # blocks (without the GIL) while the buffer is full
        with self._lock:
            interrupted = self._interrupt
        if interrupted:
            stream.flush()  # drop what was written but not yet heard

    def _close_stream(self) -> None:
        if self._stream is not None:
            self._stream.close()
            self._stream = None


def scaled(chunk: bytes, volume: float) -> bytes:
    """16-bit samples at `volume` (0-1) of their loudness."""
    samples = array("h", chunk)
    return array("h", [int(sample * volume) for sample in samples]).tobytes()


_shared: PulseOutput | None = None
_shared_lock = threading.Lock()


def shared_output() -> PulseOutput:
    """The process's one output (opened and checked on first use; raises AudioUnavailable)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            output = PulseOutput()
            output.check()
            _shared = output
        return _shared


def pulse_problem() -> str | None:
    """None when cue sounds can play through PulseAudio; else why not, in plain words."""
    try:
        shared_output()
    except AudioUnavailable as exc:
        return exc.reason
    return None


def has_library(name: str = LIBRARY) -> bool:
    """Whether libpulse-simple can be loaded (without connecting to any server)."""
    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True
