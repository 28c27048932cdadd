"""AppContext: what the window takes from outside, with the real parts by default."""

from __future__ import annotations

from pathlib import Path

from ankle_coach.core.clock import MonotonicClock
from ankle_coach.core.paths import Paths
from ankle_coach.core.settings import Settings
from ankle_coach.ui.context import AppContext


def test_defaults_are_the_real_clock_voice_and_sound(tmp_path: Path) -> None:
    context = AppContext(paths=Paths.under(tmp_path), settings=Settings())
    assert isinstance(context.clock, MonotonicClock)
    assert (context.renderer, context.audio_problem, context.make_effect) == (None, None, None)
    assert context.cache.root == tmp_path / "cache" / "cues"
