"""Accessible roles Qt does not give a widget by itself: headings (with their level) and images.

Qt exposes a QLabel as static text and a custom-painted picture as "filler", so a screen reader
can neither jump from heading to heading nor tell a picture is there. `set_heading` and
`set_image` mark a widget; one interface factory, installed the first time, gives every marked
widget the role (QAccessible.Role.Heading, QAccessible.Role.Graphic) and its name.

The level is kept on the widget (its type size follows it) but not exposed: a level reaches
AT-SPI through QAccessibleAttributesInterface, which a Python interface cannot provide
(interface_cast would have to hand Qt a C++ pointer).
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QLabel, QWidget

#: The widget property that carries the role ("heading" or "image").
ROLE_PROPERTY: Final = "ankleAccessibleRole"
#: The widget property that carries a heading's level (1 is the top).
LEVEL_PROPERTY: Final = "ankleHeadingLevel"

_ROLES: Final = {"heading": QAccessible.Role.Heading, "image": QAccessible.Role.Graphic}
_installed = False


class _MarkedWidget(QAccessibleWidget):
    """A marked widget as assistive technology sees it: its role, and a name that is its
    accessible name or, for a label, its text (a heading is read by what it says)."""

    def __init__(self, widget: QWidget, role: QAccessible.Role) -> None:
        super().__init__(widget, role)

    def text(self, kind: QAccessible.Text) -> str:
        widget = self.widget()
        if kind == QAccessible.Text.Name:
            name = widget.accessibleName()
            if not name and isinstance(widget, QLabel):
                name = widget.text()
            return name
        return super().text(kind)


def _factory(key: str, target: QObject) -> QAccessibleInterface | None:
    if not isinstance(target, QWidget):
        return None
    role = _ROLES.get(str(target.property(ROLE_PROPERTY)))
    return _MarkedWidget(target, role) if role is not None else None


def _install() -> None:
    global _installed
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


def set_heading(widget: QWidget, level: int) -> None:
    """Expose `widget` (a label, usually) as a heading of `level` (1 is the top)."""
    if level < 1:
        raise ValueError(f"a heading's level is 1 or more, not {level}")
    _install()
    widget.setProperty(ROLE_PROPERTY, "heading")
    widget.setProperty(LEVEL_PROPERTY, level)
    _forget_old_interface(widget)


def set_image(widget: QWidget, alt_text: str) -> None:
    """Expose `widget` as an image named by `alt_text` (what the picture shows)."""
    _install()
    widget.setProperty(ROLE_PROPERTY, "image")
    _forget_old_interface(widget)
    widget.setAccessibleName(alt_text)


def _forget_old_interface(widget: QWidget) -> None:
    """Qt keeps the first interface made for a widget, and with a screen reader listening one
    is made as soon as a label's text is set (its NameChanged event): made before the mark, it
    has Qt's own role. Drop it, so the next one comes from the factory."""
    if not QAccessible.isActive():
        return  # no interface is made until something asks
    interface = QAccessible.queryAccessibleInterface(widget)
    role = _ROLES.get(str(widget.property(ROLE_PROPERTY)))
    if interface is not None and interface.role() != role:
        QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(interface))


def heading_level(widget: QWidget) -> int | None:
    """The level set_heading gave `widget`; None when it is no heading."""
    level = widget.property(LEVEL_PROPERTY)
    return level if widget.property(ROLE_PROPERTY) == "heading" and isinstance(level, int) else None
