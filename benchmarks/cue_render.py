"""Rendering every cue of `pre-run-warm-up`: cold (empty cache) and cached, in seconds.

Targets: cold under 3 s; cached instant, with no worker process started.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from ankle_coach.core.library import resolve
from ankle_coach.core.plan import compile_plan
from ankle_coach.speech.cache import CueCache
from ankle_coach.speech.render import Pyttsx3Renderer
from ankle_coach.speech.voice import VoiceSettings
from ankle_coach.speech.wav import WavInfo
from benchmarks._common import report

TARGET_COLD_SECONDS = 3.0
TARGET_CACHED_SECONDS = 0.05


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--routine", default="pre-run-warm-up")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    plan = compile_plan(resolve(args.routine).routine)
    texts = [cue.text for cue in plan.cues]
    settings = VoiceSettings()
    colds, cacheds, processes = [], [], 0
    audio_seconds = 0.0
    for _ in range(args.runs):
        root = Path(tempfile.mkdtemp(prefix="ankle-coach-cues-"))
        try:
            renderer = Pyttsx3Renderer(CueCache(root))
            started = time.perf_counter()
            paths = renderer.render(texts, settings)
            colds.append(time.perf_counter() - started)
            started = time.perf_counter()
            renderer.render(texts, settings)
            cacheds.append(time.perf_counter() - started)
            processes = renderer.jobs_started
            audio_seconds = sum(WavInfo.of(path).duration for path in paths.values())
        finally:
            shutil.rmtree(root)
    cold, cached = statistics.median(colds), statistics.median(cacheds)
    report(
        "cue_render",
        routine=args.routine,
        cues=len(texts),
        distinct_texts=len(set(texts)),
        rate=settings.rate,
        rendered_audio_seconds=round(audio_seconds, 1),
        cold_seconds_median=round(cold, 3),
        cold_seconds_max=round(max(colds), 3),
        cached_seconds_median=round(cached, 5),
        worker_processes_per_cold_and_cached_pair=processes,
        runs=args.runs,
        target_cold_seconds=TARGET_COLD_SECONDS,
        target_cached_seconds=TARGET_CACHED_SECONDS,
        met=cold < TARGET_COLD_SECONDS and cached < TARGET_CACHED_SECONDS and processes == 1,
    )


if __name__ == "__main__":
    main()
