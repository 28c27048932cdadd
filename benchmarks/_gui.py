"""What the GUI benchmarks (startup, memory, cpu) share: a private display, the probe process
(benchmarks/_app_probe.py) and readings from /proc.

The display is a private Xvfb (`Xvfb -displayfd`, so it picks a free display number itself) with
QT_QPA_PLATFORM=xcb, as a desktop has; without Xvfb, Qt's offscreen platform, and the JSON says
which. Python's bytecode goes to a private cache, filled before anything is measured
(`bytecode_cache`, `warm_up`). Every process is started in a session of its own and killed
with its whole group (the app's speech worker too), and every temporary folder is removed,
however the benchmark ends.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

REPO = Path(__file__).resolve().parents[1]
#: Sound off: no sound server to reach, as on a machine without one (the cue player then tells
#: "no voice" and renders no cues; see the benchmarks' notes).
AUDIO_OFF = {"PULSE_SERVER": "unix:/nonexistent"}
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
BYTECODE_NOTE = (
    "compiled once before measuring, into a private PYTHONPYCACHEPREFIX, as an installed app's "
    "are (PYTHONDONTWRITEBYTECODE is dropped for the measured processes)"
)


def exit_on_signals() -> None:
    """Turn SIGTERM and SIGHUP into SystemExit (Python's default for them is to die on the spot)
    and SIGINT into KeyboardInterrupt (even when started with SIGINT ignored, as a background
    job is), so `finally` blocks stop the processes and remove the folders this benchmark
    started."""

    def leave(number: int, _frame: object) -> None:
        raise SystemExit(128 + number)

    for number in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(number, leave)
    signal.signal(signal.SIGINT, signal.default_int_handler)


@dataclass
class Sound:
    mode: str  # "off" or "null-sink"
    env: dict[str, str]
    note: str


SOUND_NOTES = {
    "off": "no sound server (PULSE_SERVER=unix:/nonexistent): the cue player of the routine the "
    "app selects at start finds no audio output, says 'No voice' and renders no cues, so no "
    "speech worker runs",
    "null-sink": "a private PulseAudio null sink (tests/support/pulse.py): the app finds an audio "
    "output, so choosing a routine starts rendering its cues in a speech worker process "
    "(a fresh home has an empty cue cache) and plays them through the PulseAudio output",
}


@contextlib.contextmanager
def sound(mode: str) -> Iterator[Sound]:
    """The app's sound: "off" (no server) or "null-sink" (a private PulseAudio null sink)."""
    if mode == "off":
        yield Sound(mode, dict(AUDIO_OFF), SOUND_NOTES[mode])
        return
    from tests.support.pulse import PrivatePulse

    folder = Path(tempfile.mkdtemp(prefix="ankle-pa-", dir="/tmp"))
    try:
        with PrivatePulse(folder) as pulse:
            yield Sound(mode, {"PULSE_SERVER": pulse.server}, SOUND_NOTES[mode])
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@dataclass
class Display:
    platform: str  # "xcb" (a private Xvfb) or "offscreen"
    env: dict[str, str]
    name: str = ""


@contextlib.contextmanager
def private_display(width: int = 1920, height: int = 1080) -> Iterator[Display]:
    """A private Xvfb for the duration, or the offscreen platform when Xvfb is not installed."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        yield Display("offscreen", {"QT_QPA_PLATFORM": "offscreen"})
        return
    read_end, write_end = os.pipe()
    try:
        server = subprocess.Popen(
            [xvfb, "-displayfd", str(write_end), "-screen", "0", f"{width}x{height}x24"]
            + ["-nolisten", "tcp", "-noreset"],
            pass_fds=(write_end,),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
    finally:
        os.close(write_end)
    try:
        number = _read_display_number(read_end, server, timeout=20.0)
        name = f":{number}"
        env = {"DISPLAY": name, "QT_QPA_PLATFORM": "xcb", "XAUTHORITY": os.devnull}
        yield Display("xcb", env, name)
    finally:
        os.close(read_end)
        _stop(server)


def _read_display_number(fd: int, server: subprocess.Popen[bytes], timeout: float) -> int:
    deadline = time.monotonic() + timeout
    data = b""
    while not data.endswith(b"\n"):
        left = deadline - time.monotonic()
        if left <= 0 or server.poll() is not None:
            raise RuntimeError(f"Xvfb did not start (exit status {server.poll()})")
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            chunk = os.read(fd, 64)
            if not chunk:
                raise RuntimeError(f"Xvfb did not start (exit status {server.wait(5)})")
            data += chunk
    return int(data.strip())


def _stop(process: subprocess.Popen[Any], grace: float = 5.0) -> None:
    """End `process` and its process group (it was started in a session of its own)."""
    if process.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(grace)
        except subprocess.TimeoutExpired:
            pass
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)  # and whatever it left in its group
    if process.poll() is None:
        process.wait()


@contextlib.contextmanager
def temp_home() -> Iterator[Path]:
    """A fresh ANKLE_COACH_HOME (first start: empty cue cache; no pain check-in asked)."""
    home = Path(tempfile.mkdtemp(prefix="ankle-coach-bench-home-"))
    # Straight into the session: the pain check-in before it is a dialog that waits for a person.
    (home / "config").mkdir()
    (home / "config" / "settings.toml").write_text("version = 1\nask_pain_check_in = false\n")
    try:
        yield home
    finally:
        shutil.rmtree(home, ignore_errors=True)


@dataclass
class Probe:
    """A running `python -m benchmarks._app_probe KIND`; read its events, send it commands."""

    process: subprocess.Popen[bytes]
    launched: float  # time.monotonic() just before it was started
    lines: queue.Queue[dict[str, Any] | None] = field(default_factory=queue.Queue)
    stderr: bytearray = field(default_factory=bytearray)

    @property
    def pid(self) -> int:
        return self.process.pid

    def wait_for(self, event: str, timeout: float = 60.0) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            try:
                message = self.lines.get(timeout=max(0.0, left))
            except queue.Empty:
                raise RuntimeError(f"no {event!r} from the probe in {timeout:g} s") from None
            if message is None:
                self.process.wait(5)
                raise RuntimeError(
                    f"the probe ended (exit status {self.process.returncode}) before {event!r}: "
                    + self.stderr.decode(errors="replace")[-2000:]
                )
            if message.get("event") == "error":
                raise RuntimeError(f"the probe: {message.get('message')}")
            if message.get("event") == event:
                return message

    def ask(self, command: str, answer: str, timeout: float = 10.0) -> dict[str, Any]:
        assert self.process.stdin is not None
        self.process.stdin.write(command.encode() + b"\n")
        self.process.stdin.flush()
        return self.wait_for(answer, timeout)

    def wait_running(self, timeout: float = 120.0) -> float:
        """Wait for the session to run: at once with no voice, after its cues are rendered with
        one (MainWindow waits for the voice). Returns the seconds waited."""
        started = time.monotonic()
        while self.ask("state", "state").get("phase") != "running":
            if time.monotonic() - started > timeout:
                raise RuntimeError(f"the session was not running after {timeout:g} s")
            time.sleep(0.1)
        return time.monotonic() - started


@contextlib.contextmanager
def probe(kind: str, then: str, env: dict[str, str], routine: str | None = None) -> Iterator[Probe]:
    """Launch the probe (the real app or the bare window); stopped with its group at the end."""
    command = [sys.executable, "-m", "benchmarks._app_probe", kind, "--then", then]
    if routine is not None:
        command += ["--routine", routine]
    launched = time.monotonic()
    process = subprocess.Popen(
        command,
        cwd=REPO,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    running = Probe(process, launched)
    assert process.stdout is not None and process.stderr is not None
    readers = [
        threading.Thread(target=_read_events, args=(process.stdout, running.lines), daemon=True),
        threading.Thread(target=_drain, args=(process.stderr, running.stderr), daemon=True),
    ]
    for reader in readers:
        reader.start()
    try:
        yield running
    finally:
        if process.stdin is not None:
            with contextlib.suppress(OSError):
                process.stdin.close()
        _stop(process)
        for reader in readers:
            reader.join(5)


def _read_events(stream: IO[bytes], lines: queue.Queue[dict[str, Any] | None]) -> None:
    for raw in stream:
        with contextlib.suppress(ValueError):
            message = json.loads(raw)
            if isinstance(message, dict):
                lines.put(message)
    lines.put(None)


def _drain(stream: IO[bytes], into: bytearray) -> None:
    for raw in stream:
        into.extend(raw)
        del into[:-20000]  # the tail is enough to say what went wrong


@contextlib.contextmanager
def bytecode_cache() -> Iterator[dict[str, str]]:
    """Environment for a private bytecode cache (PYTHONPYCACHEPREFIX, removed at the end).

    An installed app has its .pyc files (pip compiles them); a checkout run with
    PYTHONDONTWRITEBYTECODE=1 (as this workplace sets) compiles every module of the app from
    source at each start, which the bare window, all in site-packages, does not. `warm_up`
    fills the cache before anything is measured.
    """
    folder = Path(tempfile.mkdtemp(prefix="ankle-coach-bench-pyc-"))
    try:
        yield {"PYTHONPYCACHEPREFIX": str(folder)}
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def warm_up(env: dict[str, str]) -> None:
    """Start the app and the bare window once each (fills the bytecode and disk caches)."""
    for kind in ("app", "bare"):
        with (
            temp_home() as home,
            probe(kind, "quit", {**env, "ANKLE_COACH_HOME": str(home)}) as run,
        ):
            run.wait_for("shown")


def probe_env(
    display: Display, audio: Sound, pyc: dict[str, str], home: Path | None = None
) -> dict[str, str]:
    env = {**os.environ, **audio.env, **display.env, **pyc}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if home is not None:
        env["ANKLE_COACH_HOME"] = str(home)
    return env


# -- /proc ------------------------------------------------------------------------------------


def status_kib(pid: int, *names: str) -> dict[str, int]:
    """Fields of /proc/PID/status in KiB (VmRSS, VmHWM, RssAnon, RssFile, ...)."""
    found: dict[str, int] = {}
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            key, _, value = line.partition(":")
            if key in names:
                found[key] = int(value.split()[0])
    return found


def rss_by_file(pid: int, top: int = 12) -> list[tuple[str, int]]:
    """Where the resident memory is: KiB per mapped file (or [heap], [anon]), largest first."""
    sizes: dict[str, int] = {}
    name = "[anon]"
    with open(f"/proc/{pid}/smaps", encoding="utf-8", errors="replace") as smaps:
        for line in smaps:
            first = line.split(maxsplit=5)
            if not first:
                continue
            if "-" in first[0] and not first[0].endswith(":"):
                name = first[5].strip() if len(first) > 5 else "[anon]"
                name = os.path.basename(name) if name.startswith("/") else name
            elif first[0] == "Rss:":
                sizes[name] = sizes.get(name, 0) + int(first[1])
    return sorted(sizes.items(), key=lambda item: -item[1])[:top]


def children(pid: int) -> list[int]:
    """The process's child processes (the speech worker, while one runs)."""
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        with contextlib.suppress(OSError):
            found += [int(child) for child in (task / "children").read_text().split()]
    return found


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time of the process (all its threads), in seconds."""
    with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    # fields[0] is field 3 (state): utime and stime are fields 14 and 15
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def cpu_share(pid: int, seconds: float) -> tuple[float, float]:
    """(average CPU in % of one core, wall seconds) over the next `seconds`."""
    cpu_before, wall_before = cpu_seconds(pid), time.monotonic()
    time.sleep(seconds)
    cpu_after, wall_after = cpu_seconds(pid), time.monotonic()
    wall = wall_after - wall_before
    return 100.0 * (cpu_after - cpu_before) / wall, wall
