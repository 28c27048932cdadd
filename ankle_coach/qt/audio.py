"""Whether this machine can play sound through QtMultimedia, and if not, why in plain words."""

from __future__ import annotations

import sys

#: QtMultimedia tells a terminal or log about its backend (FFmpeg version, PipeWire not found)
#: at every start; users cannot act on it. Its real warnings still come through.
QUIET_MULTIMEDIA_RULES = (
    "qt.multimedia.symbolsresolver.info=false\n"
    "qt.multimedia.symbolsresolver.warning=false\n"
    "qt.multimedia.ffmpeg.info=false"
)


def quiet_multimedia_logging() -> None:
    from PySide6.QtCore import QLoggingCategory

    QLoggingCategory.setFilterRules(QUIET_MULTIMEDIA_RULES)


def multimedia_problem() -> str | None:
    """None when QtMultimedia loads and has an audio output; else one sentence saying why not and
    what to do about it. Import QtMultimedia only through here: on Linux it links libpulse
    directly, so a machine without it fails the import itself (notes/speech.md)."""
    try:
        from PySide6.QtMultimedia import QMediaDevices
    except ImportError as exc:
        return _import_problem(str(exc))
    if not QMediaDevices.audioOutputs():
        return (
            "No audio output device was found, so cues are shown on screen only. "
            "Connect speakers or headphones, or check that the sound server is running, "
            "then start the session again."
        )
    return None


def _import_problem(message: str) -> str:
    if "libpulse" in message:
        fix = (
            "install PulseAudio or PipeWire's PulseAudio library "
            "(Debian and Ubuntu: sudo apt install libpulse0)"
            if sys.platform.startswith("linux")
            else "install the PulseAudio library"
        )
        return (
            f"Sound cannot play because the library libpulse.so.0 is missing, so cues are shown "
            f"on screen only. To hear them, {fix}."
        )
    return (
        f"Sound cannot play because Qt's multimedia module did not load ({message}), "
        "so cues are shown on screen only. Reinstalling Ankle Coach may fix it."
    )
