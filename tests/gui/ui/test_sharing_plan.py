"""A routine's suggested plan offered after its import (ui/sharing_plan.py), on a real window:
accepted as suggested, changed, declined; a bad time keeps the dialog open and the plan as it
was."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ankle_coach.core.i18n import Language
from ankle_coach.core.schedule import load_schedule, reminder_words
from ankle_coach.core.schedule.adherence import load_spans
from ankle_coach.ui import i18n, sharing
from ankle_coach.ui.sharing_plan import SuggestedPlanDialog
from tests.gui.ui.window_rig import Rig, close_windows, rig

__all__ = ["close_windows", "rig"]  # fixtures

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

ROUTINE = """format = 1
title = "Calf work"
[suggested_schedule]
times_per_week = 3
at = "18:30"
weeks = 4
[[exercises]]
name = "Calf raise"
reps = 15
"""


def imported(rig: Rig, tmp_path: Path, text: str = ROUTINE) -> SuggestedPlanDialog | None:
    source = tmp_path / "calf.toml"
    source.write_text(text, encoding="utf-8")
    sharing.import_path(rig.window, source)
    return rig.window.findChild(SuggestedPlanDialog)


def test_accept_adds_the_suggested_plan_with_its_end(rig: Rig, tmp_path: Path) -> None:
    dialog = imported(rig, tmp_path)
    assert dialog is not None and dialog.isVisible()
    assert (
        "for \u201cCalf work\u201d: 3 times a week at 18:30, for 4 weeks (until"
        in dialog.text.text()
    )
    QTest.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert dialog.outcome == "accepted"
    (reminder,) = load_schedule(rig.paths)[0].reminders
    assert (reminder.routine, reminder_words(reminder)) == ("calf", "Mon, Wed, Fri at 18:30")
    span = load_spans(rig.paths).get(reminder.id)
    assert span is not None and span.until is not None and (span.until - span.since).days == 27
    assert (
        rig.window.statusBar()
        .currentMessage()
        .startswith("Added to your weekly plan: Mon, Wed, Fri at 18:30, until ")
    )


def test_change_days_and_time(rig: Rig, tmp_path: Path) -> None:
    dialog = imported(rig, tmp_path)
    assert dialog is not None
    assert not dialog.choice.isVisible()
    QTest.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    assert dialog.choice.isVisible()
    # the dialog grew by the row shown: the words above it keep the height they need
    assert dialog.text.height() >= dialog.text.heightForWidth(dialog.text.width())
    dialog.days[0].setChecked(False)
    dialog.days[5].setChecked(True)
    dialog.time.setText("25:00")
    assert not dialog.add()
    assert dialog.said == "Time: 25:00 is not a time of day; hours go from 00 to 23."
    assert load_schedule(rig.paths)[0].reminders == ()
    dialog.time.setText("07:15")
    QTest.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert [reminder_words(r) for r in load_schedule(rig.paths)[0].reminders] == [
        "Wed, Fri, Sat at 07:15"
    ]


def test_decline_leaves_the_plan(rig: Rig, tmp_path: Path) -> None:
    dialog = imported(rig, tmp_path)
    assert dialog is not None
    QTest.mouseClick(dialog.decline_button, Qt.MouseButton.LeftButton)
    assert dialog.outcome == "declined"
    assert load_schedule(rig.paths)[0].reminders == ()
    assert rig.window.library_view.current_id() == "calf"


def test_no_offer_without_a_suggestion(rig: Rig, tmp_path: Path) -> None:
    plain = ROUTINE.replace(
        '[suggested_schedule]\ntimes_per_week = 3\nat = "18:30"\nweeks = 4\n', ""
    )
    assert imported(rig, tmp_path, plain) is None


@pytest.fixture
def speaking(qapp: QApplication) -> Iterator[None]:
    yield
    i18n.uninstall(qapp)


@pytest.mark.parametrize(
    ("language", "offer", "buttons"),
    [
        (
            "de",
            "Dieses Programm bringt einen Planvorschlag f\u00fcr \u201eCalf work\u201c mit: ",
            [
                "Zu meinem Plan &hinzuf\u00fcgen",
                "&Tage oder Uhrzeit \u00e4ndern\u2026",
                "&Nicht jetzt",
            ],
        ),
        (
            "es",
            "Esta rutina trae un plan sugerido para \u00abCalf work\u00bb: 3 ",
            ["&A\u00f1adir a mi plan", "&Cambiar d\u00edas u hora\u2026", "A&hora no"],
        ),
    ],
)
def test_the_offer_in_german_and_spanish(
    qtbot: QtBot,
    qapp: QApplication,
    user_home: Path,
    tmp_path: Path,
    speaking: None,
    language: Language,
    offer: str,
    buttons: list[str],
) -> None:
    i18n.install(qapp, language)
    dialog = imported(Rig(qtbot, user_home), tmp_path)
    assert dialog is not None
    assert dialog.text.text().startswith(offer)
    assert sorted(button.text() for button in dialog.buttons.buttons()) == sorted(buttons)
