"""Plays cue sounds through miniaudio: one player on Linux, macOS and Windows.

The `miniaudio` wheel bundles the miniaudio C library, which reaches PulseAudio (and PipeWire's
PulseAudio server), ALSA, CoreAudio and WASAPI at run time: one code path everywhere, no
QtMultimedia (its FFmpeg plugin, QtQuick and QtNetwork cost a session 15-25 MiB to play short
WAVs). The library is called through the wheel's cffi extension (`_Native`, `_Device`).

One `Output` owns one playback device. It is opened (`open()`: the sound system connected, the
stream made, then started once on silence and stopped, which primes it) before a session starts,
and kept open through it. Each sound *starts* the device, fresh, the moment it is asked for; a
new sound stops it and starts it again, and `stop()` stops it: the device's buffer (PERIOD_MS
periods) is dropped, not played out. Starting a primed device takes a fraction of a millisecond
and is heard at the same short delay every time, the first time included (issue 20: the first
cue was 50-110 ms late). A device kept running between cues, fed silence, was tried: under a
loaded machine its feeding thread was late now and then, the server's buffer ran dry, and every
later sound was heard that much later, by up to 300 ms over a minute; a device started per
sound has no time line to lose.

The device asks for sound on its own thread (`_fill`, every PERIOD_MS): it takes the next piece
of the sound playing, or silence once it has ended; `play()` and `stop()` hand over a few
references under a lock.
"""

from __future__ import annotations

import sys
import threading
import time
from array import array
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from ankle_coach.core.i18n import QT_TRANSLATE_NOOP, translate
from ankle_coach.speech.cfunctions import c_function, callback, function_type
from ankle_coach.speech.wav import WavError, read_wav_data

#: The format espeak-ng renders and the beeps are written in: what the device is opened with.
RATE: Final = 22050
CHANNELS: Final = 1
#: The device asks for sound this often.
PERIOD_MS: Final = 10
#: How long the device is started on silence after it opens, to prime it.
PRIME_SECONDS: Final = 0.03


class AudioUnavailable(Exception):
    """Sound cannot be played here; `reason` says why and what to do, in plain words."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Samples:
    """16-bit samples in the machine's byte order, ready to play."""

    data: bytes
    rate: int
    channels: int

    @classmethod
    def of(cls, path: Path) -> Samples:
        """The samples of a 16-bit PCM WAV file (what speech/ renders and writes). Raises
        WavError for another kind of file, OSError when it cannot be read."""
        whole = read_wav_data(path)
        if whole.sample_width != 2:
            raise WavError(f"{path}: {8 * whole.sample_width}-bit samples; 16-bit expected")
        data = whole.data
        if sys.byteorder == "big":  # WAV samples are little-endian
            swapped = array("h", data)
            swapped.byteswap()
            data = swapped.tobytes()
        return cls(data, whole.rate, whole.channels)


def _output_failed(error: object) -> str:
    return translate("speech.playback", "the sound output failed: {error}").format(error=error)


def missing_library_reason(detail: str) -> str:
    return translate(
        "speech.playback",
        "Sound cannot play because the audio library did not load ({detail}), so cues are "
        "shown on screen only. Reinstalling Ankle Coach (pip install --force-reinstall "
        "miniaudio) may fix it.",
    ).format(detail=detail)


def no_device_reason(tried: list[tuple[str, str]]) -> str:
    """Why no output opened, naming each sound system tried and what it answered."""
    detail = "; ".join(f"{name}: {why}" for name, why in tried) or translate(
        "speech.playback", "no sound system is built in"
    )
    return translate(
        "speech.playback",
        "No sound server answered and no sound device could be opened ({detail}), so cues "
        "are shown on screen only. Check that PulseAudio, PipeWire or your sound card is "
        "working and that speakers or headphones are connected, then start the session again.",
    ).format(detail=detail)


class _Native:
    """The miniaudio C library, through the `miniaudio` wheel's cffi extension (`_miniaudio`).

    Not the wheel's Python module: it imports urllib.request (for its internet radio client)
    and with it ssl, OpenSSL's libcrypto and the email package, 20 MiB of a session's memory
    and 45 ms, for nothing a cue needs. The few calls a playback device takes are made here.
    """

    def __init__(self) -> None:
        try:
            from _miniaudio import ffi, lib
        except ImportError as exc:
            raise AudioUnavailable(missing_library_reason(str(exc))) from None
        except OSError as exc:  # the extension is there but cannot load a library it needs
            raise AudioUnavailable(missing_library_reason(str(exc))) from None
        self.ffi: Any = ffi
        self.lib: Any = lib
        # The extension calls back into Python through these two names (cffi "extern Python").
        ffi.def_extern(name="_internal_data_callback")(_data_callback)
        ffi.def_extern(name="_internal_stop_callback")(_stop_callback)

    def enabled(self, name: str) -> bool:
        backend = getattr(self.lib, f"ma_backend_{name.lower()}", None)
        return backend is not None and bool(self.lib.ma_is_backend_enabled(backend))

    def error_text(self, code: int) -> str:
        """Plain words for a miniaudio result code."""
        for name, text in _ERRORS.items():
            if getattr(self.lib, name, None) == code:
                return translate("speech.playback", text)
        return translate("speech.playback", "error {code}").format(code=code)


