"""The session view's buttons: they follow their actions, and stay connected once however often
the actions change (benchmarks/soak.py found QToolButton.setDefaultAction connecting again at
every change)."""

from __future__ import annotations

from PySide6.QtCore import SIGNAL, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ankle_coach.ui.actions import SessionActions
from ankle_coach.ui.session_view import ActionButton, SessionView


def test_a_button_shows_its_action_and_triggers_it(qtbot: QtBot) -> None:
    holder = QObject()
    action = QAction("Presenter mode", holder)
    action.setIconText("Presenter")
    action.setToolTip("Full screen (F)")
    action.setCheckable(True)
    parent = QWidget()
    qtbot.addWidget(parent)
    button = ActionButton(action, parent)
    assert button.text() == "Presenter"
    assert button.toolTip() == "Full screen (F)"
    assert button.isCheckable() and not button.isChecked()

    with qtbot.waitSignal(action.triggered) as triggered:
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert triggered.signal_triggered
    assert button.isChecked() and action.isChecked()

    action.setChecked(False)  # by its key, say
    assert not button.isChecked()
    action.setEnabled(False)
    assert not button.isEnabled()
    action.setIconText("Present")
    assert button.text() == "Present"


def test_the_buttons_connect_once_however_often_their_actions_change(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    actions = SessionActions(holder)
    view = SessionView(actions, holder)
    for step in range(200):  # a few sessions' worth of Start, Pause, Resume and Done
        actions.pause.setText(("Start", "Pause", "Resume")[step % 3])
        actions.done.setEnabled(step % 2 == 0)
    for button in view.buttons:
        assert isinstance(button, ActionButton)
    for action in (actions.pause, actions.done):
        assert action.receivers(SIGNAL("changed()")) == 1
