"""CPU: the app's average CPU use during a session, and while idle, in % of one core.

The app is the real start-up (`python -m ankle_coach`: cli.main -> run_app, with the real
SessionController and MonotonicClock; benchmarks/_app_probe.py), under a private Xvfb
(QT_QPA_PLATFORM=xcb; offscreen without Xvfb), with a fresh ANKLE_COACH_HOME.

- session: once the window is shown, `--routine` (standing-calf-stretch, 4 min 25 s) is started
  with MainWindow.start_session, as the Start button does; CPU is measured over the first
  `--seconds` (60) of it from when it runs (with a voice, MainWindow first waits for the cues to
  be rendered), then the session is checked to be still running.
- idle: another start of the app, window shown with the routine it selects at start, no
  session; after `--settle` (3 s, so start-up work is not counted) CPU is measured over
  `--idle-seconds` (30). A bare PySide6 window (QMainWindow and QLabel) is measured over the same
  seconds alongside, for reference: what Qt alone costs at rest here.

CPU is utime + stime of the process (all its threads) from /proc/PID/stat, over wall time; the
speech worker, a child process, is not in it (with sound off, the default, none runs; see
startup.py; `--audio null-sink` gives the app a private PulseAudio null sink, so cues are
rendered and played).

Targets: session under 3 % of one core, idle under 0.5 %.

    python -m benchmarks.cpu [--seconds 60] [--idle-seconds 30] [--routine ID] [--audio ...]
"""

from __future__ import annotations

import argparse
import time

from benchmarks._common import report
from benchmarks._gui import (
    BYTECODE_NOTE,
    CLOCK_TICKS,
    bytecode_cache,
    cpu_seconds,
    cpu_share,
    exit_on_signals,
    private_display,
    probe,
    probe_env,
    sound,
    temp_home,
    warm_up,
)

TARGET_SESSION_PERCENT = 3.0
TARGET_IDLE_PERCENT = 0.5


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seconds", type=float, default=60.0, help="of session measured")
    parser.add_argument(
        "--idle-seconds", type=float, default=None, help="default: 30, or --seconds if less"
    )
    parser.add_argument("--settle", type=float, default=3.0, help="after the window is shown")
    parser.add_argument("--routine", default="standing-calf-stretch")
    parser.add_argument("--audio", choices=["off", "null-sink"], default="off")
    args = parser.parse_args()
    exit_on_signals()
    idle_seconds = args.idle_seconds if args.idle_seconds is not None else min(30.0, args.seconds)

    with sound(args.audio) as audio, private_display() as display, bytecode_cache() as pyc:
        env = probe_env(display, audio, pyc)
        warm_up(env)
        with temp_home() as home:
            session_env = {**env, "ANKLE_COACH_HOME": str(home)}
            with probe("app", "session", session_env, args.routine) as app:
                app.wait_for("shown")
                skipped = app.wait_for("session").get("skipped", [])
                waited = app.wait_running()
                startup_cpu = cpu_seconds(app.pid)
                session, session_wall = cpu_share(app.pid, args.seconds)
                state = app.ask("state", "state")
        with temp_home() as home, temp_home() as bare_home:
            idle_env = {**env, "ANKLE_COACH_HOME": str(home)}
            bare_env = {**env, "ANKLE_COACH_HOME": str(bare_home)}
            with probe("app", "idle", idle_env) as app, probe("bare", "idle", bare_env) as bare:
                app.wait_for("shown")
                bare.wait_for("shown")
                time.sleep(args.settle)
                pids = (app.pid, bare.pid)
                before = [cpu_seconds(pid) for pid in pids]
                started = time.monotonic()
                time.sleep(idle_seconds)
                wall = time.monotonic() - started
                after = [cpu_seconds(pid) for pid in pids]
                idle, bare_idle = (100 * (a - b) / wall for a, b in zip(after, before, strict=True))
                idle_state = app.ask("state", "state")

    running = state.get("phase") == "running"
    report(
        "cpu",
        session_percent=round(session, 2),
        idle_percent=round(idle, 3),
        bare_window_idle_percent=round(bare_idle, 3),
        session_seconds=round(session_wall, 1),
        idle_seconds=round(wall, 1),
        settle_seconds=args.settle,
        cpu_seconds_before_session=round(startup_cpu, 2),
        seconds_waiting_for_voice=round(waited, 2),
        dialogs_skipped_before_session=skipped,
        routine=args.routine,
        session_state_after={key: state.get(key) for key in ("phase", "position", "title")},
        idle_window_title=idle_state.get("title"),
        session_running=running,
        bytecode=BYTECODE_NOTE,
        display=display.platform + (" (private Xvfb)" if display.platform == "xcb" else ""),
        audio=audio.note,
        resolution_percent={
            "session": round(100 / (CLOCK_TICKS * session_wall), 3),
            "idle": round(100 / (CLOCK_TICKS * wall), 3),
        },
        target_session_percent=TARGET_SESSION_PERCENT,
        target_idle_percent=TARGET_IDLE_PERCENT,
        met=running and session < TARGET_SESSION_PERCENT and idle < TARGET_IDLE_PERCENT,
    )


if __name__ == "__main__":
    main()
