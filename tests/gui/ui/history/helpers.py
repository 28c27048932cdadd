"""What the History page tests share: a fixed moment, a view on it, a session, the rows."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from pytestqt.qtbot import QtBot

from ankle_coach.core.history import History
from ankle_coach.ui.history.view import HistoryView

CET = timezone(timedelta(hours=1))
NOW = datetime(2026, 3, 4, 19, 0, tzinfo=CET)  # a Wednesday


def make_view(qtbot: QtBot, history: History) -> HistoryView:
    view = HistoryView(history, now=lambda: NOW)
    qtbot.addWidget(view)
    view.resize(1000, 760)
    view.show()
    qtbot.waitExposed(view)
    return view


def a_session(history: History, days_ago: int, title: str = "Calf raises") -> int:
    start = NOW - timedelta(days=days_ago, hours=1)
    session_id = history.start_session("calf-raises", title, 345, start)
    history.record_progress(session_id, 345, ["Calf raises"])
    history.finish_session(session_id, start + timedelta(minutes=6), "finished")
    return session_id


def rows(view: HistoryView) -> list[list[str]]:
    model = view.model
    return [
        [str(model.index(row, column).data()) for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]
