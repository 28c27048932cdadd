"""Helpers for the speech tests: the built-in routines, and what a plausible render is."""

from __future__ import annotations

import re
from pathlib import Path

from ankle_coach.core.library import LibraryEntry, Origin, load_folder
from ankle_coach.core.paths import builtin_routines_dir
from ankle_coach.core.plan import compile_plan
from ankle_coach.speech.wav import WavInfo, silent_edges


def builtin_entries() -> list[LibraryEntry]:
    library = load_folder(builtin_routines_dir(), Origin.BUILT_IN)
    assert not library.problems, library.problems
    return library.entries


def distinct_cue_texts(entry: LibraryEntry) -> list[str]:
    return list(dict.fromkeys(cue.text for cue in compile_plan(entry.routine).cues))


def spoken_part(path: Path) -> float:
    """Seconds of a WAV up to the end of its speech: espeak ends each file with a pause."""
    return WavInfo.of(path).duration - silent_edges(path)[1]


def plausible_seconds(text: str, rate: int) -> tuple[float, float]:
    """The shortest and longest a render of `text` may plausibly last (notes/speech.md).

    The notes' rule, 0.25 s to 0.2 s + 0.6 s a word, was measured at espeak's 200 words a minute
    and holds there with 10 ms to spare ("17" lasts 0.79 s). So the allowance for a word is
    stretched by 200 / rate, and the upper bound is checked on the spoken part, without the end
    pause (which also grows as the rate falls: 0.23 s at 200, 0.31 s at 170). Words are counted
    as spoken: "counter-clockwise" is two.
    """
    words = len(re.findall(r"[A-Za-z]+|\d+", text))
    return 0.25, 0.2 + 0.6 * words * 200 / rate


def partial_files(folder: Path) -> list[Path]:
    """Hidden files: what a render leaves if it is cut short and not cleaned up."""
    return sorted(path for path in folder.rglob("*") if path.name.startswith("."))
