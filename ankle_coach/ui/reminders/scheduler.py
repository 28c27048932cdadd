"""The timer that fires at the next reminder of the weekly plan.

Nothing is counted: each time the timer fires, what is due is asked of the core
(`schedule.missed` since the last look), from the wall clock, and the next wait is worked out
again. The wait is never longer than `WATCH_MS`, so a machine that slept past a reminder, or a
clock that was set or moved to another zone, is noticed within a minute of waking.

With no reminder (nothing switched on, nothing snoozed) there is nothing to ask: the time zone
and the plan's arithmetic are not even imported until the plan has a reminder.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot

if TYPE_CHECKING:
    from ankle_coach.core.schedule.arithmetic import Due
    from ankle_coach.core.schedule.model import WeeklyPlan

#: The longest the timer waits before looking at the wall clock again.
WATCH_MS = 60_000
#: A reminder noticed later than this after its time (the machine slept) is said as missed.
LATE = timedelta(minutes=15)
SNOOZE = timedelta(minutes=10)
#: A clock set back by more than this was wrong before; by less, it was only corrected.
SET_BACK = timedelta(hours=1)


class ReminderScheduler(QObject):
    """Fires the plan's reminders at their wall-clock time.

    `plan()`, `now()` (aware) and `zone()` are asked at each look, so tests give a fake clock
    and call `check()` (or let `timer` fire); the window gives the saved plan and the real clock.

    Signals:
        due(Due): a reminder's time has come (or a snoozed one's ten minutes are over).
        missed(list): reminders whose time passed more than LATE ago (the machine slept),
            at most one each, oldest first.
        nextChanged(object): the next reminder (a Due) or None, after each look.
    """

    due = Signal(object)
    missed = Signal(list)
    nextChanged = Signal(object)

    def __init__(
        self,
        plan: Callable[[], WeeklyPlan],
        now: Callable[[], datetime],
        zone: Callable[[], tzinfo],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._plan = plan
        self._now = now
        self._zone = zone
        self._last: datetime | None = None
        self._snoozed: list[Due] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.next: Due | None = None

    @property
    def last_looked(self) -> datetime | None:
        return self._last

    def start(self, last_looked: datetime) -> None:
        """Look for what is due from `last_looked` on (what was missed before it was said at
        the start), then keep looking."""
        self._last = last_looked
        self.check()

    def stop(self) -> None:
        self.timer.stop()

    def snooze(self, due: Due) -> datetime:
        """Remind of `due` again ten minutes from now; returns when."""
        from ankle_coach.core.schedule.arithmetic import Due

        again = Due(due.reminder, self._now() + SNOOZE)
        self._snoozed = [d for d in self._snoozed if d.reminder.id != due.reminder.id]
        self._snoozed.append(again)
        self._arm(self._now())
        return again.at

    def check(self) -> None:
        """Say what is due since the last look, then wait for the next."""
        now = self._now()
        last = self._last if self._last is not None else now
        # A clock set back a little (a time sync) does not say again what it said; set back
        # further (a wrong clock put right), the plan follows the clock as it is now.
        self._last = now if now < last - SET_BACK else max(now, last)
        if self._idle():
            self._arm(now)
            return
        from ankle_coach.core.schedule.arithmetic import missed

        zone = self._zone()
        found = missed(self._plan(), last, now, zone)
        late = [due for due in found if now - due.at > LATE]
        on_time = [due for due in found if now - due.at <= LATE]
        snoozed = [due for due in self._snoozed if due.at <= now]
        self._snoozed = [due for due in self._snoozed if due.at > now]
        if late:
            self.missed.emit(late)
        for due in [*on_time, *snoozed]:
            self.due.emit(due)
        self._arm(now)

    def _idle(self) -> bool:
        """Nothing switched on and nothing snoozed: no reminder can be due."""
        return not self._snoozed and not any(r.enabled for r in self._plan().reminders)

    def _arm(self, now: datetime) -> None:
        if self._idle():
            self.next = None
        else:
            from ankle_coach.core.schedule.arithmetic import next_due

            self.next = next_due(self._plan(), now, self._zone())
        waits = [due.at - now for due in self._snoozed]
        if self.next is not None:
            waits.append(self.next.at - now)
        self.nextChanged.emit(self.next)
        if not waits:
            self.timer.stop()
            return
        # a second after the moment: the look then finds it due, whatever the rounding
        wait_ms = int(min(waits).total_seconds() * 1000) + 1000
        self.timer.start(max(0, min(wait_ms, WATCH_MS)))

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.check()
