"""The Settings dialog: shows a Settings value, edits it by keyboard and mouse, never saves."""

from __future__ import annotations

import dataclasses
import re

import pytest
from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ankle_coach.core.settings import OPTIONS, Settings
from ankle_coach.ui.settings.dialog import DEFAULT_VOICE, SettingsDialog

# The offscreen platform says so for every window with a size constraint (any dialog with a layout).
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

VOICES = [("gmw/en", "English"), ("gmw/en-US", "English (America)"), ("roa/fr", "French")]
#: Every option away from its default, with volume and text size off the dialog's whole percent.
GIVEN = Settings(
    voice_id="gmw/en-US",
    speech_rate=150,
    volume=0.333,
    mute=False,
    beep_only=False,
    lead_in_seconds=None,
    count_reps=False,
    halfway_cue=False,
    ask_pain_check_in=False,
    theme="light",
    text_size=1.234,
)


def open_dialog(
    qtbot: QtBot,
    settings: Settings = GIVEN,
    voices: list[tuple[str, str]] | None = VOICES,
) -> SettingsDialog:
    dialog = SettingsDialog(settings, voices)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def button(dialog: SettingsDialog, which: QDialogButtonBox.StandardButton) -> QAbstractButton:
    found = dialog.buttons.button(which)
    assert found is not None
    return found


