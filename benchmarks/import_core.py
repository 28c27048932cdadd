"""`import ankle_coach.core` (all of it): time against a bare interpreter, and no Qt pulled in.

Target: under 100 ms, no PySide6 module loaded.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time

from benchmarks._common import report

TARGET_SECONDS = 0.100
CORE = (
    "import ankle_coach.core, ankle_coach.core.routine, ankle_coach.core.library, "
    "ankle_coach.core.plan, ankle_coach.core.cues, ankle_coach.core.paths"
)
PROBE = (
    f"import sys, time; t = time.perf_counter(); {CORE}; t = time.perf_counter() - t; "
    "import json; print(json.dumps({'seconds': t, "
    "'qt': sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))}))"
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    inside, walls, qt = [], [], set()
    for _ in range(args.runs):
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", PROBE], capture_output=True, text=True, check=True
        )
        walls.append(time.perf_counter() - started)
        measured = json.loads(done.stdout)
        inside.append(measured["seconds"])
        qt.update(measured["qt"])
    bare = []
    for _ in range(args.runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        bare.append(time.perf_counter() - started)
    median = statistics.median(inside)
    report(
        "import_core",
        import_seconds_median=round(median, 4),
        import_seconds_max=round(max(inside), 4),
        process_wall_seconds_median=round(statistics.median(walls), 4),
        bare_python_wall_seconds_median=round(statistics.median(bare), 4),
        qt_modules_loaded=sorted(qt),
        target_seconds=TARGET_SECONDS,
        met=median < TARGET_SECONDS and not qt,
    )


if __name__ == "__main__":
    main()
