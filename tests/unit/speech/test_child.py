"""speech/child.py: the speech worker's process, started without the subprocess module."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from ankle_coach.speech import child
from tests.support.pulse import PrivatePulse

posix = pytest.mark.skipif(not hasattr(os, "posix_spawnp"), reason="POSIX's posix_spawn")

#: A child that answers what it was given, in capitals, and says so on stderr.
ECHO = (
    "import sys\n"
    "data = sys.stdin.buffer.read()\n"
    "sys.stdout.buffer.write(data.upper())\n"
    "sys.stderr.write('read %d bytes\\n' % len(data))\n"
    "sys.exit(7)\n"
)

#: A child that prints the descriptors it holds besides 0, 1 and 2 as a JSON list.
OPEN_DESCRIPTORS = (
    "import json, os\n"
    "held = []\n"
    "for fd in range(3, 4096):\n"
    "    try:\n"
    "        os.fstat(fd)\n"
    "    except OSError:\n"
    "        continue\n"
    "    held.append(fd)\n"
    "print(json.dumps(held))\n"
)


def test_the_child_reads_stdin_answers_on_stdout_writes_stderr_and_exits_with_its_status() -> None:
    with tempfile.TemporaryFile() as stderr:
        process, answer = _echoed(b"ankle circles", stderr.fileno())
        assert answer == b"ANKLE CIRCLES"
        assert process.wait(timeout=30) == 7
        assert process.poll() == 7
        stderr.seek(0)
        assert stderr.read() == b"read 13 bytes\n"


def test_the_command_is_looked_up_on_the_path(tmp_path: Path) -> None:
    with tempfile.TemporaryFile() as stderr:
        process = child.start(["sh", "-c", "echo $0"], stderr.fileno())
        process.stdin.close()
        with process.stdout:
            assert process.stdout.read() == b"sh\n"
        assert process.wait(timeout=30) == 0


def test_a_command_that_is_not_there_raises_oserror_and_leaves_no_descriptor_open() -> None:
    before = _open_descriptors()
    with tempfile.TemporaryFile() as stderr, pytest.raises(FileNotFoundError):
        child.start(["ankle-coach-no-such-program-here"], stderr.fileno())
    assert _open_descriptors() == before


def test_wait_gives_up_after_its_timeout_and_kill_stops_the_child() -> None:
    with tempfile.TemporaryFile() as stderr:
        process = child.start(
            [sys.executable, "-c", "import time; time.sleep(60)"], stderr.fileno()
        )
        started = time.monotonic()
        with pytest.raises(TimeoutError):
            process.wait(timeout=0.2)
        assert time.monotonic() - started < 10
        assert process.poll() is None
        process.kill()
        status = process.wait(timeout=30)
        process.stdin.close()
        process.stdout.close()
    assert status == (-9 if os.name == "posix" else 1)
    process.kill()  # a second kill of an exited child is harmless
    assert process.wait() == status


@posix
def test_a_blocking_wait_gives_the_status_of_a_signal() -> None:
    with tempfile.TemporaryFile() as stderr:
        process = child.start(["sh", "-c", "kill -TERM $$"], stderr.fileno())
        process.stdin.close()
        process.stdout.close()
        assert process.wait() == -15


@posix
def test_the_child_holds_only_the_standard_descriptors() -> None:
    """Neither a file of the parent's own nor one it could pass on (as one it inherited from
    its launcher is)."""
    own = open(__file__, "rb")  # noqa: SIM115
    passed_on = open(__file__, "rb")  # noqa: SIM115
    os.set_inheritable(passed_on.fileno(), True)
    try:
        assert _held_by_a_child() == []
    finally:
        own.close()
        passed_on.close()


@posix
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PulseAudio and Xvfb")
def test_a_child_started_from_a_session_holds_none_of_its_sound_database_or_window(
    pulse: PrivatePulse, tmp_path: Path
) -> None:
    """As the window starts the speech worker: with its sound device open (a private null sink),
    its history database, Qt and a cue played. No socket, file or pipe of theirs is passed on."""
    script = (
        "import json, sqlite3, sys, tempfile\n"
        "from PySide6.QtWidgets import QApplication, QLabel\n"
        "from ankle_coach.speech import child\n"
        "from ankle_coach.speech.playback import Output\n"
        "app = QApplication([])\n"
        "label = QLabel('session'); label.show(); app.processEvents()\n"
        "database = sqlite3.connect(sys.argv[1]); database.execute('create table t (x)')\n"
        "output = Output(backends=('PULSEAUDIO',)); output.open()\n"
        "with tempfile.TemporaryFile() as stderr:\n"
        "    process = child.start([sys.executable, '-c', sys.argv[2]], stderr.fileno())\n"
        "    process.stdin.close()\n"
        "    print(process.stdout.read().decode().strip())\n"
        "    process.stdout.close()\n"
        "    assert process.wait(timeout=30) == 0\n"
        "output.close()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "history.sqlite3"), OPEN_DESCRIPTORS],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=pulse.env({**os.environ, "QT_QPA_PLATFORM": "offscreen"}),
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == []


@posix
def test_a_parent_without_stdin_or_stdout_still_gives_the_child_its_pipes() -> None:
    """The pipes can be numbered 0 and 1 in a parent started with them closed."""
    script = (
        "import os, sys, tempfile\n"
        "from ankle_coach.speech import child\n"
        "report = os.dup(1)\n"
        "os.close(0); os.close(1)\n"
        "with tempfile.TemporaryFile() as stderr:\n"
        "    process = child.start([sys.executable, '-c', sys.argv[1]], stderr.fileno())\n"
        "    with process.stdin:\n"
        "        process.stdin.write(b'calf raise')\n"
        "    answer = process.stdout.read()\n"
        "    status = process.wait(timeout=30)\n"
        "os.write(report, b'%d %s' % (status, answer))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, ECHO], capture_output=True, timeout=60, check=False
    )
    assert (done.returncode, done.stdout) == (0, b"7 CALF RAISE"), done.stderr


def _echoed(text: bytes, stderr: int) -> tuple[child.Child, bytes]:
    """ECHO started with `text` on its stdin: the child, and what it answered on its stdout."""
    process = child.start([sys.executable, "-c", ECHO], stderr)
    with process.stdin:
        process.stdin.write(text)
    with process.stdout:
        return process, process.stdout.read()


def _held_by_a_child() -> list[int]:
    with tempfile.TemporaryFile() as stderr:
        process = child.start([sys.executable, "-c", OPEN_DESCRIPTORS], stderr.fileno())
        process.stdin.close()
        with process.stdout:
            held: list[int] = json.loads(process.stdout.read())
        assert process.wait(timeout=30) == 0
    return held


def _open_descriptors() -> set[int]:
    held = set()
    for fd in range(4096):
        try:
            os.fstat(fd)
        except OSError:
            continue
        held.add(fd)
    return held


@posix
def test_without_proc_to_list_them_inherited_descriptors_still_stay_behind(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A sandbox without /proc (where /dev/fd is a link into it): the descriptors cannot be
    listed to close, so the child is started by subprocess, which closes them itself."""
    real_listdir = os.listdir

    def no_proc(path: str | os.PathLike[str] = ".") -> list[str]:
        if str(path) in ("/proc/self/fd", "/dev/fd"):
            raise FileNotFoundError(2, "No such file or directory", str(path))
        return real_listdir(path)

    monkeypatch.setattr(os, "listdir", no_proc)
    passed_on = open(__file__, "rb")  # noqa: SIM115
    os.set_inheritable(passed_on.fileno(), True)
    try:
        assert _held_by_a_child() == []
    finally:
        passed_on.close()
    with tempfile.TemporaryFile() as stderr:
        process, answer = _echoed(b"heel drop", stderr.fileno())
        assert answer == b"HEEL DROP"
        assert process.wait(timeout=30) == 7


