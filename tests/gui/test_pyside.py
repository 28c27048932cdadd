"""The installed PySide6 keeps Python's reference counts: a long session must not crash.

PySide6 6.12.0 on Python 3.11 dropped a reference to True/False/None on every signal emitted
without a receiver and every QTimer start/stop; after some 20,000 the interpreter aborts with
"bool_dealloc" or "none_dealloc". A session polls a few times a second, so hours of use hit it.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

# Runs a probe in a subprocess (tens of thousands of signals).
pytestmark = pytest.mark.slow

PROBE = """
import sys
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal

app = QCoreApplication([])


class Emitter(QObject):
    state = Signal(object)
    phase = Signal(str)
    done = Signal()


emitter = Emitter()
timer = QTimer(emitter)
timer.setTimerType(Qt.TimerType.PreciseTimer)
timer.setSingleShot(True)
before = (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None))
for _ in range(50_000):
    emitter.state.emit((1, 2))
    emitter.phase.emit("running")
    emitter.done.emit()
    timer.start(5)
    timer.stop()
after = (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None))
print(before, after)
assert all(abs(a - b) < 100 for a, b in zip(before, after)), (before, after)
"""


def test_signals_and_timers_keep_reference_counts() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
