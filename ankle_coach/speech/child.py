"""A child process with pipes to its stdin and stdout, started without the subprocess module.

The speech worker is started from the window at the start of a session (speech/render.py).
`subprocess` and what it imports (selectors, signal handling, locale) cost the window about
half a MiB of its session memory, which issue 16 holds to a bare window's. On POSIX the child is
started with `os.posix_spawnp`, which is what subprocess itself uses when it may; elsewhere
(Windows) with `subprocess.Popen`, imported only there.

Only the three standard descriptors reach the child, as with subprocess. Python makes every
descriptor it opens non-inheritable (PEP 446), and so do the C libraries a session loads (Qt,
PulseAudio, SQLite): tests/unit/speech/test_child.py checks what a child started from such a
process holds. What this process inherited itself from whatever started it (a launcher, a
terminal) is inheritable, and is closed in the child: listed in /proc/self/fd (or /dev/fd);
where neither can be listed (a sandbox without /proc), subprocess starts the child instead.
"""

from __future__ import annotations

import atexit
import os
import threading
import time
from collections.abc import Sequence
from typing import IO, Protocol

#: The longest pause between two looks at a child that has not exited yet (subprocess's too).
_LONGEST_POLL = 0.05


class Child(Protocol):
    """What run_worker needs of a started process."""

    pid: int
    stdin: IO[bytes]
    stdout: IO[bytes]

    def poll(self) -> int | None:
        """The exit status if the child has exited (negative: the signal that stopped it)."""

    def wait(self, timeout: float | None = None) -> int:
        """The exit status, waiting for it at most `timeout` seconds (None: as long as it
        takes); raises TimeoutError."""

    def kill(self) -> None:
        """Stop the child at once (it may already have exited)."""


#: Children started and not yet known to have exited: stopped when this process exits.
_RUNNING: set[Child] = set()
_RUNNING_LOCK = threading.Lock()
_STOPPED_AT_EXIT = False  # _stop_running is registered with atexit (once)


def start(command: Sequence[str], stderr: int) -> Child:
    """Start `command` (its first item looked up on PATH) with pipes to its stdin and stdout and
    its stderr written to the descriptor `stderr`. Raises OSError when it cannot start.

    A child still running when this process exits (the window quit mid-render) is stopped."""
    inherited = _inheritable() if hasattr(os, "posix_spawnp") else None
    # Windows, or no /proc to list them: subprocess closes them itself.
    started: Child = (
        _Popened(command, stderr) if inherited is None else _Spawned(command, stderr, inherited)
    )
    global _STOPPED_AT_EXIT
    with _RUNNING_LOCK:
        if not _STOPPED_AT_EXIT:
            atexit.register(_stop_running)
            _STOPPED_AT_EXIT = True
        _RUNNING.add(started)
    return started


def _exited(child: Child) -> None:
    with _RUNNING_LOCK:
        _RUNNING.discard(child)


def _stop_running() -> None:
    with _RUNNING_LOCK:
        running = list(_RUNNING)
    for child in running:
        child.kill()
        try:
            child.wait(timeout=5)
        except TimeoutError:
            continue


class _Spawned:
    def __init__(self, command: Sequence[str], stderr: int, inherited: Sequence[int]) -> None:
        child_in, self_in = os.pipe()
        self_out, child_out = os.pipe()
        closed_after = [child_in, child_out]
        try:
            # A descriptor already numbered 0-2 here (a parent started with one of them closed)
            # would be moved onto itself, which leaves it closed in the child: copy it above 2.
            given = [child_in, child_out, stderr]
            for index, fd in enumerate(given):
                if fd < 3:
                    given[index] = _copy_above_two(fd)
                    closed_after.append(given[index])
            self.pid = os.posix_spawnp(
                command[0],
                list(command),
                os.environ,
                file_actions=[
                    *((os.POSIX_SPAWN_DUP2, fd, target) for target, fd in enumerate(given)),
                    *((os.POSIX_SPAWN_CLOSE, fd) for fd in inherited),
                ],
            )
        except BaseException:
            os.close(self_in)
            os.close(self_out)
            raise
        finally:
            for fd in closed_after:
                os.close(fd)
        self.stdin: IO[bytes] = open(self_in, "wb")  # noqa: SIM115 (run_worker closes it)
        self.stdout: IO[bytes] = open(self_out, "rb")  # noqa: SIM115
        self._status: int | None = None

    def poll(self) -> int | None:
        if self._status is None:
            try:
                pid, status = os.waitpid(self.pid, os.WNOHANG)
            except ChildProcessError:  # reaped by someone else: nothing more can be known
                self._status = 0
            else:
                if pid == self.pid:
                    self._status = os.waitstatus_to_exitcode(status)
            if self._status is not None:
                _exited(self)
        return self._status

    def wait(self, timeout: float | None = None) -> int:
        if timeout is None:
            if self._status is None:
                try:
                    self._status = os.waitstatus_to_exitcode(os.waitpid(self.pid, 0)[1])
                except ChildProcessError:
                    self._status = 0
                _exited(self)
            return self._status
        deadline = time.monotonic() + timeout
        pause = 0.0005
        while (status := self.poll()) is None:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"process {self.pid} still running after {timeout:g} s")
            time.sleep(min(pause, left, _LONGEST_POLL))
            pause *= 2
        return status

    def kill(self) -> None:
        if self.poll() is None:
            try:
                os.kill(self.pid, 9)  # SIGKILL, without importing signal for one number
            except ProcessLookupError:
                pass


def _inheritable() -> list[int] | None:
    """The descriptors above 2 that a child would inherit: those this process inherited itself
    (from whatever started it) and any a library made inheritable. subprocess closes them in
    the child too (close_fds). None when they cannot be listed (no /proc mounted)."""
    for folder in ("/proc/self/fd", "/dev/fd"):
        try:
            names = os.listdir(folder)
        except OSError:
            continue
        found = []
        for name in names:
            fd = int(name)
            try:
                if fd > 2 and os.get_inheritable(fd):
                    found.append(fd)
            except OSError:  # the listing's own descriptor, closed by now
                continue
        return found
    return None


def _copy_above_two(fd: int) -> int:
    """A non-inheritable copy of `fd` numbered 3 or more."""
    import fcntl

    return fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 3)


class _Popened:
    def __init__(self, command: Sequence[str], stderr: int) -> None:
        import subprocess

        self._process = subprocess.Popen(
            list(command), stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=stderr
        )
        assert self._process.stdin is not None and self._process.stdout is not None
        self.pid = self._process.pid
        self.stdin: IO[bytes] = self._process.stdin
        self.stdout: IO[bytes] = self._process.stdout

    def poll(self) -> int | None:
        status = self._process.poll()
        if status is not None:
            _exited(self)
        return status

    def wait(self, timeout: float | None = None) -> int:
        import subprocess

        try:
            status = self._process.wait(timeout=timeout)
        except subprocess.TimeoutExpired as exc:
            raise TimeoutError(str(exc)) from None
        _exited(self)
        return status

    def kill(self) -> None:
        self._process.kill()
