"""ui/widgets/roles.py: headings and images as assistive technology sees them."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from ankle_coach.ui.widgets.roles import heading_level, set_heading, set_image


def interface_of(widget: QWidget) -> QAccessible.Role:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.role()


def name_of(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(QAccessible.Text.Name)


def test_a_heading_is_a_heading_named_by_its_text(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    heading, body = QLabel("When to see a doctor"), QLabel("If the pain lasts.")
    set_heading(heading, 2)
    layout.addWidget(heading)
    layout.addWidget(body)
    holder.show()
    assert interface_of(heading) == QAccessible.Role.Heading
    assert name_of(heading) == "When to see a doctor"
    assert heading_level(heading) == 2
    assert interface_of(body) == QAccessible.Role.StaticText  # others keep Qt's own
    assert heading_level(body) is None
    parent = QAccessible.queryAccessibleInterface(holder)
    assert parent is not None
    roles = [parent.child(i).role() for i in range(parent.childCount())]
    assert roles == [QAccessible.Role.Heading, QAccessible.Role.StaticText]


def test_a_headings_own_accessible_name_wins(qtbot: QtBot) -> None:
    heading = QLabel("PRICE")
    qtbot.addWidget(heading)
    heading.setAccessibleName("PRICE: protect, rest, ice, compress, elevate")
    set_heading(heading, 1)
    assert name_of(heading) == "PRICE: protect, rest, ice, compress, elevate"


def test_an_image_is_an_image_named_by_its_alt_text(qtbot: QtBot) -> None:
    picture = QWidget()
    qtbot.addWidget(picture)
    set_image(picture, "Standing calf stretch")
    assert interface_of(picture) == QAccessible.Role.Graphic
    assert name_of(picture) == "Standing calf stretch"


def test_a_heading_level_starts_at_1(qtbot: QtBot) -> None:
    label = QLabel("x")
    qtbot.addWidget(label)
    with pytest.raises(ValueError, match="not 0"):
        set_heading(label, 0)


def test_a_label_whose_interface_was_made_before_the_mark_gets_the_role(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With a screen reader listening, Qt makes a label's interface as its text is set."""
    label = QLabel("Ice timer")
    qtbot.addWidget(label)
    assert interface_of(label) == QAccessible.Role.StaticText  # made and kept by Qt
    monkeypatch.setattr(QAccessible, "isActive", staticmethod(lambda: True))
    set_heading(label, 2)
    assert interface_of(label) == QAccessible.Role.Heading
    assert name_of(label) == "Ice timer"
