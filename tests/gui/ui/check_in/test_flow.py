"""The check-in flow as a runner meets it: the advice after each check-in comes from the whole
history (a daily user in pain is told to see a doctor), pain before a session is said in the
result, and urgent signs need a second "yes" before a session starts."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from ankle_coach.core.history import CheckIn, History, RedFlag
from ankle_coach.core.paths import Paths
from ankle_coach.core.triage import URGENT_CARE, Advice
from ankle_coach.ui.check_in.flow import CheckInFlow

CET = timezone(timedelta(hours=1))
NOW = datetime(2026, 3, 30, 19, 0, tzinfo=CET)


@pytest.fixture
def history(user_home: Path) -> Iterator[History]:
    opened, message = History.open(Paths.under(user_home))
    assert message is None
    yield opened
    opened.close()


def answer(flow: CheckInFlow, rating: int | None, *flags: RedFlag) -> None:
    assert flow.dialog is not None
    flow.dialog.set_rating(rating)
    for flag in flags:
        flow.dialog.flag_boxes[flag].setChecked(True)
    flow.dialog.accept()


@pytest.mark.parametrize(
    ("every_hours", "days"),
    [(24, 21), (12, 30), (48, 20), (120, 30), (168, 28)],
    ids=["daily", "twice-daily", "every-2-days", "every-5-days", "weekly"],
)
def test_a_user_whose_pain_stays_is_told_to_see_a_doctor_after_a_check_in(
    qtbot: QtBot, history: History, window: QWidget, every_hours: int, days: int
) -> None:
    moment = NOW - timedelta(days=days)
    while moment < NOW - timedelta(hours=every_hours):
        history.add_check_in(CheckIn(moment, "after", 6))
        moment += timedelta(hours=every_hours)
    flow = CheckInFlow(history, window, now=lambda: NOW)
    given: list[Advice] = []
    flow.adviceGiven.connect(given.append)
    flow.check_in_now()
    answer(flow, 5)  # a little better than 6, but still there
    assert flow.triage_dialog is not None
    (advice,) = given
    assert advice.level == "see-a-doctor" and "not-improving" in advice.rules
    assert flow.triage_dialog.notice.headline.text() == advice.headline


def test_pain_before_a_session_is_said_in_the_result_and_the_session_may_start(
    qtbot: QtBot, history: History, window: QWidget
) -> None:
    flow = CheckInFlow(history, window, now=lambda: NOW)
    started: list[int | None] = []
    flow.before_session(started.append)
    answer(flow, 4)
    dialog = flow.triage_dialog
    assert dialog is not None and started == []
    note = dialog.findChild(QLabel, "painNote")
    assert note is not None and note.isVisible()
    assert note.text().startswith("You rated your pain 4 out of 10 before this session.")
    assert "see a doctor" in note.text()
    start = dialog.findChild(QPushButton, "startAnyway")
    assert start is not None and start.text() == "Start"
    start.click()
    assert len(started) == 1 and started[0] is not None


def test_no_pain_before_a_session_starts_at_once(
    qtbot: QtBot, history: History, window: QWidget
) -> None:
    flow = CheckInFlow(history, window, now=lambda: NOW)
    started: list[int | None] = []
    flow.before_session(started.append)
    answer(flow, 0)
    assert flow.triage_dialog is None and len(started) == 1


@pytest.mark.parametrize("flag", [RedFlag.NUMBNESS_OR_TINGLING, RedFlag.CANNOT_BEAR_WEIGHT])
@pytest.mark.parametrize("confirmed", [True, False])
def test_urgent_signs_need_a_second_yes_before_a_session(
    qtbot: QtBot, history: History, window: QWidget, flag: RedFlag, confirmed: bool
) -> None:
    flow = CheckInFlow(history, window, now=lambda: NOW)
    started: list[int | None] = []
    flow.before_session(started.append)
    answer(flow, 2, flag)
    dialog = flow.triage_dialog
    assert dialog is not None
    assert URGENT_CARE in dialog.notice.reasons.text()
    assert dialog.notice.headline.text() == "Get medical care for your ankle straight away."
    start_anyway = dialog.findChild(QPushButton, "startAnyway")
    assert start_anyway is not None
    start_anyway.click()
    assert started == []  # not yet: a second, explicit confirmation first
    box = flow.confirm_dialog
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert URGENT_CARE in box.text()
    dont = box.findChild(QPushButton, "confirmDontStart")
    assert dont is not None and box.defaultButton() is dont  # Enter takes the careful choice
    chosen = box.findChild(QPushButton, "confirmStart" if confirmed else "confirmDontStart")
    assert chosen is not None
    chosen.click()
    qtbot.waitUntil(lambda: flow.confirm_dialog is None)
    assert (len(started) == 1) is confirmed


def test_a_swelling_before_a_session_needs_no_second_yes(
    qtbot: QtBot, history: History, window: QWidget
) -> None:
    flow = CheckInFlow(history, window, now=lambda: NOW)
    started: list[int | None] = []
    flow.before_session(started.append)
    answer(flow, 2, RedFlag.SWELLING)
    assert flow.triage_dialog is not None
    start_anyway = flow.triage_dialog.findChild(QPushButton, "startAnyway")
    assert start_anyway is not None
    start_anyway.click()
    assert flow.confirm_dialog is None and len(started) == 1


@pytest.mark.parametrize("how", ["escape", "close button"])
def test_escape_or_close_on_the_before_check_in_backs_out_of_starting(
    qtbot: QtBot, history: History, window: QWidget, how: str
) -> None:
    flow = CheckInFlow(history, window, now=lambda: NOW)
    told: list[bool] = []
    flow.askChanged.connect(told.append)
    flow.historyChanged.connect(lambda: told.append(True))
    started: list[int | None] = []
    flow.before_session(started.append)
    dialog = flow.dialog
    assert dialog is not None
    dialog.set_rating(3)
    dialog.dont_ask.setChecked(True)  # backing out keeps nothing, this included
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(dialog.finished):
        if how == "escape":
            QTest.keyClick(dialog, Qt.Key.Key_Escape)
        else:
            dialog.close()
    assert started == [] and told == [] and flow.ask
    assert flow.dialog is None and flow.triage_dialog is None
    assert history.check_ins() == []


def test_skip_on_the_before_check_in_starts_with_no_check_in(
    qtbot: QtBot, history: History, window: QWidget
) -> None:
    flow = CheckInFlow(history, window, now=lambda: NOW)
    started: list[int | None] = []
    flow.before_session(started.append)
    assert flow.dialog is not None
    flow.dialog.set_rating(3)
    QTest.mouseClick(flow.dialog.skip_button, Qt.MouseButton.LeftButton)
    assert started == [None]
    assert history.check_ins() == []


def test_escape_on_the_after_check_in_still_skips(
    qtbot: QtBot, history: History, window: QWidget
) -> None:
    flow = CheckInFlow(history, window, now=lambda: NOW)
    flow.check_in_now()
    assert flow.dialog is not None
    QTest.keyClick(flow.dialog, Qt.Key.Key_Escape)
    assert flow.dialog is None and flow.triage_dialog is None
