"""The History page: what the check-ins advise, sessions per week and the pain trend as charts
(each with a text alternative), a calendar of the last weeks, and the list of every session and
check-in, with export and delete.

It reads the history through small aggregate queries (per-week and per-day counts in SQL, the
ratings of the chosen weeks) and a list model that loads its rows a page at a time, so ten years
of daily sessions open as fast as one week.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import IntEnum
from pathlib import Path
from typing import Any, Final

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QEvent,
    QItemSelection,
    QMargins,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ankle_coach.core.history import (
    RED_FLAG_WORDS,
    CheckIn,
    Entry,
    History,
    HistoryError,
    RedFlag,
    SessionRecord,
    Streaks,
    local_now,
    monday_of,
)
from ankle_coach.core.triage import current_advice
from ankle_coach.ui.check_in.notice import TriageNotice

Index = QModelIndex | QPersistentModelIndex

#: The weeks the charts can show, as (weeks, words); the second is the default.
RANGES: Final = (
    (4, "Last 4 weeks"),
    (12, "Last 12 weeks"),
    (26, "Last 6 months"),
    (52, "Last year"),
)
DEFAULT_WEEKS: Final = 12
#: The calendar always shows this many weeks, ending with this one.
CALENDAR_WEEKS: Final = 16
#: Rows the list loads at a time.
PAGE: Final = 100

#: Series colours: (on a light ground, on a dark one).
_BEFORE = ("#1864ab", "#74c0fc")
_AFTER = ("#2b8a3e", "#8ce99a")
_ALONE = ("#7b2f99", "#e599f7")
_SEE_A_DOCTOR = ("#c92a2a", "#ff8787")
_BARS = ("#0b7285", "#3bc9db")


# -- words ---------------------------------------------------------------------------------------


def day_words(day: date, *, year: bool = False) -> str:
    """ "Mon 2 Mar" (with the year: "Mon 2 Mar 2026")."""
    text = f"{day:%a} {day.day} {day:%b}"
    return f"{text} {day.year}" if year else text


def short_day(day: date) -> str:
    return f"{day.day} {day:%b}"


def time_words(moment: datetime) -> str:
    return f"{day_words(moment.date(), year=True)}, {moment:%H:%M}"


def _plural(number: int, noun: str) -> str:
    return f"{number:,} {noun}{'' if number == 1 else 's'}"


def outcome_words(session: SessionRecord) -> str:
    fraction = session.fraction_done
    percent = f"{fraction * 100:.0f}%" if fraction is not None else ""
    if session.outcome == "finished":
        return "Finished"
    words = "Stopped" if session.outcome == "stopped" else "Not finished"
    return f"{words} \u00b7 {percent}" if percent else words


def pain_words(check_ins: Sequence[CheckIn]) -> str:
    """ "3 \u2192 2" for before and after; a single rating alone; "\u2013" for a skipped one."""

    def rated(check_in: CheckIn | None) -> str:
        if check_in is None or check_in.rating is None:
            return "\u2013"
        return str(check_in.rating)

    before = next((c for c in check_ins if c.when == "before"), None)
    after = next((c for c in reversed(check_ins) if c.when == "after"), None)
    if before is None and after is None:
        return rated(check_ins[0]) if check_ins else ""
    return f"{rated(before)} \u2192 {rated(after)}"


def flags_words(check_ins: Sequence[CheckIn]) -> str:
    flags = {flag for check_in in check_ins for flag in check_in.red_flags}
    return ", ".join(RED_FLAG_WORDS[flag] for flag in RedFlag if flag in flags)


def weekly_summary(weeks: Sequence[tuple[date, int]]) -> str:
    """The sessions-per-week chart in words, for screen readers and "Show as text"."""
    if not weeks:
        return "Sessions per week: no weeks to show."
    counts = [count for _, count in weeks]
    total = sum(counts)
    first, last = weeks[0][0], weeks[-1][0]
    head = (
        f"Sessions per week, {len(weeks)} weeks from the week of {day_words(first, year=True)} "
        f"to the week of {day_words(last, year=True)}: "
    )
    if total == 0:
        return head + "no sessions."
    most = max(counts)
    busiest = next(week for week, count in weeks if count == most)
    empty = sum(1 for count in counts if count == 0)
    return (
        head
        + ", ".join(str(count) for count in counts)
        + f". In all {_plural(total, 'session')}, {total / len(weeks):.1f} a week on average; "
        f"the most was {most}, in the week of {day_words(busiest)}. "
        + (f"{_plural(empty, 'week')} without a session." if empty else "A session every week.")
    )


def pain_summary(check_ins: Sequence[CheckIn], weeks: int) -> str:
    """The pain chart in words."""
    rated = [c for c in check_ins if c.rating is not None]
    head = f"Pain ratings from 0 to 10, the last {weeks} weeks: "
    if not rated:
        return head + "no ratings."
    parts = [f"{_plural(len(rated), 'rating')}."]
    for when, words in (
        ("before", "Before sessions"),
        ("after", "After sessions"),
        ("standalone", "On their own"),
    ):
        ratings = [c for c in rated if c.when == when]
        if not ratings:
            continue
        values = [c.rating for c in ratings if c.rating is not None]
        latest = ratings[-1]
        parts.append(
            f"{words}: average {sum(values) / len(values):.1f}, from {min(values)} to "
            f"{max(values)}; the latest {latest.rating}, on {day_words(latest.at.date())}."
        )
    severe = sum(1 for c in rated if (c.rating or 0) >= 7)
    if severe:
        parts.append(f"{_plural(severe, 'rating')} of 7 or more.")
    return head + " ".join(parts)


def calendar_summary(days: dict[date, int], first: date, last: date, found: Streaks) -> str:
    span = (last - first).days + 1
    weeks = (last - monday_of(first)).days // 7 + 1
    active = sum(1 for day, count in days.items() if first <= day <= last and count)
    return (
        f"Calendar of the last {weeks} weeks, since {day_words(first)}: sessions on {active} "
        f"of {span} days. "
        f"Current streak {_plural(found.current, 'day')}; longest {_plural(found.longest, 'day')}."
    )


# -- the list ------------------------------------------------------------------------------------


class Role(IntEnum):
    ENTRY = Qt.ItemDataRole.UserRole + 1  # the Entry
    KIND = Qt.ItemDataRole.UserRole + 2  # "session" or "check-in"
    ID = Qt.ItemDataRole.UserRole + 3  # the session's id, or the lone check-in's


class Column(IntEnum):
    WHEN = 0
    WHAT = 1
    DONE = 2
    PAIN = 3
    SIGNS = 4


HEADERS: Final = {
    Column.WHEN: "When",
    Column.WHAT: "Routine",
    Column.DONE: "Done",
    Column.PAIN: "Pain",
    Column.SIGNS: "Warning signs",
}


HEADER_TIPS: Final = {
    Column.DONE: "How much of the routine was done",
    Column.PAIN: "Pain from 0 to 10: before the session \u2192 after it",
}


class HistoryModel(QAbstractTableModel):
    """Every session (with its check-ins) and every check-in of no session, newest first,
    loaded PAGE rows at a time as the view scrolls (`canFetchMore` / `fetchMore`)."""

    def __init__(self, history: History, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history = history
        self._entries: list[Entry] = []
        self._total = 0
        self.problem: str | None = None

    def reload(self) -> None:
        self.beginResetModel()
        self.problem = None
        try:
            self._total = self.history.entry_count()
            self._entries = self.history.entries(0, PAGE)
        except HistoryError as exc:
            self.problem = str(exc)
            self._total, self._entries = 0, []
        self.endResetModel()

    @property
    def total(self) -> int:
        """Rows in the history, loaded or not."""
        return self._total

    def entry(self, row: int) -> Entry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's API
        return 0 if parent.isValid() else len(Column)

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802 - Qt's API
        return not parent.isValid() and len(self._entries) < self._total

    def fetchMore(self, parent: Index) -> None:  # noqa: N802 - Qt's API
        if parent.isValid():
            return
        try:
            more = self.history.entries(len(self._entries), PAGE)
        except HistoryError as exc:
            self.problem = str(exc)
            self._total = len(self._entries)
            return
        if not more:
            self._total = len(self._entries)
            return
        first = len(self._entries)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._entries.extend(more)
        self.endInsertRows()

    def headerData(  # noqa: N802 - Qt's API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[Column(section)]
        if role == Qt.ItemDataRole.ToolTipRole:
            return HEADER_TIPS.get(Column(section))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _cell(entry, Column(index.column()))
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tooltip(entry)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return _spoken(entry)
        if role == Role.ENTRY:
            return entry
        if role == Role.KIND:
            return entry.kind
        if role == Role.ID:
            if entry.session is not None:
                return entry.session.id
            return entry.check_ins[0].id
        return None


def _cell(entry: Entry, column: Column) -> str:
    session = entry.session
    if column is Column.WHEN:
        return time_words(entry.at)
    if column is Column.WHAT:
        return session.title if session is not None else "Pain check-in"
    if column is Column.DONE:
        return outcome_words(session) if session is not None else ""
    if column is Column.PAIN:
        return pain_words(entry.check_ins)
    return flags_words(entry.check_ins)


def _tooltip(entry: Entry) -> str | None:
    if entry.session is None:
        return None
    done = entry.session.completed_exercises
    return "Completed: " + ", ".join(done) if done else "No exercise completed."


def _spoken(entry: Entry) -> str:
    parts = [time_words(entry.at)]
    if entry.session is not None:
        parts += [entry.session.title, outcome_words(entry.session).replace("\u00b7", ",")]
    else:
        parts.append("pain check-in")
    for check_in in entry.check_ins:
        words = {"before": "pain before", "after": "pain after"}.get(check_in.when, "pain")
        parts.append(
            f"{words} {check_in.rating}" if check_in.rating is not None else f"{words} not rated"
        )
    signs = flags_words(entry.check_ins)
    if signs:
        parts.append(f"warning signs: {signs}")
    return ", ".join(parts)


# -- the calendar --------------------------------------------------------------------------------


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
        right = self.fontMetrics().horizontalAdvance("May") + 4
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
        strong = QColor(_BARS[1] if dark else _BARS[0])
        empty = palette.color(QPalette.ColorRole.AlternateBase)
        if empty == palette.color(QPalette.ColorRole.Window):
            empty = palette.color(QPalette.ColorRole.Midlight)
        text = palette.color(QPalette.ColorRole.PlaceholderText)
        painter.setPen(text)
        small = QFont(self.font())
        small.setPointSizeF(max(1.0, small.pointSizeF() * 0.85))
        painter.setFont(small)
        for weekday, letter in ((0, "M"), (2, "W"), (4, "F")):
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
                painter.drawText(QPointF(rect.left(), self._label_height() - 6), f"{monday:%b}")
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
                sessions = _plural(count, "session") if count else "no session"
                QToolTip.showText(
                    event.globalPos(), f"{day_words(day, year=True)}: {sessions}", self
                )
            return True
        return super().event(event)


# -- charts --------------------------------------------------------------------------------------


def _chart_view(name: str) -> QChartView:
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundVisible(False)
    chart.setMargins(QMargins(4, 4, 16, 4))  # room for the last date label on the right
    chart.layout().setContentsMargins(0, 0, 0, 0)
    chart.legend().setVisible(False)
    view = QChartView(chart)
    view.setObjectName(name)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # so a screen reader can reach its description
    view.setFrameShape(QFrame.Shape.NoFrame)
    view.setStyleSheet("background: transparent;")
    return view


def _style_axis(axis: Any, palette: QPalette, *, grid: bool = True) -> None:
    axis.setLabelsBrush(QBrush(palette.color(QPalette.ColorRole.WindowText)))
    line = QColor(palette.color(QPalette.ColorRole.WindowText))
    line.setAlphaF(0.35)
    axis.setLinePen(QPen(line))
    grid_colour = QColor(line)
    grid_colour.setAlphaF(0.12)
    axis.setGridLinePen(QPen(grid_colour))
    axis.setGridLineVisible(grid)
    axis.setMinorGridLineVisible(False)
    axis.setTruncateLabels(False)  # "10" elided to "..." is worse than a label a little tight


def _nice_top(most: int) -> tuple[int, int]:
    """(top of the count axis, number of ticks): whole numbers, never fewer than 4."""
    top = max(4, most)
    step = 1 if top <= 8 else 2 if top <= 16 else 5
    top = step * math.ceil(top / step)
    return top, top // step + 1


@dataclass(frozen=True)
class Overview:
    """What the top of the page shows, read from the history in one go."""

    weeks: list[tuple[date, int]]
    ratings: list[CheckIn]
    calendar: dict[date, int]
    calendar_first: date
    streaks: Streaks
    total_sessions: int
    total_check_ins: int


class HistoryView(QWidget):
    """The History page. Reads `history` when built and on `refresh()`.

    Signals:
        doctorGuidanceRequested(): open the see-a-doctor guidance (the notice's button).
        historyChanged(): entries were deleted here.
        exported(str): the history was exported to this file.
        checkInsRequested(): "Turn check-ins on" was pressed; ask them again.
    """

    doctorGuidanceRequested = Signal()
    historyChanged = Signal()
    exported = Signal(str)
    checkInsRequested = Signal()

    def __init__(
        self,
        history: History,
        *,
        now: Callable[[], datetime] = local_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyView")
        self.history = history
        self._now = now
        self.weeks = DEFAULT_WEEKS
        self.overview: Overview | None = None

        title = QLabel("History")
        title.setObjectName("historyTitle")
        title_font = QFont(self.font())
        title_font.setBold(True)
        title_font.setPointSizeF(max(1.0, title_font.pointSizeF() * 1.5))
        title.setFont(title_font)
        self.range = QComboBox()
        self.range.setObjectName("range")
        self.range.setAccessibleName("Weeks shown in the charts")
        for weeks, words in RANGES:
            self.range.addItem(words, weeks)
        self.range.setCurrentIndex([w for w, _ in RANGES].index(DEFAULT_WEEKS))
        self.range.currentIndexChanged.connect(self._on_range_current_index_changed)
        self.as_text = QPushButton("Show as text")
        self.as_text.setObjectName("showAsText")
        self.as_text.setCheckable(True)
        self.as_text.setAccessibleDescription("Show the charts as text and numbers")
        self.as_text.toggled.connect(self._on_as_text_toggled)
        self.export_button = QPushButton("Export CSV\u2026")
        self.export_button.setObjectName("exportCsv")
        self.export_button.setAccessibleDescription(
            "Save every session and check-in as a spreadsheet file, for example for a doctor"
        )
        self.export_button.clicked.connect(self._on_export_button_clicked)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.range)
        header.addWidget(self.as_text)
        header.addWidget(self.export_button)

        self.notice = TriageNotice()
        self.notice.doctorGuidanceRequested.connect(self.doctorGuidanceRequested)

        # While check-ins are off the rules see nothing new: say so, with the way back.
        self.check_ins_off = QFrame()
        self.check_ins_off.setObjectName("checkInsOff")
        self.check_ins_off.setFrameShape(QFrame.Shape.StyledPanel)
        off_text = QLabel(
            "Pain check-ins before and after sessions are off, so the see-a-doctor advice "
            "below only knows the check-ins you made before. Turn them back on to keep it "
            "up to date."
        )
        off_text.setObjectName("checkInsOffText")
        off_text.setTextFormat(Qt.TextFormat.PlainText)
        off_text.setWordWrap(True)
        self.turn_check_ins_on = QPushButton("Turn check-ins on")
        self.turn_check_ins_on.setObjectName("turnCheckInsOn")
        self.turn_check_ins_on.setAutoDefault(False)
        self.turn_check_ins_on.setAccessibleDescription(
            "Ask how your ankle feels before and after each session again"
        )
        self.turn_check_ins_on.clicked.connect(self.checkInsRequested)
        off_layout = QHBoxLayout(self.check_ins_off)
        off_layout.setContentsMargins(12, 8, 12, 8)
        off_layout.addWidget(off_text, 1)
        off_layout.addWidget(self.turn_check_ins_on, 0, Qt.AlignmentFlag.AlignVCenter)
        self.check_ins_off.hide()

        self.message = QLabel()
        self.message.setObjectName("historyMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        # -- the summary: numbers and the calendar
        self.tiles: dict[str, QLabel] = {}
        tiles = QGridLayout()
        tiles.setSpacing(10)
        for place, (key, words) in enumerate(
            (
                ("week", "this week"),
                ("total", "sessions in all"),
                ("streak", "current streak"),
                ("longest", "longest streak"),
            )
        ):
            tile, number = _tile(key, words)
            tiles.addWidget(tile, place // 2, place % 2)
            self.tiles[key] = number
        self.calendar = CalendarStrip()
        summary = QHBoxLayout()
        summary.setSpacing(24)
        summary.addLayout(tiles)
        summary.addStretch(1)
        summary.addWidget(self.calendar, 0, Qt.AlignmentFlag.AlignVCenter)

        # -- the charts, or the same as text
        self.sessions_chart = _chart_view("sessionsChart")
        self.sessions_chart.setAccessibleName("Chart: sessions per week")
        self.sessions_chart.installEventFilter(self)
        self._labelled_every = 0
        self.pain_chart = _chart_view("painChart")
        self.pain_chart.setAccessibleName("Chart: pain ratings")
        self.pain_chart.chart().legend().setVisible(True)
        self.pain_chart.chart().legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        charts = QWidget()
        charts_layout = QHBoxLayout(charts)
        charts_layout.setContentsMargins(0, 0, 0, 0)
        charts_layout.setSpacing(16)
        charts_layout.addLayout(_titled("Sessions per week", self.sessions_chart), 1)
        charts_layout.addLayout(
            _titled("Pain, 0 to 10", self.pain_chart, note="dashed line: 7, see a doctor"), 1
        )
        self.sessions_text = _text_box("sessionsText", "Sessions per week, as text")
        self.pain_text = _text_box("painText", "Pain ratings, as text")
        texts = QWidget()
        texts_layout = QHBoxLayout(texts)
        texts_layout.setContentsMargins(0, 0, 0, 0)
        texts_layout.setSpacing(16)
        texts_layout.addLayout(_titled("Sessions per week", self.sessions_text), 1)
        texts_layout.addLayout(_titled("Pain, 0 to 10", self.pain_text), 1)
        self.chart_pages = QStackedWidget()
        self.chart_pages.addWidget(charts)
        self.chart_pages.addWidget(texts)

        # -- the list
        self.model = HistoryModel(history, self)
        self.table = QTableView()
        self.table.setObjectName("historyTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName("Sessions and check-ins")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header_view = self.table.horizontalHeader()
        header_view.setHighlightSections(False)
        header_view.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header_view.setStretchLastSection(True)
        # Widths from the longest text a column usually holds, not from the rows (which are
        # loaded a page at a time).
        metrics = self.table.fontMetrics()
        samples = {
            Column.WHEN: "Wed 30 Sep 2026, 18:30",
            Column.WHAT: "Foot massage with a ball",
            Column.DONE: "Not finished \u00b7 100%",
            Column.PAIN: "10 \u2192 10",
        }
        for column, sample in samples.items():
            self.table.setColumnWidth(column, metrics.horizontalAdvance(sample) + 28)
        self.table.setMinimumHeight(120)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.delete_button = QPushButton("Delete entry\u2026")
        self.delete_button.setObjectName("deleteEntry")
        self.delete_button.setEnabled(False)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.delete_all_button = QPushButton("Delete all\u2026")
        self.delete_all_button.setObjectName("deleteAll")
        self.delete_all_button.clicked.connect(self._on_delete_all_button_clicked)
        self.list_title = _heading("Sessions and check-ins")
        list_header = QHBoxLayout()
        list_header.addWidget(self.list_title)
        list_header.addStretch(1)
        list_header.addWidget(self.delete_button)
        list_header.addWidget(self.delete_all_button)

        # Everything scrolls when the window is short or the text large; the list still takes
        # the room there is.
        content = QWidget()
        content.setObjectName("historyContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addWidget(self.message)
        layout.addWidget(self.check_ins_off)
        layout.addWidget(self.notice)
        layout.addLayout(summary)
        layout.addWidget(self.chart_pages, 3)
        layout.addLayout(list_header)
        layout.addWidget(self.table, 4)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("historyScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)

        self._fit_to_font()
        self.refresh()

    # -- the public API ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the history again: the advice, the numbers, the charts and the list."""
        now = self._now()
        today = now.date()
        first = monday_of(today) - timedelta(weeks=self.weeks - 1)
        calendar_first = monday_of(today) - timedelta(weeks=CALENDAR_WEEKS - 1)
        try:
            counts = self.history.counts()
            overview = Overview(
                weeks=self.history.weekly_counts(first, today),
                ratings=self.history.check_ins(first, today, rated_only=True),
                calendar=self.history.daily_counts(calendar_first, today),
                calendar_first=calendar_first,
                streaks=self.history.streaks(today),
                total_sessions=counts.sessions,
                total_check_ins=counts.check_ins,
            )
            advice = current_advice(self.history, now)
        except HistoryError as exc:
            self.show_message(str(exc))
            return
        self.overview = overview
        self.notice.show_advice(advice)
        self._show_numbers(overview, today)
        self._show_weeks(overview.weeks)
        self._show_pain(overview.ratings, first, today)
        if self.as_text.isChecked():
            self._fill_texts()
        self.model.reload()
        self._show_list_title()
        if self.model.problem:
            self.show_message(self.model.problem)

    def show_check_ins_asked(self, asked: bool) -> None:
        """Whether check-ins are asked before and after sessions (Settings)."""
        self.check_ins_off.setVisible(not asked)

    def show_message(self, text: str) -> None:
        """A line at the top of the page (what an export or a delete did, or what went wrong)."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def set_weeks(self, weeks: int) -> None:
        index = self.range.findData(weeks)
        if index < 0:
            raise ValueError(f"the charts show one of {[w for w, _ in RANGES]} weeks, not {weeks}")
        self.range.setCurrentIndex(index)

    def selected_entry(self) -> Entry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry(rows[0].row()) if rows else None

    def confirm(self, title: str, text: str) -> bool:
        """Ask before deleting; tests replace this."""
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def choose_export_path(self) -> Path | None:
        """Where to export; tests replace this."""
        suggested = Path.home() / f"ankle-coach-history-{self._now():%Y-%m-%d}.csv"
        chosen, _ = QFileDialog.getSaveFileName(
            self, "Export the history", str(suggested), "CSV files (*.csv)"
        )
        return Path(chosen) if chosen else None

    def export_csv(self) -> Path | None:
        path = self.choose_export_path()
        if path is None:
            return None
        try:
            counts = self.history.export_csv(path)
        except OSError as exc:
            self.show_message(
                f"The history could not be exported to {path}: {exc.strerror or exc}."
            )
            return None
        except HistoryError as exc:
            self.show_message(str(exc))
            return None
        self.show_message(
            f"Exported {_plural(counts.sessions, 'session')} and "
            f"{_plural(counts.check_ins, 'check-in')} to {path}."
        )
        self.exported.emit(str(path))
        return path

    def delete_selected(self) -> bool:
        entry = self.selected_entry()
        if entry is None:
            return False
        if entry.session is not None:
            question = (
                f"Delete the session \u201c{entry.session.title}\u201d of {time_words(entry.at)}"
                + (" and its check-ins" if entry.check_ins else "")
                + "? This cannot be undone."
            )
        else:
            question = f"Delete the pain check-in of {time_words(entry.at)}? This cannot be undone."
        if not self.confirm("Delete this entry?", question):
            return False
        try:
            if entry.session is not None:
                self.history.delete_session(entry.session.id)
            else:
                check_in_id = entry.check_ins[0].id
                assert check_in_id is not None
                self.history.delete_check_in(check_in_id)
        except HistoryError as exc:
            self.show_message(str(exc))
            return False
        self.refresh()
        self.show_message("The entry was deleted.")
        self.historyChanged.emit()
        return True

    def delete_all(self) -> bool:
        overview = self.overview
        sessions = overview.total_sessions if overview else 0
        check_ins = overview.total_check_ins if overview else 0
        if not self.confirm(
            "Delete the whole history?",
            f"Delete all {_plural(sessions, 'session')} and {_plural(check_ins, 'check-in')}? "
            "This cannot be undone. Export them first if you may want them, for example for "
            "a doctor.",
        ):
            return False
        try:
            self.history.delete_all()
        except HistoryError as exc:
            self.show_message(str(exc))
            return False
        self.refresh()
        self.show_message("The history was deleted.")
        self.historyChanged.emit()
        return True

    # -- showing -------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_to_font()

    def _fit_to_font(self) -> None:
        """Charts tall enough for their labels at the text size chosen (too short, QtCharts
        elides the numbers on the axis to "...")."""
        line = self.fontMetrics().height()
        for view in (self.sessions_chart, self.pain_chart):
            view.setMinimumHeight(max(180, 11 * line))

    def _show_numbers(self, overview: Overview, today: date) -> None:
        this_week = overview.weeks[-1][1] if overview.weeks else 0
        found = overview.streaks
        self.tiles["week"].setText(str(this_week))
        self.tiles["streak"].setText(_plural(found.current, "day"))
        self.tiles["longest"].setText(_plural(found.longest, "day"))
        self.tiles["total"].setText(f"{overview.total_sessions:,}")
        self.tiles["week"].setAccessibleName(f"This week: {_plural(this_week, 'session')}")
        self.tiles["total"].setAccessibleName(
            f"All sessions: {overview.total_sessions:,}; check-ins: {overview.total_check_ins:,}"
        )
        self.calendar.set_days(overview.calendar, overview.calendar_first, today)
        summary = calendar_summary(overview.calendar, overview.calendar_first, today, found)
        self.calendar.setAccessibleName("Calendar of sessions")
        self.calendar.setAccessibleDescription(summary)
        self.calendar.setToolTip(summary)

    def _show_weeks(self, weeks: list[tuple[date, int]]) -> None:
        chart = self.sessions_chart.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        palette = self.palette()
        dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
        bars = QBarSet("Sessions")
        bars.append([float(count) for _, count in weeks])
        colour = QColor(_BARS[1] if dark else _BARS[0])
        bars.setColor(colour)
        bars.setBorderColor(colour)
        series = QBarSeries()
        series.append(bars)
        series.setBarWidth(0.7)
        chart.addSeries(series)
        slots = QBarCategoryAxis()
        slots.append([str(index) for index in range(len(weeks))])
        slots.setVisible(False)
        chart.addAxis(slots, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(slots)
        # Labels on an axis of their own, so that a long range can label every few weeks,
        # counted back from the current one. (Labels must be there before the axis is added:
        # the chart makes room for them only then.)
        labels = QCategoryAxis()
        labels.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        labels.setRange(-0.5, len(weeks) - 0.5)
        self._labelled_every = every = self._label_every()
        for index in sorted(range(len(weeks) - 1, -1, -every)):
            labels.append(short_day(weeks[index][0]), index)
        _style_axis(labels, palette, grid=False)
        chart.addAxis(labels, Qt.AlignmentFlag.AlignBottom)
        top, ticks = _nice_top(max((count for _, count in weeks), default=0))
        counts = QValueAxis()
        counts.setRange(0, top)
        counts.setTickCount(ticks)
        counts.setLabelFormat("%d")
        _style_axis(counts, palette)
        chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(counts)
        summary = weekly_summary(weeks)
        self.sessions_chart.setAccessibleDescription(summary)
        self.sessions_chart.setToolTip(summary)

    def _label_every(self) -> int:
        """Label every how many weeks, so that the labels fit the chart's width."""
        weeks = len(self.overview.weeks) if self.overview is not None else 0
        room = max(2, (self.sessions_chart.width() - 60) // 64)
        return max(1, math.ceil(weeks / room))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            watched is self.sessions_chart
            and event.type() == QEvent.Type.Resize
            and self.overview is not None
            and self._label_every() != self._labelled_every
        ):
            self._show_weeks(self.overview.weeks)
        return super().eventFilter(watched, event)

    def _show_pain(self, ratings: list[CheckIn], first: date, today: date) -> None:
        chart = self.pain_chart.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        palette = self.palette()
        dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
        start = QDateTime.fromMSecsSinceEpoch(_msecs(datetime.combine(first, time())))
        end = QDateTime.fromMSecsSinceEpoch(
            _msecs(datetime.combine(today + timedelta(days=1), time()))
        )
        x_axis = QDateTimeAxis()
        x_axis.setRange(start, end)
        x_axis.setFormat("d MMM")
        x_axis.setTickCount(5)
        _style_axis(x_axis, palette, grid=False)
        y_axis = QValueAxis()
        y_axis.setRange(0, 10)
        y_axis.setTickCount(6)
        y_axis.setLabelFormat("%d")
        _style_axis(y_axis, palette)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)

        threshold = QLineSeries()
        threshold.setName("7+: see a doctor")
        pen = QPen(QColor(_SEE_A_DOCTOR[1] if dark else _SEE_A_DOCTOR[0]), 1.5)
        pen.setStyle(Qt.PenStyle.DashLine)
        threshold.setPen(pen)
        threshold.append(float(start.toMSecsSinceEpoch()), 7.0)
        threshold.append(float(end.toMSecsSinceEpoch()), 7.0)
        for when, name, colours in (
            ("before", "Before", _BEFORE),
            ("after", "After", _AFTER),
            ("standalone", "Check-in only", _ALONE),
        ):
            points = [
                QPointF(float(_msecs(c.at)), float(c.rating))
                for c in ratings
                if c.when == when and c.rating is not None
            ]
            if not points and when == "standalone":
                continue
            series = QLineSeries()
            series.setName(name)
            series.replace(points)
            series.setPointsVisible(len(points) <= 120)
            series.setPen(QPen(QColor(colours[1] if dark else colours[0]), 2))
            chart.addSeries(series)
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
        chart.addSeries(threshold)
        threshold.attachAxis(x_axis)
        threshold.attachAxis(y_axis)
        for marker in chart.legend().markers(threshold):
            marker.setVisible(False)  # the heading says what the dashed line is
        legend = chart.legend()
        legend.setLabelColor(palette.color(QPalette.ColorRole.WindowText))
        small = QFont(self.font())
        small.setPointSizeF(max(1.0, small.pointSizeF() * 0.9))
        legend.setFont(small)
        summary = pain_summary(ratings, self.weeks)
        self.pain_chart.setAccessibleDescription(summary)
        self.pain_chart.setToolTip(summary)

    def _fill_texts(self) -> None:
        overview = self.overview
        if overview is None:
            return
        lines = [weekly_summary(overview.weeks), ""]
        lines += [
            f"Week of {day_words(week, year=True)}: {count}" for week, count in overview.weeks
        ]
        self.sessions_text.setPlainText("\n".join(lines))
        lines = [pain_summary(overview.ratings, self.weeks), ""]
        for check_in in overview.ratings:
            when = {"before": "before a session", "after": "after a session"}.get(
                check_in.when, "on its own"
            )
            lines.append(f"{time_words(check_in.at)}: {check_in.rating} ({when})")
        self.pain_text.setPlainText("\n".join(lines))

    def _show_list_title(self) -> None:
        self.list_title.setText(f"Sessions and check-ins ({self.model.total:,})")
        self.delete_all_button.setEnabled(self.model.total > 0)
        self.delete_button.setEnabled(self.selected_entry() is not None)

    # -- slots ---------------------------------------------------------------------------------

    @Slot(int)
    def _on_range_current_index_changed(self, index: int) -> None:
        weeks = self.range.itemData(index)
        if isinstance(weeks, int) and weeks != self.weeks:
            self.weeks = weeks
            self.refresh()

    @Slot(bool)
    def _on_as_text_toggled(self, on: bool) -> None:
        if on:
            self._fill_texts()
        self.chart_pages.setCurrentIndex(1 if on else 0)
        self.as_text.setText("Show as charts" if on else "Show as text")

    @Slot()
    def _on_export_button_clicked(self) -> None:
        self.export_csv()

    @Slot()
    def _on_delete_button_clicked(self) -> None:
        self.delete_selected()

    @Slot()
    def _on_delete_all_button_clicked(self) -> None:
        self.delete_all()

    @Slot(QItemSelection, QItemSelection)
    def _on_table_selection_changed(
        self, selected: QItemSelection, deselected: QItemSelection
    ) -> None:
        self.delete_button.setEnabled(self.selected_entry() is not None)


