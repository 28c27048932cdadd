"""ui/session/announce.py: announcements go to the live label once each, newest last."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ankle_coach.ui.session.announce import Announcer


def test_each_announcement_is_made_once_and_kept_on_the_live_label(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    announcer = Announcer(widget)
    announcer.announce("Hold.  Calf raises.\n")
    announcer.announce("Hold. Calf raises.")  # the same again: said once
    announcer.announce("")
    assert announcer.said == ["Hold. Calf raises."]
    assert announcer.live.text() == announcer.live.accessibleName() == "Hold. Calf raises."
    for number in range(Announcer.KEEP + 5):
        announcer.announce(f"Rep {number}")
    assert len(announcer.said) == Announcer.KEEP
    assert announcer.said[-1] == f"Rep {Announcer.KEEP + 4}"