_native: _Native | None = None


def _load_native() -> _Native:
    """The miniaudio library, loaded once; AudioUnavailable when it cannot be."""
    global _native
    if _native is None:
        _native = _Native()
    return _native


def _data_callback(device: Any, output: Any, _input: Any, frames: int) -> None:
    """Called by the device's thread for `frames` frames of sound (see _Device)."""
    if frames <= 0 or _native is None or not device.pUserData:
        return
    owner = _native.ffi.from_handle(device.pUserData)
    data = owner.fill(frames)
    _native.ffi.memmove(output, data, len(data))


def _stop_callback(device: Any) -> None:
    """The device stopped (asked to, or lost): nothing to do."""


class _Device:
    """One miniaudio playback device (16-bit mono at RATE) on one sound system, fed by `fill`,
    a function of a number of frames that returns that many frames of samples. Raises
    _DeviceError(text) when it cannot be opened or started."""

    def __init__(self, native: _Native, backend: str, period_ms: int, app_name: str, fill: Any):
        ffi, lib = native.ffi, native.lib
        self._native = native
        self.fill = fill
        self._handle = ffi.new_handle(self)
        self._app_name = ffi.new("char[]", app_name.encode("utf-8"))
        config = lib.ma_context_config_init()
        config.pulse.pApplicationName = self._app_name
        backends = ffi.new("ma_backend[]", [getattr(lib, f"ma_backend_{backend.lower()}")])
        self._context = ffi.new("ma_context*")
        result = lib.ma_context_init(backends, 1, ffi.addressof(config), self._context)
        if result != lib.MA_SUCCESS:
            raise _DeviceError(native.error_text(result))
        device_config = lib.ma_device_config_init(lib.ma_device_type_playback)
        device_config.sampleRate = RATE
        device_config.playback.channels = CHANNELS
        device_config.playback.format = lib.ma_format_s16
        device_config.periodSizeInMilliseconds = period_ms
        device_config.pUserData = self._handle
        device_config.dataCallback = lib._internal_data_callback
        device_config.stopCallback = lib._internal_stop_callback
        self._config = device_config
        self._device = ffi.new("ma_device*")
        result = lib.ma_device_init(self._context, ffi.addressof(device_config), self._device)
        if result != lib.MA_SUCCESS:
            lib.ma_context_uninit(self._context)
            raise _DeviceError(native.error_text(result))

    def start(self) -> None:
        result = self._native.lib.ma_device_start(self._device)
        if result != self._native.lib.MA_SUCCESS:
            raise _DeviceError(self._native.error_text(result))

    def stop(self) -> None:
        result = self._native.lib.ma_device_stop(self._device)
        if result != self._native.lib.MA_SUCCESS:
            raise _DeviceError(self._native.error_text(result))

    def close(self) -> None:
        lib = self._native.lib
        lib.ma_device_uninit(self._device)
        lib.ma_context_uninit(self._context)


class _DeviceError(Exception):
    """A miniaudio call failed; the text says how, in plain words."""


#: The sound systems tried, in order, by platform; miniaudio's own order, less its null device
#: (which "plays" into nothing and would hide that no sound is heard).
_BACKENDS: Final = {
    # not JACK: its library prints to the terminal when no JACK server runs, and JACK users have
    # PipeWire or a PulseAudio bridge
    "linux": ("PULSEAUDIO", "ALSA"),
    "darwin": ("COREAUDIO",),
    "win32": ("WASAPI", "DSOUND", "WINMM"),
}
#: What users call each sound system, for the reason given when none opens.
_NAMES: Final = {
    "PULSEAUDIO": "PulseAudio",
    "ALSA": "ALSA",
    "JACK": "JACK",
    "COREAUDIO": "Core Audio",
    "WASAPI": "WASAPI",
    "DSOUND": "DirectSound",
    "WINMM": "WinMM",
    "SNDIO": "sndio",
    "OSS": "OSS",
    "AUDIO4": "audio(4)",
}
_ERRORS: Final = {
    "MA_NO_BACKEND": QT_TRANSLATE_NOOP("speech.playback", "not running or not installed"),
    "MA_FAILED_TO_OPEN_BACKEND_DEVICE": QT_TRANSLATE_NOOP("speech.playback", "no device"),
    "MA_FAILED_TO_INIT_BACKEND": QT_TRANSLATE_NOOP("speech.playback", "did not start"),
    "MA_NO_DEVICE": QT_TRANSLATE_NOOP("speech.playback", "no device"),
    "MA_ACCESS_DENIED": QT_TRANSLATE_NOOP("speech.playback", "access denied"),
    "MA_DEVICE_NOT_INITIALIZED": QT_TRANSLATE_NOOP("speech.playback", "no device"),
}


