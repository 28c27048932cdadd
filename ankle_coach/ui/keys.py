"""Where a key goes: a focused control keeps Space and Return/Enter, the session's keys get them
everywhere else; and Ctrl+Tab (or F6) moves between the window's panes (README "Keys").

The session's keys are window-wide shortcuts (ui/actions.py), and Qt gives a shortcut a key
before the focused widget unless that widget claims it (QEvent.ShortcutOverride). Buttons, check
boxes and combo boxes never claim Space, and Qt's push and tool buttons ignore Return outside a
dialog, so without this no focused button could be pressed from the keyboard. `KeyRouter` is one
event filter that settles it for every window, rather than a rule in each widget:

- a focused button, check box, radio button, field, spin box or combo box claims Space and
  Return/Enter; a list or table claims Return/Enter (it opens what is chosen), not Space;
- Return/Enter press a focused push or tool button, and choose a focused check box or radio
  button where no dialog has a default button to press instead;
- everything else (nothing focused, the session view, a list with Space, the presenter window)
  leaves the key to the session's shortcuts.

The router watches only the widget that has the focus (it follows QApplication.focusChanged):
Space and Return go to that widget first, so that is the one place to decide. Installed on the
application instead, it was called from Python for every event of every object, and handing it
Qt's internal objects (animation timers, window handles) made PySide build a Python class for
every QObject class Qt has, some 150 of them and 1.2 MiB of a session's memory (issue 16).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from itertools import takewhile

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTextEdit,
    QToolButton,
    QWidget,
)

#: The keys this module routes (as QKeyEvent.key() gives them): what a keyboard user presses to
#: use a focused control.
SPACE: frozenset[int] = frozenset({Qt.Key.Key_Space.value})
PRESS: frozenset[int] = frozenset({Qt.Key.Key_Return.value, Qt.Key.Key_Enter.value})
#: Ctrl+Tab and F6 go to the next pane, Ctrl+Shift+Tab and Shift+F6 to the one before.
NEXT_PANE_KEYS = ("Ctrl+Tab", "F6")
PREVIOUS_PANE_KEYS = ("Ctrl+Shift+Tab", "Ctrl+Shift+Backtab", "Shift+F6")

_TYPE = QEvent.Type
_PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


def claimed_keys(widget: QWidget) -> frozenset[int]:
    """Which of Space, Return and Enter `widget` uses itself when it has the focus."""
    if isinstance(widget, (QAbstractButton, QComboBox, QAbstractSpinBox)):
        return SPACE | PRESS
    if isinstance(widget, QLineEdit):
        return frozenset() if widget.isReadOnly() else SPACE | PRESS
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        return frozenset() if widget.isReadOnly() else SPACE | PRESS
    if isinstance(widget, QAbstractItemView):
        return PRESS
    return frozenset()


def _in_dialog(widget: QWidget) -> bool:
    return isinstance(widget.window(), QDialog)


def press(widget: QWidget) -> bool:
    """What Return or Enter does to a focused `widget`: True when it was pressed or chosen."""
    if not isinstance(widget, QAbstractButton) or not widget.isEnabled():
        return False
    if isinstance(widget, (QCheckBox, QRadioButton)) and _in_dialog(widget):
        return False  # the dialog's default button takes Return, as in every dialog
    if isinstance(widget, QPushButton) and widget.menu() is not None:
        widget.showMenu()
    elif (
        isinstance(widget, QToolButton)
        and widget.menu() is not None
        and widget.popupMode() == QToolButton.ToolButtonPopupMode.InstantPopup
    ):
        widget.showMenu()
    else:
        widget.click()
    return True


class KeyRouter(QObject):
    """The application's key rule (see the module's docstring); `install` puts one in place."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind != _TYPE.ShortcutOverride and kind != _TYPE.KeyPress:
            return False
        if not isinstance(event, QKeyEvent) or event.modifiers() not in _PLAIN:
            return False
        key = event.key()
        if key not in SPACE and key not in PRESS:
            return False
        if not isinstance(watched, QWidget) or watched is not QApplication.focusWidget():
            return False  # the same event on its way up to the parents
        if key not in claimed_keys(watched):
            return False
        if kind == _TYPE.ShortcutOverride:
            event.accept()  # the focused control keeps the key: no shortcut fires
            return True
        if key in PRESS and not event.isAutoRepeat() and press(watched):
            return True
        return False

    def _follow_focus(self, old: QWidget | None, new: QWidget | None) -> None:
        """Watch the widget that now has the focus, and no longer the one that had it."""
        if old is not None and shiboken6.isValid(old):
            old.removeEventFilter(self)
        if new is not None:
            new.installEventFilter(self)

    @staticmethod
    def install() -> KeyRouter | None:
        """The app's router, made and installed the first time (several windows share it)."""
        app = QApplication.instance()
        if not isinstance(app, QApplication):
            return None
        router = app.findChild(KeyRouter)
        if router is None:
            router = KeyRouter(app)
            app.focusChanged.connect(router._follow_focus)
            router._follow_focus(None, QApplication.focusWidget())
        return router


