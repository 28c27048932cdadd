"""benchmarks/picture_worst_case.py runs and reports what the GUI thread and the render thread
spent on each picture; the GUI thread is never held long, whatever the picture."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

# Runs the benchmark's main in a subprocess.
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]


def test_one_run_at_the_session_size() -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks.picture_worst_case",
            "--runs",
            "1",
            "--views",
            "session",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["benchmark"] == "picture_worst_case"
    pictures = report["pictures"]
    assert set(pictures) == {
        "richest_builtin_session",
        "worst_accepted_session",
        "largest_file_session",
        "refused_session",
    }
    assert not pictures["refused_session"]["accepted"]
    assert all(pictures[name]["accepted"] for name in pictures if name != "refused_session")
    assert pictures["worst_accepted_session"]["first_render_ms"] > 0
    # a generous bound for a shared machine: the figures themselves are the benchmark's
    assert report["longest_gui_thread_ms"] < 1000
    assert report["longest_paint_after_first_render_ms"] < 1000
