"""The longest paint of the worst accepted picture: how long the GUI thread is held, and how long
the picture takes to appear, in the illustration widget at the session view's size and at the
presenter's.

Pictures: the costliest SVG the limits of core/images.py accept (`worst_accepted_svg`: every
budget spent at once, a stroke crossing itself at nearly every corner allowed), the richest
built-in illustration, a 2 MiB SVG that is accepted (the largest style sheet allowed, the
costliest text to check and parse, and metadata), and a refused one (20,000 blurred circles,
900 KB: the check alone).

For each, at 400 x 300 and 1200 x 900 (offscreen): `set_image` (reading, checking and parsing,
on the GUI thread), then paints (`repaint()`, each timed) until the render thread's image is
back, then 30 more paints. Reported per picture and size: load ms, the longest paint while it
renders, first render ms (from the first paint to the picture drawn: the render thread's work),
and the longest paint after the first render.

Targets (issue 12): a paint after the first render < 16 ms; the first render of the worst
accepted picture < 200 ms; and, since the render is off the GUI thread, no load or paint on the
GUI thread over 200 ms either.

    python -m benchmarks.picture_worst_case [--runs 3] [--views session presenter]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks._common import report  # noqa: E402
from tests.support.pictures import blurred_circles, svg, worst_accepted_svg  # noqa: E402

TARGET_PAINT_MS = 16.0
TARGET_FIRST_RENDER_MS = 200.0
TARGET_GUI_THREAD_MS = 200.0
SIZES = {"session": (400, 300), "presenter": (1200, 900)}
LATER_PAINTS = 30


def _pictures(folder: Path) -> dict[str, Path]:
    from ankle_coach.core.images import MAX_IMAGE_BYTES, SVG_LIMITS, illustrations_dir

    builtins = sorted(illustrations_dir().glob("*.svg"), key=lambda path: path.stat().st_size)
    rule = "rect { fill: url(#a) }\n"  # the costliest text to check and parse, found by profiling
    sheet = rule * (SVG_LIMITS.style_characters // len(rule))
    metadata = "x" * (MAX_IMAGE_BYTES - len(sheet) - 2000)
    files = {
        "worst_accepted": worst_accepted_svg(),
        "largest_file": svg(
            f"<metadata>{metadata}</metadata><style>{sheet}</style>"
            '<circle id="a" cx="50" cy="37" r="30"/>'
        ),
        "refused": blurred_circles(20_000),
    }
    paths = {"richest_builtin": builtins[-1]}
    for name, data in files.items():
        paths[name] = folder / f"{name}.svg"
        paths[name].write_bytes(data)
    return paths


def _measure(path: Path, size: tuple[int, int]) -> dict[str, Any]:
    from PySide6.QtWidgets import QApplication

    from ankle_coach.ui.widgets import illustration
    from ankle_coach.ui.widgets.illustration import Illustration

    illustration._LOADED.clear()  # each run reads and checks the file, as a first showing does
    renderer = illustration._renderer()
    waited = time.perf_counter() + 300
    while not renderer.is_idle() and time.perf_counter() < waited:  # the last run's render
        QApplication.processEvents()
        time.sleep(0.01)
    widget = Illustration()
    widget.setFixedSize(*size)
    widget.show()
    QApplication.processEvents()
    started = time.perf_counter()
    widget.set_image(path)
    load = time.perf_counter() - started
    rendering: list[float] = []
    first_paint = time.perf_counter()
    deadline = first_paint + 120
    while True:
        started = time.perf_counter()
        widget.repaint()
        rendering.append(time.perf_counter() - started)
        if widget.is_rendered or not widget.has_image or time.perf_counter() > deadline:
            break
        QApplication.processEvents()
        time.sleep(0.001)  # a frame's worth of other work, so to speak
    first_render = time.perf_counter() - first_paint if widget.is_rendered else None
    later = []
    for _ in range(LATER_PAINTS):
        started = time.perf_counter()
        widget.repaint()
        later.append(time.perf_counter() - started)
    result = {
        "accepted": widget.has_image,
        "load_ms": round(load * 1000, 1),
        "longest_paint_while_rendering_ms": round(max(rendering) * 1000, 2),
        "first_render_ms": None if first_render is None else round(first_render * 1000, 1),
        "longest_paint_after_ms": round(max(later) * 1000, 2),
    }
    widget.close()
    widget.deleteLater()
    QApplication.processEvents()
    return result


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=3, help="default 3; the worst run counts")
    parser.add_argument(
        "--views", nargs="+", choices=list(SIZES), default=list(SIZES), help="default: both"
    )
    args = parser.parse_args()

    from PySide6.QtCore import QtMsgType, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])

    def quiet(kind: QtMsgType, context: object, message: str) -> None:
        pass  # qt.svg names what it does not draw; it is not what is measured

    qInstallMessageHandler(quiet)
    folder = Path(tempfile.mkdtemp(prefix="picture-worst-case-"))
    results: dict[str, dict[str, Any]] = {}
    for name, path in _pictures(folder).items():
        for view, size in SIZES.items():
            if view not in args.views:
                continue
            runs = [_measure(path, size) for _ in range(args.runs)]
            slowest = {
                key: max((run[key] for run in runs if run[key] is not None), default=None)
                for key in runs[0]
                if key != "accepted"
            }
            results[f"{name}_{view}"] = {"accepted": runs[0]["accepted"], **slowest}
    del app

    accepted = [result for result in results.values() if result["accepted"]]
    worst = {key: value for key, value in results.items() if key.startswith("worst_accepted")}
    paint_after = max(result["longest_paint_after_ms"] for result in accepted)
    gui_thread = max(
        max(result["load_ms"], result["longest_paint_while_rendering_ms"])
        for result in results.values()
    )
    first_render = max(result["first_render_ms"] or 0.0 for result in worst.values())
    report(
        "picture_worst_case",
        worst_first_render_ms=first_render,
        longest_paint_after_first_render_ms=paint_after,
        longest_gui_thread_ms=gui_thread,
        pictures=results,
        runs=args.runs,
        target_paint_ms=TARGET_PAINT_MS,
        target_first_render_ms=TARGET_FIRST_RENDER_MS,
        target_gui_thread_ms=TARGET_GUI_THREAD_MS,
        met=paint_after < TARGET_PAINT_MS
        and first_render < TARGET_FIRST_RENDER_MS
        and gui_thread < TARGET_GUI_THREAD_MS,
    )


if __name__ == "__main__":
    main()
