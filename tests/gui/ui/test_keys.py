"""The key rule (ui/keys.py) as a table: which focused widget keeps Space and Return/Enter, which
leaves them to the window's shortcuts, and Ctrl+Tab / F6 between panes."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import shiboken6
from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt
from PySide6.QtGui import QAction, QColor, QKeyEvent, QKeySequence, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from ankle_coach.ui import keys as key_rule
from ankle_coach.ui.keys import (
    KeyRouter,
    claimed_keys,
    first_control,
    keep_tab_order,
    move_between_panes,
    show_focus,
)

SPACE, RETURN, ENTER = Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter
KEYPAD = Qt.KeyboardModifier.KeypadModifier

pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints\(\)|raise\(\)|grabbing the keyboard)"
)


class Board:
    """A window with the session's two contested shortcuts (Space: pause, Return/Enter: done)
    and one widget of each kind; `log` says what each key did."""

    def __init__(self, qtbot: QtBot, host: QWidget | None = None) -> None:
        KeyRouter.install()
        self.log: list[str] = []
        self.window = QMainWindow() if host is None else host
        for text, keys in (("pause", ["Space"]), ("done", ["Return", "Enter"])):
            action = QAction(text, self.window)
            action.setShortcuts([QKeySequence(key) for key in keys])
            action.triggered.connect(lambda _=False, text=text: self.log.append(text))
            self.window.addAction(action)
        self.push = QPushButton("Push")
        self.push.clicked.connect(lambda: self.log.append("push clicked"))
        self.tool = QToolButton()
        self.tool.setText("Tool")
        self.tool.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.tool.clicked.connect(lambda: self.log.append("tool clicked"))
        self.check = QCheckBox("Check")
        self.check.toggled.connect(lambda on: self.log.append(f"check {on}"))
        self.radio = QRadioButton("Radio")
        self.radio.toggled.connect(lambda on: self.log.append(f"radio {on}"))
        self.line = QLineEdit()
        self.line.returnPressed.connect(lambda: self.log.append("line return"))
        self.text = QPlainTextEdit()
        self.combo = QComboBox()
        self.combo.addItems(["one", "two"])
        self.spin = QSpinBox()
        self.list = QListView()
        self.list.setModel(QStringListModel(["a", "b"], self.list))
        self.list.setCurrentIndex(self.list.model().index(0, 0))
        self.list.activated.connect(lambda _: self.log.append("list activated"))
        self.table = QTableWidget(2, 2)
        self.table.setCurrentCell(0, 0)
        self.table.activated.connect(lambda _: self.log.append("table activated"))
        self.plain = QWidget()  # a view that takes the focus but no key (the session view)
        self.plain.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        content = QWidget()
        layout = QVBoxLayout(content)
        for widget in self.widgets().values():
            layout.addWidget(widget)
        if isinstance(self.window, QMainWindow):
            self.window.setCentralWidget(content)
        else:
            QVBoxLayout(self.window).addWidget(content)
        qtbot.addWidget(self.window)
        self.window.show()
        qtbot.waitExposed(self.window)
        self.window.activateWindow()
        qtbot.waitUntil(self.window.isActiveWindow)

    def widgets(self) -> dict[str, QWidget]:
        return {
            "push button": self.push,
            "tool button": self.tool,
            "check box": self.check,
            "radio button": self.radio,
            "line edit": self.line,
            "text box": self.text,
            "combo box": self.combo,
            "spin box": self.spin,
            "list": self.list,
            "table": self.table,
            "plain view": self.plain,
        }

    def press(self, name: str, key: Qt.Key) -> list[str]:
        """Focus the widget called `name` ("nothing": no widget) and press `key` on it, as the
        keyboard does: to whatever has the focus."""
        if name == "nothing":
            focused = QApplication.focusWidget()
            if focused is not None:
                focused.clearFocus()
            assert QApplication.focusWidget() is None
            target: QWidget = self.window
        else:
            target = self.widgets()[name]
            target.setFocus()
            assert QApplication.focusWidget() is target
        self.log.clear()
        modifier = KEYPAD if key is ENTER else Qt.KeyboardModifier.NoModifier
        QTest.keyClick(target, key, modifier)
        return list(self.log)


@pytest.fixture
def board(qtbot: QtBot) -> Board:
    return Board(qtbot)


# focused widget, key -> what happened (the log), and what a field holds after.
TABLE: list[tuple[str, Qt.Key, list[str]]] = [
    ("push button", SPACE, ["push clicked"]),
    ("push button", RETURN, ["push clicked"]),
    ("push button", ENTER, ["push clicked"]),
    ("tool button", SPACE, ["tool clicked"]),
    ("tool button", RETURN, ["tool clicked"]),
    ("tool button", ENTER, ["tool clicked"]),
    ("check box", SPACE, ["check True"]),
    ("check box", RETURN, ["check True"]),  # no dialog default button to press instead
    ("check box", ENTER, ["check True"]),
    ("radio button", SPACE, ["radio True"]),
    ("radio button", RETURN, ["radio True"]),
    ("line edit", SPACE, []),  # typed (see test_a_field_keeps_what_is_typed)
    ("line edit", RETURN, ["line return"]),
    ("line edit", ENTER, ["line return"]),
    ("text box", SPACE, []),
    ("text box", RETURN, []),
    ("combo box", SPACE, []),  # opens its list
    ("combo box", RETURN, []),
    ("spin box", SPACE, []),
    ("spin box", RETURN, []),
    ("list", SPACE, ["pause"]),  # a runner's Space from the library list
    ("list", RETURN, ["list activated"]),
    ("list", ENTER, ["list activated"]),
    ("table", SPACE, ["pause"]),
    ("table", RETURN, ["table activated"]),
    ("plain view", SPACE, ["pause"]),
    ("plain view", RETURN, ["done"]),
    ("plain view", ENTER, ["done"]),
    ("nothing", SPACE, ["pause"]),
    ("nothing", RETURN, ["done"]),
    ("nothing", ENTER, ["done"]),
]


@pytest.mark.parametrize(("focused", "key", "happened"), TABLE)
def test_a_focused_control_keeps_its_keys_the_rest_go_to_the_session(
    board: Board, focused: str, key: Qt.Key, happened: list[str]
) -> None:
    assert board.press(focused, key) == happened
    if board.combo.view().isVisible():
        board.combo.hidePopup()


def test_a_field_keeps_what_is_typed(board: Board) -> None:
    board.line.setFocus()
    QTest.keyClicks(board.line, "calf stretch")
    board.text.setFocus()
    QTest.keyClicks(board.text, "a b")
    QTest.keyClick(board.text, RETURN)
    assert board.line.text() == "calf stretch"
    assert board.text.toPlainText() == "a b\n"
    assert board.log == []  # no pause, no done


def test_space_opens_a_focused_combo_box(board: Board) -> None:
    board.press("combo box", SPACE)
    assert board.combo.view().isVisible()
    board.combo.hidePopup()


def test_a_disabled_button_takes_nothing_and_presses_nothing(board: Board) -> None:
    board.push.setEnabled(False)
    board.tool.setEnabled(False)
    assert QApplication.focusWidget() is not board.push
    assert board.press("nothing", RETURN) == ["done"]


def test_a_held_return_presses_a_button_once(board: Board) -> None:
    board.push.setFocus()
    board.log.clear()
    QTest.keyPress(board.push, RETURN)
    for _ in range(3):  # what the keyboard sends while the key is held
        held = QKeyEvent(
            QEvent.Type.KeyPress, RETURN, Qt.KeyboardModifier.NoModifier, "\r", autorep=True
        )
        QApplication.sendEvent(board.push, held)
    QTest.keyRelease(board.push, RETURN)
    assert board.log == ["push clicked"]


def test_in_a_dialog_return_on_a_check_box_presses_the_default_button(qtbot: QtBot) -> None:
    dialog = QDialog()
    board = Board(qtbot, dialog)
    layout = dialog.layout()
    assert layout is not None
    ok = QPushButton("OK", dialog)
    ok.setDefault(True)
    ok.clicked.connect(dialog.accept)
    layout.addWidget(ok)
    ok.show()  # made after the dialog was shown
    accepted: list[bool] = []
    dialog.accepted.connect(lambda: accepted.append(True))
    assert board.press("check box", RETURN) == []
    assert accepted == [True] and not board.check.isChecked()


def test_in_a_dialog_return_presses_the_focused_button_not_the_default(qtbot: QtBot) -> None:
    dialog = QDialog()
    board = Board(qtbot, dialog)
    layout = dialog.layout()
    assert layout is not None
    ok = QPushButton("OK", dialog)
    ok.setDefault(True)
    layout.addWidget(ok)
    ok.show()
    board.push.setAutoDefault(False)
    assert board.press("push button", RETURN) == ["push clicked"]
    assert dialog.result() == 0 and dialog.isVisible()


@pytest.mark.parametrize(
    ("widget", "claimed"),
    [
        (QPushButton, {SPACE, RETURN, ENTER}),
        (QListView, {RETURN, ENTER}),
        (QWidget, set()),
    ],
)
def test_claimed_keys(qtbot: QtBot, widget: Callable[[], QWidget], claimed: set[Qt.Key]) -> None:
    made = widget()
    qtbot.addWidget(made)
    assert claimed_keys(made) == {key.value for key in claimed}


def test_a_read_only_field_leaves_space_to_the_session(qtbot: QtBot) -> None:
    field = QLineEdit()
    text = QPlainTextEdit()
    qtbot.addWidget(field)
    qtbot.addWidget(text)
    field.setReadOnly(True)
    text.setReadOnly(True)
    assert claimed_keys(field) == claimed_keys(text) == frozenset()


def test_the_router_is_installed_once(qtbot: QtBot) -> None:
    first = KeyRouter.install()
    assert first is not None
    assert KeyRouter.install() is first
    app = QApplication.instance()
    assert app is not None and len(app.findChildren(KeyRouter)) == 1


class RecordingRouter(KeyRouter):
    """The router, noting which object each event it is shown was sent to."""

    watched: list[QObject]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        self.watched.append(watched)
        return super().eventFilter(watched, event)


def test_the_router_watches_only_the_widget_with_the_focus(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """It follows the focus instead of filtering every event of the application (issue 16: an
    application filter was handed Qt's internal objects, and PySide built a class for each)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    for old in app.findChildren(KeyRouter):
        shiboken6.delete(old)  # and with it its connection and its filters
    monkeypatch.setattr(key_rule, "KeyRouter", RecordingRouter)
    RecordingRouter.watched = []
    board = Board(qtbot)
    assert isinstance(app.findChild(KeyRouter), RecordingRouter)
    seen = RecordingRouter.watched
    board.push.setFocus()
    assert QApplication.focusWidget() is board.push
    seen.clear()
    QApplication.sendEvent(board.check, QEvent(QEvent.Type.StyleChange))
    QApplication.sendEvent(board.window, QEvent(QEvent.Type.StyleChange))
    QApplication.sendEvent(board.push, QEvent(QEvent.Type.StyleChange))
    assert seen == [board.push]
    board.check.setFocus()
    seen.clear()
    QApplication.sendEvent(board.push, QEvent(QEvent.Type.StyleChange))
    QApplication.sendEvent(board.check, QEvent(QEvent.Type.StyleChange))
    assert seen == [board.check]
    assert board.press("check box", SPACE) == ["check True"]  # and it still routes the keys
    assert board.press("push button", RETURN) == ["push clicked"]


# -- panes -----------------------------------------------------------------------------------


def clear_focus() -> None:
    focused = QApplication.focusWidget()
    if focused is not None:
        focused.clearFocus()


def test_ctrl_tab_moves_between_panes_and_back(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    panes = []
    for name in ("left", "middle", "right"):
        pane = QWidget()
        pane.setObjectName(name)
        inner = QVBoxLayout(pane)
        for number in (1, 2):
            button = QPushButton(f"{name} {number}")
            inner.addWidget(button)
        layout.addWidget(pane)
        panes.append(pane)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    panes[1].hide()  # a hidden pane is passed over

    def focused() -> str:
        widget = QApplication.focusWidget()
        return widget.text() if isinstance(widget, QPushButton) else ""

    clear_focus()
    assert move_between_panes(panes, forward=True) is not None
    assert focused() == "left 1"  # from nowhere: the first pane's first control
    clear_focus()
    move_between_panes(panes, forward=False)
    assert focused() == "right 1"  # from nowhere backwards: the last pane's
    panes[0].findChildren(QPushButton)[1].setFocus()
    move_between_panes(panes, forward=True)
    assert focused() == "right 1"  # from the second control of a pane: the next pane's first
    move_between_panes(panes, forward=True)
    assert focused() == "left 1"  # round again
    move_between_panes(panes, forward=False)
    assert focused() == "right 1"
    assert first_control(panes[1]) is None  # hidden: nothing in it takes the focus


def test_a_focused_frameless_scroll_area_shows_the_focus(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    before = QPushButton("before")
    area = QScrollArea()
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(QWidget())
    show_focus(area)
    layout.addWidget(before)
    layout.addWidget(area)
    window.resize(300, 300)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    highlight = area.palette().color(QPalette.ColorRole.Highlight)

    def edge() -> QColor:
        return area.grab().toImage().pixelColor(0, area.height() // 2)

    before.setFocus()
    assert edge() != highlight
    area.setFocus()
    qtbot.waitUntil(lambda: edge() == highlight)


def test_a_page_added_late_keeps_its_place_in_the_tab_order(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QHBoxLayout(window)
    pages = QStackedWidget()

    def page(*names: str) -> QWidget:
        made = QWidget()
        inner = QVBoxLayout(made)
        for name in names:
            inner.addWidget(QPushButton(name))
        return made

    pages.addWidget(page("page 1 a", "page 1 b"))
    layout.addWidget(QPushButton("library"))
    layout.addWidget(pages)
    layout.addWidget(QPushButton("sidebar"))
    window.show()
    qtbot.waitExposed(window)
    late = page("late a", "late b")
    pages.addWidget(late)

    def order() -> list[str]:
        names = []
        widget = window.nextInFocusChain()
        while widget is not None and widget is not window:
            if isinstance(widget, QPushButton):
                names.append(widget.text())
            widget = widget.nextInFocusChain()
        return names

    assert order()[-1] == "late b"  # where Qt puts it
    keep_tab_order(late, pages)
    assert order() == ["library", "page 1 a", "page 1 b", "late a", "late b", "sidebar"]
