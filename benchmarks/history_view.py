"""Opening the History page over ten years of daily sessions (3,650 sessions, 7,300 check-ins):
from creating the view to its first paint, target under 300 ms.

Each run is a fresh interpreter with the Qt application already up and a window already painted,
as in the app when History is opened; the time is from `HistoryView(...)` to the end of the
paint pass that first paints it (an event filter sees the view's first Paint event; a zero timer
queued then fires once the whole pass, charts and table included, is done). Offscreen platform.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from benchmarks._common import report

TARGET_SECONDS = 0.3


def make_history(home: Path, days: int) -> tuple[int, int]:
    """A history with a session every day for `days` days up to today, each with a check-in
    before and after it; written in one transaction (the app writes each entry on its own)."""
    from ankle_coach.core.history import History, history_path
    from ankle_coach.core.paths import Paths

    paths = Paths.under(home)
    History.open(paths)[0].close()  # the schema, as the app makes it
    chance = random.Random(5)
    today = datetime.now().astimezone().replace(hour=18, minute=0, second=0, microsecond=0)
    sessions, check_ins = [], []
    pain = 5.0
    for number in range(days):
        start = today - timedelta(days=days - 1 - number, minutes=chance.randint(0, 90))
        end = start + timedelta(seconds=575)
        pain = min(10.0, max(0.0, pain + chance.uniform(-0.7, 0.7)))
        session_id = number + 1
        stamp = _stamp(start)
        sessions.append(
            (
                session_id,
                "after-run-recovery",
                "After-run recovery",
                *stamp,
                end.isoformat(timespec="seconds"),
                end.isoformat(timespec="seconds"),
                575.0,
                575.0,
                '["Standing calf stretch", "Calf raises", "Ankle circles"]',
                "finished",
            )
        )
        check_ins.append((*_stamp(start), "before", round(pain), "", session_id))
        check_ins.append((*_stamp(end), "after", max(0, round(pain) - 1), "", session_id))
    with sqlite3.connect(history_path(paths)) as raw:
        raw.executemany(
            "INSERT INTO sessions (id, routine_id, title, started_at, started_utc, started_day,"
            " ended_at, updated_at, total_seconds, done_seconds, exercises, outcome)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            sessions,
        )
        raw.executemany(
            "INSERT INTO check_ins (at, at_utc, day, moment, rating, red_flags, session_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            check_ins,
        )
    return len(sessions), len(check_ins)


def _stamp(moment: datetime) -> tuple[str, str, str]:
    from ankle_coach.core.history.model import _stamp as stamp

    return stamp(moment)


def measure(home: Path, weeks: int) -> dict[str, float]:
    """One run, in this process: open the history, then time the view to its first paint."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel

    from ankle_coach.core.history import History
    from ankle_coach.core.paths import Paths
    from ankle_coach.ui.history.view import HistoryView

    app = QApplication([])
    window = QLabel("Ankle Coach")  # the app's window, already up and painted
    window.resize(400, 300)
    window.show()
    app.processEvents()

    started = time.perf_counter()
    history, message = History.open(Paths.under(home))
    opened = time.perf_counter() - started
    assert message is None, message

    times: dict[str, float] = {"open_seconds": opened}

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and "first_paint" not in times:
                times["first_paint"] = time.perf_counter() - begun
                QTimer.singleShot(0, done)
            return False

    def done() -> None:
        times["painted"] = time.perf_counter() - begun
        app.quit()

    spy = FirstPaint()
    begun = time.perf_counter()
    view = HistoryView(history)
    if weeks != view.weeks:
        view.set_weeks(weeks)
    times["built"] = time.perf_counter() - begun
    view.installEventFilter(spy)
    view.resize(1000, 760)
    view.show()
    QTimer.singleShot(5000, app.quit)  # never hang
    app.exec()
    times["rows_loaded"] = float(view.model.rowCount())
    times["rows_total"] = float(view.model.total)
    history.close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--days", type=int, default=3650)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--weeks", type=int, default=12, help="the charts' range: 4, 12 (the default), 26 or 52"
    )
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)  # one run, as a child
    args = parser.parse_args()
    if args.measure is not None:
        json.dump(measure(args.measure, args.weeks), sys.stdout)
        return

    home = Path(tempfile.mkdtemp(prefix="ankle-coach-bench-"))
    try:
        started = time.perf_counter()
        sessions, check_ins = make_history(home, args.days)
        built = time.perf_counter() - started
        runs = []
        for _ in range(args.runs):
            done = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "benchmarks.history_view",
                    "--measure",
                    str(home),
                    "--weeks",
                    str(args.weeks),
                ],
                capture_output=True,
                text=True,
                check=True,
                env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            )
            runs.append(json.loads(done.stdout))
        size = sum(f.stat().st_size for f in (home / "data").iterdir())
    finally:
        shutil.rmtree(home)
    painted = [run["painted"] for run in runs]
    median = statistics.median(painted)
    report(
        "history_view",
        sessions=sessions,
        check_ins=check_ins,
        database_bytes=size,
        chart_weeks=args.weeks,
        setup_seconds=round(built, 3),
        open_history_seconds_median=round(statistics.median(r["open_seconds"] for r in runs), 4),
        view_built_seconds_median=round(statistics.median(r["built"] for r in runs), 4),
        first_paint_event_seconds_median=round(
            statistics.median(r["first_paint"] for r in runs), 4
        ),
        first_paint_done_seconds_median=round(median, 4),
        first_paint_done_seconds_max=round(max(painted), 4),
        list_rows_loaded=int(runs[0]["rows_loaded"]),
        list_rows_total=int(runs[0]["rows_total"]),
        runs=args.runs,
        target_seconds=TARGET_SECONDS,
        met=median < TARGET_SECONDS,
    )


if __name__ == "__main__":
    main()
