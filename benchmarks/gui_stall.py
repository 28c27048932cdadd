"""Does preparing the voice block the GUI thread? A 1 ms timer's largest gap while a CuePlayer
renders `pre-run-warm-up` cold (real Pyttsx3Renderer, empty cache) until `ready`; then while a
new player prepares it again from the now warm cache (no worker: only the cached files' facts
are read).

Beside it, the baseline: the same timer for as long with nothing happening. The player plays
into a private PulseAudio null sink when pulseaudio is installed (as on a desktop: its sounds are
loaded too), else with the sound check skipped (its sounds are made but never heard).
Target: the GUI thread never blocked more than 10 ms, that is no gap longer than 10 ms plus the
1 ms interval, in any run, cold or cached.

Each player is deleted after its run, outside the timed window, and the time that takes on the
GUI thread is reported on its own (`deleting_the_player_ms`); before, the deletion was left to
the next run's event loop and landed in its first gap.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QGuiApplication

from ankle_coach.core.library import resolve
from ankle_coach.core.plan import Plan, PlanOptions, compile_plan
from ankle_coach.qt.cue_player import CuePlayer
from ankle_coach.qt.tasks import Done
from ankle_coach.speech import CueCache, Pyttsx3Renderer, VoiceSettings
from benchmarks._common import percentile, report
from tests.support.pulse import PrivatePulse, missing_tools

TARGET_BLOCKED_SECONDS = 0.010
INTERVAL_MS = 1
#: However long a render takes, give up after this.
RENDER_TIMEOUT_MS = 120_000


class GapMeter(QObject):
    """A 1 ms precise timer that keeps the time between its firings."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.gaps: list[float] = []
        self._last = self.started = 0.0
        #: Seconds from start() to the end of the longest gap.
        self.worst_ended_at = 0.0
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self._on_timer_timeout)

    def start(self) -> None:
        self.gaps = []
        self._last = self.started = time.perf_counter()
        self.worst_ended_at = 0.0
        self._timer.start()

    def stop(self) -> list[float]:
        self._timer.stop()
        self.gaps.append(time.perf_counter() - self._last)  # the time since the last firing
        return self.gaps

    @Slot()
    def _on_timer_timeout(self) -> None:
        now = time.perf_counter()
        gap = now - self._last
        if gap > max(self.gaps, default=0.0):
            self.worst_ended_at = now - self.started
        self.gaps.append(gap)
        self._last = now


class TimedPlayer(CuePlayer):
    """A CuePlayer that times its one long step on the GUI thread: loading the rendered files."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.loading_seconds: list[float] = []

    def _on_render_done(self, done: Done[dict[str, tuple[Path, float]]]) -> None:
        started = time.perf_counter()
        super()._on_render_done(done)
        self.loading_seconds.append(time.perf_counter() - started)


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def _figures(gaps: list[float]) -> dict[str, float | int]:
    return {
        "max_gap_ms": _ms(max(gaps)),
        "p99_gap_ms": _ms(percentile(gaps, 0.99)),
        "p50_gap_ms": _ms(percentile(gaps, 0.50)),
        "gaps_over_11_ms": sum(gap > TARGET_BLOCKED_SECONDS + INTERVAL_MS / 1000 for gap in gaps),
        "firings": len(gaps),
    }


def prepare(plan: Plan, folder: Path, meter: GapMeter, *, audio_check: bool) -> dict[str, object]:
    """Create a player on the cache in `folder` and prepare `plan` until ready, timing the GUI
    thread; then delete the player and time that."""
    cache = CueCache(folder)
    settings = VoiceSettings()
    holder = QObject()
    created = time.perf_counter()
    if audio_check:
        player = TimedPlayer(Pyttsx3Renderer(cache), settings, cache, holder)
    else:
        player = TimedPlayer(
            Pyttsx3Renderer(cache), settings, cache, holder, audio_problem=lambda: None
        )
    create_seconds = time.perf_counter() - created
    loop = QEventLoop()
    player.ready.connect(loop.quit)
    ready_at: list[float] = []
    player.ready.connect(lambda: ready_at.append(time.perf_counter()))
    QTimer.singleShot(RENDER_TIMEOUT_MS, loop.quit)
    meter.start()
    started = time.perf_counter()
    player.prepare(plan)
    loop.exec()
    gaps = meter.stop()
    result: dict[str, object] = {
        "render_seconds": round(ready_at[0] - started, 3) if ready_at else None,
        "problem": player.problem,
        "player_created_ms": _ms(create_seconds),
        "loading_the_files_on_the_gui_thread_ms": [
            _ms(seconds) for seconds in player.loading_seconds
        ],
        **_figures(gaps),
        "max_gap_ended_after_ms": _ms(meter.worst_ended_at),
    }
    player.close()
    holder.deleteLater()
    deleting = time.perf_counter()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    result["deleting_the_player_ms"] = _ms(time.perf_counter() - deleting)
    return result


def idle(seconds: float, meter: GapMeter) -> dict[str, float | int]:
    loop = QEventLoop()
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    meter.start()
    loop.exec()
    return _figures(meter.stop())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--routine", default="pre-run-warm-up")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    root = Path(tempfile.mkdtemp(prefix="ankle-coach-stall-", dir="/tmp"))
    pulse: PrivatePulse | None = None
    try:
        if not missing_tools():
            pulse = PrivatePulse(root / "pa").start()
            # the sound output reads it when it first opens, in the first player
            os.environ["PULSE_SERVER"] = pulse.server
        app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
        assert app is not None
        settings = VoiceSettings()
        plan = compile_plan(resolve(args.routine).routine, PlanOptions(speech_rate=settings.rate))
        meter = GapMeter()
        audio_check = pulse is not None
        runs = [
            prepare(plan, root / f"cues-{run}", meter, audio_check=audio_check)
            for run in range(args.runs)
        ]
        cached_runs = [
            prepare(plan, root / f"cues-{run}", meter, audio_check=audio_check)
            for run in range(args.runs)
        ]
        renders = [float(str(run["render_seconds"])) for run in runs if run["render_seconds"]]
        baseline = idle(max(renders, default=1.0), meter)
    finally:
        if pulse is not None:
            pulse.close()
        shutil.rmtree(root, ignore_errors=True)

    cold_gaps = [float(str(run["max_gap_ms"])) for run in runs]
    cached_gaps = [float(str(run["max_gap_ms"])) for run in cached_runs]
    worst_gap = max(cold_gaps + cached_gaps)
    report(
        "gui_stall",
        routine=args.routine,
        distinct_texts=len({cue.text for cue in plan.cues}),
        sound=f"private PulseAudio null sink ({pulse.server})" if pulse else "no device check",
        timer_interval_ms=INTERVAL_MS,
        runs=runs,
        cached_runs=cached_runs,
        render_seconds_median=round(statistics.median(renders), 3) if renders else None,
        cold_max_gap_ms_median=round(statistics.median(cold_gaps), 2),
        cold_max_gap_ms_max=max(cold_gaps),
        cached_max_gap_ms_median=round(statistics.median(cached_gaps), 2),
        cached_max_gap_ms_max=max(cached_gaps),
        max_gap_ms=worst_gap,
        max_blocked_ms=round(worst_gap - INTERVAL_MS, 2),
        baseline_same_duration=baseline,
        target_blocked_ms=_ms(TARGET_BLOCKED_SECONDS),
        met=bool(renders) and worst_gap - INTERVAL_MS <= _ms(TARGET_BLOCKED_SECONDS),
    )


if __name__ == "__main__":
    main()
