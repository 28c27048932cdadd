"""Gives back to the system the memory freed while a session was set up.

Building the session's page, reading the routine and closing the check-in free a few MiB that
glibc's malloc keeps for later, as holes in its heap: the process looks that much bigger for the
whole session. `malloc_trim(0)` hands those pages back (some 0.5 MiB of a session's resident
memory, in about a millisecond). Elsewhere (macOS, Windows, musl) it does nothing.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer

from ankle_coach.speech.cfunctions import c_function

#: How long after a session starts: the check-in and the old page are deleted by then.
RELEASE_AFTER_MS = 1500


def release_freed_memory() -> bool:
    """malloc_trim(0) where glibc has it; True when some memory went back to the system."""
    if not sys.platform.startswith("linux"):
        return False
    trim = c_function(None, "malloc_trim", "int", "size_t")
    if trim is None:  # not glibc: nothing to call
        return False
    return bool(trim(0))


def release_freed_memory_soon() -> None:
    """release_freed_memory() once the event loop has run RELEASE_AFTER_MS more."""
    QTimer.singleShot(RELEASE_AFTER_MS, release_freed_memory)


#: glibc's mallopt parameter for the most arenas (memory pools) malloc may make.
M_ARENA_MAX = -8


def share_one_heap() -> bool:
    """Have every thread allocate from the one heap (glibc's M_ARENA_MAX of 1): call it before
    Qt, the sound system and the picture renders start their threads. True when it was set.

    glibc gives each new thread that allocates a heap of its own, which keeps its freed memory
    to itself: with the sound playing, the sound system's and the device's threads held 0.7 MiB
    of a session that way (issue 16). The app's threads allocate little and seldom, so sharing
    one heap costs them no waiting anyone could measure. Elsewhere it does nothing."""
    if not sys.platform.startswith("linux"):
        return False
    mallopt = c_function(None, "mallopt", "int", "int", "int")
    return mallopt is not None and bool(mallopt(M_ARENA_MAX, 1))