def backend_names(names: tuple[str, ...] | None = None) -> list[str]:
    """The sound systems this platform tries (as miniaudio's ma_backend_NAME), in order."""
    if names is not None:
        return list(names)
    for prefix, found in _BACKENDS.items():
        if sys.platform.startswith(prefix):
            return list(found)
    return ["SNDIO", "AUDIO4", "OSS", "PULSEAUDIO", "ALSA"]


_alsa_quiet: Any = None


def quiet_alsa() -> None:
    """Keep ALSA's own messages ("cannot find card '0'", a dozen lines) off the terminal when it
    is tried and has no device: the reason the app gives says it once, plainly."""
    global _alsa_quiet
    if _alsa_quiet is not None or not sys.platform.startswith("linux"):
        return
    # ALSA's handler takes (file, line, function, error, format, ...); the arguments after the
    # format are never read, so it is declared without them (cffi makes no variadic callback)
    handler_type = function_type("void", "char *", "int", "char *", "int", "char *")
    # ALSA's library by its soname, as miniaudio itself loads it (ctypes.util.find_library would
    # run `ldconfig -p` in a child process for it)
    set_handler = c_function("libasound.so.2", "snd_lib_error_set_handler", "int", handler_type)
    if set_handler is None:
        _alsa_quiet = False  # no ALSA here: miniaudio will not find it either
        return
    _alsa_quiet = callback(handler_type, _say_nothing)  # kept: ALSA calls it for the process's life
    set_handler(_alsa_quiet)


def _say_nothing(*_: object) -> None:
    """ALSA's error handler while the app is running: the reason the app gives says it."""


@dataclass
class _Job:
    sound: Samples
    volume: float
    token: object
    position: int = field(default=0)  # bytes of `sound` played


