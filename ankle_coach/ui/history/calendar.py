"""The calendar strip: the last weeks' days as squares, shaded by the sessions on each, and
the same in words."""

from __future__ import annotations

import math
from datetime import date, timedelta
from typing import Final

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QHelpEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ankle_coach.core.history import Streaks, monday_of
from ankle_coach.ui.history.charts import BARS
from ankle_coach.ui.history.words import day_words, month_words, plural
from ankle_coach.ui.i18n import translate

#: The calendar always shows this many weeks, ending with this one.
CALENDAR_WEEKS: Final = 16


def calendar_summary(days: dict[date, int], first: date, last: date, found: Streaks) -> str:
    span = (last - first).days + 1
    weeks = (last - monday_of(first)).days // 7 + 1
    active = sum(1 for day, count in days.items() if first <= day <= last and count)
    return translate(
        "ui.history.calendar",
        "Calendar of the last {weeks} weeks, since {first}: sessions on {active} of {span} "
        "days. Current streak {current}; longest {longest}.",
    ).format(
        weeks=weeks,
        first=day_words(first),
        active=active,
        span=span,
        current=plural(found.current, "day"),
        longest=plural(found.longest, "day"),
    )


#: The weekdays named beside the calendar's rows (0 is Monday).
LABELLED_DAYS: Final = (0, 2, 4)


def weekday_letters() -> list[str]:
    """The names beside the rows of LABELLED_DAYS: the narrow ones ("M", "W", "F"; "L", "X",
    "V" in Spanish), or two letters where they are alike (German "M", "M": "Mo", "Mi")."""
    locale = QLocale()
    narrow = [
        locale.standaloneDayName(day + 1, QLocale.FormatType.NarrowFormat) for day in LABELLED_DAYS
    ]
    if len(set(narrow)) == len(narrow):
        return narrow
    short = [
        locale.standaloneDayName(day + 1, QLocale.FormatType.ShortFormat) for day in LABELLED_DAYS
    ]
    return [name.rstrip(".")[:2] for name in short]


class CalendarStrip(QWidget):
    """Days as squares, a column per week (Monday at the top), shaded by sessions that day."""

    CELL: Final = 12
    GAP: Final = 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendar")
        self.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.first = monday_of(date.today())
        self.today = date.today()
        self.counts: dict[date, int] = {}

    def set_days(self, counts: dict[date, int], first: date, today: date) -> None:
        self.counts, self.first, self.today = counts, first, today
        self.updateGeometry()
        self.update()

    @property
    def weeks(self) -> int:
        return (self.today - self.first).days // 7 + 1

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        step = self.CELL + self.GAP
        # Room on the right for a month name that starts in the last week.
        metrics = self.fontMetrics()
        right = 4 + max(
            metrics.horizontalAdvance(month_words(date(2026, month, 1))) for month in range(1, 13)
        )
        return QSize(24 + self.weeks * step + right, 7 * step + self._label_height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self.sizeHint()

    def _label_height(self) -> int:
        return self.fontMetrics().height() + 4

    def _cell_rect(self, day: date) -> QRectF:
        step = self.CELL + self.GAP
        week = (day - self.first).days // 7
        return QRectF(
            24 + week * step, self._label_height() + day.weekday() * step, self.CELL, self.CELL
        )

    def day_at(self, x: float, y: float) -> date | None:
        step = self.CELL + self.GAP
        week = math.floor((x - 24) / step)
        weekday = math.floor((y - self._label_height()) / step)
        if not (0 <= week < self.weeks and 0 <= weekday < 7):
            return None
        day = self.first + timedelta(days=week * 7 + weekday)
        return day if day <= self.today else None

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
        strong = QColor(BARS[1] if dark else BARS[0])
        empty = palette.color(QPalette.ColorRole.AlternateBase)
        if empty == palette.color(QPalette.ColorRole.Window):
            empty = palette.color(QPalette.ColorRole.Midlight)
        text = palette.color(QPalette.ColorRole.PlaceholderText)
        painter.setPen(text)
        small = QFont(self.font())
        small.setPointSizeF(max(1.0, small.pointSizeF() * 0.85))
        painter.setFont(small)
        for weekday, letter in zip(LABELLED_DAYS, weekday_letters(), strict=True):
            rect = self._cell_rect(self.first + timedelta(days=weekday))
            painter.drawText(
                QRectF(0, rect.top(), 20, rect.height()), Qt.AlignmentFlag.AlignVCenter, letter
            )
        month = None
        for week in range(self.weeks):
            monday = self.first + timedelta(days=7 * week)
            if monday.month != month and (week or monday.day <= 7):
                month = monday.month
                rect = self._cell_rect(monday)
                painter.drawText(
                    QPointF(rect.left(), self._label_height() - 6), month_words(monday)
                )
            month = monday.month
        painter.setPen(Qt.PenStyle.NoPen)
        day = self.first
        while day <= self.today:
            count = self.counts.get(day, 0)
            colour = QColor(strong)
            if count == 0:
                colour = empty
            elif count == 1:
                colour.setAlphaF(0.55)
            painter.setBrush(colour)
            painter.drawRoundedRect(self._cell_rect(day), 3, 3)
            day += timedelta(days=1)
        outline = QPen(palette.color(QPalette.ColorRole.WindowText), 1.5)
        painter.setPen(outline)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(self._cell_rect(self.today).adjusted(-1, -1, 1, 1), 3, 3)
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            day = self.day_at(event.pos().x(), event.pos().y())
            if day is None:
                QToolTip.hideText()
            else:
                count = self.counts.get(day, 0)
                if count:
                    sessions = plural(count, "session")
                else:
                    sessions = translate("ui.history.calendar", "no session")
                tip = translate("ui.history.calendar", "{day}: {sessions}").format(
                    day=day_words(day, year=True), sessions=sessions
                )
                QToolTip.showText(event.globalPos(), tip, self)
            return True
        return super().event(event)
