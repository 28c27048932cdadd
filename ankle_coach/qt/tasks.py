"""Background work with one helper: run a task on a worker thread, hear its result on the GUI
thread (Anki's `run_in_background`).

`run_in_background(task, on_done, parent)` runs `task()` on a daemon thread and calls
`on_done(result)` on the thread of `parent` (the GUI thread) through one queued signal. `result`
is a `Done` holding the task's value or the exception it raised; `result.value` gives the value
or raises that exception again, so `on_done` handles failure where it reads the value. A task
given `on_progress` is called with a `report(*args)` function that delivers `on_progress(*args)`
the same way. When `parent` is deleted first, nothing is delivered: nobody is waiting.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Qt, Signal, Slot

T = TypeVar("T")


@dataclass(frozen=True)
class Done(Generic[T]):
    """What a background task came to: its value, or the exception it raised."""

    _value: T | None = None
    error: BaseException | None = None

    @property
    def value(self) -> T:
        """The task's value; raises the task's exception when it raised one."""
        if self.error is not None:
            raise self.error
        return self._value  # type: ignore[return-value]


class _Courier(QObject):
    """Lives on the GUI thread; its one signal carries calls from the worker thread to it."""

    delivered = Signal(object)  # a function of no arguments, run on the GUI thread

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self._alive = True
        self.delivered.connect(self._on_delivered, Qt.ConnectionType.QueuedConnection)

    def post(self, call: Callable[[], object]) -> None:
        """From any thread: run `call` on the GUI thread, unless the parent is gone."""
        with self._lock:
            if self._alive:
                self.delivered.emit(call)

    @Slot(object)
    def _on_delivered(self, call: Callable[[], object]) -> None:
        call()

    @Slot()
    def forget(self) -> None:
        with self._lock:
            self._alive = False


def run_in_background(
    task: Callable[..., T],
    on_done: Callable[[Done[T]], object],
    parent: QObject,
    *,
    on_progress: Callable[..., object] | None = None,
    name: str = "background-task",
) -> threading.Thread:
    """Run `task` on a worker thread; `on_done(Done)` then runs on `parent`'s thread.

    With `on_progress`, `task` is called with one argument, `report(*args)`, which makes
    `on_progress(*args)` run on `parent`'s thread. Returns the (daemon) thread, for tests.
    """
    courier = _Courier(parent)
    # Deleting the parent deletes the courier on the GUI thread; its `destroyed` may come too
    # late for a worker already emitting, so the parent's own `destroyed` also closes it.
    parent.destroyed.connect(courier.forget, Qt.ConnectionType.DirectConnection)

    def report(*args: Any) -> None:
        assert on_progress is not None
        courier.post(lambda: on_progress(*args))

    def work() -> None:
        try:
            value = task(report) if on_progress is not None else task()
        except BaseException as exc:  # noqa: BLE001 - handed to on_done, which decides
            done: Done[T] = Done(error=exc)
        else:
            done = Done(value)

        def deliver() -> None:
            try:
                on_done(done)
            finally:
                courier.forget()
                courier.deleteLater()

        courier.post(deliver)

    thread = threading.Thread(target=work, name=name, daemon=True)
    thread.start()
    return thread