def click(qtbot: QtBot, widget: QWidget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def focus(qtbot: QtBot, widget: QWidget) -> None:
    widget.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(widget.hasFocus)


def type_into(qtbot: QtBot, spin_box: QAbstractSpinBox, text: str) -> None:
    focus(qtbot, spin_box)
    spin_box.selectAll()  # the number, not the suffix
    QTest.keyClicks(spin_box, text)


def test_it_shows_the_settings_it_is_given(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    assert dialog.windowTitle() == "Settings"
    assert dialog.voice.currentText() == "English (America)"
    assert (dialog.rate.value(), dialog.rate_slider.value()) == (150, 150)
    assert (dialog.volume.value(), dialog.volume_slider.value()) == (33, 33)
    assert dialog.rate.text() == "150 words/min"
    assert dialog.lead_in.text() == "The routine\u2019s own"
    assert not dialog.count_reps.isChecked() and not dialog.halfway_cue.isChecked()
    assert dialog.theme.currentText() == "Light"
    assert dialog.text_size.text() == "123 %"


def test_ok_unchanged_gives_back_the_same_settings(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    assert dialog.accepted_settings() is None
    click(qtbot, button(dialog, QDialogButtonBox.StandardButton.Ok))
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.accepted_settings() == GIVEN
    assert dialog.settings() == GIVEN


def test_every_control_edits_its_option(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)

    focus(qtbot, dialog.voice)
    QTest.keyClick(dialog.voice, Qt.Key.Key_Down)  # English (America) -> French
    focus(qtbot, dialog.rate_slider)
    QTest.keyClick(dialog.rate_slider, Qt.Key.Key_PageUp)  # +20
    QTest.keyClick(dialog.rate_slider, Qt.Key.Key_Right)  # +5
    type_into(qtbot, dialog.volume, "40")
    click(qtbot, dialog.beep_only)
    focus(qtbot, dialog.lead_in)
    QTest.keyClick(dialog.lead_in, Qt.Key.Key_Up)  # the routine's own -> 0 s
    assert dialog.lead_in.text() == "0 s"
    type_into(qtbot, dialog.lead_in, "30")
    focus(qtbot, dialog.count_reps)
    QTest.keyClick(dialog.count_reps, Qt.Key.Key_Space)
    click(qtbot, dialog.halfway_cue)
    click(qtbot, dialog.ask_check_in)  # "Don't ask me" is undone here
    focus(qtbot, dialog.theme)
    QTest.keyClick(dialog.theme, Qt.Key.Key_Down)  # Light -> Dark
    QTest.keyClick(dialog.theme, Qt.Key.Key_Down)  # Dark -> High contrast
    focus(qtbot, dialog.text_size)
    QTest.keyClick(dialog.text_size, Qt.Key.Key_Up)  # 123 % -> 133 %
    click(qtbot, button(dialog, QDialogButtonBox.StandardButton.Ok))

    assert dialog.accepted_settings() == dataclasses.replace(
        GIVEN,
        voice_id="roa/fr",
        speech_rate=175,
        volume=0.4,
        beep_only=True,
        lead_in_seconds=30,
        count_reps=True,
        halfway_cue=True,
        ask_pain_check_in=True,
        theme="high-contrast",
        text_size=1.33,
    )


def test_the_spin_box_and_the_slider_move_together(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    type_into(qtbot, dialog.rate, "200")
    assert dialog.rate_slider.value() == 200
    focus(qtbot, dialog.volume_slider)
    QTest.keyClick(dialog.volume_slider, Qt.Key.Key_End)
    assert dialog.volume.value() == 100
    assert dialog.settings().volume == 1.0


def test_the_bounds_are_the_declared_ones(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    type_into(qtbot, dialog.rate, "999")
    assert dialog.settings().speech_rate <= 260
    for key in (Qt.Key.Key_End, Qt.Key.Key_Home):
        focus(qtbot, dialog.rate_slider)
        QTest.keyClick(dialog.rate_slider, key)
        rate = dialog.settings().speech_rate
        assert rate == (OPTIONS["speech_rate"].maximum if key == Qt.Key.Key_End else 120)
    assert (dialog.text_size.minimum(), dialog.text_size.maximum()) == (80, 200)
    assert (dialog.lead_in.minimum(), dialog.lead_in.maximum()) == (-1, 120)


def test_mute_by_its_mnemonic_and_beeps_wait_for_it(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    QTest.keyClick(dialog, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.mute.isChecked)  # a mnemonic animates the click
    assert dialog.mute.hasFocus()
    assert not dialog.beep_only.isEnabled()
    assert dialog.settings().sound == "mute"
    QTest.keyClick(dialog, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.beep_only.isEnabled)


@pytest.mark.parametrize(
    ("letter", "name"),
    [
        (Qt.Key.Key_V, "voice"),
        (Qt.Key.Key_R, "rate_slider"),
        (Qt.Key.Key_L, "volume_slider"),
        (Qt.Key.Key_G, "lead_in"),
        (Qt.Key.Key_E, "theme"),
        (Qt.Key.Key_X, "text_size"),
    ],
)
def test_a_label_mnemonic_moves_to_its_control(qtbot: QtBot, letter: Qt.Key, name: str) -> None:
    dialog = open_dialog(qtbot)
    QTest.keyClick(dialog, letter, Qt.KeyboardModifier.AltModifier)
    control = getattr(dialog, name)
    qtbot.waitUntil(control.hasFocus)


def test_cancel_gives_nothing(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    type_into(qtbot, dialog.rate, "200")
    click(qtbot, button(dialog, QDialogButtonBox.StandardButton.Cancel))
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.accepted_settings() is None


def test_escape_cancels(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    click(qtbot, dialog.mute)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.accepted_settings() is None


def test_exec_then_settings(qtbot: QtBot) -> None:
    """How the main window uses it: exec(), then settings()."""
    dialog = SettingsDialog(GIVEN, VOICES)
    qtbot.addWidget(dialog)

    def choose() -> None:
        dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
        dialog.accept()

    QTimer.singleShot(0, choose)
    assert dialog.exec() == QDialog.DialogCode.Accepted
    assert dialog.settings() == dataclasses.replace(GIVEN, theme="dark")


def test_restore_defaults_resets_what_is_shown_and_keeps_the_rest(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, dataclasses.replace(GIVEN, mute=True, lead_in_seconds=45))
    click(qtbot, button(dialog, QDialogButtonBox.StandardButton.RestoreDefaults))
    assert dialog.isVisible()  # it only resets the controls
    assert dialog.voice.currentText() == DEFAULT_VOICE
    assert dialog.lead_in.text() == "The routine\u2019s own"
    assert dialog.beep_only.isEnabled()
    click(qtbot, button(dialog, QDialogButtonBox.StandardButton.Ok))
    # the window as it was left is not a setting (core/window_state.py): nothing to keep
    assert dialog.accepted_settings() == Settings()


def test_test_voice_sends_the_unsaved_values(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    type_into(qtbot, dialog.rate, "210")
    type_into(qtbot, dialog.volume, "50")
    with qtbot.waitSignal(dialog.testVoiceRequested) as request:
        click(qtbot, dialog.test_voice)
    assert request.args == [dataclasses.replace(GIVEN, speech_rate=210, volume=0.5)]
    assert dialog.isVisible() and dialog.accepted_settings() is None


def test_enter_in_a_spin_box_is_ok_not_test_voice(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    with qtbot.assertNotEmitted(dialog.testVoiceRequested):
        type_into(qtbot, dialog.rate, "190")
        QTest.keyClick(dialog.rate, Qt.Key.Key_Return)
    assert dialog.accepted_settings() == dataclasses.replace(GIVEN, speech_rate=190)


# -- voices --------------------------------------------------------------------------------------


def voice_items(combo: QComboBox) -> list[tuple[str, str]]:
    return [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]


def test_the_default_voice_is_none(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    dialog.voice.setCurrentIndex(0)
    assert dialog.voice.currentText() == DEFAULT_VOICE
    assert dialog.settings().voice_id is None


def test_voices_that_arrive_later_keep_the_choice(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, voices=None)
    assert voice_items(dialog.voice) == [(DEFAULT_VOICE, ""), ("gmw/en-US", "gmw/en-US")]
    assert dialog.settings().voice_id == "gmw/en-US"

    dialog.set_voices(VOICES)

    assert voice_items(dialog.voice) == [(DEFAULT_VOICE, ""), *[(n, i) for i, n in VOICES]]
    assert dialog.voice.currentText() == "English (America)"
    assert dialog.settings() == GIVEN


def test_a_voice_no_longer_installed_is_shown_and_kept(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot, dataclasses.replace(GIVEN, voice_id="gone/voice"))
    assert dialog.voice.currentText() == "gone/voice (not on this computer)"
    assert dialog.settings().voice_id == "gone/voice"


# -- keyboard and screen readers -----------------------------------------------------------------


def focusable(dialog: QDialog) -> list[QWidget]:
    """The controls Tab reaches, without the line edits inside spin boxes and combo boxes."""
    return [
        widget
        for widget in dialog.findChildren(QWidget)
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and widget.isVisibleTo(dialog)
        and not isinstance(widget.parent(), QAbstractSpinBox | QComboBox)
    ]


def test_every_focusable_control_has_an_accessible_name(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    controls = focusable(dialog)
    assert len(controls) >= 16
    unnamed = [type(widget).__name__ for widget in controls if not widget.accessibleName()]
    assert unnamed == []
    options = [control for control in controls if control not in dialog.buttons.buttons()]
    assert [type(control).__name__ for control in options if not control.toolTip()] == []


def test_labels_have_buddies_and_the_mnemonics_differ(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    labels = [label for label in dialog.findChildren(QLabel) if label.text()]
    assert labels
    for label in labels:
        assert label.textFormat() == Qt.TextFormat.PlainText
        assert label.buddy() is not None, label.text()
    texts = [label.text() for label in labels] + [
        widget.text() for widget in dialog.findChildren(QAbstractButton) if widget.text()
    ]
    letters = [match.lower() for text in texts for match in re.findall(r"&(\w)", text)]
    assert len(letters) == len(set(letters)), texts


def test_tab_goes_in_reading_order(qtbot: QtBot) -> None:
    dialog = open_dialog(qtbot)
    expected = [
        dialog.voice,
        dialog.test_voice,
        dialog.rate_slider,
        dialog.rate,
        dialog.volume_slider,
        dialog.volume,
        dialog.mute,
        dialog.beep_only,
        dialog.lead_in,
        dialog.count_reps,
        dialog.halfway_cue,
        dialog.ask_check_in,
        dialog.speak_reminders,
        dialog.start_at_login,
        dialog.language,
        dialog.theme,
        dialog.text_size,
    ]
    focus(qtbot, dialog.voice)
    reached = [dialog.focusWidget()]
    for _ in expected[1:]:
        QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        reached.append(dialog.focusWidget())
    assert reached == expected
    QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() in dialog.buttons.buttons()


def test_on_a_short_screen_the_options_scroll_and_ok_and_cancel_stay_in_view(
    qtbot: QtBot, window: QWidget
) -> None:
    normal = QApplication.font()
    big = QFont(normal)
    big.setPixelSize(60)  # text so large the options are taller than the 1920x1080 screen
    QApplication.setFont(big)
    try:
        dialog = SettingsDialog(Settings(), [], parent=window)
    finally:
        QApplication.setFont(normal)
    dialog.setFont(big)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    room = window.screen().availableGeometry()
    assert dialog.height() < room.height() and dialog.width() <= room.width()
    assert dialog.scroll_area.verticalScrollBar().maximum() > 0  # the rest is a scroll away
    for button in dialog.buttons.buttons():
        assert dialog.rect().contains(QRect(button.mapTo(dialog, QPoint(0, 0)), button.size()))
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.theme.setFocus()
    QTest.keyClick(dialog.theme, Qt.Key.Key_Tab)  # to the last option: scrolled into view
    assert dialog.focusWidget() is dialog.text_size
    qtbot.waitUntil(lambda: dialog.scroll_area.verticalScrollBar().value() > 0)


def test_with_room_enough_nothing_scrolls(qtbot: QtBot, window: QWidget) -> None:
    dialog = SettingsDialog(Settings(), [], parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.scroll_area.verticalScrollBar().maximum() == 0
    assert dialog.scroll_area.horizontalScrollBar().maximum() == 0
