"""Start-up: from launching the app to its main window shown, against a bare PySide6 window.

"Shown" is the window's first Paint event, taken by an event filter on the window; the time runs
from just before the process is started (wall time, CLOCK_MONOTONIC on both sides) and so holds
the interpreter's start, the imports, the QApplication, the settings and library, building the
window and its first layout. The app is the real `python -m ankle_coach` start-up (cli.main ->
run_app) in benchmarks/_app_probe.py; the bare window is a QMainWindow with a QLabel after the
same QApplication setup. Runs of the two alternate (after one warm-up run of each, not counted,
which also fills a private bytecode cache: an installed app has its .pyc files, while this
workplace sets PYTHONDONTWRITEBYTECODE=1), each with a fresh ANKLE_COACH_HOME, under a private
Xvfb with QT_QPA_PLATFORM=xcb (offscreen without Xvfb: see "display").

Sound is off by default (PULSE_SERVER=unix:/nonexistent): the routine the app selects at start
then renders no cues, as on a machine without a sound server; `--audio null-sink` gives it a
private PulseAudio null sink, and the cue rendering that starts then is part of start-up.

The app builds its window in two steps (ui/main_window.py): the frame (menus, themed, at its
saved size) is painted first, and the library, the overview and the sidebar are built in the
next event-loop turn. "Shown" is the frame's first picture; "complete" is the first picture of
the library list after the second step, reported beside it as `complete_*` so the whole wait is
on record too.

Target: the app's median under 1.5 times the bare window's median (shown).

    python -m benchmarks.startup [--runs 9] [--audio off|null-sink]
"""

from __future__ import annotations

import argparse
import statistics

from benchmarks._common import report
from benchmarks._gui import (
    BYTECODE_NOTE,
    bytecode_cache,
    children,
    exit_on_signals,
    private_display,
    probe,
    probe_env,
    sound,
    temp_home,
    warm_up,
)

TARGET_RATIO = 1.5
KINDS = ("bare", "app")
#: The moments _app_probe reports, in order; a phase is the time from one to the next.
MOMENTS = ("started", "imported", "build_start", "built", "show", "paint", "complete")
PHASES = {
    "interpreter": ("launched", "started"),
    "imports": ("started", "imported"),
    "app_setup": ("imported", "build_start"),
    "build_window": ("build_start", "built"),
    "show_to_first_paint": ("built", "paint"),
    "second_step_to_complete": ("paint", "complete"),
}


def one_run(kind: str, env: dict[str, str]) -> tuple[dict[str, float], int]:
    """The moments of one start-up, in seconds since launch, and the app's child processes."""
    with temp_home() as home, probe(kind, "quit", {**env, "ANKLE_COACH_HOME": str(home)}) as run:
        shown = run.wait_for("shown")
        try:
            workers = len(children(run.pid))
        except OSError:
            workers = 0  # it has already quit
        moments = {"launched": 0.0}
        moments.update({name: shown[name] - run.launched for name in MOMENTS if name in shown})
        return moments, workers


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=9, help="counted runs of each (default 9)")
    parser.add_argument("--audio", choices=["off", "null-sink"], default="off")
    args = parser.parse_args()
    exit_on_signals()

    runs: dict[str, list[dict[str, float]]] = {kind: [] for kind in KINDS}
    workers_seen = 0
    with sound(args.audio) as audio, private_display() as display, bytecode_cache() as pyc:
        env = probe_env(display, audio, pyc)
        warm_up(env)
        for round_ in range(args.runs):
            # alternate, and alternate which goes first, so neither always runs second
            for kind in KINDS if round_ % 2 else KINDS[::-1]:
                moments, workers = one_run(kind, env)
                runs[kind].append(moments)
                if kind == "app":
                    workers_seen = max(workers_seen, workers)

    def median(kind: str, phase: tuple[str, str]) -> float:
        return statistics.median(m[phase[1]] - m[phase[0]] for m in runs[kind])

    shown = {kind: [m["paint"] for m in runs[kind]] for kind in KINDS}
    app, bare = statistics.median(shown["app"]), statistics.median(shown["bare"])
    ratio = app / bare
    complete = statistics.median(m["complete"] for m in runs["app"])
    report(
        "startup",
        app_seconds_median=round(app, 3),
        bare_seconds_median=round(bare, 3),
        ratio=round(ratio, 2),
        app_seconds=[round(s, 3) for s in shown["app"]],
        bare_seconds=[round(s, 3) for s in shown["bare"]],
        complete_seconds_median=round(complete, 3),
        complete_ratio=round(complete / bare, 2),
        phases_seconds_median={
            kind: {name: round(median(kind, phase), 4) for name, phase in PHASES.items()}
            for kind in KINDS
        },
        app_speech_workers_at_shown=workers_seen,
        runs=args.runs,
        display=display.platform + (" (private Xvfb)" if display.platform == "xcb" else ""),
        audio=audio.note,
        shown_means="the window's first Paint event, timed from just before process launch",
        complete_means="the app's library list first painted, after the second building step",
        bytecode=BYTECODE_NOTE,
        target_ratio=TARGET_RATIO,
        met=ratio < TARGET_RATIO,
    )


if __name__ == "__main__":
    main()
