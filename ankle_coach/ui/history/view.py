"""The History page: what the check-ins advise, sessions per week and the pain trend as charts
(each with a text alternative), a calendar of the last weeks, and the list of every session and
check-in, with export and delete.

It reads the history through small aggregate queries (per-week and per-day counts in SQL, the
ratings of the chosen weeks) and a list model that loads its rows a page at a time, so ten years
of daily sessions open as fast as one week.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Final

from PySide6.QtCore import QEvent, QItemSelection, QObject, Qt, Signal, Slot
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ankle_coach.core.history import (
    CheckIn,
    Entry,
    History,
    HistoryError,
    Streaks,
    local_now,
    monday_of,
)
from ankle_coach.core.i18n import QT_TRANSLATE_NOOP
from ankle_coach.core.paths import Paths
from ankle_coach.core.schedule import local_zone
from ankle_coach.core.triage import current_advice
from ankle_coach.ui.check_in.notice import TriageNotice
from ankle_coach.ui.history.calendar import CALENDAR_WEEKS, CalendarStrip, calendar_summary
from ankle_coach.ui.history.charts import chart_view, draw_pain, draw_weeks, pain_text, weeks_text
from ankle_coach.ui.history.model import (
    Column,
    HistoryModel,
    Originals,
    column_name,
    no_originals,
    session_title,
)
from ankle_coach.ui.history.parts import heading, sample_days, text_box, tile, titled
from ankle_coach.ui.history.plan import PlanPanel, counts_words, export_planned, read_plan
from ankle_coach.ui.history.words import day_words, number_words, plural, time_words
from ankle_coach.ui.i18n import translate
from ankle_coach.ui.keys import show_focus
from ankle_coach.ui.session.flow import FlowRow
from ankle_coach.ui.theme import HEADING_SCALES, set_type_scale
from ankle_coach.ui.widgets.text import plain_label

#: The weeks the charts can show, as (weeks, words); the second is the default.
RANGES: Final = (
    (4, QT_TRANSLATE_NOOP("ui.history.view", "Last 4 weeks")),
    (12, QT_TRANSLATE_NOOP("ui.history.view", "Last 12 weeks")),
    (26, QT_TRANSLATE_NOOP("ui.history.view", "Last 6 months")),
    (52, QT_TRANSLATE_NOOP("ui.history.view", "Last year")),
)
DEFAULT_WEEKS: Final = 12


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
        paths: Paths | None = None,
        zone: Callable[[], tzinfo] = local_zone,
        titles: Callable[[str], str] | None = None,
        originals: Originals = no_originals,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyView")
        self.history = history
        self._now = now
        # The weekly plan against what was done (ui/history/plan.py): with the user's files only.
        self._paths = paths
        self._zone = zone
        self.plan_panel = PlanPanel(titles) if paths is not None else None
        self.weeks = DEFAULT_WEEKS
        self.overview: Overview | None = None

        title = QLabel(translate("ui.history.view", "History"))
        title.setObjectName("historyTitle")
        set_type_scale(title, HEADING_SCALES[1], bold=True)  # follows the text size
        self.range = QComboBox()
        self.range.setObjectName("range")
        # Named by its label: a screen reader says "Show: Last 12 weeks".
        range_label = QLabel(translate("ui.history.view", "Sh&ow:"))
        range_label.setBuddy(self.range)
        self.range.setAccessibleDescription(
            translate("ui.history.view", "Weeks shown in the charts")
        )
        for weeks, words in RANGES:
            self.range.addItem(translate("ui.history.view", words), weeks)
        self.range.setCurrentIndex([w for w, _ in RANGES].index(DEFAULT_WEEKS))
        self.range.currentIndexChanged.connect(self._on_range_current_index_changed)
        # A check box that keeps its words: "Show as text, checked" is what it does and whether
        # it is on (a button relabelled "Show as charts" read as the opposite of its state).
        self.as_text = QCheckBox(translate("ui.history.view", "Show as &text"))
        self.as_text.setObjectName("showAsText")
        self.as_text.setAccessibleDescription(
            translate("ui.history.view", "Show the charts as text and numbers")
        )
        self.as_text.toggled.connect(self._on_as_text_toggled)
        self.export_button = QPushButton(translate("ui.history.view", "Export CSV\u2026"))
        self.export_button.setObjectName("exportCsv")
        self.export_button.setAccessibleDescription(
            translate(
                "ui.history.view",
                "Save every session and check-in as a spreadsheet file, for example for a doctor",
            )
        )
        self.export_button.clicked.connect(self._on_export_button_clicked)
        # Rows that wrap when the page is narrow (1024 px, 200 % text): never a sideways scroll.
        header_row = QWidget()  # each row its own host: Tab goes in the order shown
        header = FlowRow(header_row)
        for widget in (title, range_label, self.range, self.as_text, self.export_button):
            header.addWidget(widget)

        self.notice = TriageNotice()
        self.notice.doctorGuidanceRequested.connect(self.doctorGuidanceRequested)

        # While check-ins are off the rules see nothing new: say so, with the way back.
        self.check_ins_off = QFrame()
        self.check_ins_off.setObjectName("checkInsOff")
        self.check_ins_off.setFrameShape(QFrame.Shape.StyledPanel)
        off_text = plain_label(
            translate(
                "ui.history.view",
                "Pain check-ins before and after sessions are off, so the see-a-doctor advice "
                "below only knows the check-ins you made before. Turn them back on to keep it "
                "up to date.",
            ),
            wrap="spaces",
            name="checkInsOffText",
        )
        self.turn_check_ins_on = QPushButton(translate("ui.history.view", "Turn check-ins on"))
        self.turn_check_ins_on.setObjectName("turnCheckInsOn")
        self.turn_check_ins_on.setAutoDefault(False)
        self.turn_check_ins_on.setAccessibleDescription(
            translate(
                "ui.history.view", "Ask how your ankle feels before and after each session again"
            )
        )
        self.turn_check_ins_on.clicked.connect(self.checkInsRequested)
        off_layout = QVBoxLayout(self.check_ins_off)
        off_layout.setContentsMargins(12, 8, 12, 8)
        off_layout.addWidget(off_text)
        off_layout.addWidget(self.turn_check_ins_on, 0, Qt.AlignmentFlag.AlignLeft)
        self.check_ins_off.hide()

        self.message = plain_label(wrap="spaces", name="historyMessage", selectable=True)
        self.message.hide()

        # -- the summary: numbers and the calendar
        self.tiles: dict[str, QLabel] = {}
        tiles = QGridLayout()
        tiles.setSpacing(10)
        for place, (key, words) in enumerate(
            (
                ("week", translate("ui.history.view", "this week")),
                ("total", translate("ui.history.view", "sessions in all")),
                ("streak", translate("ui.history.view", "current streak")),
                ("longest", translate("ui.history.view", "longest streak")),
            )
        ):
            card, number = tile(key, words)
            tiles.addWidget(card, place // 2, place % 2)
            self.tiles[key] = number
        # What counts, said where the counts are: a session stopped a minute in is in the list
        # but not in "this week" or the streak.
        self.counts_note = plain_label(counts_words(), wrap="spaces", name="countsNote")
        self.counts_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        tiles.addWidget(self.counts_note, 2, 0, 1, 2)
        self.calendar = CalendarStrip()
        numbers = QWidget()
        numbers.setLayout(tiles)
        tiles.setContentsMargins(0, 0, 0, 0)
        summary_row = QWidget()
        summary = FlowRow(summary_row, spacing=24)
        summary.addWidget(numbers)
        summary.addWidget(self.calendar)

        # -- the charts, or the same as text
        self.sessions_chart = chart_view("sessionsChart")
        self.sessions_chart.setAccessibleName(
            translate("ui.history.view", "Chart: sessions per week")
        )
        self.sessions_chart.installEventFilter(self)
        self._labelled_every = 0
        self.pain_chart = chart_view("painChart")
        self.pain_chart.setAccessibleName(translate("ui.history.view", "Chart: pain ratings"))
        self.pain_chart.chart().legend().setVisible(True)
        self.pain_chart.chart().legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        charts = QWidget()
        self._rows = [QHBoxLayout(charts)]  # side by side, or one above the other (_lay_out)
        charts_layout = self._rows[0]
        charts_layout.setContentsMargins(0, 0, 0, 0)
        charts_layout.setSpacing(16)
        sessions_title = translate("ui.history.view", "Sessions per week")
        pain_title = translate("ui.history.view", "Pain, 0 to 10")
        charts_layout.addLayout(titled(sessions_title, self.sessions_chart), 1)
        charts_layout.addLayout(
            titled(
                pain_title,
                self.pain_chart,
                note=translate("ui.history.view", "dashed line: 7, see a doctor"),
            ),
            1,
        )
        self.sessions_text = text_box(
            "sessionsText", translate("ui.history.view", "Sessions per week, as text")
        )
        self.pain_text = text_box("painText", translate("ui.history.view", "Pain ratings, as text"))
        texts = QWidget()
        texts_layout = QHBoxLayout(texts)
        self._rows.append(texts_layout)
        texts_layout.setContentsMargins(0, 0, 0, 0)
        texts_layout.setSpacing(16)
        texts_layout.addLayout(titled(sessions_title, self.sessions_text), 1)
        texts_layout.addLayout(titled(pain_title, self.pain_text), 1)
        self.chart_pages = QStackedWidget()
        self.chart_pages.addWidget(charts)
        self.chart_pages.addWidget(texts)

        # -- the list
        self.model = HistoryModel(history, self, originals)
        self.table = QTableView()
        self.table.setObjectName("historyTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(translate("ui.history.view", "Sessions and check-ins"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        # Two lines a row, wrapped at spaces: at the default size every column fits the page
        # with no sideways scrolling (the whole row is in the tooltip and spoken text).
        self.table.setWordWrap(True)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(2 * self.fontMetrics().height() + 10)
        header_view = self.table.horizontalHeader()
        header_view.setHighlightSections(False)
        header_view.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header_view.setStretchLastSection(True)
        # Widths from the longest text a column usually holds, not from the rows (which are
        metrics = self.table.fontMetrics()
        # loaded a page at a time); the time and the percentage wrap to the second line. The
        # routine and the warning signs share what is left.
        # (in the language shown: its longest weekday and month, its words, its headers)
        samples: dict[Column, list[str]] = {
            Column.WHEN: [f"{day_words(day, year=True)}," for day in sample_days()],
            Column.DONE: [translate("ui.history.words", "Not finished") + " \u00b7"],
            Column.PAIN: ["10 \u2192 10"],
        }
        for column, shown in samples.items():
            widest = max(metrics.horizontalAdvance(text) for text in [*shown, column_name(column)])
            self.table.setColumnWidth(column, widest + 28)
        header_view.setStretchLastSection(False)
        for column in (Column.WHAT, Column.SIGNS):
            header_view.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(120)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.delete_button = QPushButton(translate("ui.history.view", "Delete entry\u2026"))
        self.delete_button.setObjectName("deleteEntry")
        self.delete_button.setEnabled(False)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.delete_all_button = QPushButton(translate("ui.history.view", "Delete all\u2026"))
        self.delete_all_button.setObjectName("deleteAll")
        self.delete_all_button.clicked.connect(self._on_delete_all_button_clicked)
        self.list_title = heading(translate("ui.history.view", "Sessions and check-ins"))
        list_row = QWidget()
        list_header = FlowRow(list_row)
        for widget in (self.list_title, self.delete_button, self.delete_all_button):
            list_header.addWidget(widget)

        # Everything scrolls when the window is short or the text large; the list still takes
        # the room there is.
        content = QWidget()
        content.setObjectName("historyContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(header_row)
        layout.addWidget(self.message)
        layout.addWidget(self.check_ins_off)
        layout.addWidget(self.notice)
        layout.addWidget(summary_row)
        if self.plan_panel is not None:
            layout.addWidget(self.plan_panel)
        layout.addWidget(self.chart_pages, 3)
        layout.addWidget(list_row)
        layout.addWidget(self.table, 4)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("historyScroll")
        self.scroll_area.setAccessibleName(translate("ui.history.view", "History page"))
        show_focus(self.scroll_area)
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
            if self.plan_panel is not None and self._paths is not None:
                self.plan_panel.show_report(read_plan(self._paths, self.history, now, self._zone()))
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
            raise ValueError(
                f"the charts show one of {[w for w, _ in RANGES]} weeks, not {weeks}"
            )  # a programming error: not translated
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
            self,
            translate("ui.history.view", "Export the history"),
            str(suggested),
            translate("ui.history.view", "CSV files") + " (*.csv)",
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
                translate(
                    "ui.history.view", "The history could not be exported to {path}: {reason}."
                ).format(path=path, reason=exc.strerror or exc)
            )
            return None
        except HistoryError as exc:
            self.show_message(str(exc))
            return None
        said = ""
        if self._paths is not None:
            planned = path.with_name(f"{path.stem}-planned{path.suffix or '.csv'}")
            try:
                rows = export_planned(self._paths, self.history, planned, self._now(), self._zone())
            except (OSError, HistoryError) as exc:
                said = " " + translate(
                    "ui.history.view",
                    "The planned sessions could not be exported to {path}: {reason}.",
                ).format(path=planned, reason=exc)
            else:
                if rows:
                    said = " " + translate("ui.history.view", "{planned} to {path}.").format(
                        planned=plural(rows, "planned session"), path=planned
                    )
        exported = translate("ui.history.view", "Exported {sessions} and {check_ins} to {path}.")
        self.show_message(
            exported.format(
                sessions=plural(counts.sessions, "session"),
                check_ins=plural(counts.check_ins, "check-in"),
                path=path,
            )
            + said
        )
        self.exported.emit(str(path))
        return path

    def delete_selected(self) -> bool:
        entry = self.selected_entry()
        if entry is None:
            return False
        when = time_words(entry.at)
        if entry.session is not None and entry.check_ins:
            question = translate(
                "ui.history.view",
                "Delete the session \u201c{title}\u201d of {time} and its check-ins? This cannot "
                "be undone.",
            ).format(title=session_title(entry, self.model.originals), time=when)
        elif entry.session is not None:
            question = translate(
                "ui.history.view",
                "Delete the session \u201c{title}\u201d of {time}? This cannot be undone.",
            ).format(title=session_title(entry, self.model.originals), time=when)
        else:
            question = translate(
                "ui.history.view", "Delete the pain check-in of {time}? This cannot be undone."
            ).format(time=when)
        if not self.confirm(translate("ui.history.view", "Delete this entry?"), question):
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
        self.show_message(translate("ui.history.view", "The entry was deleted."))
        self.historyChanged.emit()
        return True

    def delete_all(self) -> bool:
        overview = self.overview
        sessions = overview.total_sessions if overview else 0
        check_ins = overview.total_check_ins if overview else 0
        question = translate(
            "ui.history.view",
            "Delete all {sessions} and {check_ins}? This cannot be undone. Export them first if "
            "you may want them, for example for a doctor.",
        ).format(sessions=plural(sessions, "session"), check_ins=plural(check_ins, "check-in"))
        if not self.confirm(translate("ui.history.view", "Delete the whole history?"), question):
            return False
        try:
            self.history.delete_all()
        except HistoryError as exc:
            self.show_message(str(exc))
            return False
        self.refresh()
        self.show_message(translate("ui.history.view", "The history was deleted."))
        self.historyChanged.emit()
        return True

    # -- showing -------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_to_font()
            self._lay_out()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._lay_out()

    def _lay_out(self) -> None:
        """The two charts (or texts) side by side where the page has room for both, else one
        above the other: the page never scrolls sideways (1024 px at 200 % text)."""
        room = self.width() - 2 * 20 - self.scroll_area.verticalScrollBar().sizeHint().width()
        for row in self._rows:
            items = [row.itemAt(number) for number in range(row.count())]
            halves = [item.minimumSize().width() for item in items if item is not None]
            across = sum(halves) + row.spacing() <= room
            direction = (
                QBoxLayout.Direction.LeftToRight if across else QBoxLayout.Direction.TopToBottom
            )
            if row.direction() != direction:
                row.setDirection(direction)

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
        self.tiles["streak"].setText(plural(found.current, "day"))
        self.tiles["longest"].setText(plural(found.longest, "day"))
        self.tiles["total"].setText(number_words(overview.total_sessions))
        self.tiles["week"].setAccessibleName(
            translate("ui.history.view", "This week: {sessions}").format(
                sessions=plural(this_week, "session")
            )
        )
        self.tiles["week"].setAccessibleDescription(counts_words())
        self.tiles["total"].setAccessibleName(
            translate("ui.history.view", "All sessions: {sessions}; check-ins: {check_ins}").format(
                sessions=number_words(overview.total_sessions),
                check_ins=number_words(overview.total_check_ins),
            )
        )
        self.calendar.set_days(overview.calendar, overview.calendar_first, today)
        summary = calendar_summary(overview.calendar, overview.calendar_first, today, found)
        self.calendar.setAccessibleName(translate("ui.history.view", "Calendar of sessions"))
        self.calendar.setAccessibleDescription(summary)
        self.calendar.setToolTip(summary)

    def _show_weeks(self, weeks: list[tuple[date, int]]) -> None:
        self._labelled_every = every = self._label_every()
        draw_weeks(self.sessions_chart, weeks, every, self.palette())

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
        draw_pain(
            self.pain_chart,
            ratings,
            first,
            today,
            weeks=self.weeks,
            palette=self.palette(),
            font=self.font(),
        )

    def _fill_texts(self) -> None:
        overview = self.overview
        if overview is None:
            return
        self.sessions_text.setPlainText(weeks_text(overview.weeks))
        self.pain_text.setPlainText(pain_text(overview.ratings, self.weeks))

    def _show_list_title(self) -> None:
        self.list_title.setText(
            translate("ui.history.view", "Sessions and check-ins ({count})").format(
                count=number_words(self.model.total)
            )
        )
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
