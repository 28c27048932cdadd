"""Fuzzing the routine loader: `--examples` (10,000) hostile files through parse_routine.

Hypothesis draws each file from tests/support/routine_inputs.py: arbitrary bytes, arbitrary TOML
(tomli-w), routine-shaped TOML, built-in routines with fields changed and with bytes changed, and
nesting thousands deep. The property: the loader returns a Routine that compile_plan accepts, or
raises RoutineError with problems it can print; never another exception. A real-time alarm
interrupts any example after 5 s (a hang); faulthandler ends the process if even that fails.

Reported: examples run, failures (the shrunk falsifying example of each), the time of each
example (parse and plan, not Hypothesis's generation): p50, p99 and max, the wall time, and the
seed (`--seed` replays a run). Targets: no failure, and no example over 1 s.

    python -m benchmarks.fuzz_loader [--examples 10000] [--seed N]
"""

from __future__ import annotations

import argparse
import collections
import faulthandler
import random
import time
from typing import Any

import hypothesis
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import seed as hypothesis_seed

from ankle_coach.core.routine import Routine
from benchmarks._common import percentile, report
from tests.support.routine_inputs import FAMILIES, HANG_SECONDS, inputs, timed_load

TARGET_FAILURES = 0
TARGET_MAX_EXAMPLE_SECONDS = 1.0
#: How much of a falsifying example the report keeps.
SHOWN_CHARACTERS = 600


def _failures(error: BaseException) -> list[dict[str, Any]]:
    """Each distinct failure Hypothesis found: the exception and its falsifying example."""
    found = error.exceptions if isinstance(error, BaseExceptionGroup) else (error,)
    failures = []
    for exc in found:
        notes = "\n".join(getattr(exc, "__notes__", []))
        failures.append(
            {
                "exception": f"{type(exc).__name__}: {exc}"[:SHOWN_CHARACTERS],
                "example": notes[:SHOWN_CHARACTERS],
            }
        )
    return failures


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--examples", type=int, default=10_000, help="default 10,000")
    parser.add_argument("--seed", type=int, default=None, help="default: a new random one")
    args = parser.parse_args()
    run_seed = args.seed if args.seed is not None else random.SystemRandom().getrandbits(32)

    seconds: list[float] = []
    outcomes: collections.Counter[str] = collections.Counter()
    by_family: dict[str, collections.Counter[str]] = {
        family: collections.Counter() for family in FAMILIES
    }

    @settings(
        max_examples=args.examples,
        deadline=None,  # timed below, per example, without Hypothesis's own overhead
        database=None,  # a run is its seed, nothing else
        phases=[Phase.generate, Phase.shrink],
        suppress_health_check=list(HealthCheck),
        report_multiple_bugs=True,
    )
    @hypothesis_seed(run_seed)
    @given(inputs())
    def fuzz(tagged: tuple[str, bytes]) -> None:
        family, data = tagged
        # The last resort, for a hang in C that the alarm in load() cannot interrupt.
        faulthandler.dump_traceback_later(HANG_SECONDS * 4, exit=True)
        try:
            outcome, took = timed_load(data)
        finally:
            faulthandler.cancel_dump_traceback_later()
        seconds.append(took)
        if took > slowest[0]:
            slowest[:] = [took, family, len(data), data[:80].decode("utf-8", "replace")]
        kind = "routine" if isinstance(outcome, Routine) else "routine_error"
        outcomes[kind] += 1
        by_family[family][kind] += 1

    slowest: list[Any] = [0.0, "", 0, ""]  # seconds, family, bytes, how the file starts
    failures: list[dict[str, Any]] = []
    started = time.perf_counter()
    try:
        fuzz()
    except Exception as error:  # what Hypothesis found, after shrinking it
        failures = _failures(error)
    wall = time.perf_counter() - started

    worst = max(seconds, default=0.0)
    report(
        "fuzz_loader",
        examples=len(seconds),
        failures=len(failures),
        routines_loaded=outcomes["routine"],
        routine_errors=outcomes["routine_error"],
        example_ms_p50=round(percentile(seconds, 0.50) * 1000, 3) if seconds else None,
        example_ms_p99=round(percentile(seconds, 0.99) * 1000, 3) if seconds else None,
        example_ms_max=round(worst * 1000, 3),
        slowest_example=dict(zip(["family", "bytes", "starts"], slowest[1:], strict=True)),
        wall_seconds=round(wall, 1),
        seed=run_seed,
        examples_by_family={family: dict(counts) for family, counts in by_family.items()},
        failed=failures,
        hang_seconds=HANG_SECONDS,
        hypothesis=hypothesis.__version__,
        command=f"python -m benchmarks.fuzz_loader --examples {args.examples} --seed {run_seed}",
        target_failures=TARGET_FAILURES,
        target_max_example_ms=TARGET_MAX_EXAMPLE_SECONDS * 1000,
        met=len(failures) <= TARGET_FAILURES
        and worst <= TARGET_MAX_EXAMPLE_SECONDS
        and len(seconds) >= args.examples,
    )


if __name__ == "__main__":
    main()
