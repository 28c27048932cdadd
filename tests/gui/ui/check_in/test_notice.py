"""ui/check_in/notice.py: the advice card and its dialog show what core/triage.py advises, in
its words, and lead to the see-a-doctor guidance."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from ankle_coach.core.history import CheckIn, RedFlag
from ankle_coach.core.triage import NOT_A_DIAGNOSIS, OTHERWISE, RULES, WHO_TO_SEE, advise
from ankle_coach.ui.check_in.notice import TriageDialog, TriageNotice, rules_text

NOW = datetime(2026, 3, 10, 18, 0, tzinfo=UTC)
#: No check-ins: keep watching.
WATCH = advise([], NOW)
#: A sign ticked yesterday: see a doctor, urgently.
DOCTOR = advise([CheckIn(NOW - timedelta(days=1), "after", 3, frozenset({RedFlag.SWELLING}))], NOW)


def test_the_two_advices_used_here_are_what_they_claim() -> None:
    assert not WATCH.see_a_doctor
    assert DOCTOR.see_a_doctor and DOCTOR.reasons


def test_keep_watching_shows_the_headline_reasons_and_note_but_not_who_to_see(
    qtbot: QtBot,
) -> None:
    notice = TriageNotice(WATCH)
    qtbot.addWidget(notice)
    notice.show()
    assert notice.headline.text() == WATCH.headline
    assert notice.reasons.text() == "\n".join(f"\u2022 {reason}" for reason in WATCH.reasons)
    assert notice.note.text() == NOT_A_DIAGNOSIS
    assert not notice.who.isVisible()
    assert notice.accessibleName() == "Advice from your check-ins: keep watching"
    assert notice.headline.styleSheet() == ""


def test_see_a_doctor_says_who_to_see_in_the_accessible_text_too(qtbot: QtBot) -> None:
    notice = TriageNotice()
    qtbot.addWidget(notice)
    notice.show()
    notice.show_advice(DOCTOR)
    assert notice.advice is DOCTOR
    assert notice.who.isVisible() and notice.who.text() == f"Who to see: {WHO_TO_SEE}"
    assert notice.accessibleName() == "Advice from your check-ins: see a doctor"
    description = notice.accessibleDescription()
    assert DOCTOR.headline in description and WHO_TO_SEE in description
    assert all(reason in description for reason in DOCTOR.reasons)
    assert notice.headline.styleSheet().startswith("color: ")  # the headline wears the red


def test_the_rules_are_shown_on_demand_in_the_readmes_words(qtbot: QtBot) -> None:
    notice = TriageNotice(WATCH)
    qtbot.addWidget(notice)
    notice.show()
    assert not notice.rules.isVisible()
    notice.rules_button.click()
    assert notice.rules.isVisible() and notice.rules_button.text() == "Hide the rules"
    notice.rules_button.click()
    assert not notice.rules.isVisible() and notice.rules_button.text() == "How is this decided?"
    lines = rules_text().splitlines()
    assert lines[1:-1] == [f"\u2022 {rule.words}" for rule in RULES]
    assert lines[-1] == OTHERWISE


def test_the_doctor_button_asks_for_the_guidance(qtbot: QtBot) -> None:
    notice = TriageNotice(DOCTOR)
    qtbot.addWidget(notice)
    with qtbot.waitSignal(notice.doctorGuidanceRequested, timeout=1000):
        notice.doctor_button.click()


def test_before_a_session_a_doctor_advice_offers_start_anyway_and_enter_means_dont(
    qtbot: QtBot,
) -> None:
    dialog = TriageDialog(DOCTOR, before_session=True, pain_note="Pain 7 of 10 before a run.")
    qtbot.addWidget(dialog)
    start = dialog.findChild(QPushButton, "startAnyway")
    dont = dialog.findChild(QPushButton, "dontStart")
    assert start is not None and start.text() == "Start anyway"
    assert dont is not None and dont.isDefault() and not start.isDefault()
    assert dialog.pain_note is not None and dialog.pain_note.text() == "Pain 7 of 10 before a run."
    with qtbot.waitSignal(dialog.rejected, timeout=1000):
        dont.click()


def test_before_a_session_keep_watching_starts_on_enter(qtbot: QtBot) -> None:
    dialog = TriageDialog(WATCH, before_session=True)
    qtbot.addWidget(dialog)
    start = dialog.findChild(QPushButton, "startAnyway")
    assert start is not None and start.text() == "Start" and start.isDefault()
    assert dialog.pain_note is None
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        start.click()


def test_after_a_session_there_is_only_close_and_the_guidance_request_passes_through(
    qtbot: QtBot,
) -> None:
    dialog = TriageDialog(DOCTOR)
    qtbot.addWidget(dialog)
    assert dialog.findChild(QPushButton, "startAnyway") is None
    assert [button.text().replace("&", "") for button in dialog.buttons.buttons()] == ["Close"]
    with qtbot.waitSignal(dialog.doctorGuidanceRequested, timeout=1000):
        dialog.notice.doctor_button.click()
