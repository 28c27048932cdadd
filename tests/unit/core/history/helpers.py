"""What the history tests share: fixed moments, a quiet open, and the ways another program or
the system keeps a history file from being used now."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

from ankle_coach.core.history import CheckIn, Counts, History
from ankle_coach.core.paths import Paths

ROOT = Path(__file__).resolve().parents[4]
CET = timezone(timedelta(hours=1))
START = datetime(2026, 3, 2, 18, 30, tzinfo=CET)  # a Monday evening
NOW = datetime(2026, 3, 2, 19, 0, 5)
ASIDE = "history.sqlite3.corrupt-20260302-190005"


def open_quietly(where: Paths | Path) -> History:
    opened, message = History.open(where, now=lambda: NOW)
    assert message is None, message
    return opened


@contextlib.contextmanager
def as_nobody() -> Iterator[None]:
    """Permissions mean nothing to root: drop to an ordinary user for the block."""
    if os.geteuid() != 0:
        yield
        return
    os.seteuid(65534)
    try:
        yield
    finally:
        os.seteuid(0)


#: How long these tests wait for a lock (the app waits BUSY_SECONDS).
WAIT = 0.3

#: Another program holding the history: a writer's lock (readers still read, as in WAL), or the
#: whole file (`locking_mode = EXCLUSIVE`: nobody else may even read it).
LOCKER = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
if sys.argv[2] == "whole-file":
    connection.execute("PRAGMA locking_mode = EXCLUSIVE")
connection.execute("BEGIN EXCLUSIVE")
connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
print("locked", flush=True)
sys.stdin.readline()
connection.execute("ROLLBACK")
"""


@contextlib.contextmanager
def locked_by_another_process(path: Path, how: str) -> Iterator[None]:
    locker = subprocess.Popen(
        [sys.executable, "-c", LOCKER, str(path), how],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert locker.stdout is not None and locker.stdout.readline() == "locked\n"
        yield
    finally:
        locker.communicate("\n", timeout=30)
    assert locker.returncode == 0


@contextlib.contextmanager
def chmod(path: Path, mode: int) -> Iterator[None]:
    """`path` with `mode` for the block, seen by an ordinary user (root ignores permissions: the
    block runs as nobody, so the kernel refuses for real)."""
    before = path.stat().st_mode & 0o777
    os.chmod(path, mode)
    try:
        with as_nobody():
            yield
    finally:
        os.chmod(path, before)


@contextlib.contextmanager
def shared_folder() -> Iterator[Path]:
    # Not under tmp_path: its folders are open to their owner only, and root drops to nobody.
    with tempfile.TemporaryDirectory(prefix="ankle-coach-unavailable-") as temporary:
        folder = Path(temporary)
        os.chmod(folder, 0o777)
        yield folder


def healthy_history(path: Path) -> None:
    history = open_quietly(path)
    first = history.start_session("calf-raises", "Calf raises", 60, START)
    history.finish_session(first, START + timedelta(minutes=1), "finished")
    history.start_session("ankle-circles", "Ankle circles", 90, START + timedelta(days=1))
    history.add_check_in(CheckIn(START, "after", 3, session_id=first))
    history.close()


HEALTHY = Counts(2, 1)
LOCKED = f"another program has kept it locked for {WAIT:g} seconds"
READ_ONLY = "it or its folder is read-only"
