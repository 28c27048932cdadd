"""The check-in dialog: a rating by click or key, the warning signs, Skip, and "don't ask"."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible, QFont, QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QRadioButton
from pytestqt.qtbot import QtBot

from ankle_coach.core.history import CheckIn, RedFlag
from ankle_coach.ui.check_in.dialog import QUESTIONS, RATING_COLOURS, CheckInDialog
from ankle_coach.ui.theme import apply_theme, contrast_ratio, readable_on
from ankle_coach.ui.widgets.roles import heading_level

pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

NOW = datetime(2026, 3, 2, 19, 0, tzinfo=timezone(timedelta(hours=1)))


def open_dialog(qtbot: QtBot, when: str = "after", **kwargs: bool) -> CheckInDialog:
    dialog = CheckInDialog(when, now=lambda: NOW, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_rating_and_warning_signs_are_saved(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    question = dialog.findChild(QLabel, "checkInQuestion")
    assert question is not None and question.text() == QUESTIONS["after"]
    QTest.mouseClick(dialog.ratings.button(6), Qt.MouseButton.LeftButton)
    swelling = dialog.flag_boxes[RedFlag.SWELLING]
    QTest.mouseClick(swelling, Qt.MouseButton.LeftButton, pos=QPoint(8, swelling.height() // 2))
    assert dialog.rating_words.text() == "Pain: 6 out of 10 (moderate)."
    with qtbot.waitSignal(dialog.accepted):
        QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.check_in() == CheckIn(NOW, "after", 6, frozenset({RedFlag.SWELLING}))
    assert not dialog.dont_ask_again()


def test_skip_gives_no_check_in(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    dialog.set_rating(3)
    with qtbot.waitSignal(dialog.rejected):
        QTest.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
    assert dialog.check_in() is None


def test_escape_skips(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    with qtbot.waitSignal(dialog.rejected):
        QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.check_in() is None


def test_saving_nothing_logs_nothing(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    dialog.accept()
    assert dialog.check_in() is None


def test_warning_signs_without_a_rating_are_saved(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, "before")
    dialog.set_rating(4)
    QTest.mouseClick(dialog.clear_rating, Qt.MouseButton.LeftButton)
    assert dialog.rating() is None and not dialog.clear_rating.isEnabled()
    dialog.flag_boxes[RedFlag.NUMBNESS_OR_TINGLING].setChecked(True)
    dialog.accept()
    assert dialog.check_in() == CheckIn(
        NOW, "before", None, frozenset({RedFlag.NUMBNESS_OR_TINGLING})
    )


def test_keys_choose_the_rating(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    QTest.keyClick(dialog, Qt.Key.Key_7)
    assert dialog.rating() == 7
    assert dialog.focusWidget() is dialog.ratings.button(7)
    QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Right)
    QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Right)
    QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Right)
    QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Right)
    assert dialog.rating() == 10
    QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Left)
    assert dialog.rating() == 9
    QTest.keyClick(dialog, Qt.Key.Key_0)
    assert dialog.rating() == 0
    QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    check_in = dialog.check_in()
    assert check_in is not None and check_in.rating == 0


def test_dont_ask_again(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    dialog.dont_ask.setChecked(True)
    dialog.reject()
    assert dialog.dont_ask_again()
    standalone = open_dialog(qtbot, "standalone", offer_dont_ask=False)
    assert not standalone.dont_ask.isVisible() and not standalone.dont_ask_again()


def test_every_rating_button_is_named_for_a_screen_reader(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    names = [dialog.ratings.button(rating).accessibleName() for rating in range(11)]
    assert names == [f"Pain {rating} out of 10" for rating in range(11)]
    for label in dialog.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText


def test_the_rating_is_one_exclusive_group_of_radio_buttons(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    buttons = [dialog.ratings.button(rating) for rating in range(11)]
    assert dialog.ratings.exclusive()
    assert all(isinstance(button, QRadioButton) for button in buttons)
    roles = set()
    for rating, button in enumerate(buttons):
        interface = QAccessible.queryAccessibleInterface(button)
        assert interface is not None
        roles.add(interface.role())
        assert interface.text(QAccessible.Text.Name) == f"Pain {rating} out of 10"
    assert roles == {QAccessible.Role.RadioButton}  # not 11 check boxes
    for rating in (3, 8, 0):
        QTest.mouseClick(buttons[rating], Qt.MouseButton.LeftButton)
        assert [b.isChecked() for b in buttons] == [r == rating for r in range(11)]
    interface = QAccessible.queryAccessibleInterface(buttons[0])
    assert interface is not None and interface.state().checked


def test_the_first_arrow_moves_from_the_focused_rating(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    first = dialog.ratings.button(0)
    first.setFocus()
    QTest.keyClick(first, Qt.Key.Key_Right)
    assert dialog.rating() == 1 and dialog.focusWidget() is dialog.ratings.button(1)
    QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Down)
    assert dialog.rating() == 2
    QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Up)
    QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Left)
    assert dialog.rating() == 0
    QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Left)
    assert dialog.rating() == 0  # the scale ends at 0


def test_an_arrow_moves_from_the_chosen_rating_wherever_the_focus_is(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    dialog.set_rating(6)
    other = dialog.ratings.button(2)
    other.setFocus()
    QTest.keyClick(other, Qt.Key.Key_Right)
    assert dialog.rating() == 7 and dialog.focusWidget() is dialog.ratings.button(7)


def test_space_on_a_focused_rating_chooses_it(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    button = dialog.ratings.button(4)
    button.setFocus()
    QTest.keyClick(button, Qt.Key.Key_Space)
    assert dialog.rating() == 4


def test_the_chosen_ratings_number_reads_on_its_colour(qtbot: QtBot) -> None:
    for colour in RATING_COLOURS:
        assert contrast_ratio(readable_on(colour), colour) >= 4.5, colour


@pytest.mark.parametrize("text_size", [1.0, 2.0])
def test_the_question_stays_larger_than_the_text_at_any_text_size(
    qtbot: QtBot, text_size: float
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    base, palette = QFont(app.font()), app.palette()
    try:
        apply_theme(app, "high-contrast", text_size, base)
        dialog = open_dialog(qtbot)
        question = dialog.findChild(QLabel, "checkInQuestion")
        assert question is not None and heading_level(question) == 1
        body = dialog.rating_words.font().pointSizeF()
        assert body == pytest.approx(base.pointSizeF() * text_size)
        assert question.font().pointSizeF() > body
        assert dialog.ratings.button(5).font().pointSizeF() > body
    finally:
        app.setPalette(palette)
        app.setFont(base)


@pytest.mark.parametrize("text_size", [1.0, 2.0])
def test_the_dialog_shows_all_it_can_and_fits_the_screen(qtbot: QtBot, text_size: float) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    base, palette = QFont(app.font()), app.palette()
    try:
        apply_theme(app, "light", text_size, base)
        dialog = open_dialog(qtbot)
        screen = dialog.screen()
        assert screen is not None
        room = screen.availableGeometry()
        content = dialog.scroll_area.widget()
        assert content is not None
        assert dialog.width() <= room.width() and dialog.height() <= room.height()
        # all of it in view, or as much as 95 % of the screen holds (the rest scrolls)
        shown = dialog.scroll_area.viewport().height()
        assert shown >= min(content.sizeHint().height(), int(room.height() * 0.95) - 100)
        assert dialog.scroll_area.accessibleName() == "Pain check-in"
    finally:
        app.setPalette(palette)
        app.setFont(base)


# -- in German and Spanish (issue 18) -----------------------------------------------------------

DIALOG_IN = {
    "de": {
        "title": "Schmerzabfrage",
        "question": "Vor dem Start: Wie fühlt sich Ihr Sprunggelenk an?",
        "six": "Schmerz 6 von 10",
        "chosen": "Schmerz: 6 von 10 (mittel).",
        "none": "Kein Wert gewählt.",
        "scale": ["Kein Schmerz", "Mittel", "Stärkster vorstellbarer"],
        "signs": "Haben Sie gerade eines dieser Anzeichen?",
        "buttons": ("Speichern", "Überspringen", "Schmerzabfrage überspringen"),
        "dont_ask": "Vor und nach dem Training nicht mehr fragen",
    },
    "es": {
        "title": "Registro del dolor",
        "question": "Antes de empezar: ¿cómo notas el tobillo?",
        "six": "Dolor 6 de 10",
        "chosen": "Dolor: 6 de 10 (moderado).",
        "none": "Ningún valor elegido.",
        "scale": ["Sin dolor", "Moderado", "El peor imaginable"],
        "signs": "¿Tienes ahora alguno de estos síntomas?",
        "buttons": ("Guardar", "Omitir", "Omitir el registro del dolor"),
        "dont_ask": "No preguntar antes ni después de las sesiones",
    },
}


@pytest.fixture(params=["de", "es"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    from ankle_coach.ui import i18n

    installed = i18n.install(qapp, request.param)
    assert installed.problem is None, installed.problem
    yield request.param
    i18n.uninstall(qapp)


def test_the_dialog_asks_in_the_language(qtbot: QtBot, language: str) -> None:
    words = DIALOG_IN[language]
    dialog = open_dialog(qtbot, "before", offer_dont_ask=True)
    assert dialog.windowTitle() == words["title"]
    question = dialog.findChild(QLabel, "checkInQuestion")
    assert question is not None and question.text() == words["question"]
    assert dialog.ratings.button(6).accessibleName() == words["six"]
    assert dialog.rating_words.text() == words["none"]
    QTest.mouseClick(dialog.ratings.button(6), Qt.MouseButton.LeftButton)
    assert dialog.rating_words.text() == words["chosen"]
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    for expected in (*words["scale"], words["signs"]):
        assert expected in texts
    save, skip, skip_name = words["buttons"]
    assert (dialog.save_button.text(), dialog.skip_button.text()) == (save, skip)
    assert dialog.skip_button.accessibleName() == skip_name
    assert dialog.dont_ask.text() == words["dont_ask"]
    # the warning signs are the core's words, in the language as the core has them
    for box in dialog.flag_boxes.values():
        assert box.text()
    # the longer words fit: every line is inside the dialog, no button cut
    for button in (dialog.save_button, dialog.skip_button, dialog.clear_rating):
        wide = QFontMetrics(button.font()).horizontalAdvance(button.text())
        assert wide <= button.width(), button.text()
    for label in dialog.findChildren(QLabel):
        if label.isVisible() and not label.wordWrap():
            assert label.sizeHint().width() <= label.width() + 1, label.text()
