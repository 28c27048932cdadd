"""Keeps the app's own source text out of memory.

Once PySide6 is imported, shiboken's import hook reads the whole source of every module
imported after it (`inspect.getsource`, to see whether the module mentions PySide6: PYSIDE-2029)
and `linecache` keeps every line of it: some 160 files, 6.5 MiB of the session's resident
memory, never used again. Freed late, those small strings only leave holes in Python's memory
that the process keeps. So each time a module is about to be imported, the lines read from files
so far are dropped (an audit hook on "import"), and the space is reused at once by that import.

Only lines read from a file are dropped (`linecache` reads them again when a traceback wants
them); lines registered by hand (no modification time) and lazy entries stay.
"""

from __future__ import annotations

import linecache
import sys

_installed = False


def forget_file_sources() -> None:
    """Drop from `linecache` every entry read from a file (it can be read again)."""
    cache = linecache.cache
    for name, entry in list(cache.items()):
        if len(entry) == 4 and entry[1] is not None:
            cache.pop(name, None)


def _on_audit(event: str, _args: tuple[object, ...]) -> None:
    if event == "import" and linecache.cache:
        forget_file_sources()


def forget_sources_on_import() -> None:
    """From now on, drop the lines read from files before each import (once per process: an
    audit hook cannot be removed)."""
    global _installed
    if not _installed:
        _installed = True
        sys.addaudithook(_on_audit)
