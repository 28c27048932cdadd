"""When each cue of `ankle-coach run` is heard, against the Plan: a whole routine in real time.

The run plays into a private PulseAudio null sink whose monitor is recorded; a cue's onset is
the first loud sample after at least 150 ms of silence, and it is expected at its Plan time plus
its WAV's leading silence. Targets (the issue): 95 % of cues within 60 ms, none later than
150 ms, no countdown cue dropped.

`ankle-coach run` does not tell when its session started on the monotonic clock, so the errors
that count are aligned on the first cue's onset (a constant output latency does not show in
them). Beside them: an approximate absolute measure, taking as the moment each cue was asked
to play the moment its line reached this process on the run's stdout (a few ms after).
"""

from __future__ import annotations

import argparse
import math
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from ankle_coach.core.cues import Priority
from ankle_coach.core.library import resolve
from ankle_coach.core.paths import Paths
from ankle_coach.core.plan import Cue, PlanOptions, compile_plan
from ankle_coach.speech import CueCache, VoiceSettings
from ankle_coach.speech.wav import WavInfo, silent_edges
from benchmarks._common import percentile, report
from tests.support.pulse import (
    MonitorRecorder,
    PrivatePulse,
    match_onsets,
    missing_tools,
    onsets,
)

TARGET_WITHIN_SECONDS = 0.060
TARGET_SHARE_WITHIN = 0.95
TARGET_NEVER_LATER_THAN = 0.150
#: How far from where it is expected an onset may be and still be that cue's.
WINDOW_SECONDS = 0.5
CUE_LINE = re.compile(r"^\[\s*(\d+\.\d\d)\] \u201c(.*)\u201d$")


@dataclass(frozen=True)
class Line:
    text: str
    arrived: float  # time.monotonic() when this process read it


def _read_lines(stream: IO[str], into: list[Line]) -> None:
    for text in stream:
        into.append(Line(text.rstrip("\n"), time.monotonic()))


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def _summary(errors: list[float]) -> dict[str, float | int]:
    late = [error for error in errors if error > TARGET_NEVER_LATER_THAN]
    within = sum(abs(error) <= TARGET_WITHIN_SECONDS for error in errors)
    return {
        "p50_ms": _ms(percentile(errors, 0.50)),
        "p95_abs_ms": _ms(percentile([abs(e) for e in errors], 0.95)),
        "max_ms": _ms(max(errors, key=abs)) if errors else float("nan"),
        "mean_ms": _ms(statistics.fmean(errors)) if errors else float("nan"),
        "share_within_60_ms": round(within / len(errors), 3) if errors else 0.0,
        "later_than_150_ms": len(late),
    }