def show_focus(area: QAbstractScrollArea) -> None:
    """A frameless scroll area that takes the focus (to scroll by keys) shows it has it, with the
    highlight the theme gives focused buttons: else a Tab stop there looks like a lost focus."""
    name = area.objectName() or f"scrollArea{id(area)}"
    area.setObjectName(name)
    area.setStyleSheet(
        f"#{name} {{ border: 2px solid transparent; }}"
        f"#{name}:focus {{ border: 2px solid palette(highlight); }}"
    )


# -- moving between the window's panes -----------------------------------------------------------


def _takes_tab(widget: QWidget) -> bool:
    return (
        bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.isVisible()
        and widget.isEnabled()
    )


def first_control(pane: QWidget) -> QWidget | None:
    """Where focus goes in `pane`: its focus proxy, else its first control in the Tab order; a
    scroll area that only frames other widgets only when the pane holds no control."""
    proxy = pane.focusProxy()
    if proxy is not None and _takes_tab(proxy):
        return proxy
    frame = pane if _takes_tab(pane) else None
    for widget in _chain_from(pane):
        if pane.isAncestorOf(widget) and _takes_tab(widget):
            if not _frames_only(widget):
                return widget
            frame = frame or widget
    return frame


def _chain_from(start: QWidget) -> Iterator[QWidget]:
    """The window's focus chain after `start`, once round (it follows setTabOrder, not the
    tree)."""
    widget = start.nextInFocusChain()
    while widget is not None and widget is not start:
        yield widget
        widget = widget.nextInFocusChain()


def _frames_only(widget: QWidget) -> bool:
    """A scroll area around other widgets, as opposed to a list, table or text box."""
    return isinstance(widget, QAbstractScrollArea) and not isinstance(
        widget, (QAbstractItemView, QPlainTextEdit, QTextEdit)
    )


def move_between_panes(panes: Sequence[QWidget], *, forward: bool) -> QWidget | None:
    """Focus the first control of the next (or previous) shown pane after the one holding the
    focus; returns what got the focus."""
    shown = [pane for pane in panes if pane.isVisible()]
    if not shown:
        return None
    focus = QApplication.focusWidget()
    here = next(
        (
            i
            for i, pane in enumerate(shown)
            if focus is not None and (pane is focus or pane.isAncestorOf(focus))
        ),
        -1 if forward else len(shown),
    )
    step = 1 if forward else -1
    reason = Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
    for offset in range(1, len(shown) + 1):
        target = first_control(shown[(here + step * offset) % len(shown)])
        if target is not None:
            target.setFocus(reason)
            return target
    return None


def keep_tab_order(page: QWidget, pages: QWidget) -> None:
    """A page added to `pages` once its window is built lands at the end of the window's Tab
    order (after the sidebar): put its controls back after the other pages'."""
    # The other pages' last Tab stop, once round the chain: their widgets need not follow
    # `pages` in one run (a frame made after them sits between, then the splitter's handle).
    last = pages
    for widget in _chain_from(pages):
        inside = pages.isAncestorOf(widget) and not (widget is page or page.isAncestorOf(widget))
        if inside and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            last = widget
    for control in list(takewhile(page.isAncestorOf, _chain_from(page))):
        if control.focusPolicy() != Qt.FocusPolicy.NoFocus:
            QWidget.setTabOrder(last, control)
            last = control


Panes = Callable[[], Sequence[QWidget | None]]


def route_keys(window: QWidget, panes: Panes) -> None:
    """The app's key rule (KeyRouter, once for the app), and Ctrl+Tab / F6 and Ctrl+Shift+Tab /
    Shift+F6 in `window` moving between `panes()` (those that are None or hidden are passed)."""
    KeyRouter.install()
    for keys, forward in ((NEXT_PANE_KEYS, True), (PREVIOUS_PANE_KEYS, False)):
        for key in keys:
            shortcut = QShortcut(QKeySequence(key), window)
            shortcut.activated.connect(
                lambda forward=forward: move_between_panes(
                    [pane for pane in panes() if pane is not None], forward=forward
                )
            )
