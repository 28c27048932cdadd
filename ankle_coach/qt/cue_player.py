"""Speaks cues: renders a Plan's cue texts before Start, then plays each through miniaudio.

The player does not keep time. The SessionController asks it to play a cue when the engine says
the cue is due; the player only decides whether it can be heard: a cue never starts while
another is speaking, unless it outranks it (a countdown always does), and stop() is instant.

The sound device is opened and primed when the player is made (before Start: "is there sound
here?" is answered by opening it) and again by `wake()` when a session starts or resumes, and
stays open until IDLE_RELEASE_MS pass with nothing said: a due cue never waits for a device to
open, only starts it (speech/playback.py).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from ankle_coach.core.clock import Clock, MonotonicClock
from ankle_coach.core.cues import GAP_SECONDS, Priority
from ankle_coach.core.i18n import translate
from ankle_coach.core.plan import Cue, Plan
from ankle_coach.qt.tasks import Done, run_in_background
from ankle_coach.speech import CueCache, CueRenderer, SpeechUnavailable, VoiceSettings
from ankle_coach.speech.facts import cue_facts
from ankle_coach.speech.playback import AudioUnavailable, shared_output
from ankle_coach.speech.wav import write_beep


class Sound(StrEnum):
    """What the player does with a due cue."""

    VOICE = "voice"
    BEEP = "beep"  # beeps instead of words: for those who know the routine
    MUTE = "mute"


@dataclass(frozen=True)
class _Beep:
    name: str
    frequency: float
    seconds: float


# Countdown beeps are short and all alike; a change is a longer, higher tone; reps are a tick.
_BEEPS = {
    int(Priority.COUNTDOWN): _Beep("countdown", 880.0, 0.15),
    int(Priority.CHANGE): _Beep("change", 1320.0, 0.4),
    int(Priority.COUNT): _Beep("count", 660.0, 0.06),
    int(Priority.INFO): _Beep("info", 990.0, 0.1),
}


class Effect(Protocol):
    """What the player needs of a loaded sound (OutputEffect has it; tests use a fake)."""

    def play(self) -> None: ...

    def stop(self) -> None: ...


#: Makes the playable sound of a WAV file, at a volume from 0 to 1, owned by a parent QObject.
EffectFactory = Callable[[Path, float, QObject], Effect]

#: After this long with nothing to say the sound device is let go (so the sound card may sleep
#: and an idle app costs no CPU); `wake()`, before a session runs, opens it again.
IDLE_RELEASE_MS = 30_000
#: After a cue has been said, and this long for the device to play out what it holds, the
#: device is stopped (opened still): it plays nothing between cues.
PARK_AFTER_MS = 300


class OutputEffect:
    """A cue sound played through the process's sound output (speech/playback.py). The file is
    read when it plays: a session keeps no samples in memory between cues."""

    def __init__(self, path: Path, volume: float) -> None:
        self.path = path
        self.volume = volume

    def play(self) -> None:
        shared_output().play(self.path, self.volume, token=self)

    def stop(self) -> None:
        shared_output().stop(token=self)


def output_effect(path: Path, volume: float, parent: QObject) -> Effect:
    """An OutputEffect for `path`. `parent` is not needed: the effect holds no Qt object."""
    return OutputEffect(path, volume)


@dataclass
class _Loaded:
    effect: Effect
    speaking_seconds: float  # the WAV without its trailing silence


def speaking_seconds(path: Path) -> float:
    """How long a cue WAV speaks: its length without the pause espeak leaves at the end.

    Read from the facts the speech worker wrote beside the file; only a file without them (a
    cache from before them, a beep) is measured, once (speech/facts.py).
    """
    return cue_facts(path).speaking_seconds


class CuePlayer(QObject):
    """Plays the cues of one Plan.

    Whether a cue is still speaking is read from `clock` (the session's Clock; the real
    monotonic one by default), so a FakeClock steps it in tests as it steps the session.

    Signals:
        preparing(done, total): cue texts rendered so far, while rendering before Start.
        ready(): every cue can be played (or, when `problem` is set, none will be).
        unavailable(reason): why cues will not be heard; emitted once per player.
        spoken(cue): a cue started playing.
        dropped(cue): a due cue was not played because a higher-priority one was speaking.
    """

    preparing = Signal(int, int)
    ready = Signal()
    unavailable = Signal(str)
    spoken = Signal(object)
    dropped = Signal(object)

    def __init__(
        self,
        renderer: CueRenderer,
        settings: VoiceSettings,
        cache: CueCache,
        parent: QObject | None = None,
        *,
        sound: Sound = Sound.VOICE,
        audio_problem: Callable[[], str | None] | None = None,
        make_effect: EffectFactory | None = None,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(parent)
        self._renderer = renderer
        self._settings = settings
        self._cache = cache
        self._sound = sound
        self._clock: Clock = clock or MonotonicClock()
        #: Whether this player holds the process's sound output open (the real one only).
        self._uses_output = make_effect is None
        self._make_effect = make_effect or output_effect
        self._holding = False
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setTimerType(Qt.TimerType.CoarseTimer)
        self._idle.timeout.connect(self._on_idle)
        self._park = QTimer(self)
        self._park.setSingleShot(True)
        self._park.timeout.connect(self._on_park)
        self._loaded: dict[str, _Loaded] = {}
        self._beeps: dict[int, _Loaded] = {}
        self._texts: list[str] = []
        self._current: tuple[Cue, _Loaded, float] | None = None  # cue, sound, speaking until
        self._cancel = threading.Event()
        self._is_ready = False
        self._preview: str | None = None
        self._told = False
        self.problem: str | None = audio_problem() if audio_problem is not None else self._hold()

    # -- what the user chose -----------------------------------------------------------------

    @property
    def sound(self) -> Sound:
        return self._sound

    @sound.setter
    def sound(self, sound: Sound) -> None:
        if sound is Sound.MUTE:
            self.stop()
        self._sound = sound

    @property
    def is_ready(self) -> bool:
        return self._is_ready

    # -- before Start --------------------------------------------------------------------------

    def prepare(self, plan: Plan) -> None:
        """Render the Plan's cue texts in a worker thread, then load them; `ready` follows.

        The GUI thread only ever loads finished files: rendering runs in a thread that waits on
        the speech worker process (speech/render.py).
        """
        self._prepare_texts(list(dict.fromkeys(cue.text for cue in plan.cues)))

    def preview(self, text: str) -> None:
        """Say `text` as soon as it is rendered (the settings dialog's Test voice)."""
        self._preview = text
        self._prepare_texts([text])

    def _prepare_texts(self, texts: list[str]) -> None:
        self._texts = texts
        self._is_ready = False
        if self.problem is not None:
            self._tell(self.problem)
            self._finish_ready()
            return
        missing = [text for text in texts if text not in self._loaded]
        if not missing:
            self._finish_ready()
            return
        run_in_background(
            lambda report: self._render(missing, report),
            self._on_render_done,
            self,
            on_progress=self._on_render_progress,
            name="cue-render",
        )

    def close(self) -> None:
        """Stop sound and any render under way (its worker process is killed), and let the
        sound device go."""
        self._cancel.set()
        self.stop()
        self._idle.stop()
        self._park.stop()
        self._release()

    def wake(self) -> None:
        """A session is about to run (Start, resume): have the sound device open and playing
        silence now, so the first cue does not wait for it."""
        if self.problem is None and self._uses_output and self._sound is not Sound.MUTE:
            reason = self._hold()
            if reason is not None:
                self._fail(reason)

    def _hold(self) -> str | None:
        """Open the sound device (if this player plays through it) and keep it open until
        IDLE_RELEASE_MS pass with nothing said; None, or why it cannot open."""
        if not self._uses_output:
            return None
        try:
            shared_output().hold(self)
        except AudioUnavailable as exc:
            return exc.reason
        self._holding = True
        self._idle.start(IDLE_RELEASE_MS)
        return None

    def _release(self) -> None:
        if self._holding:
            self._holding = False
            shared_output().release(self)

    def _on_park(self) -> None:
        if self._holding:
            shared_output().park()

    def _on_idle(self) -> None:
        left = self.speech_left()
        if left > 0:
            self._idle.start(IDLE_RELEASE_MS + round(left * 1000))
        else:
            self._release()

    def _render(
        self, texts: list[str], report: Callable[[int, int], None]
    ) -> dict[str, tuple[Path, float]]:
        """On the render thread: the cue files and how long each speaks. Raises
        SpeechUnavailable, InterruptedError (closed), OSError or ValueError."""

        def progress(done: int, total: int) -> None:
            if self._cancel.is_set():
                raise InterruptedError("the player was closed")
            report(done, total)

        files = self._renderer.render(texts, self._settings, progress)
        # Read here, not in the GUI thread: the worker's facts files in the common case, but
        # a file without them is measured, and reading every sample of 30-odd WAVs in Python
        # held the window still for 90 ms (benchmarks/gui_stall.py).
        measured = {}
        for text, path in files.items():
            measured[text] = (path, speaking_seconds(path))
            time.sleep(0)  # hand the interpreter back to the GUI thread between files
        return measured

    def _on_render_progress(self, done: int, total: int) -> None:
        self.preparing.emit(done, total)

    def _on_render_done(self, done: Done[dict[str, tuple[Path, float]]]) -> None:
        try:
            measured = done.value
        except SpeechUnavailable as exc:
            self._fail(exc.reason)
        except InterruptedError:
            pass  # closed: nobody is waiting for this render
        except (OSError, ValueError) as exc:
            said = translate(
                "qt.cue_player", "The cue sounds could not be read or saved: {reason}."
            )
            self._fail(said.format(reason=exc))
        else:
            for text, (path, speaking) in measured.items():
                if text not in self._loaded:
                    effect = self._make_effect(path, self._settings.volume, self)
                    self._loaded[text] = _Loaded(effect, speaking)
            self._finish_ready()

    def _fail(self, reason: str) -> None:
        self.problem = reason
        self._tell(reason)
        self._finish_ready()

    def _finish_ready(self) -> None:
        self._is_ready = True
        self.ready.emit()
        if self._preview is not None:
            text, self._preview = self._preview, None
            self.play(Cue(0.0, text, Priority.CHANGE, "start", 0))

    def _tell(self, reason: str) -> None:
        if not self._told:
            self._told = True
            self.unavailable.emit(reason)

    def _load(self, path: Path) -> _Loaded:
        effect = self._make_effect(path, self._settings.volume, self)
        return _Loaded(effect, speaking_seconds(path))

    def _beep(self, priority: int) -> _Loaded:
        if priority not in self._beeps:
            beep = _BEEPS[priority]
            path = self._cache.root / f"beep-{beep.name}-{beep.frequency:g}-{beep.seconds:g}.wav"
            if not path.exists():
                path.parent.mkdir(parents=True, exist_ok=True)
                write_beep(path, freq=beep.frequency, seconds=beep.seconds)
            self._beeps[priority] = self._load(path)
        return self._beeps[priority]

    # -- during the session --------------------------------------------------------------------

    def play(self, cue: Cue) -> None:
        """Play `cue` now, unless muted, unable, or a cue it does not outrank is still speaking."""
        if self.problem is not None or self._sound is Sound.MUTE:
            return
        now = self._clock.now()
        if self._current is not None:
            speaking, current, until = self._current
            if now + GAP_SECONDS / 2 < until:
                if cue.priority <= speaking.priority and cue.priority < Priority.COUNTDOWN:
                    self.dropped.emit(cue)
                    return
            current.effect.stop()  # its tail, if any, never sounds under the new cue
        try:
            sound = (
                self._beep(cue.priority) if self._sound is Sound.BEEP else self._loaded[cue.text]
            )
        except (KeyError, OSError):
            self.dropped.emit(cue)  # not rendered (the Plan changed after prepare)
            return
        if self._uses_output and not self._holding:
            self._hold()  # let go after a long silence: opened again (in a few ms)
        sound.effect.play()
        if self._holding:
            said_ms = round(sound.speaking_seconds * 1000)
            self._idle.start(IDLE_RELEASE_MS + said_ms)
            self._park.start(said_ms + PARK_AFTER_MS)
        self._current = (cue, sound, now + sound.speaking_seconds)
        self.spoken.emit(cue)

    def stop(self) -> None:
        """Silence at once (pause, skip, stop)."""
        if self._current is not None:
            self._current[1].effect.stop()
            self._current = None

    def speech_left(self) -> float:
        """Seconds until the cue being said has been said (0 when silent)."""
        if self._current is None:
            return 0.0
        return max(0.0, self._current[2] - self._clock.now())

    def speaking(self) -> Cue | None:
        """The cue still being said, if any."""
        if self._current is None or self._clock.now() >= self._current[2]:
            return None
        return self._current[0]
