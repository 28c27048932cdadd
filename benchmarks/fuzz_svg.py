"""Fuzzing the picture checks: `--examples` (2,000) hostile SVGs through the app's whole path.

Hypothesis draws each SVG from tests/support/pictures.py: generated element trees (every kind of
element, hostile attribute values, sizes and viewBoxes, repeated elements), the hostile SVGs of
the tests with bytes changed, cut or repeated, `<use>` nested to any depth and fan-out, and
arbitrary bytes. Each goes through `image_problem` (the import's check) and, when that accepts
it, `Picture.load` and a render at 400 x 300 (what the window does, offscreen). The property:
"refused with a message" (a non-empty problem from either) or "accepted and drawn within bounds"
(rendered in under RENDER_BOUND_SECONDS); never another exception, never a hang (a real-time
alarm interrupts the check after 5 s; faulthandler ends the process if a render in C never
returns).

Reported: examples, failures (each shrunk falsifying example), refused / drawn counts, the
slowest check and the slowest render, and the seed (`--seed` replays a run).

    python -m benchmarks.fuzz_svg [--examples 2000] [--seed N]
"""

from __future__ import annotations

import argparse
import collections
import faulthandler
import os
import random
import time
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import hypothesis  # noqa: E402
from hypothesis import HealthCheck, Phase, given, settings  # noqa: E402
from hypothesis import seed as hypothesis_seed  # noqa: E402

from benchmarks._common import report  # noqa: E402
from tests.support.pictures import SVG_FAMILIES, svg_inputs  # noqa: E402
from tests.support.routine_inputs import hang_guard  # noqa: E402

#: An accepted picture must render at 400 x 300 within this (on the render thread).
RENDER_BOUND_SECONDS = 2.0
TARGET_FAILURES = 0
SHOWN_CHARACTERS = 600


class Unbounded(Exception):
    """An accepted picture took longer to render than RENDER_BOUND_SECONDS."""


def check_and_draw(data: bytes, directory: str) -> tuple[str, float, float]:
    """("refused" or "drawn", seconds checking, seconds rendering). Raises for anything else."""
    from pathlib import Path

    from PySide6.QtCore import QSize

    from ankle_coach.core.images import ImageError, image_problem
    from ankle_coach.ui.widgets.illustration import Picture

    started = time.perf_counter()
    with hang_guard():
        problem = image_problem("fuzz.svg", data)
    checked = time.perf_counter() - started
    if problem is not None:
        if not problem.strip():
            raise AssertionError("refused with an empty message")
        return "refused", checked, 0.0
    path = Path(directory) / "fuzz.svg"
    path.write_bytes(data)
    try:
        picture = Picture.load(path)
    except ImageError as exc:
        if not exc.message.strip():
            raise AssertionError("refused with an empty message") from exc
        return "refused", checked, 0.0
    started = time.perf_counter()
    image = picture.render(QSize(400, 300))
    rendered = time.perf_counter() - started
    if image.isNull():
        raise AssertionError("accepted, but rendered to a null image")
    if rendered > RENDER_BOUND_SECONDS:
        raise Unbounded(f"accepted, but took {rendered:.1f} s to render")
    return "drawn", checked, rendered


def _failures(error: BaseException) -> list[dict[str, Any]]:
    found = error.exceptions if isinstance(error, BaseExceptionGroup) else (error,)
    return [
        {
            "exception": f"{type(exc).__name__}: {exc}"[:SHOWN_CHARACTERS],
            "example": "\n".join(getattr(exc, "__notes__", []))[:SHOWN_CHARACTERS],
        }
        for exc in found
    ]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--examples", type=int, default=2_000, help="default 2,000")
    parser.add_argument("--seed", type=int, default=None, help="default: a new random one")
    args = parser.parse_args()
    run_seed = args.seed if args.seed is not None else random.SystemRandom().getrandbits(32)

    import tempfile

    from PySide6.QtCore import QtMsgType, qInstallMessageHandler
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])
    qt_messages: collections.Counter[str] = collections.Counter()

    def count_message(kind: QtMsgType, context: object, message: str) -> None:
        qt_messages[kind.name] += 1  # qt.svg says what it ignores; that is not a failure

    qInstallMessageHandler(count_message)

    outcomes: collections.Counter[str] = collections.Counter()
    by_family: dict[str, collections.Counter[str]] = {
        family: collections.Counter() for family in SVG_FAMILIES
    }
    slowest_check: list[Any] = [0.0, ""]
    slowest_render: list[Any] = [0.0, ""]
    directory = tempfile.mkdtemp(prefix="fuzz-svg-")

    @settings(
        max_examples=args.examples,
        deadline=None,
        database=None,
        phases=[Phase.generate, Phase.shrink],
        suppress_health_check=list(HealthCheck),
        report_multiple_bugs=True,
    )
    @hypothesis_seed(run_seed)
    @given(svg_inputs())
    def fuzz(tagged: tuple[str, bytes]) -> None:
        family, data = tagged
        faulthandler.dump_traceback_later(60, exit=True)
        try:
            outcome, checked, rendered = check_and_draw(data, directory)
        finally:
            faulthandler.cancel_dump_traceback_later()
        outcomes[outcome] += 1
        by_family[family][outcome] += 1
        if checked > slowest_check[0]:
            slowest_check[:] = [checked, family]
        if rendered > slowest_render[0]:
            slowest_render[:] = [rendered, family]

    failures: list[dict[str, Any]] = []
    started = time.perf_counter()
    try:
        fuzz()
    except Exception as error:
        failures = _failures(error)
    wall = time.perf_counter() - started
    del app
    examples = outcomes["refused"] + outcomes["drawn"]
    report(
        "fuzz_svg",
        examples=examples,
        failures=len(failures),
        refused=outcomes["refused"],
        drawn=outcomes["drawn"],
        check_ms_max=round(slowest_check[0] * 1000, 3),
        render_ms_max=round(slowest_render[0] * 1000, 3),
        slowest_check_family=slowest_check[1],
        slowest_render_family=slowest_render[1],
        qt_messages=dict(qt_messages),
        wall_seconds=round(wall, 1),
        seed=run_seed,
        examples_by_family={family: dict(counts) for family, counts in by_family.items()},
        failed=failures,
        hypothesis=hypothesis.__version__,
        command=f"python -m benchmarks.fuzz_svg --examples {args.examples} --seed {run_seed}",
        target_failures=TARGET_FAILURES,
        target_render_ms=RENDER_BOUND_SECONDS * 1000,
        met=len(failures) <= TARGET_FAILURES and examples >= args.examples,
    )


if __name__ == "__main__":
    main()
