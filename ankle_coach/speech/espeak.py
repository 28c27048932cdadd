"""Makes espeak-ng available to pyttsx3 on Linux, so that a plain `pip install` has a voice.

pyttsx3's espeak driver loads `libespeak-ng.so.1` by name. Loading the copy bundled by
espeakng-loader first, with RTLD_GLOBAL, makes that name resolve to it (notes/speech.md), and
ESPEAK_DATA_PATH tells it where its voices are. This must run before pyttsx3 is imported.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Final

from ankle_coach.core.i18n import QT_TRANSLATE_NOOP, translate

#: Set to the path of a libespeak-ng to use it instead of the bundled one (packagers, tests).
LIBRARY_ENV: Final = "ANKLE_COACH_ESPEAK_LIBRARY"
DATA_ENV: Final = "ESPEAK_DATA_PATH"
SYSTEM_LIBRARY: Final = "libespeak-ng.so.1"

#: Why there is no voice, in English (said in the user's language by `prepare_espeak`).
NO_LIBRARY: Final = QT_TRANSLATE_NOOP(
    "speech.espeak",
    "No speech library was found: install the espeakng-loader Python package "
    "(pip install espeakng-loader) or the espeak-ng system package (sudo apt install espeak-ng).",
)


def prepare_espeak() -> str | None:
    """Load a libespeak-ng for pyttsx3; None when one is loaded, else why there is none.

    Order: the library named by $ANKLE_COACH_ESPEAK_LIBRARY, else the one bundled by
    espeakng-loader, else the system's. Does nothing on macOS and Windows, where pyttsx3 uses
    the system's own speech (nsss, sapi5). Calling it again is harmless.
    """
    if not sys.platform.startswith("linux"):
        return None
    override = os.environ.get(LIBRARY_ENV)
    if override:
        if _load(override) is None:
            return None
        return translate(
            "speech.espeak",
            "The speech library {library} named by {variable} cannot be loaded: "
            "unset {variable} or point it at a libespeak-ng.so.1 file.",
        ).format(library=override, variable=LIBRARY_ENV)
    bundled = _bundled()
    if bundled is not None:
        library, data = bundled
        os.environ[DATA_ENV] = data  # the bundled library with its own data, never another's
        if _load(library) is None:
            return None
        del os.environ[DATA_ENV]
    if _load(SYSTEM_LIBRARY) is None:
        return None
    return translate("speech.espeak", NO_LIBRARY)


def _bundled() -> tuple[str, str] | None:
    """The library and data folder that espeakng-loader ships, if it is installed and whole."""
    try:
        import espeakng_loader
    except ImportError:
        return None
    try:
        library = str(espeakng_loader.get_library_path())
        data = str(espeakng_loader.get_data_path())
    except RuntimeError:  # its data folder is missing
        return None
    # get_library_path() names the unversioned file; the versioned one is the same library
    for candidate in (library, f"{library}.1"):
        if Path(candidate).is_file() and Path(data).is_dir():
            return candidate, data
    return None


def _load(library: str) -> str | None:
    """Load `library` so that later loads by its soname find it; None, or the loader's error."""
    # here, not at the top: only the speech worker process loads a library, and the window,
    # which imports this module through speech/worker.py, is spared ctypes (issue 16)
    import ctypes

    try:
        ctypes.CDLL(library, mode=ctypes.RTLD_GLOBAL)
    except OSError as exc:
        return str(exc)
    return None
