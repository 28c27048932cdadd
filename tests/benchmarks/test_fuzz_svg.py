"""benchmarks/fuzz_svg.py runs: a few dozen SVGs, each refused with a message or drawn."""

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
        [sys.executable, "-m", "benchmarks.fuzz_svg", "--examples", "60", "--seed", "7"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["benchmark"] == "fuzz_svg"
    assert report["examples"] == 60
    assert report["failures"] == 0 and report["failed"] == []
    assert report["seed"] == 7
    assert report["refused"] + report["drawn"] == 60
    assert report["drawn"] > 0 and report["refused"] > 0
    assert report["met"]
