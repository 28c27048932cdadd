"""The History list model: the model tester, a page at a time, rows in words, the headers."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ankle_coach.core.history import CheckIn, History, RedFlag
from ankle_coach.core.history.model import CheckInMoment
from ankle_coach.ui import i18n
from ankle_coach.ui.history.model import PAGE, Column, HistoryModel, Role, spoken_pain
from ankle_coach.ui.history.words import pain_words
from tests.gui.ui.history.helpers import NOW, a_session, make_view, rows
from tests.gui.ui.window_rig import Rig, close_windows

__all__ = ["close_windows"]  # the rig's fixture closes its windows after each test

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


# -- the list model ----------------------------------------------------------------------------


def test_the_model_passes_the_model_tester(qtmodeltester: ModelTester, history: History) -> None:
    for day in range(5):
        session_id = a_session(history, day)
        history.add_check_in(
            CheckIn(NOW - timedelta(days=day), "after", day, session_id=session_id)
        )
    history.add_check_in(CheckIn(NOW, "standalone", None, frozenset({RedFlag.SWELLING})))
    model = HistoryModel(history)
    model.reload()
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]
    assert model.data(QModelIndex()) is None
    assert model.index(0, 0).data(Role.KIND) == "check-in"
    assert model.index(1, 0).data(Role.KIND) == "session"


def test_the_model_loads_a_page_at_a_time(history: History) -> None:
    for day in range(PAGE + 30):
        a_session(history, day)
    model = HistoryModel(history)
    model.reload()
    assert (model.rowCount(), model.total) == (PAGE, PAGE + 30)
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == PAGE + 30 and not model.canFetchMore(QModelIndex())
    days = [model.index(row, 0).data(Role.ENTRY).at for row in range(model.rowCount())]
    assert days == sorted(days, reverse=True)


def test_rows_say_what_happened_in_words(qtbot: QtBot, history: History) -> None:
    session_id = a_session(history, 0)
    history.add_check_in(CheckIn(NOW - timedelta(hours=1), "before", 4, session_id=session_id))
    history.add_check_in(
        CheckIn(NOW, "after", None, frozenset({RedFlag.PAIN_AT_REST_OR_NIGHT}), session_id)
    )
    stopped = history.start_session("ankle-circles", "Ankle circles", 200, NOW - timedelta(days=1))
    history.record_progress(stopped, 50, [])
    history.finish_session(stopped, NOW - timedelta(days=1), "stopped")
    view = make_view(qtbot, history)
    assert rows(view) == [
        [
            "Wed 4 Mar 2026, 18:00",
            "Calf raises",
            "Finished",
            "4 \u2192 \u2013",
            "Pain at rest or at night",
        ],
        ["Tue 3 Mar 2026, 19:00", "Ankle circles", "Stopped \u00b7 25%", "", ""],
    ]
    model = view.model
    spoken = [
        [model.index(row, column).data(Qt.ItemDataRole.AccessibleTextRole) for column in Column]
        for row in range(model.rowCount())
    ]
    assert spoken == [  # each cell its column and its own value, not the whole row
        [
            "When: Wed 4 Mar 2026, 18:00",
            "Routine: Calf raises",
            "Done: Finished",
            "Pain before: 4, after: not rated",
            "Warning signs: Pain at rest or at night",
        ],
        [
            "When: Tue 3 Mar 2026, 19:00",
            "Routine: Ankle circles",
            "Done: Stopped, 25%",
            "Pain: not asked",
            "Warning signs: none",
        ],
    ]
    assert view.model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == (
        "Completed: Calf raises\nWarning signs: Pain at rest or at night"
    )


def test_column_headers(history: History) -> None:
    model = HistoryModel(history)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(Column))]
    assert headers == ["When", "Routine", "Done", "Pain", "Warning signs"]
    assert "before the session" in model.headerData(
        Column.PAIN, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )


def _check_in(when: CheckInMoment, rating: int | None) -> CheckIn:
    return CheckIn(NOW, when, rating)


@pytest.mark.parametrize(
    ("check_ins", "shown", "spoken"),
    [
        ([], "", "Pain: not asked"),
        ([_check_in("standalone", 5)], "5", "Pain: 5"),
        ([_check_in("standalone", None)], "\u2013", "Pain: not rated"),
        ([_check_in("before", 3)], "3 \u2192 \u2013", "Pain before: 3, after: not asked"),
        ([_check_in("after", 2)], "\u2013 \u2192 2", "Pain before: not asked, after: 2"),
        (
            [_check_in("before", 3), _check_in("after", 2)],
            "3 \u2192 2",
            "Pain before: 3, after: 2",
        ),
        (
            [_check_in("before", None), _check_in("after", 0)],
            "\u2013 \u2192 0",
            "Pain before: not rated, after: 0",
        ),
    ],
)
def test_the_pain_cell_says_in_words_what_its_arrow_shows(
    check_ins: list[CheckIn], shown: str, spoken: str
) -> None:
    assert pain_words(check_ins) == shown
    assert spoken_pain(check_ins) == spoken


# -- a session run in one language, shown in another ------------------------------------------


def test_a_session_run_in_german_is_listed_in_the_language_of_the_window(
    qtbot: QtBot, user_home: Path, qapp: QApplication
) -> None:
    """The tester's case in the window: the warm-up stopped in the foot massage's second side
    with German on. The history keeps the routine file's English; the History page shows it
    in the window's language, the title from the library by the routine's id."""
    installed = i18n.install(qapp, "de")
    try:
        assert installed.problem is None, installed.problem
        rig = Rig(qtbot, user_home)
        rig.start("pre-run-warm-up")
        assert "Aufwärmen vor dem Laufen" in rig.window.windowTitle()  # the session is German
        rig.advance(24 + 60 + 5 + 10)  # the lead-in, the left foot, the switch, 10 s more
        assert rig.window.stop_session(ask=False)
        (record,) = rig.window.history.sessions()
        assert (record.title, record.completed_exercises) == (
            "Pre-run warm-up",
            ("Foot massage (1 of 2 done)",),
        )
        shown = {}
        for language in ("es", "en", "de"):
            i18n.install(qapp, language)
            rig.window.show_history()
            model = rig.window.history_view.model
            shown[language] = (
                model.index(0, Column.WHAT).data(),
                model.index(0, Column.WHAT).data(Qt.ItemDataRole.ToolTipRole),
                model.index(0, Column.WHAT).data(Qt.ItemDataRole.AccessibleTextRole),
            )
    finally:
        i18n.uninstall(qapp)
    assert shown == {
        "es": (
            "Calentamiento antes de correr",
            "Completados: Masaje del pie (1 de 2 completados)",
            "Rutina: Calentamiento antes de correr",
        ),
        "en": (
            "Pre-run warm-up",
            "Completed: Foot massage (1 of 2 done)",
            "Routine: Pre-run warm-up",
        ),
        "de": (
            "Aufwärmen vor dem Laufen",
            "Abgeschlossen: Fußmassage (1 von 2 erledigt)",
            "Programm: Aufwärmen vor dem Laufen",
        ),
    }
