"""benchmarks/fuzz_loader.py runs: a few dozen examples, replayable by their seed."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

# Runs the benchmark's main in a subprocess.
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]


def test_a_short_run_reports_its_examples_and_seed() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.fuzz_loader", "--examples", "40", "--seed", "7"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["benchmark"] == "fuzz_loader"
    assert report["examples"] == 40
    assert report["failures"] == 0 and report["failed"] == []
    assert report["seed"] == 7
    assert report["routines_loaded"] + report["routine_errors"] == 40
    assert report["example_ms_max"] >= report["example_ms_p99"] >= report["example_ms_p50"]
    assert report["met"]
