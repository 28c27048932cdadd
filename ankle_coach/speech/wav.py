"""Small WAV helpers on the standard library: what a file holds, and the beep of beep-only mode."""

from __future__ import annotations

import math
import os
import shutil
import sys
import wave
import zlib
from array import array
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from ankle_coach.core.savefile import atomic_write

#: The format espeak-ng renders (notes/speech.md); the beep uses the same, so a player sees one.
RATE: Final = 22050
SAMPLE_WIDTH: Final = 2
CHANNELS: Final = 1

#: A sample below this (of 32767) counts as silence when measuring silent edges.
SILENCE_THRESHOLD: Final = 500

_TYPECODES: Final = {2: "h", 4: "i"}


class WavError(ValueError):
    """A file that is not a WAV this module can read."""


@dataclass(frozen=True, slots=True)
class WavInfo:
    """What a WAV file holds. `peak` is the largest absolute sample, in the file's own scale."""

    rate: int
    channels: int
    sample_width: int
    frames: int
    duration: float
    peak: int

    @classmethod
    def of(cls, path: Path) -> WavInfo:
        """Read `path`. Raises WavError when it is not a complete PCM WAV, OSError when it
        cannot be read."""
        return read_pcm(path).info()


@dataclass(frozen=True, slots=True)
class Pcm:
    """The samples of a WAV file, interleaved, and the size of the file they were read from."""

    rate: int
    channels: int
    sample_width: int
    samples: array[int]
    file_bytes: int
    #: The CRC-32 of the data chunk's bytes as they are in the file (see WavData).
    data_crc32: int = 0

    def info(self) -> WavInfo:
        count = len(self.samples)
        return WavInfo(
            rate=self.rate,
            channels=self.channels,
            sample_width=self.sample_width,
            frames=count // self.channels,
            duration=count / self.channels / self.rate if self.rate else 0.0,
            peak=peak(self.samples),
        )

    def speech_ends(self, threshold: int = SILENCE_THRESHOLD) -> float:
        """Seconds from the start to the end of the last loud sample (0 when all silent): how
        long the file speaks, without the pause espeak leaves at its end."""
        last = last_loud(self.samples, threshold)
        return 0.0 if last is None or not self.rate else (last + 1) / self.channels / self.rate


def wav_info(path: Path) -> WavInfo:
    return WavInfo.of(path)


def silent_edges(path: Path, threshold: int = SILENCE_THRESHOLD) -> tuple[float, float]:
    """Seconds of silence at the start and at the end of a 16-bit WAV (all of it when silent)."""
    pcm = read_pcm(path)
    rate, channels, width, samples = pcm.rate, pcm.channels, pcm.sample_width, pcm.samples
    if width != 2:
        raise WavError(f"{path}: only 16-bit files are measured, not {8 * width}-bit")
    count = len(samples)
    first = _first_loud(samples, range(0, count, _BLOCK), threshold)
    if first is None:
        return count / channels / rate, count / channels / rate
    last = last_loud(samples, threshold)
    assert last is not None  # there is a loud sample, so one is found from the end too
    return first / channels / rate, (count - 1 - last) / channels / rate


#: Samples are scanned a block at a time with C-speed max/min: a file is read in a few
#: milliseconds, so measuring cues never holds up the thread that does it for long.
_BLOCK = 512
#: The most samples one C-level max() or min() is given. A call cannot be interrupted: over
#: a whole 13 s cue (290,000 samples) one took 6 ms, and any other thread of the process,
#: the GUI thread among them, waited that long for the interpreter lock.
_CHUNK = 16384


def peak(samples: array[int]) -> int:
    """The largest absolute sample (0 for none), a chunk at a time (see _CHUNK)."""
    loudest = 0
    for start in range(0, len(samples), _CHUNK):
        chunk = samples[start : start + _CHUNK]
        loudest = max(loudest, max(chunk), -min(chunk))
    return loudest


