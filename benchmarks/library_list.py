"""`ankle-coach list` over a user folder of 1,000 routine files: wall time, target under 1 s."""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks._common import report

TARGET_SECONDS = 1.0


def make_routines(folder: Path, count: int) -> None:
    """`count` distinct, realistic routine files (three exercises each)."""
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        (folder / f"routine-{number:04d}.toml").write_text(
            f"""format = 1
title = "Routine {number}"
summary = "Generated for the benchmark."
lead_in_seconds = 10
tags = ["bench"]

[[exercises]]
name = "Standing calf stretch"
instructions = "Stand in a staggered stance and lunge forward, back heel down."
image = "calf-stretch.svg"
sides = ["left", "right"]
sets = {1 + number % 3}
hold_seconds = {20 + number % 20}
rest_seconds = 10

[[exercises]]
name = "Calf raises"
instructions = "Heels off a step; lower and raise them slowly."
sets = 3
reps = 15
rep_seconds = 4.0
rest_seconds = 30

[[exercises]]
name = "Ankle circles"
directions = ["clockwise", "counter-clockwise"]
reps = 15
""",
            encoding="utf-8",
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    home = Path(tempfile.mkdtemp(prefix="ankle-coach-bench-"))
    try:
        make_routines(home / "data" / "routines", args.files)
        env = {**os.environ, "ANKLE_COACH_HOME": str(home)}
        command = [sys.executable, "-m", "ankle_coach", "list", "--json"]
        walls = []
        for _ in range(args.runs):
            started = time.perf_counter()
            done = subprocess.run(command, env=env, capture_output=True, check=True)
            walls.append(time.perf_counter() - started)
        listed = done.stdout.count(b'"id"')
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        bare_python = time.perf_counter() - started
    finally:
        shutil.rmtree(home)
    median = statistics.median(walls)
    report(
        "library_list",
        files=args.files,
        routines_listed=listed,
        wall_seconds_median=round(median, 3),
        wall_seconds_max=round(max(walls), 3),
        runs=args.runs,
        bare_python_start_seconds=round(bare_python, 3),
        target_seconds=TARGET_SECONDS,
        met=median < TARGET_SECONDS,
    )


if __name__ == "__main__":
    main()
