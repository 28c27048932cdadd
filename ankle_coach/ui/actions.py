"""The app's commands as QActions, declared in one place: their names, keys and menus.

`MENU_ACTIONS` declares the window's menu commands (Picard's action registry): `MenuActions`
builds the menu bar from them, and the window connects each action by its name. `SessionActions`
are the session's commands: the main window puts them in its Session menu, the session view on
its buttons, the presenter window listens to their keys; all three call the same
SessionController.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar

from ankle_coach.core.i18n import QT_TRANSLATE_NOOP
from ankle_coach.ui.i18n import translate

# The window's frame builds its menus from this module before the routine model is loaded (see
# README "Start-up"): the session's names are imported where SessionActions uses them.
if TYPE_CHECKING:
    from ankle_coach.core.session import SessionState
    from ankle_coach.qt.controller import SessionController


Keys = QKeySequence.StandardKey | str | None


@dataclass(frozen=True)
class MenuAction:
    """One menu command: `name` is how the window finds it (`actions["import"]`)."""

    name: str
    menu: str
    #: Marked with QT_TRANSLATE_NOOP in the context "ui.actions"; translated when shown.
    text: str
    keys: Keys = None
    #: A line above it in its menu.
    separated: bool = False


#: The menus, in order: their names and titles. The Session menu holds the SessionActions.
MENUS: Final = (
    ("file", QT_TRANSLATE_NOOP("ui.actions", "&File")),
    ("session", QT_TRANSLATE_NOOP("ui.actions", "&Session")),
    ("view", QT_TRANSLATE_NOOP("ui.actions", "&View")),
    ("help", QT_TRANSLATE_NOOP("ui.actions", "&Help")),
)

_KEY = QKeySequence.StandardKey
MENU_ACTIONS: Final = (
    MenuAction(
        "open", "file", QT_TRANSLATE_NOOP("ui.actions", "&Open routine file\u2026"), _KEY.Open
    ),
    MenuAction("new", "file", QT_TRANSLATE_NOOP("ui.actions", "&New routine\u2026"), _KEY.New),
    MenuAction("edit", "file", QT_TRANSLATE_NOOP("ui.actions", "Ed&it routine\u2026"), "F2"),
    MenuAction(
        "duplicate", "file", QT_TRANSLATE_NOOP("ui.actions", "&Duplicate routine\u2026"), "Ctrl+D"
    ),
    MenuAction(
        "import",
        "file",
        QT_TRANSLATE_NOOP("ui.actions", "&Import routine\u2026"),
        "Ctrl+I",
        separated=True,
    ),
    MenuAction(
        "export", "file", QT_TRANSLATE_NOOP("ui.actions", "&Export routine\u2026"), "Ctrl+E"
    ),
    MenuAction(
        "export_handout",
        "file",
        QT_TRANSLATE_NOOP("ui.actions", "Export &handout (PDF)\u2026"),
        "Ctrl+Shift+E",
    ),
    MenuAction(
        "print_handout", "file", QT_TRANSLATE_NOOP("ui.actions", "&Print handout\u2026"), _KEY.Print
    ),
    MenuAction(
        "reload", "file", QT_TRANSLATE_NOOP("ui.actions", "&Reload routines"), "F5", separated=True
    ),
    MenuAction("show_folder", "file", QT_TRANSLATE_NOOP("ui.actions", "Show &my routines folder")),
    MenuAction(
        "settings",
        "file",
        QT_TRANSLATE_NOOP("ui.actions", "&Settings\u2026"),
        _KEY.Preferences,
        separated=True,
    ),
    MenuAction("quit", "file", QT_TRANSLATE_NOOP("ui.actions", "&Quit"), _KEY.Quit, separated=True),
    MenuAction("history", "view", QT_TRANSLATE_NOOP("ui.actions", "&History"), "Ctrl+H"),
    MenuAction(
        "check_in", "view", QT_TRANSLATE_NOOP("ui.actions", "Pain &check-in\u2026"), "Ctrl+K"
    ),
    MenuAction("keys", "help", QT_TRANSLATE_NOOP("ui.actions", "&Keys"), _KEY.HelpContents),
    MenuAction("about", "help", QT_TRANSLATE_NOOP("ui.actions", "&About Ankle Coach")),
)


class MenuActions(QObject):
    """The menu bar built from MENU_ACTIONS: `actions[name]` and `menus[name]` for the window
    to connect and to add to (the sidebar's toggle, the presenter display, the session)."""

    def __init__(self, bar: QMenuBar, parent: QObject) -> None:
        super().__init__(parent)
        self.menus: dict[str, QMenu] = {
            name: bar.addMenu(translate("ui.actions", title)) for name, title in MENUS
        }
        self.actions: dict[str, QAction] = {}
        for declared in MENU_ACTIONS:
            menu = self.menus[declared.menu]
            if declared.separated:
                menu.addSeparator()
            action = QAction(translate("ui.actions", declared.text), self)
            if declared.keys is not None:
                keys = declared.keys
                action.setShortcut(QKeySequence(keys) if isinstance(keys, str) else keys)
            menu.addAction(action)
            self.actions[declared.name] = action

    def connect_slots(self, slots: dict[str, Callable[[], object]]) -> None:
        """Connect every declared action to its slot; each action must have one."""
        missing = set(self.actions) ^ set(slots)
        if missing:
            raise ValueError(f"menu actions without a slot, or slots without an action: {missing}")
        for name, slot in slots.items():
            self.actions[name].triggered.connect(lambda _checked=False, slot=slot: slot())


class SessionActions(QObject):
    """Signals:
    presenterToggled(): F or F11, to enter or leave presenter mode.
    escapePressed(): Esc: leave presenter mode, else stop (the window asks first).
    muteToggled(bool): M.
    startRequested(): Space with no session: start the chosen routine.
    """

    presenterToggled = Signal()
    escapePressed = Signal()
    muteToggled = Signal(bool)
    startRequested = Signal()

    def __init__(self, parent: QObject) -> None:
        from ankle_coach.core.session import ADJUST_STEP_SECONDS  # loaded after the frame

        super().__init__(parent)
        self.controller: SessionController | None = None
        self._step = ADJUST_STEP_SECONDS
        step = f"{ADJUST_STEP_SECONDS:g}"

        def make(text: str, keys: list[str], slot: Callable[[], object], tip: str) -> QAction:
            action = QAction(text, self)
            action.setShortcuts([QKeySequence(key) for key in keys])
            action.setAutoRepeat(False)  # a held Space pauses once; a held Right skips one step
            shown = ", ".join(
                QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) for key in keys
            )
            action.setToolTip(translate("ui.actions", "{tip} ({keys})").format(tip=tip, keys=shown))
            action.setStatusTip(tip)
            action.triggered.connect(slot)
            return action

        self.pause = make(
            translate("ui.actions", "Pause"),
            ["Space"],
            self._on_pause,
            translate("ui.actions", "Start, pause or resume"),
        )
        self.next = make(
            translate("ui.actions", "Next"),
            ["Right", "PgDown"],
            self._on_next,
            translate("ui.actions", "Skip to the next step"),
        )
        self.back = make(
            translate("ui.actions", "Back"),
            ["Left", "PgUp"],
            self._on_back,
            translate("ui.actions", "Back to the start of this or the last step"),
        )
        self.restart = make(
            translate("ui.actions", "Restart exercise"),
            ["R"],
            self._on_restart,
            translate("ui.actions", "Start this exercise again"),
        )
        self.done = make(
            translate("ui.actions", "Done"),
            ["D", "Return", "Enter"],
            self._on_done,
            translate("ui.actions", "Finish a step done at your own pace"),
        )
        self.longer = make(
            translate("ui.actions", "+{seconds} s").format(seconds=step),
            ["+", "="],
            self._on_longer,
            translate("ui.actions", "Hold {seconds} seconds longer").format(seconds=step),
        )
        self.shorter = make(
            translate("ui.actions", "\u2212{seconds} s").format(seconds=step),
            ["-"],
            self._on_shorter,
            translate("ui.actions", "Hold {seconds} seconds less").format(seconds=step),
        )
        self.mute = make(
            translate("ui.actions", "Mute"),
            ["M"],
            self._on_mute,
            translate("ui.actions", "Turn the voice off or on"),
        )
        self.mute.setCheckable(True)
        self.mute.toggled.connect(self._on_mute_toggled)
        self.presenter = make(
            translate("ui.actions", "Presenter mode"),
            ["F", "F11"],
            self.presenterToggled.emit,
            translate("ui.actions", "Full screen, large type, for showing a patient"),
        )
        self.presenter.setIconText(translate("ui.actions", "Presenter"))
        self.restart.setIconText(translate("ui.actions", "Restart"))
        self.stop = make(
            translate("ui.actions", "Stop"),
            ["Esc"],
            self.escapePressed.emit,
            translate("ui.actions", "Stop the session"),
        )
        self.all = [
            self.pause,
            self.back,
            self.next,
            self.restart,
            self.done,
            self.shorter,
            self.longer,
            self.mute,
            self.presenter,
            self.stop,
        ]
        self.update_for(None)

    def _call(self, what: Callable[[SessionController], object]) -> None:
        if self.controller is not None:
            what(self.controller)

    def _on_pause(self) -> None:
        from ankle_coach.core.session import Phase  # loaded by now: a session is under way

        controller = self.controller
        if controller is None:
            self.startRequested.emit()
            return
        if controller.state.phase is Phase.READY:
            controller.start()
        else:
            controller.toggle_pause()

    def _on_next(self) -> None:
        self._call(lambda c: c.next())

    def _on_back(self) -> None:
        self._call(lambda c: c.back())

    def _on_restart(self) -> None:
        self._call(lambda c: c.restart_exercise())

    def _on_done(self) -> None:
        self._call(lambda c: c.done())

    def _on_longer(self) -> None:
        self._call(lambda c: c.adjust(self._step))

    def _on_shorter(self) -> None:
        self._call(lambda c: c.adjust(-self._step))

    def _on_mute(self) -> None:
        self.muteToggled.emit(self.mute.isChecked())

    def update_for(self, state: SessionState | None) -> None:
        """Enable what makes sense now, and name the pause button for what it will do. Each
        action changes only when its state does: no churn of enabled/disabled at every tick."""
        from ankle_coach.core.session import Phase  # loaded by now (see the top of the module)

        live = state is not None and not state.is_over
        enabled = dict.fromkeys(self.all, live)
        enabled[self.mute] = True
        enabled[self.presenter] = enabled[self.stop] = state is not None
        if state is None:
            label = translate("ui.actions", "Start")
            enabled[self.pause] = True  # Space starts the chosen routine
        else:
            label = {
                Phase.READY: translate("ui.actions", "Start"),
                Phase.PAUSED: translate("ui.actions", "Resume"),
            }.get(state.phase, translate("ui.actions", "Pause"))
            enabled[self.done] = live and state.segment.kind == "manual"
            enabled[self.longer] = enabled[self.shorter] = live and state.adjustable
        if self.pause.text() != label:
            self.pause.setText(label)
        for action, on in enabled.items():
            if action.isEnabled() != on:
                action.setEnabled(on)

    def _on_mute_toggled(self, muted: bool) -> None:
        """The button says what pressing it does: "Unmute" while muted."""
        self.mute.setText(
            translate("ui.actions", "Unmute") if muted else translate("ui.actions", "Mute")
        )
