"""`ankle-coach cues`: every cue of a Plan as a WAV file, listed in manifest.json."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from ankle_coach.core.library import resolve
from ankle_coach.core.plan import Plan, compile_plan
from ankle_coach.speech.cache import CueCache
from ankle_coach.speech.manifest import MANIFEST, cue_file_name, slug, write_cue_files
from ankle_coach.speech.render import Pyttsx3Renderer, RecordingRenderer, SpeechUnavailable
from ankle_coach.speech.voice import VoiceSettings
from ankle_coach.speech.wav import WavInfo

from .conftest import BuiltinRender
from .support import partial_files

NAME = re.compile(r"^\d{3}-\d{4,}\.\ds-[a-z0-9]+(-[a-z0-9]+)*\.wav$")


def plan_of(routine_id: str) -> Plan:
    return compile_plan(resolve(routine_id).routine)


def check_manifest(plan: Plan, out_dir: Path, entries: list[dict[str, object]]) -> None:
    assert json.loads((out_dir / MANIFEST).read_text(encoding="utf-8")) == entries
    assert [(e["at"], e["text"], e["priority"]) for e in entries] == [
        (cue.at, cue.text, cue.priority) for cue in plan.cues
    ]
    names = [str(entry["file"]) for entry in entries]
    assert len(set(names)) == len(names)
    for entry in entries:
        path = out_dir / str(entry["file"])
        assert NAME.match(path.name), path.name
        assert entry["duration"] == pytest.approx(WavInfo.of(path).duration, abs=1e-3)
    assert sorted(p.name for p in out_dir.iterdir()) == sorted([*names, MANIFEST])
    assert partial_files(out_dir) == []


def test_the_manifest_matches_the_plan(tmp_path: Path) -> None:
    plan = plan_of("pre-run-warm-up")
    renderer = RecordingRenderer(CueCache(tmp_path / "cache"))
    out_dir = tmp_path / "out"
    entries = write_cue_files(plan, out_dir, renderer, VoiceSettings())
    assert len(entries) == len(plan.cues)
    check_manifest(plan, out_dir, entries)
    assert renderer.rendered == list(dict.fromkeys(cue.text for cue in plan.cues))
    assert entries[0]["file"].startswith("001-0000.0s-get-ready-first-foot-massage-")


def test_a_cache_from_before_facts_files_gives_the_same_manifest(tmp_path: Path) -> None:
    plan = plan_of("pre-run-warm-up")
    cache = CueCache(tmp_path / "cache")
    renderer = RecordingRenderer(cache)
    with_facts = write_cue_files(plan, tmp_path / "first", renderer, VoiceSettings())
    for path in cache.root.glob("*.json"):
        path.unlink()
    without = write_cue_files(plan, tmp_path / "second", renderer, VoiceSettings())
    assert without == with_facts
    check_manifest(plan, tmp_path / "second", without)
    assert len(list(cache.root.glob("*.json"))) == len(renderer.rendered)  # measured and kept


def test_the_manifest_of_real_speech(builtin_render: BuiltinRender, tmp_path: Path) -> None:
    plan = plan_of("standing-calf-stretch")
    renderer = Pyttsx3Renderer(builtin_render.cache)  # already rendered: no process
    entries = write_cue_files(plan, tmp_path, renderer, builtin_render.settings)
    assert renderer.jobs_started == 0
    check_manifest(plan, tmp_path, entries)
    halfway = next(entry for entry in entries if entry["text"] == "Halfway.")
    assert 0.4 < float(str(halfway["duration"])) < 1.5


def test_no_speech_writes_no_manifest(tmp_path: Path) -> None:
    renderer = RecordingRenderer(CueCache(tmp_path / "cache"), unavailable="No voice.")
    with pytest.raises(SpeechUnavailable):
        write_cue_files(plan_of("foot-massage"), tmp_path / "out", renderer, VoiceSettings())
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rest. Next: Calf raises.", "rest-next-calf-raises"),
        ("3", "3"),
        ("Switch to your left side.", "switch-to-your-left-side"),
        ("Crème brûlée / ../../etc", "creme-brulee-etc"),
        ("!!!", "cue"),
        ("a" * 60, "a" * 40),
        (
            "Get ready. First: Foot massage. Sit with a tennis ball.",
            "get-ready-first-foot-massage-sit-with-a",
        ),
    ],
)
def test_file_names_use_safe_characters_only(text: str, expected: str) -> None:
    assert slug(text) == expected


def test_a_cue_file_name_says_its_place_time_and_words() -> None:
    cue = plan_of("calf-raises").cues[0]
    assert cue_file_name(7, cue) == f"007-{cue.at:06.1f}s-{slug(cue.text)}.wav"
