"""benchmarks/soak.py runs: three sessions through the real window, and a report to match.

The soak itself (200 sessions, about half a minute) is a benchmark, not part of the suite.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# Runs the benchmark's main (the real window, three sessions) in a subprocess.
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]


def test_three_sessions_are_run_logged_and_counted(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ANKLE_COACH_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.soak", "--sessions", "3"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["benchmark"] == "soak"
    assert report["sessions"] == report["sessions_logged"] == 3
    assert report["ways"] == {"straight": 1, "pause": 1, "skip": 1}
    assert report["rss_mib_after_3"] > 0
    assert report["qobjects_after_3"] > 100  # the window's tree, at least
    assert report["cues_played"] > 0
    assert report["qt_warnings"] == 0
    assert not report["met"]  # three sessions measure nothing: the first reading is the last
    assert {"cpu", "cores", "python"} <= set(report["machine"])
