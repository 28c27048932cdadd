"""`ankle-coach history export --csv FILE`: the sessions and check-ins, to bring to a doctor."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from ankle_coach.core.history import History, HistoryError
from ankle_coach.core.paths import Paths


def export_command(
    path: Path,
    paths: Paths | None = None,
    *,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Write the whole history to `path` as CSV. Exit status 0, or 1 when it could not be
    written; a history file that had to be moved aside is reported, and the export goes on."""
    out = out if out is not None else sys.stdout
    err = err if err is not None else sys.stderr
    history, message = History.open(paths if paths is not None else Paths.default())
    if message:
        err.write(f"{message}\n")
    try:
        counts = history.export_csv(path)
    except OSError as exc:
        err.write(f"{path}: cannot write the export: {exc.strerror or exc}\n")
        return 1
    except HistoryError as exc:
        err.write(f"{exc}\n")
        return 1
    finally:
        history.close()
    out.write(
        f"{_count(counts.sessions, 'session')} and {_count(counts.check_ins, 'check-in')} "
        f"written to {path}\n"
    )
    return 0


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}{'' if number == 1 else 's'}"
