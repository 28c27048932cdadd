"""A wall clock that moves when told and a notifier that records, for the reminders' tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject

from ankle_coach.ui.reminders.notifier import Notice

BERLIN = ZoneInfo("Europe/Berlin")


class WallClock:
    """The wall clock, aware, moved by the test (forward, back, or across a sleep)."""

    def __init__(self, start: datetime) -> None:
        self.moment = start

    def __call__(self) -> datetime:
        return self.moment

    def advance(self, **step: float) -> None:
        self.moment += timedelta(**step)


class FakeNotifier:
    """Records each notice; `choose` is the user pressing an action on one."""

    def __init__(self) -> None:
        self.shown: list[Notice] = []
        self.closed = False
        self._on_action: Callable[[int, str], None] | None = None

    def make(self, on_action: Callable[[int, str], None], parent: QObject) -> FakeNotifier:
        self._on_action = on_action
        return self

    def notify(self, notice: Notice) -> None:
        self.shown.append(notice)

    def close(self) -> None:
        self.closed = True

    def choose(self, key: int, action: str) -> None:
        assert self._on_action is not None, "no notifier was made"
        self._on_action(key, action)