def last_loud(samples: array[int], threshold: int = SILENCE_THRESHOLD) -> int | None:
    """The index of the last sample at or above `threshold` in size, None when there is none."""
    count = len(samples)
    starts = range((count - 1) // _BLOCK * _BLOCK, -1, -_BLOCK)
    return _first_loud(samples, starts, threshold, from_end=True)


def _first_loud(
    samples: array[int], starts: range, threshold: int, *, from_end: bool = False
) -> int | None:
    """The index of the first sample at or above `threshold` (or the last, `from_end`)."""
    for start in starts:
        block = samples[start : start + _BLOCK]
        if max(block) >= threshold or min(block) <= -threshold:
            offsets = range(len(block) - 1, -1, -1) if from_end else range(len(block))
            return start + next(i for i in offsets if abs(block[i]) >= threshold)
    return None


@dataclass(frozen=True, slots=True)
class WavData:
    """What a WAV file's header says and a checksum of its samples, read without decoding them.

    `data_crc32` is the CRC-32 of the data chunk's bytes: zlib computes it in C without the
    interpreter lock, so checking a cached cue costs the thread that does it a file read and
    no Python work per sample.
    """

    rate: int
    channels: int
    sample_width: int
    frames: int
    file_bytes: int
    data_crc32: int
    data: bytes


def read_wav_data(path: Path) -> WavData:
    """The header and the data chunk of `path`. Raises WavError when it is not a complete PCM
    WAV (a header that does not parse, a data chunk shorter than the header promises), OSError
    when it cannot be read."""
    with open(path, "rb") as handle:
        # the size of the file read, not of one that replaced it since (renders are renamed in)
        file_bytes = os.fstat(handle.fileno()).st_size
        try:
            with wave.open(handle, "rb") as reader:
                rate = reader.getframerate()
                channels = reader.getnchannels()
                width = reader.getsampwidth()
                frames = reader.getnframes()
                data = reader.readframes(frames)
        except (wave.Error, EOFError, RuntimeError) as exc:
            # RuntimeError: wave's chunk reader, on a chunk that says it runs past its parent
            raise WavError(f"{path}: not a WAV file ({str(exc) or 'it ends too soon'})") from None
    if len(data) != frames * channels * width:
        raise WavError(
            f"{path}: the header promises {frames} frames, the file holds "
            f"{len(data) // max(1, channels * width)}"
        )
    return WavData(rate, channels, width, frames, file_bytes, zlib.crc32(data), data)


def read_pcm(path: Path) -> Pcm:
    """Read every sample of `path`. Raises WavError when it is not a complete PCM WAV, OSError
    when it cannot be read."""
    whole = read_wav_data(path)
    rate, channels, width, data = whole.rate, whole.channels, whole.sample_width, whole.data
    if width == 1:  # 8-bit WAV samples are unsigned
        samples = array("h", (byte - 128 for byte in data))
        return Pcm(rate, channels, width, samples, whole.file_bytes, whole.data_crc32)
    typecode = _TYPECODES.get(width)
    if typecode is None:
        raise WavError(f"{path}: {8 * width}-bit samples are not supported")
    samples = array(typecode)
    samples.frombytes(data)
    if sys.byteorder == "big":
        samples.byteswap()
    return Pcm(rate, channels, width, samples, whole.file_bytes, whole.data_crc32)


#: Below this much free space a folder is full for cue files (one cue is 20-600 KB).
LOW_SPACE_BYTES: Final = 1024 * 1024


def free_bytes(folder: Path) -> int | None:
    """The space left for files in `folder` (or its nearest existing parent), None when the
    system cannot say."""
    for candidate in (folder, *folder.parents):
        try:
            return shutil.disk_usage(candidate).free
        except FileNotFoundError:
            continue
        except OSError:
            return None
    return None


def is_full(folder: Path) -> bool:
    """Whether `folder` has less than LOW_SPACE_BYTES left for cue files (False when the system
    cannot say)."""
    free = free_bytes(folder)
    return free is not None and free < LOW_SPACE_BYTES


def write_beep(path: Path, freq: float = 880.0, seconds: float = 0.15) -> None:
    """Write a sine beep: 16-bit mono 22050 Hz, at 60 % of full scale.

    The start and end fade over 10 ms (a raised cosine) so the beep does not click. Written to a
    temporary file beside `path` and moved into place, so `path` is never half-written.
    """
    frames = max(1, round(seconds * RATE))
    fade = min(round(0.010 * RATE), frames // 2)
    amplitude = 0.6 * 32767
    samples = array("h", bytes(2 * frames))
    for index in range(frames):
        edge = min(index, frames - 1 - index)
        gain = 0.5 - 0.5 * math.cos(math.pi * edge / fade) if edge < fade else 1.0
        samples[index] = round(amplitude * gain * math.sin(2 * math.pi * freq * index / RATE))
    write_samples(path, samples)


#: What trim_silence keeps of the quiet before the first loud sample and after the last one,
#: faded in and out over that length: the soft start of a consonant, and no click at either end.
KEEP_LEAD_SECONDS: Final = 0.010
KEEP_TAIL_SECONDS: Final = 0.030


def trim_silence(
    samples: array[int],
    rate: int = RATE,
    threshold: int = SILENCE_THRESHOLD,
    lead: float = KEEP_LEAD_SECONDS,
    tail: float = KEEP_TAIL_SECONDS,
) -> tuple[array[int], int]:
    """Mono 16-bit `samples` without the silence espeak-ng leaves before and after the speech
    (0-55 ms before, 0.3-0.4 s after), and how many samples were cut from the start: `lead`
    seconds are kept before the first sample at or above `threshold` in size and `tail` after
    the last, faded in and out over them (a raised cosine). All silent: returned as it is."""
    first = _first_loud(samples, range(0, len(samples), _BLOCK), threshold)
    last = last_loud(samples, threshold)
    if first is None or last is None:
        return samples, 0
    begin = max(0, first - round(lead * rate))
    end = min(len(samples), last + 1 + round(tail * rate))
    trimmed = samples[begin:end]
    fade_in, fade_out = first - begin, end - 1 - last
    for index in range(fade_in):
        trimmed[index] = round(trimmed[index] * _raised_cosine(index, fade_in))
    for index in range(fade_out):
        at = len(trimmed) - 1 - index
        trimmed[at] = round(trimmed[at] * _raised_cosine(index, fade_out))
    return trimmed, begin


def _raised_cosine(step: int, length: int) -> float:
    """From 0 (step 0) up towards 1 (step `length`)."""
    return 0.5 - 0.5 * math.cos(math.pi * step / length)


def trim_file(path: Path) -> tuple[float, float]:
    """Trim the silent edges of a mono 16-bit WAV in place (trim_silence), not atomically: for a
    file not yet moved into place (the worker's partial file). Returns the seconds cut from its
    start and from its end. Raises WavError, OSError."""
    pcm = read_pcm(path)
    if pcm.sample_width != 2 or pcm.channels != 1:
        raise WavError(f"{path}: only mono 16-bit files are trimmed")
    trimmed, begin = trim_silence(pcm.samples, pcm.rate)
    cut_end = len(pcm.samples) - len(trimmed) - begin
    if len(trimmed) == len(pcm.samples):
        return 0.0, 0.0
    samples = array("h", trimmed)
    if sys.byteorder == "big":
        samples.byteswap()
    with wave.open(str(path), "wb") as writer:
        writer.setnchannels(CHANNELS)
        writer.setsampwidth(SAMPLE_WIDTH)
        writer.setframerate(pcm.rate)
        writer.writeframes(samples.tobytes())
    return begin / pcm.rate, cut_end / pcm.rate


def partial_path(path: Path, pid: int | None = None) -> Path:
    """Where process `pid` (this one by default) writes `path` before moving it into place.

    Hidden, beside `path` (so the move is an atomic rename), and named by the process, so that
    whoever started a process that died can remove what it left.
    """
    return path.with_name(f".{path.name}.{os.getpid() if pid is None else pid}.partial")


def write_bytes_atomically(target: Path, data: bytes) -> None:
    """Write `data` to `target` through this process's partial file (see partial_path): synced,
    then renamed into place, so `target` is never half-written; the partial file is removed if
    anything goes wrong."""
    with atomic_write(target, temporary=partial_path(target)) as handle:
        handle.write(data)


def write_samples(path: Path, samples: array[int], rate: int = RATE) -> None:
    """Write 16-bit mono `samples` to `path` atomically (temporary file, fsync, rename)."""
    if sys.byteorder == "big":
        samples = array("h", samples)
        samples.byteswap()
    with atomic_write(path, temporary=partial_path(path)) as handle:
        with wave.open(handle, "wb") as writer:
            writer.setnchannels(CHANNELS)
            writer.setsampwidth(SAMPLE_WIDTH)
            writer.setframerate(rate)
            writer.writeframes(samples.tobytes())