# -- building ------------------------------------------------------------------------------------


def _msecs(moment: datetime) -> int:
    """Milliseconds since the epoch, as QDateTimeAxis counts (a naive time is local time)."""
    return round(moment.timestamp() * 1000)


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(max(1.0, font.pointSizeF() * 1.1))
    label.setFont(font)
    return label


def _tile(key: str, words: str) -> tuple[QFrame, QLabel]:
    """A number over its caption, on a card."""
    tile = QFrame()
    tile.setObjectName("tile")
    tile.setStyleSheet("QFrame#tile { background: palette(alternate-base); border-radius: 8px; }")
    tile.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    number = QLabel("0")
    number.setObjectName(f"tile-{key}")
    number.setTextFormat(Qt.TextFormat.PlainText)
    font = QFont(number.font())
    font.setBold(True)
    font.setPointSizeF(max(1.0, font.pointSizeF() * 1.6))
    number.setFont(font)
    layout = QVBoxLayout(tile)
    layout.setContentsMargins(14, 8, 18, 10)
    layout.setSpacing(0)
    layout.addWidget(number)
    layout.addWidget(_small(words))
    return tile, number


def _small(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def _titled(title: str, widget: QWidget, *, note: str = "") -> QVBoxLayout:
    heading = QHBoxLayout()
    heading.setSpacing(8)
    heading.addWidget(_heading(title))
    if note:
        heading.addWidget(_small(note), 0, Qt.AlignmentFlag.AlignBaseline)
    heading.addStretch(1)
    layout = QVBoxLayout()
    layout.setSpacing(4)
    layout.addLayout(heading)
    layout.addWidget(widget, 1)
    return layout


def _text_box(name: str, accessible: str) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setObjectName(name)
    box.setReadOnly(True)
    box.setAccessibleName(accessible)
    box.setMinimumHeight(200)
    return box
