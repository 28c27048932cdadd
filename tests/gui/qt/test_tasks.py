"""run_in_background: the task runs off the GUI thread; its value, its exception and its progress
arrive on the GUI thread; nothing arrives once the parent is gone."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from ankle_coach.qt.tasks import Done, run_in_background


def test_the_value_arrives_on_the_gui_thread(qtbot: QtBot) -> None:
    parent = QObject()
    seen: list[tuple[int, bool, bool]] = []

    def task() -> int:
        return 42 if threading.current_thread() is not threading.main_thread() else -1

    def on_done(done: Done[int]) -> None:
        seen.append((done.value, threading.current_thread() is threading.main_thread(), True))

    run_in_background(task, on_done, parent)
    qtbot.waitUntil(lambda: seen == [(42, True, True)])


def test_the_exception_arrives_and_is_raised_by_value(qtbot: QtBot) -> None:
    parent = QObject()
    errors: list[str] = []

    def task() -> int:
        raise OSError("disk full")

    def on_done(done: Done[int]) -> None:
        assert isinstance(done.error, OSError)
        with pytest.raises(OSError, match="disk full"):
            _ = done.value
        errors.append(str(done.error))

    run_in_background(task, on_done, parent)
    qtbot.waitUntil(lambda: errors == ["disk full"])


def test_progress_arrives_in_order_before_the_result(qtbot: QtBot) -> None:
    parent = QObject()
    events: list[object] = []

    def task(report: Callable[..., None]) -> str:
        for done in range(1, 4):
            report(done, 3)
        return "rendered"

    def on_progress(done: int, total: int) -> None:
        assert threading.current_thread() is threading.main_thread()
        events.append((done, total))

    run_in_background(task, lambda done: events.append(done.value), parent, on_progress=on_progress)
    qtbot.waitUntil(lambda: events[-1:] == ["rendered"])
    assert events == [(1, 3), (2, 3), (3, 3), "rendered"]


def test_nothing_arrives_once_the_parent_is_deleted(qtbot: QtBot) -> None:
    parent = QObject()
    release = threading.Event()
    seen: list[object] = []

    def task() -> str:
        release.wait(5)
        return "late"

    thread = run_in_background(task, seen.append, parent)
    parent.deleteLater()
    qtbot.waitUntil(lambda: _deleted(parent))
    release.set()
    thread.join(5)
    # A second task on a live parent is delivered: once it is, the first had its chance too.
    other = QObject()
    later: list[object] = []
    run_in_background(lambda: "next", later.append, other)
    qtbot.waitUntil(lambda: len(later) == 1)
    assert seen == []


def _deleted(obj: QObject) -> bool:
    try:
        obj.objectName()
    except RuntimeError:
        return True
    return False