class Output:
    """A playback device, and the sound it plays; see the module's docstring.

    `open()` opens and primes the device (trying each sound system of `backends` in turn) and
    raises AudioUnavailable naming each one tried when none opens. A failure later (the server
    went away) is kept in `error`, and the next sound opens a device again.
    """

    def __init__(
        self,
        app_name: str = "Ankle Coach",
        backends: tuple[str, ...] | None = None,
        *,
        period_ms: int = PERIOD_MS,
    ) -> None:
        self._app_name = app_name
        self._backends = backends
        self._period_ms = period_ms
        #: Guards the device: opening, starting, stopping, closing (the caller's threads).
        self._device_lock = threading.RLock()
        #: Guards the sound playing, which the device's thread reads. Never held while the
        #: device is started or stopped: stopping waits for the device's thread.
        self._lock = threading.Lock()
        self._device: Any = None
        self._running = False
        self._holders: set[int] = set()  # id() of each holder
        self._current: _Job | None = None
        #: Which sound system plays, once open ("PulseAudio", "ALSA", ...).
        self.backend: str | None = None
        self.error: str | None = None
        #: time.monotonic() of each step of the last open(): "asked", "open", "primed".
        self.timeline: dict[str, float] = {}

    # -- the caller's side -------------------------------------------------------------------

    def open(self) -> None:
        """Open and prime the device now, if it is not open."""
        with self._device_lock:
            if self._device is not None:
                return
            native = _load_native()
            tried: list[tuple[str, str]] = []
            asked = time.monotonic()
            for name in backend_names(self._backends):
                if not native.enabled(name):
                    continue
                if name == "ALSA":
                    quiet_alsa()  # here, not before: libasound is not loaded when it is not tried
                label = _NAMES.get(name, name)
                try:
                    device = _Device(native, name, self._period_ms, self._app_name, self._fill)
                except _DeviceError as exc:
                    tried.append((label, str(exc)))
                    continue
                opened = time.monotonic()
                try:
                    # started once on silence and stopped: the first sound then starts as
                    # promptly as every other (unprimed, it was heard some 15 ms sooner)
                    device.start()
                    time.sleep(PRIME_SECONDS)
                    device.stop()
                except _DeviceError as exc:
                    device.close()
                    tried.append((label, str(exc)))
                    continue
                self.timeline = {"asked": asked, "open": opened, "primed": time.monotonic()}
                self._device = device
                self._running = False
                self.backend = label
                self.error = None
                return
            raise AudioUnavailable(no_device_reason(tried))

    def hold(self, owner: object) -> None:
        """open(), and keep the device open until every holder has let go (release)."""
        self.open()
        with self._device_lock:
            self._holders.add(id(owner))

    def release(self, owner: object) -> None:
        """`owner` no longer needs the device; the last to let go closes it."""
        with self._device_lock:
            self._holders.discard(id(owner))
            if not self._holders:
                self.close()

    def play(self, sound: Samples | Path, volume: float = 1.0, token: object | None = None) -> None:
        """Start `sound` now, cutting off whatever plays. `token` names it for stop(). A file is
        read here (about a millisecond for the longest cue); one that cannot be is kept in
        `error`, and nothing plays."""
        try:
            samples = sound if isinstance(sound, Samples) else Samples.of(sound)
        except (WavError, OSError) as exc:
            self.error = translate("speech.playback", "{sound}: cannot be played ({error})").format(
                sound=sound, error=exc
            )
            return
        if (samples.rate, samples.channels) != (RATE, CHANNELS):
            self.error = translate(
                "speech.playback",
                "{sound}: cannot be played ({channels} channel(s) at {rate} Hz; 1 at {expected} "
                "Hz expected)",
            ).format(sound=sound, channels=samples.channels, rate=samples.rate, expected=RATE)
            return
        job = _Job(samples, max(0.0, min(1.0, volume)), token if token is not None else sound)
        with self._device_lock:
            try:
                self.open()
            except AudioUnavailable as exc:
                self.error = exc.reason
                return
            self._halt()
            with self._lock:
                self._current = job
            self._start()

    def stop(self, token: object | None = None) -> None:
        """Silence the sound playing (only if it is `token`'s, when one is given)."""
        with self._device_lock:
            with self._lock:
                current = self._current
                if current is None or (token is not None and current.token is not token):
                    return
                self._current = None
            self._halt()

    def park(self) -> None:
        """Stop the device once its sound has ended (it plays silence until then: a running
        device costs the process some 0.5 % of a core)."""
        with self._device_lock:
            with self._lock:
                if self._current is not None:
                    return
            self._halt()

    def close(self) -> None:
        """Stop and let go of the device (the next open() or play() opens one again)."""
        with self._device_lock:
            device, self._device = self._device, None
            self._running = False
            with self._lock:
                self._current = None
            if device is not None:
                device.close()

    @property
    def playing(self) -> bool:
        with self._lock:
            return self._current is not None

    @property
    def is_open(self) -> bool:
        with self._device_lock:
            return self._device is not None

    def _start(self) -> None:
        """Start the device (the caller holds the device lock); a failure is kept in `error`
        and the device let go, so the next sound opens one again."""
        if self._device is None:
            return
        try:
            self._device.start()
        except _DeviceError as exc:
            self.error = _output_failed(exc)
            self.close()
            return
        self._running = True

    def _halt(self) -> None:
        """Stop the device if it runs: what it holds is dropped, not played out."""
        if self._device is None or not self._running:
            return
        self._running = False
        try:
            self._device.stop()
        except _DeviceError as exc:
            self.error = _output_failed(exc)
            self.close()

    # -- the device's thread -----------------------------------------------------------------

    def _fill(self, frames: int) -> bytes:
        """`frames` frames for the device: the next piece of the sound playing, then silence."""
        try:
            return self._next_piece(frames)
        except Exception as exc:  # noqa: BLE001 - the device's thread must never raise into C
            self.error = _output_failed(f"{type(exc).__name__}: {exc}")
            return bytes(2 * frames)

    def _next_piece(self, frames: int) -> bytes:
        with self._lock:
            job = self._current
            if job is None:
                return bytes(2 * frames)
            piece = job.sound.data[job.position : job.position + 2 * frames]
            job.position += len(piece)
            if job.position >= len(job.sound.data):
                self._current = None  # said: the device plays silence until it is stopped
        if job.volume < 1.0:
            piece = scaled(piece, job.volume)
        return piece + bytes(2 * frames - len(piece))


def scaled(chunk: bytes, volume: float) -> bytes:
    """16-bit samples at `volume` (0-1) of their loudness."""
    samples = array("h", chunk)
    return array("h", [int(sample * volume) for sample in samples]).tobytes()


_shared: Output | None = None
_shared_lock = threading.Lock()


def shared_output() -> Output:
    """The process's one output (not opened yet: hold() it before a session)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = Output()
        return _shared


def audio_problem() -> str | None:
    """None when cue sounds can play here; else why not, in plain words. Opens the shared
    output's device and leaves it running (it is what the session will play through)."""
    try:
        shared_output().open()
    except AudioUnavailable as exc:
        return exc.reason
    return None