def _is_countdown(cue: Cue) -> bool:
    return cue.priority == Priority.COUNTDOWN


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--routine", default="ankle-circles")
    parser.add_argument(
        "--recorder-latency-ms",
        type=int,
        default=10,
        help="parec's latency; a low one keeps the null sink at low latency, as a sound card "
        "is (0: parec's default, and the idle null sink plays a new stream up to 2 s late)",
    )
    args = parser.parse_args()
    missing = missing_tools()
    if missing:
        parser.error(f"{', '.join(missing)} not installed (Debian: pulseaudio pulseaudio-utils)")

    entry = resolve(args.routine)
    settings = VoiceSettings()
    # the options `ankle-coach run` compiles its Plan with (terminal.py)
    plan = compile_plan(entry.routine, PlanOptions(speech_rate=settings.rate))
    cues = list(plan.cues)

    root = Path(tempfile.mkdtemp(prefix="ankle-coach-onset-", dir="/tmp"))
    try:
        home = root / "home"
        env = {**os.environ, "ANKLE_COACH_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
        out_lines: list[Line] = []
        with PrivatePulse(root / "pa") as pulse:
            recorder = MonitorRecorder(pulse, latency_msec=args.recorder_latency_ms or None)
            with recorder:
                with subprocess.Popen(
                    [sys.executable, "-m", "ankle_coach", "run", args.routine],
                    env=pulse.env(env),
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE,
                    text=True,
                    encoding="utf-8",
                ) as process:
                    assert process.stdout is not None and process.stderr is not None
                    reader = threading.Thread(target=_read_lines, args=(process.stdout, out_lines))
                    reader.start()
                    try:
                        status = process.wait(timeout=plan.total_seconds + 120)
                    finally:
                        if process.poll() is None:
                            process.kill()
                            process.wait()
                    reader.join(timeout=10)
                    stderr = process.stderr.read()
            recording = recorder.result
        assert recording is not None
        cache = CueCache(Paths.under(home).cache / "cues")
        leads: list[float] = []
        speech: list[float] = []
        for cue in cues:
            path = cache.path_for(cue.text, settings)
            lead, trail = silent_edges(path)
            leads.append(lead)
            speech.append(WavInfo.of(path).duration - lead - trail)
    finally:
        shutil.rmtree(root, ignore_errors=True)

    heard = onsets(recording.samples, recording.rate)
    printed = [(line, CUE_LINE.match(line.text)) for line in out_lines]
    cue_lines = [(line, match) for line, match in printed if match]
    missed_lines = [line.text for line in out_lines if line.text.startswith("(passed while busy")]

    # Aligned on the first cue's onset: recording seconds where the Plan's 0 falls.
    zero = heard[0] - cues[0].at - leads[0] if heard else math.nan
    expected = [zero + cue.at + lead for cue, lead in zip(cues, leads, strict=True)]
    matched = match_onsets(heard, expected, speech, WINDOW_SECONDS)
    errors = [
        onset - at for onset, at in zip(matched.found, expected, strict=True) if onset is not None
    ]
    dropped = [cues[index] for index in matched.missing]

    # Approximately absolute: the first cue's line arrived when its session had just started.
    absolute: dict[str, object] = {}
    if cue_lines:
        started = cue_lines[0][0].arrived  # on this process's monotonic clock
        plan_zero = started - recording.started_at - float(cue_lines[0][1][1])
        absolute_errors = [
            onset - (plan_zero + cue.at + lead)
            for cue, lead, onset in zip(cues, leads, matched.found, strict=True)
            if onset is not None
        ]
        # each cue's line arrives right after it was asked to play: split the error in two
        by_text_at = {(float(match[1]), match[2]): line.arrived for line, match in cue_lines}
        output_latency = [
            (recording.started_at + onset - lead) - by_text_at[(round(cue.at, 2), cue.text)]
            for cue, lead, onset in zip(cues, leads, matched.found, strict=True)
            if onset is not None and (round(cue.at, 2), cue.text) in by_text_at
        ]
        dispatch = [
            by_text_at[(round(cue.at, 2), cue.text)] - (started + cue.at - cues[0].at)
            for cue in cues
            if (round(cue.at, 2), cue.text) in by_text_at
        ]
        absolute = {
            "how": "session start taken as when the first cue's line was read from the run's "
            "stdout (an upper bound, a few ms late); the recording's start from parec's chunks",
            **_summary(absolute_errors),
            "first_cue_ms": _ms(absolute_errors[0]) if absolute_errors else None,
            "cue_line_lateness_p50_ms": _ms(percentile(dispatch, 0.5)),
            "cue_line_lateness_max_ms": _ms(max(dispatch, default=math.nan)),
            "play_to_heard_p50_ms": _ms(percentile(output_latency, 0.5)),
            "play_to_heard_min_ms": _ms(min(output_latency, default=math.nan)),
            "play_to_heard_max_ms": _ms(max(output_latency, default=math.nan)),
        }

    summary = _summary(errors)
    dropped_countdown = [cue for cue in dropped if _is_countdown(cue)]
    met = (
        status == 0
        and not dropped_countdown
        and summary["share_within_60_ms"] >= TARGET_SHARE_WITHIN
        and summary["later_than_150_ms"] == 0
    )
    report(
        "cue_onset",
        routine=args.routine,
        plan_seconds=plan.total_seconds,
        exit_status=status,
        stderr=stderr.strip()[-500:],
        cues=len(cues),
        countdown_cues=sum(_is_countdown(cue) for cue in cues),
        cues_printed_as_due=len(cue_lines),
        cues_passed_while_busy=missed_lines,
        cues_left_out_by_the_plan=len(plan.dropped),
        cues_heard=len(errors),
        dropped_cues=[f"{cue.at:g} s: {cue.text}" for cue in dropped],
        dropped_countdown_cues=len(dropped_countdown),
        unexplained_onsets_s=[round(onset - zero, 3) for onset in matched.extra],
        alignment="first onset: terminal.py does not report its session start on the "
        "monotonic clock, so a constant output latency does not show in these errors",
        onset_error=summary,
        per_cue_error_ms=[
            {"at": cue.at, "text": cue.text[:40], "error_ms": _ms(onset - at)}
            for cue, onset, at in zip(cues, matched.found, expected, strict=True)
            if onset is not None
        ],
        approximate_absolute=absolute,
        recorder_latency_ms=args.recorder_latency_ms,
        recording_seconds=round(recording.seconds, 2),
        targets={
            "share_within_60_ms": TARGET_SHARE_WITHIN,
            "never_later_than_ms": _ms(TARGET_NEVER_LATER_THAN),
            "dropped_countdown_cues": 0,
        },
        met=met,
    )


if __name__ == "__main__":
    main()
