"""A session's routine and exercise names: what the history records and what it shows.

The history records the routine file's own (English) title and exercise names, and an exercise
with only some of its work done as "Calf stretch (5 of 6 done)" in English, whatever the
language in use: the file and its CSV export are machine-readable and must not depend on it.
What is shown is in the language in use: a routine still in the library by its title in that
language (looked up by the recorded routine id), its exercises likewise, and "(5 of 6 done)"
composed in that language. A routine no longer in the library (deleted, renamed) and a name
the routine no longer has are shown as recorded; so are rows that earlier versions recorded in
the language then in use (no migration: they keep the words they were written with).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from ankle_coach.core.i18n import current_language, translate

if TYPE_CHECKING:
    from ankle_coach.core.history.model import SessionRecord
    from ankle_coach.core.routine import Routine

#: An exercise partly done, as recorded: English on purpose (machine-readable, see above).
RECORDED_PARTLY_DONE: Final = "{name} ({done} of {count} done)"
_PARTLY_DONE: Final = re.compile(r"(?P<name>.*) \((?P<done>\d+) of (?P<count>\d+) done\)", re.S)


def recorded_partly_done(name: str, done: int, count: int) -> str:
    """ "Calf stretch (5 of 6 done)", as the history records it (never translated)."""
    return RECORDED_PARTLY_DONE.format(name=name, done=done, count=count)


def shown_title(session: SessionRecord, original: Routine | None) -> str:
    """The session's routine title in the language in use: `original` (the library's file
    routine of the recorded id, None when there is none) in that language, else as recorded."""
    if original is None:
        return session.title
    return original.in_language(current_language()).title


def shown_exercises(session: SessionRecord, original: Routine | None) -> list[str]:
    """The completed exercises in the language in use: each recorded (English) name the
    routine still has in its language, "(5 of 6 done)" in that language; others as recorded."""
    names: dict[str, str] = {}
    if original is not None:
        shown = original.in_language(current_language())
        for exercise, in_language in zip(original.exercises, shown.exercises, strict=True):
            names.setdefault(exercise.name, in_language.name)
    words = []
    for recorded in session.completed_exercises:
        partly = _PARTLY_DONE.fullmatch(recorded)
        if partly is None:
            words.append(names.get(recorded, recorded))
            continue
        name = partly["name"]
        said = translate("core.history.names", "{name} ({done} of {count} done)")
        words.append(
            said.format(
                name=names.get(name, name), done=int(partly["done"]), count=int(partly["count"])
            )
        )
    return words