def test_a_child_still_running_when_its_parent_exits_is_stopped() -> None:
    """The window quit while its speech worker was still rendering (or hung on a full disk):
    the worker does not outlive it. A child that has finished is not waited for again."""
    script = (
        "import sys, tempfile\n"
        "from ankle_coach.speech import child\n"
        "stderr = tempfile.TemporaryFile()\n"
        "done = child.start([sys.executable, '-c', 'pass'], stderr.fileno())\n"
        "done.stdin.close(); done.stdout.read(); done.wait(timeout=30)\n"
        "hung = child.start([sys.executable, '-c', 'import time; time.sleep(120)'],\n"
        "                   stderr.fileno())\n"
        "print(hung.pid, flush=True)\n"
        "sys.exit(0)\n"
    )
    finished = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert finished.returncode == 0, finished.stderr
    pid = int(finished.stdout)
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)  # stopped and waited for: not even a zombie is left


def test_the_exit_hook_is_registered_once_however_many_children(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A window renders at every routine chosen: one atexit entry, not one per render."""
    import atexit

    registered: list[object] = []
    monkeypatch.setattr(child, "_STOPPED_AT_EXIT", False)
    monkeypatch.setattr(atexit, "register", registered.append)
    with tempfile.TemporaryFile() as stderr:
        for _ in range(3):
            process = child.start([sys.executable, "-c", "pass"], stderr.fileno())
            process.stdin.close()
            process.stdout.close()
            assert process.wait(timeout=30) == 0
    assert len(registered) == 1
