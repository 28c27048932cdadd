"""ui/settings/opening.py: Settings opened from the window; OK saves and applies, and a new
language is offered a restart."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from ankle_coach.core.settings import load_settings
from ankle_coach.ui.settings.dialog import SettingsDialog
from tests.gui.ui.window_rig import Rig, close_windows, rig

__all__ = ["close_windows", "rig"]  # fixtures


#: Applying settings sets the app's look: put back after each test (conftest.py).
pytestmark = pytest.mark.usefixtures("app_look")


def test_the_language_chosen_round_trips_and_a_restart_is_offered(
    qtbot: QtBot, rig: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[SettingsDialog] = []

    def choose_spanish(dialog: SettingsDialog) -> int:
        seen.append(dialog)
        assert dialog.language.currentData() == "system"
        dialog.language.setCurrentIndex(dialog.language.findData("es"))
        dialog.accept()
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(SettingsDialog, "exec", choose_spanish)
    rig.window.voices = []  # known: nothing is asked of the speech engine
    rig.window.open_settings()
    assert seen and rig.window.settings.language == "es"
    saved, message = load_settings(rig.paths)
    assert message is None and saved.language == "es"
    offer = rig.window.language_offer
    assert isinstance(offer, QMessageBox)
    assert "&Restart now" in [button.text() for button in offer.buttons()]
    # shown again, the dialog has the language saved
    again = SettingsDialog(rig.window.settings)
    qtbot.addWidget(again)
    assert again.language.currentData() == "es"
    assert again.settings() == rig.window.settings


def test_cancel_changes_nothing(qtbot: QtBot, rig: Rig, monkeypatch: pytest.MonkeyPatch) -> None:
    def cancel(dialog: SettingsDialog) -> int:
        dialog.language.setCurrentIndex(dialog.language.findData("de"))
        dialog.reject()
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(SettingsDialog, "exec", cancel)
    rig.window.voices = []
    before = rig.window.settings
    rig.window.open_settings()
    assert rig.window.settings == before
    assert rig.window.language_offer is None


def test_other_settings_ask_no_restart(qtbot: QtBot, rig: Rig) -> None:
    rig.window.apply_settings(dataclasses.replace(rig.window.settings, text_size=1.2))
    assert rig.window.language_offer is None
    assert load_settings(rig.paths)[0].text_size == 1.2
