"""What a cue WAV holds, measured by the process that renders it and kept in a file beside it.

The app needs two facts of each cue it plays: how long it speaks and that it is sound. Finding
them means reading every sample, and in the app that work holds the interpreter lock that the
GUI thread needs: measuring 34 fresh cues stalled the window for up to 15 ms
(benchmarks/gui_stall.py). So the worker process, which has an interpreter of its own, measures
each file as it renders it and writes the facts beside it, `<key>.json` beside `<key>.wav`; the
app only reads that small file.

The WAV stays the truth. Facts that are missing, unreadable, of another format or of another
file (their byte count differs from the WAV's) are not used: the WAV is measured instead and
the facts are written again, so a cache from before facts files still works, once measured.

The facts also hold a checksum of the samples (CRC-32 of the data chunk), so that a cached file
damaged in place (a garbage header, noise over the samples, cut short) is found before it is
handed out: `check_cue` reads the file once, with no Python work per sample, and says what is
wrong; the cache then has it rendered again (speech/cache.py). Facts from before checksums are
completed the first time their WAV is checked.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Final

from ankle_coach.core.i18n import translate
from ankle_coach.speech.wav import WavError, read_pcm, read_wav_data, write_bytes_atomically

#: The `format` of a facts file; one of another format is measured again, never misread.
FACTS_FORMAT: Final = 1
FACTS_SUFFIX: Final = ".json"
#: A facts file is some 150 bytes; a longer one is not a facts file.
_MAX_FACTS_BYTES: Final = 4096


@dataclass(frozen=True, slots=True)
class CueFacts:
    """What a WAV file holds. `peak` is the largest absolute sample, in the file's own scale;
    `speaking_seconds` is the file without the silence at its end (0 when it is all silent);
    `wav_bytes` is the size of the file measured, which tells facts of another file;
    `data_crc32` the CRC-32 of its data chunk (None in facts written before it was kept)."""

    rate: int
    channels: int
    sample_width: int
    frames: int
    peak: int
    speaking_seconds: float
    wav_bytes: int
    data_crc32: int | None = None

    @property
    def duration(self) -> float:
        return self.frames / self.rate if self.rate else 0.0

    @classmethod
    def measure(cls, wav: Path) -> CueFacts:
        """Read every sample of `wav`. Raises WavError when it is not a complete PCM WAV,
        OSError when it cannot be read."""
        pcm = read_pcm(wav)
        info = pcm.info()
        return cls(
            rate=info.rate,
            channels=info.channels,
            sample_width=info.sample_width,
            frames=info.frames,
            peak=info.peak,
            speaking_seconds=pcm.speech_ends(),
            wav_bytes=pcm.file_bytes,
            data_crc32=pcm.data_crc32,
        )

    def to_json(self) -> dict[str, Any]:
        document = {"format": FACTS_FORMAT, **asdict(self)}
        if self.data_crc32 is None:
            del document["data_crc32"]
        return document

    @classmethod
    def from_json(cls, document: object) -> CueFacts | None:
        """The facts a facts file holds, None when it is not one of this format."""
        if not isinstance(document, dict) or document.get("format") != FACTS_FORMAT:
            return None
        whole = {"rate", "channels", "sample_width", "frames", "peak", "wav_bytes"}
        fields: dict[str, Any] = {}
        for name in whole:
            value = document.get(name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                return None
            fields[name] = value
        speaking = document.get("speaking_seconds")
        if isinstance(speaking, bool) or not isinstance(speaking, int | float) or speaking < 0:
            return None
        if fields["channels"] == 0 or fields["rate"] == 0:
            return None
        checksum = document.get("data_crc32")
        if checksum is not None and (
            isinstance(checksum, bool) or not isinstance(checksum, int) or not 0 <= checksum < 2**32
        ):
            return None
        facts = cls(speaking_seconds=float(speaking), data_crc32=checksum, **fields)
        return facts if facts.speaking_seconds <= facts.duration else None


def facts_path(wav: Path) -> Path:
    """Where the facts of `wav` are kept: beside it, under its name with `.json`."""
    return wav.with_suffix(FACTS_SUFFIX)


def write_facts(wav: Path, facts: CueFacts) -> None:
    """Write the facts of `wav` beside it atomically (temporary file, fsync, rename).

    The temporary file is wav.partial_path(facts_path(wav)): whoever started a process that
    died removes it with that process's other partial files.
    """
    data = json.dumps(facts.to_json(), sort_keys=True).encode("utf-8")
    write_bytes_atomically(facts_path(wav), data)


def read_facts(wav: Path) -> CueFacts | None:
    """The facts kept beside `wav`, None when there are none that can be trusted for it.

    Reads no sample: a stat of `wav` and one small file. Raises OSError when `wav` itself
    cannot be found.
    """
    wav_bytes = wav.stat().st_size
    facts = _kept_facts(wav)
    return facts if facts is not None and facts.wav_bytes == wav_bytes else None


def _kept_facts(wav: Path) -> CueFacts | None:
    """The facts file of `wav` as it is, whatever file it was written for; None when there is
    none that can be read as facts."""
    try:
        with open(facts_path(wav), "rb") as handle:
            raw = handle.read(_MAX_FACTS_BYTES + 1)
    except OSError:  # none yet (a cache from before facts files), or unreadable: measure
        return None
    if len(raw) > _MAX_FACTS_BYTES:
        return None
    try:
        document = json.loads(raw)
    except ValueError:  # cut short or garbled, UnicodeDecodeError included
        return None
    return CueFacts.from_json(document)


def cue_facts(wav: Path) -> CueFacts:
    """The facts of `wav`: those kept beside it, else measured (and kept for next time).

    Raises WavError when `wav` is not a complete PCM WAV, OSError when it cannot be read.
    """
    facts = read_facts(wav)
    if facts is not None:
        return facts
    facts = CueFacts.measure(wav)
    try:
        write_facts(wav, facts)
    except OSError:
        # A cache that cannot be written to (read-only, full) still plays: these facts are
        # right, and the next reader measures again.
        pass
    return facts


def check_cue(wav: Path) -> str | None:
    """None when `wav` is a whole WAV with the samples its facts say; else what is wrong with
    it, in words for the user ("its samples are not those rendered").

    A WAV with no facts, or facts from before checksums, is measured and its facts written
    (so it is measured once). Raises FileNotFoundError (NotADirectoryError when its folder is
    a file) when `wav` is not there; another OSError
    is returned as a reason: a file that cannot be read cannot be played either.
    """
    try:
        whole = read_wav_data(wav)
    except (FileNotFoundError, NotADirectoryError):
        raise  # not there: not rendered yet, rather than damaged
    except WavError as exc:
        return _damaged(wav, exc)
    except OSError as exc:
        return _unreadable(exc)
    if whole.frames == 0:
        return translate("speech.facts", "it holds no sound")
    facts = _kept_facts(wav)
    if facts is not None and facts.wav_bytes != whole.file_bytes:
        return translate(
            "speech.facts", "it is {size} bytes long, not the {rendered} rendered"
        ).format(size=whole.file_bytes, rendered=facts.wav_bytes)
    header = (whole.rate, whole.channels, whole.sample_width, whole.frames)
    if facts is not None and header != (
        facts.rate,
        facts.channels,
        facts.sample_width,
        facts.frames,
    ):
        return translate(
            "speech.facts",
            "its header says {frames} frames of {channels} x {bits}-bit at {rate} Hz, not the "
            "{rendered_frames} frames of {rendered_channels} x {rendered_bits}-bit at "
            "{rendered_rate} Hz rendered",
        ).format(
            frames=whole.frames,
            channels=whole.channels,
            bits=8 * whole.sample_width,
            rate=whole.rate,
            rendered_frames=facts.frames,
            rendered_channels=facts.channels,
            rendered_bits=8 * facts.sample_width,
            rendered_rate=facts.rate,
        )
    if facts is not None and facts.data_crc32 is not None:
        if facts.data_crc32 != whole.data_crc32:
            return translate(
                "speech.facts", "its samples are not those rendered (their checksum differs)"
            )
        return None
    # no facts, or facts from before checksums: measure once, and keep the checksum for next time
    try:
        measured = CueFacts.measure(wav)
    except WavError as exc:
        return _damaged(wav, exc)
    except OSError as exc:
        return _unreadable(exc)
    try:
        write_facts(wav, measured)
    except OSError:
        pass  # a cache that cannot be written to still plays: the next check measures again
    return None


def _damaged(wav: Path, exc: WavError) -> str:
    return translate("speech.facts", "it is damaged: {error}").format(
        error=str(exc).removeprefix(f"{wav}: ")
    )


def _unreadable(exc: OSError) -> str:
    return translate("speech.facts", "it cannot be read: {error}").format(error=exc.strerror or exc)
