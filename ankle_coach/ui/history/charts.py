"""The History page's charts: sessions per week and the pain ratings, drawn into QtCharts
views, and each in words (the screen reader's description and "Show as text")."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

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
from PySide6.QtCore import QDateTime, QLocale, QMargins, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QFrame

from ankle_coach.core.history import CheckIn
from ankle_coach.ui.history.words import (
    day_words,
    number_words,
    plural,
    short_day,
    short_day_pattern,
    time_words,
)
from ankle_coach.ui.i18n import translate

#: Series colours: (on a light ground, on a dark one).
BEFORE = ("#1864ab", "#74c0fc")
AFTER = ("#2b8a3e", "#8ce99a")
ALONE = ("#7b2f99", "#e599f7")
SEE_A_DOCTOR = ("#c92a2a", "#ff8787")
BARS = ("#0b7285", "#3bc9db")


def weekly_summary(weeks: Sequence[tuple[date, int]]) -> str:
    """The sessions-per-week chart in words, for screen readers and "Show as text"."""
    if not weeks:
        return translate("ui.history.charts", "Sessions per week: no weeks to show.")
    counts = [count for _, count in weeks]
    total = sum(counts)
    first, last = weeks[0][0], weeks[-1][0]
    head = translate(
        "ui.history.charts",
        "Sessions per week, {count} weeks from the week of {first} to the week of {last}:",
    ).format(count=len(weeks), first=day_words(first, year=True), last=day_words(last, year=True))
    if total == 0:
        return head + " " + translate("ui.history.charts", "no sessions.")
    most = max(counts)
    busiest = next(week for week, count in weeks if count == most)
    empty = sum(1 for count in counts if count == 0)
    in_all = translate(
        "ui.history.charts",
        "In all {sessions}, {average} a week on average; the most was {most}, in the week of "
        "{busiest}.",
    ).format(
        sessions=plural(total, "session"),
        average=number_words(total / len(weeks), 1),
        most=most,
        busiest=day_words(busiest),
    )
    if empty:
        gaps = translate("ui.history.charts", "{weeks} without a session.").format(
            weeks=plural(empty, "week")
        )
    else:
        gaps = translate("ui.history.charts", "A session every week.")
    return f"{head} {', '.join(str(count) for count in counts)}. {in_all} {gaps}"


def pain_summary(check_ins: Sequence[CheckIn], weeks: int) -> str:
    """The pain chart in words."""
    rated = [c for c in check_ins if c.rating is not None]
    head = translate("ui.history.charts", "Pain ratings from 0 to 10, the last {weeks} weeks:")
    head = head.format(weeks=weeks)
    if not rated:
        return head + " " + translate("ui.history.charts", "no ratings.")
    parts = [f"{plural(len(rated), 'rating')}."]
    for when, words in (
        ("before", translate("ui.history.charts", "Before sessions")),
        ("after", translate("ui.history.charts", "After sessions")),
        ("standalone", translate("ui.history.charts", "On their own")),
    ):
        ratings = [c for c in rated if c.when == when]
        if not ratings:
            continue
        values = [c.rating for c in ratings if c.rating is not None]
        latest = ratings[-1]
        parts.append(
            translate(
                "ui.history.charts",
                "{group}: average {average}, from {low} to {high}; the latest {latest}, on {day}.",
            ).format(
                group=words,
                average=number_words(sum(values) / len(values), 1),
                low=min(values),
                high=max(values),
                latest=latest.rating,
                day=day_words(latest.at.date()),
            )
        )
    severe = sum(1 for c in rated if (c.rating or 0) >= 7)
    if severe:
        parts.append(
            translate("ui.history.charts", "{ratings} of 7 or more.").format(
                ratings=plural(severe, "rating")
            )
        )
    return head + " " + " ".join(parts)


def chart_view(name: str) -> QChartView:
    chart = QChart()
    chart.setLocale(QLocale())  # the dates on the axes in the window's language
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


def style_axis(axis: Any, palette: QPalette, *, grid: bool = True) -> None:
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


def nice_top(most: int) -> tuple[int, int]:
    """(top of the count axis, number of ticks): whole numbers, never fewer than 4."""
    top = max(4, most)
    step = 1 if top <= 8 else 2 if top <= 16 else 5
    top = step * math.ceil(top / step)
    return top, top // step + 1


def msecs(moment: datetime) -> int:
    """Milliseconds since the epoch, as QDateTimeAxis counts (a naive time is local time)."""
    return round(moment.timestamp() * 1000)


# -- drawing -------------------------------------------------------------------------------------


def draw_weeks(
    view: QChartView, weeks: Sequence[tuple[date, int]], every: int, palette: QPalette
) -> None:
    """Sessions per week as bars, labelled every `every` weeks counted back from the last;
    the same in words as the view's description and tooltip."""
    chart = view.chart()
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    bars = QBarSet(translate("ui.history.charts", "Sessions"))
    bars.append([float(count) for _, count in weeks])
    colour = QColor(BARS[1] if dark else BARS[0])
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
    for index in sorted(range(len(weeks) - 1, -1, -every)):
        labels.append(short_day(weeks[index][0]), index)
    style_axis(labels, palette, grid=False)
    chart.addAxis(labels, Qt.AlignmentFlag.AlignBottom)
    top, ticks = nice_top(max((count for _, count in weeks), default=0))
    counts = QValueAxis()
    counts.setRange(0, top)
    counts.setTickCount(ticks)
    counts.setLabelFormat("%d")
    style_axis(counts, palette)
    chart.addAxis(counts, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(counts)
    summary = weekly_summary(weeks)
    view.setAccessibleDescription(summary)
    view.setToolTip(summary)


def draw_pain(
    view: QChartView,
    ratings: Sequence[CheckIn],
    first: date,
    today: date,
    *,
    weeks: int,
    palette: QPalette,
    font: QFont,
) -> None:
    """The pain ratings from `first` to `today` as a line per moment (before, after, on their
    own) under the dashed line at 7; the same in words as the view's description and tooltip."""
    chart = view.chart()
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    start = QDateTime.fromMSecsSinceEpoch(msecs(datetime.combine(first, time())))
    end = QDateTime.fromMSecsSinceEpoch(msecs(datetime.combine(today + timedelta(days=1), time())))
    x_axis = QDateTimeAxis()
    x_axis.setRange(start, end)
    x_axis.setFormat(short_day_pattern())
    x_axis.setTickCount(5)
    style_axis(x_axis, palette, grid=False)
    y_axis = QValueAxis()
    y_axis.setRange(0, 10)
    y_axis.setTickCount(6)
    y_axis.setLabelFormat("%d")
    style_axis(y_axis, palette)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)

    threshold = QLineSeries()
    threshold.setName(translate("ui.history.charts", "7+: see a doctor"))
    pen = QPen(QColor(SEE_A_DOCTOR[1] if dark else SEE_A_DOCTOR[0]), 1.5)
    pen.setStyle(Qt.PenStyle.DashLine)
    threshold.setPen(pen)
    threshold.append(float(start.toMSecsSinceEpoch()), 7.0)
    threshold.append(float(end.toMSecsSinceEpoch()), 7.0)
    for when, name, colours in (
        ("before", translate("ui.history.charts", "Before"), BEFORE),
        ("after", translate("ui.history.charts", "After"), AFTER),
        ("standalone", translate("ui.history.charts", "Check-in only"), ALONE),
    ):
        points = [
            QPointF(float(msecs(c.at)), float(c.rating))
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
    small = QFont(font)
    small.setPointSizeF(max(1.0, small.pointSizeF() * 0.9))
    legend.setFont(small)
    summary = pain_summary(ratings, weeks)
    view.setAccessibleDescription(summary)
    view.setToolTip(summary)


# -- as text -------------------------------------------------------------------------------------


def weeks_text(weeks: Sequence[tuple[date, int]]) -> str:
    """The sessions-per-week chart as text: its summary, then a line a week."""
    lines = [weekly_summary(weeks), ""]
    lines += [
        translate("ui.history.charts", "Week of {day}: {count}").format(
            day=day_words(week, year=True), count=count
        )
        for week, count in weeks
    ]
    return "\n".join(lines)


def pain_text(ratings: Sequence[CheckIn], weeks: int) -> str:
    """The pain chart as text: its summary, then a line a rating."""
    lines = [pain_summary(ratings, weeks), ""]
    for check_in in ratings:
        if check_in.when == "before":
            when = translate("ui.history.charts", "before a session")
        elif check_in.when == "after":
            when = translate("ui.history.charts", "after a session")
        else:
            when = translate("ui.history.charts", "on its own")
        lines.append(
            translate("ui.history.charts", "{time}: {rating} ({when})").format(
                time=time_words(check_in.at), rating=check_in.rating, when=when
            )
        )
    return "\n".join(lines)
