"""What the main window needs from outside (paths, settings, clock, voice, sound), so tests can
hand in fakes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ankle_coach.core.clock import Clock, MonotonicClock
from ankle_coach.core.paths import Paths
from ankle_coach.core.settings import Settings

if TYPE_CHECKING:
    from ankle_coach.qt.cue_player import EffectFactory
    from ankle_coach.speech import CueCache, CueRenderer


@dataclass
class AppContext:
    """Everything the window needs from outside."""

    paths: Paths
    settings: Settings
    clock: Clock = field(default_factory=MonotonicClock)
    renderer: CueRenderer | None = None  # None: pyttsx3 in a worker process
    audio_problem: Callable[[], str | None] | None = None  # None: the player's own
    make_effect: EffectFactory | None = None  # None: the player's own (qt/cue_player.py)
    settings_message: str | None = None  # what went wrong loading the settings, to tell once

    @property
    def cache(self) -> CueCache:
        from ankle_coach.speech import CueCache  # the voice loads after the frame

        return CueCache(self.paths.cache / "cues")
