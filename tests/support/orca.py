"""Orca, the GNOME screen reader, listening on an AccessibleDesktop: what it would say.

Orca runs with its speech output off (`-d speech`: no speech-dispatcher, no sound) and its
debug log on; the log keeps each utterance as a line "SPEECH OUTPUT: 'words'", which is what a
user would have heard. Its preferences live in a folder of its own (`-u`), so the user's never
count and none are written.

Orca 43 opens its debug log block-buffered: what it said would reach the file only 8 KB later,
seconds or never in a quiet moment. So `orca` (a Python script) is run by LINE_BUFFERED, which
opens that one file line-buffered and runs the script unchanged.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import time
from pathlib import Path
from types import TracebackType
from typing import Final, Self

from tests.support.atspi import (
    AccessibilityUnavailable,
    AccessibleDesktop,
    system_python,
    wait_for,
)
from tests.support.pulse import end_process

#: One utterance in Orca's debug log.
UTTERANCE: Final = re.compile(r"SPEECH OUTPUT: '(.*?)'(?: voice=\w+)?(?:ACSS|\{|$)", re.M)
#: Runs the orca script (argv[1]) with the rest of argv, its debug log (argv[2]) line-buffered.
LINE_BUFFERED: Final = """
import builtins, runpy, sys
script, log = sys.argv[1], sys.argv[2]
plain_open = builtins.open
def line_buffered(file, mode="r", buffering=-1, *args, **options):
    if file == log and "w" in mode:
        buffering = 1
    return plain_open(file, mode, buffering, *args, **options)
builtins.open = line_buffered
sys.argv = [script, *sys.argv[3:]]
runpy.run_path(script, run_name="__main__")
"""
#: Orca's log line once it listens for the desktop's events.
READY: Final = "ORCA: Starting ATSPI registry."


#: How long a lane waits for another Orca of this user to end.
BUSY_WAIT: Final = 90.0


class AnotherOrca(RuntimeError):
    """Orca would not start: another runs for this user."""


class Orca:
    """`orca` on `desktop`, its speech in its debug log under `folder`."""

    def __init__(self, desktop: AccessibleDesktop, folder: Path) -> None:
        self.desktop = desktop
        self.folder = folder
        self.log = folder / "orca-debug.out"
        self._process: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 30.0) -> Self:
        program = shutil.which("orca")
        if program is None:
            raise AccessibilityUnavailable("orca not installed (Debian: orca)")
        python = system_python()  # Orca's own: the one pyatspi is built for
        if python is None:
            raise AccessibilityUnavailable("pyatspi not installed (Debian: python3-pyatspi)")
        prefs = self.folder / "orca-prefs"
        prefs.mkdir(parents=True, exist_ok=True)
        env = {
            **self.desktop.env,
            "HOME": str(self.folder),
            "XDG_CONFIG_HOME": str(self.folder / "config"),
            "XDG_DATA_HOME": str(self.folder / "data"),
            "XDG_CACHE_HOME": str(self.folder / "cache"),
        }
        # Orca runs once per user: it will not start while another runs (the user's own, or
        # another lane's), and --replace would kill that one, so it is never passed. A lane
        # waits its turn, up to BUSY_WAIT seconds.
        deadline = time.monotonic() + BUSY_WAIT
        while True:
            self._launch([python, "-c", LINE_BUFFERED, program, str(self.log)], prefs, env)
            try:
                wait_for("Orca to be ready", self._ready, timeout)
            except AnotherOrca:
                if time.monotonic() > deadline:
                    raise AccessibilityUnavailable(
                        f"another Orca ran for this user for over {BUSY_WAIT} s"
                    ) from None
                time.sleep(1.0)
                continue
            except BaseException:
                self.close()
                raise
            return self

    def _launch(self, command: list[str], prefs: Path, env: dict[str, str]) -> None:
        with open(self.folder / "orca.out", "wb") as out:
            self._process = subprocess.Popen(
                [*command, "-d", "speech", "-u", str(prefs), "--debug-file", str(self.log)],
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
            )

    def _ready(self) -> bool | None:
        assert self._process is not None
        if self._process.poll() is not None:
            said = (self.folder / "orca.out").read_text(errors="replace")
            if "already running" in said:
                raise AnotherOrca(said)
            raise AccessibilityUnavailable(f"orca exited with {self._process.returncode}: {said}")
        return READY in self.debug() or None

    def debug(self) -> str:
        """Orca's whole debug log so far."""
        try:
            return self.log.read_text(errors="replace")
        except OSError:
            return ""

    def said(self) -> list[str]:
        """Everything Orca said so far, an utterance each, in order."""
        return UTTERANCE.findall(self.debug())

    def close(self) -> None:
        process, self._process = self._process, None
        if process is not None:
            end_process(process)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
