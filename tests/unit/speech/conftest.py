"""Fixtures for the speech tests: one real render of every built-in cue, shared by the tests."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from ankle_coach.speech.cache import CueCache
from ankle_coach.speech.render import Pyttsx3Renderer
from ankle_coach.speech.voice import VoiceSettings

from .support import builtin_entries, distinct_cue_texts


@dataclass
class BuiltinRender:
    cache: CueCache
    settings: VoiceSettings
    paths: dict[str, Path]
    progress: list[tuple[int, int]]
    jobs_started: int


@pytest.fixture(scope="session")
def builtin_render(tmp_path_factory: pytest.TempPathFactory) -> BuiltinRender:
    """Every distinct cue text of every built-in routine, rendered once, for real."""
    cache = CueCache(tmp_path_factory.mktemp("cues"))
    settings = VoiceSettings()
    texts = [text for entry in builtin_entries() for text in distinct_cue_texts(entry)]
    progress: list[tuple[int, int]] = []
    renderer = Pyttsx3Renderer(cache)
    paths = renderer.render(texts, settings, lambda done, total: progress.append((done, total)))
    return BuiltinRender(cache, settings, paths, progress, renderer.jobs_started)
