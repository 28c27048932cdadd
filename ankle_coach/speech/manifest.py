"""Writes every cue of a Plan to a folder of WAV files with a manifest (`ankle-coach cues`)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any, Final

from ankle_coach.core.ascii_words import ascii_words
from ankle_coach.core.plan import Cue, Plan
from ankle_coach.core.savefile import atomic_write
from ankle_coach.speech.facts import cue_facts
from ankle_coach.speech.render import CueRenderer, Progress
from ankle_coach.speech.voice import VoiceSettings
from ankle_coach.speech.wav import partial_path, write_bytes_atomically

MANIFEST: Final = "manifest.json"
#: The longest text part of a cue file's name, in characters.
SLUG_CHARACTERS: Final = 40


def write_cue_files(
    plan: Plan,
    out_dir: Path,
    renderer: CueRenderer,
    settings: VoiceSettings,
    progress: Progress | None = None,
) -> list[dict[str, Any]]:
    """Render every cue of `plan`, copy each into `out_dir` under a readable name, and write
    `out_dir/manifest.json`: one entry per cue, in plan order.

    An entry is {"at", "text", "priority", "file", "duration"}: `file` is relative to `out_dir`,
    `duration` the length of that WAV in seconds. The manifest is written last and atomically,
    so it never lists a file that is not there. Raises SpeechUnavailable. Other files in
    `out_dir` are left alone.
    """
    rendered = renderer.render([cue.text for cue in plan.cues], settings, progress)
    out_dir.mkdir(parents=True, exist_ok=True)
    durations: dict[str, float] = {}
    width = max(3, len(str(len(plan.cues))))
    entries: list[dict[str, Any]] = []
    for number, cue in enumerate(plan.cues, start=1):
        source = rendered[cue.text]
        if cue.text not in durations:
            durations[cue.text] = round(cue_facts(source).duration, 3)
        name = cue_file_name(number, cue, width)
        _copy_atomically(source, out_dir / name)
        entries.append(
            {
                "at": cue.at,
                "text": cue.text,
                "priority": int(cue.priority),
                "file": name,
                "duration": durations[cue.text],
            }
        )
    write_bytes_atomically(
        out_dir / MANIFEST,
        (json.dumps(entries, indent=2, ensure_ascii=False) + "\n").encode("utf-8"),
    )
    return entries


def cue_file_name(number: int, cue: Cue, width: int = 3) -> str:
    """ "007-0012.0s-rest-next-calf-raises.wav": its place, its time, and what it says."""
    return f"{number:0{width}d}-{cue.at:06.1f}s-{slug(cue.text)}.wav"


def slug(text: str, limit: int = SLUG_CHARACTERS) -> str:
    """Lower-case ASCII letters and digits joined by hyphens, cut at a word: safe on any disk."""
    kept: list[str] = []
    for word in ascii_words(text):
        if kept and len("-".join([*kept, word])) > limit:
            break
        kept.append(word[:limit])
    return "-".join(kept) or "cue"


def _copy_atomically(source: Path, target: Path) -> None:
    with atomic_write(target, temporary=partial_path(target)) as out, open(source, "rb") as data:
        shutil.copyfileobj(data, out)
