"""Undo in the routine editor: each change is one command from one Snapshot to the next, and
typing into one field in quick succession (by an injected clock) is one step."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand

from ankle_coach.core.editor_form import Snapshot
from ankle_coach.core.i18n import QT_TRANSLATE_NOOP
from ankle_coach.ui.i18n import translate

#: Typing into one field within this many seconds of the last change is one undo step.
MERGE_SECONDS: Final = 2.0

#: The undo step of a change of each field (of the routine, or of the chosen exercise), as
#: Edit > Undo and a screen reader name it: whole phrases, so each language words its own.
CHANGE_NAMES: Final[dict[str, str]] = {
    "title": QT_TRANSLATE_NOOP("ui.editor.undo", "Change title"),
    "summary": QT_TRANSLATE_NOOP("ui.editor.undo", "Change summary"),
    "lead_in_seconds": QT_TRANSLATE_NOOP("ui.editor.undo", "Change lead-in"),
    "rest_between_exercises_seconds": QT_TRANSLATE_NOOP(
        "ui.editor.undo", "Change rest between exercises"
    ),
    "tags": QT_TRANSLATE_NOOP("ui.editor.undo", "Change tags"),
    "name": QT_TRANSLATE_NOOP("ui.editor.undo", "Change name"),
    "instructions": QT_TRANSLATE_NOOP("ui.editor.undo", "Change instructions"),
    "cue": QT_TRANSLATE_NOOP("ui.editor.undo", "Change custom cue"),
    "sides": QT_TRANSLATE_NOOP("ui.editor.undo", "Change sides"),
    "directions": QT_TRANSLATE_NOOP("ui.editor.undo", "Change directions"),
    "custom_directions": QT_TRANSLATE_NOOP("ui.editor.undo", "Change directions"),
    "kind": QT_TRANSLATE_NOOP("ui.editor.undo", "Change how it is done"),
    "sets": QT_TRANSLATE_NOOP("ui.editor.undo", "Change sets"),
    "hold_seconds": QT_TRANSLATE_NOOP("ui.editor.undo", "Change hold"),
    "reps": QT_TRANSLATE_NOOP("ui.editor.undo", "Change reps"),
    "rep_seconds": QT_TRANSLATE_NOOP("ui.editor.undo", "Change seconds per rep"),
    "duration_seconds": QT_TRANSLATE_NOOP("ui.editor.undo", "Change duration"),
    "rest_seconds": QT_TRANSLATE_NOOP("ui.editor.undo", "Change rest between sets"),
    "switch_seconds": QT_TRANSLATE_NOOP("ui.editor.undo", "Change switch time"),
}
_CHANGE: Final = QT_TRANSLATE_NOOP("ui.editor.undo", "Change")


def change_name(field: str) -> str:
    """The undo step's name for a change of `field`, in the window's language."""
    return translate("ui.editor.undo", CHANGE_NAMES.get(field, _CHANGE))


class Edit(QUndoCommand):
    """One change of the document, from `before` to `after`, pushed once the editor already
    shows `after`. Changes of one field (`key`) less than MERGE_SECONDS apart, by the editor's
    clock (`when`), merge into one command; a change without a key never merges."""

    def __init__(
        self,
        restore: Callable[[Snapshot], None],
        text: str,
        before: Snapshot,
        after: Snapshot,
        key: str,
        when: float,
    ) -> None:
        super().__init__(text)
        self._restore = restore
        self.before = before
        self.after = after
        self.key = key
        self.when = when
        self._applied = True  # pushed after the editor already shows `after`

    def id(self) -> int:
        return 1 if self.key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(other, Edit) or other.key != self.key:
            return False
        if other.when - self.when > MERGE_SECONDS:
            return False
        self.after, self.when = other.after, other.when
        return True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._restore(self.after)

    def undo(self) -> None:
        self._restore(self.before)


class UndoKeysToWindow(QObject):
    """Lets Ctrl+Z and Ctrl+Shift+Z reach the editor's undo stack from inside a line edit or a
    spin box, which would otherwise undo their own typing only (and behind the editor's back)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if event.matches(QKeySequence.StandardKey.Undo) or event.matches(
                QKeySequence.StandardKey.Redo
            ):
                event.ignore()
                return True
        return False


def undo_keys(standard: QKeySequence.StandardKey, always: str) -> list[QKeySequence]:
    """The platform's keys for `standard`, and `always` when they lack it (without repeats,
    which Qt would find ambiguous)."""
    keys = list(QKeySequence.keyBindings(standard))
    if QKeySequence(always) not in keys:
        keys.append(QKeySequence(always))
    return keys
