"""Undo in the routine editor: each change is one command from one Snapshot to the next, and
typing into one field in quick succession (by an injected clock) is one step."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoCommand

from ankle_coach.core.editor_form import Snapshot

#: Typing into one field within this many seconds of the last change is one undo step.
MERGE_SECONDS: Final = 2.0


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
