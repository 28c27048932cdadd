"""`ankle-coach run`: whole sessions in a subprocess, silent, keyed from a pipe, interrupted,
and heard for real on a private PulseAudio null sink (notes/speech.md, "Testing speech for real").

Each run is a real process on the real clock, so the routine is tiny: 8 seconds in all.
"""

from __future__ import annotations

import contextlib
import json
import os
import queue
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import pytest

from ankle_coach.core.guidance import DISCLAIMER
from ankle_coach.core.paths import Paths
from ankle_coach.speech import CueCache, VoiceSettings
from ankle_coach.speech.wav import WavInfo, silent_edges
from tests.support.pulse import (
    MonitorRecorder,
    PrivatePulse,
    match_onsets,
    onsets,
)

# Every test runs the app in a subprocess; some on a private sound server.
pytestmark = pytest.mark.slow

# Two seconds to get ready, a 3 s hold (its countdown is only "1"), then three reps of a second
# with no rest between: every kind of call, and countdown cues in both kinds of set.
ROUTINE = """\
format = 1
title = "Tiny"
lead_in_seconds = 2
rest_between_exercises_seconds = 0

[[exercises]]
name = "Hold"
instructions = "Hold still."
hold_seconds = 3

[[exercises]]
name = "Raises"
instructions = "Up and down."
reps = 3
rep_seconds = 1.0
"""
NO_SERVER = "unix:/nonexistent"
NO_LIBRARY = "/nonexistent.so"
#: Far more than a run takes (about 10 s): only a hung run waits this long.
RUN_TIMEOUT = 40.0
LINE_TIMEOUT = 20.0
#: The bound on a cue's onset error, relative to the first cue: tests check behaviour, the
#: cue_onset benchmark measures.
ONSET_BOUND = 0.150
#: Keep this much of stderr: a wedged Qt event loop can print warnings by the million.
STDERR_LIMIT = 64 * 1024
CUE_LINE = re.compile(r"^\[\s*(\d+\.\d\d)\] \u201c(.*)\u201d$")


@dataclass(frozen=True)
class PlannedCue:
    at: float
    text: str
    kind: str
    segment: int


@dataclass
class Run:
    """A running `ankle-coach run`, its stdout line by line as it comes."""

    process: subprocess.Popen[str]
    lines: queue.Queue[str | None] = field(default_factory=queue.Queue)
    out: list[str] = field(default_factory=list)
    err: list[str] = field(default_factory=list)

    def wait_for_line(self, wanted: Callable[[str], bool]) -> str:
        """The first line from now on that `wanted` accepts; fails if the output ends first."""
        while True:
            try:
                line = self.lines.get(timeout=LINE_TIMEOUT)
            except queue.Empty:
                pytest.fail(f"no such line after {LINE_TIMEOUT} s; so far: {self.out}")
            if line is None:
                pytest.fail(f"the output ended without it: {self.out}\n{''.join(self.err)}")
            if wanted(line):
                return line

    def send(self, keys: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(keys)
        self.process.stdin.flush()


@dataclass(frozen=True)
class Finished:
    code: int
    out: str
    err: str

    @property
    def cues(self) -> list[tuple[float, str]]:
        """The cues the run printed as due, in order."""
        found = (CUE_LINE.match(line) for line in self.out.splitlines())
        return [(float(match[1]), match[2]) for match in found if match]


def _pump(stream: IO[str], sink: list[str], lines: queue.Queue[str | None] | None) -> None:
    size = 0
    for line in stream:
        if lines is not None:
            sink.append(line.rstrip("\n"))
            lines.put(line.rstrip("\n"))
        elif size < STDERR_LIMIT:
            sink.append(line)
            size += len(line)
    if lines is not None:
        lines.put(None)


@pytest.fixture
def routine(tmp_path: Path) -> Path:
    path = tmp_path / "tiny.toml"
    path.write_text(ROUTINE, encoding="utf-8")
    return path


@pytest.fixture
def planned(routine: Path) -> list[PlannedCue]:
    """The Plan's cues, as `ankle-coach plan --json` gives them."""
    done = subprocess.run(
        [sys.executable, "-m", "ankle_coach", "plan", str(routine), "--json"],
        capture_output=True,
        text=True,
        check=True,
        timeout=RUN_TIMEOUT,
    )
    return [
        PlannedCue(cue["at"], cue["text"], cue["kind"], cue["segment"])
        for cue in json.loads(done.stdout)["cues"]
    ]


def run_env(pulse_server: str, **extra: str) -> dict[str, str]:
    # os.environ carries this test's ANKLE_COACH_HOME (tests/conftest.py)
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PULSE_SERVER": pulse_server, **extra}


@contextlib.contextmanager
def running(routine: Path, env: dict[str, str]) -> Iterator[Run]:
    """Start `ankle-coach run ROUTINE` with keys from a pipe; it is killed if still running
    when the block ends."""
    with subprocess.Popen(
        [sys.executable, "-m", "ankle_coach", "run", str(routine)],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    ) as process:
        run = Run(process)
        assert process.stdout is not None and process.stderr is not None
        pumps = [
            threading.Thread(target=_pump, args=(process.stdout, run.out, run.lines)),
            threading.Thread(target=_pump, args=(process.stderr, run.err, None)),
        ]
        for pump in pumps:
            pump.start()
        try:
            yield run
        finally:
            if process.poll() is None:
                process.kill()
            process.wait()
            for pump in pumps:
                pump.join(timeout=RUN_TIMEOUT)


def finish(run: Run) -> Finished:
    """Wait for the run to end by itself; a run that hangs fails the test."""
    try:
        code = run.process.wait(timeout=RUN_TIMEOUT)
    except subprocess.TimeoutExpired:
        run.process.kill()
        run.process.wait()
        pytest.fail(
            f"still running after {RUN_TIMEOUT} s\nstdout: {run.out}\n"
            f"stderr: {''.join(run.err)[:2000]}"
        )
    # the pumps end with the pipes; the last line is in once the sentinel is
    while run.lines.get(timeout=LINE_TIMEOUT) is not None:
        pass
    return Finished(code, "\n".join(run.out), "".join(run.err))


def run_to_end(routine: Path, env: dict[str, str]) -> Finished:
    with running(routine, env) as run:
        if run.process.stdin is not None:
            run.process.stdin.close()  # no keys: end of input at once
        return finish(run)


def said(cues: list[PlannedCue]) -> list[tuple[float, str]]:
    return [(round(cue.at, 2), cue.text) for cue in cues]


def told_why(finished: Finished) -> list[str]:
    return [line for line in finished.err.splitlines() if line.startswith("No voice: ")]


# -- no voice ------------------------------------------------------------------------------------


def test_without_an_audio_device_every_cue_is_shown_and_why_is_said_once(
    routine: Path, planned: list[PlannedCue]
) -> None:
    finished = run_to_end(routine, run_env(NO_SERVER))
    assert finished.code == 0, finished.err
    assert finished.cues == said(planned)
    assert finished.out.splitlines()[-1] == "Routine complete."
    # the disclaimer, once, before the session
    assert finished.out.splitlines()[0] == DISCLAIMER
    assert finished.out.count("does not replace a clinician") == 1
    [why] = told_why(finished)
    assert "No sound server answered" in why
    assert "Traceback" not in finished.err


@pytest.mark.parametrize("server", ["none", "private"])
def test_without_a_speech_library_the_session_runs_and_says_why_once(
    routine: Path,
    planned: list[PlannedCue],
    server: str,
    request: pytest.FixtureRequest,
) -> None:
    address = NO_SERVER
    if server == "private":
        address = request.getfixturevalue("pulse").server
    finished = run_to_end(routine, run_env(address, ANKLE_COACH_ESPEAK_LIBRARY=NO_LIBRARY))
    assert finished.code == 0, finished.err
    assert finished.cues == said(planned)
    [why] = told_why(finished)
    # With no sound at all, that is the reason given: the speech library is never tried.
    expected = NO_LIBRARY if server == "private" else "No sound server answered"
    assert expected in why
    assert "Traceback" not in finished.err


# -- keys and Ctrl-C -----------------------------------------------------------------------------


def is_cue(line: str) -> bool:
    return CUE_LINE.match(line) is not None


def test_q_from_a_pipe_stops_the_session(routine: Path) -> None:
    with running(routine, run_env(NO_SERVER)) as run:
        run.wait_for_line(is_cue)
        run.send("q")
        finished = finish(run)
    assert finished.code == 0, finished.err
    assert "Stopped." in finished.out.splitlines()
    assert "Routine complete." not in finished.out
    assert len(finished.cues) < 3


def test_n_from_a_pipe_skips_the_rest_of_a_segment(
    routine: Path, planned: list[PlannedCue]
) -> None:
    hold_call = next(cue for cue in planned if cue.text.startswith("Hold"))
    skipped = [cue for cue in planned if cue.segment == hold_call.segment and cue != hold_call]
    assert [cue.kind for cue in skipped] == ["countdown"]  # the routine is as this test needs
    with running(routine, run_env(NO_SERVER)) as run:
        run.wait_for_line(lambda line: hold_call.text in line)
        run.send("n")
        finished = finish(run)
    assert finished.code == 0, finished.err
    assert finished.cues == said([cue for cue in planned if cue not in skipped])


def test_ctrl_c_ends_the_session_cleanly_with_status_130(routine: Path) -> None:
    with running(routine, run_env(NO_SERVER)) as run:
        run.wait_for_line(is_cue)
        run.process.send_signal(signal.SIGINT)
        finished = finish(run)
    assert finished.code == 130
    assert "Interrupted." in finished.err.splitlines()
    assert "Traceback" not in finished.err
    assert "Routine complete." not in finished.out


# -- on a real sound server ----------------------------------------------------------------------


def test_cues_still_sounding_when_the_next_starts_do_not_wedge_the_session(
    routine: Path, planned: list[PlannedCue], pulse: PrivatePulse
) -> None:
    """With nobody recording, the idle null sink plays each cue late, so it is still sounding
    when the next one starts. A QSoundEffect that ends by itself while another plays wedges
    the event loop (Qt 6.11 and 6.12 on PulseAudio), so the player stops each cue before the
    next; this run hung at the second cue before it did."""
    go = next(cue for cue in planned if cue.text == "Go.")
    with running(routine, run_env(pulse.server)) as run:
        run.wait_for_line(lambda line: go.text in line)
        run.send("q")
        finished = finish(run)
    assert finished.code == 0, finished.err
    assert "Stopped." in finished.out.splitlines()
    assert "QSocketNotifier" not in finished.err


# -- heard for real ------------------------------------------------------------------------------


def test_every_cue_is_heard_on_time_on_a_real_sound_server(
    routine: Path, planned: list[PlannedCue], pulse: PrivatePulse
) -> None:
    env = run_env(pulse.server)
    # Recording at low latency keeps the null sink at low latency, as a sound card is; an idle
    # null sink waits up to 2 s before it plays a new stream (it cannot rewind).
    with MonitorRecorder(pulse, latency_msec=10) as recorder:
        finished = run_to_end(routine, env)
    recording = recorder.result
    assert recording is not None
    assert finished.code == 0, finished.err
    assert finished.cues == said(planned)
    assert not told_why(finished), finished.err

    # Where each cue should be heard: its Plan time plus its WAV's leading silence, on the
    # recording's time line once the first cue's onset has set where 0 is.
    cache = CueCache(Paths.default().cache / "cues")
    settings = VoiceSettings()
    leads, speech = [], []
    for cue in planned:
        path = cache.path_for(cue.text, settings)
        lead, trail = silent_edges(path)
        leads.append(lead)
        speech.append(WavInfo.of(path).duration - lead - trail)
    heard = onsets(recording.samples, recording.rate)
    assert heard, "nothing was heard"
    zero = heard[0] - planned[0].at - leads[0]
    expected = [zero + cue.at + lead for cue, lead in zip(planned, leads, strict=True)]
    matched = match_onsets(heard, expected, speech, window=0.5)

    missing = [(planned[index].text, planned[index].kind) for index in matched.missing]
    assert not missing, f"not heard: {missing}; onsets {heard}"
    assert not matched.extra, f"heard where no cue is: {matched.extra}"
    errors = {
        cue.text: round(onset - at, 3)
        for cue, onset, at in zip(planned, matched.found, expected, strict=True)
        if onset is not None
    }
    assert all(abs(error) <= ONSET_BOUND for error in errors.values()), errors


# -- on a terminal: signals leave it as it was -----------------------------------------------------


def _drain(fd: int, sink: list[bytes]) -> None:
    while True:
        try:
            data = os.read(fd, 4096)
        except OSError:  # EIO once every end of the terminal is closed
            return
        if not data:
            return
        sink.append(data)


def _cooked(fd: int) -> bool:
    import termios

    lflag = termios.tcgetattr(fd)[3]
    return bool(lflag & termios.ECHO) and bool(lflag & termios.ICANON)


@pytest.mark.parametrize(
    ("signum", "status", "said"),
    [
        (signal.SIGINT, 130, "Interrupted."),
        (signal.SIGTERM, 143, "Stopped by SIGTERM."),
        (signal.SIGHUP, 129, "Stopped by SIGHUP."),
        (signal.SIGQUIT, 131, "Stopped by SIGQUIT."),
    ],
    ids=lambda value: value.name if isinstance(value, signal.Signals) else None,
)
def test_a_signal_ends_the_session_and_restores_the_terminal(
    routine: Path, signum: signal.Signals, status: int, said: str
) -> None:
    import termios

    main_fd, terminal_fd = os.openpty()
    before = termios.tcgetattr(terminal_fd)
    output: list[bytes] = []
    drain = threading.Thread(target=_drain, args=(main_fd, output), daemon=True)
    drain.start()
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "ankle_coach", "run", str(routine), "--mute"],
            env=run_env(NO_SERVER),
            stdin=terminal_fd,
            stdout=terminal_fd,
            stderr=terminal_fd,
            start_new_session=True,  # as a shell's job: the signal goes to the session only
        )
        try:
            deadline = time.monotonic() + LINE_TIMEOUT
            # wait until it has taken the terminal (cbreak, no echo) and drawn its progress line
            while _cooked(terminal_fd) or b"left" not in b"".join(output):
                assert process.poll() is None, b"".join(output).decode(errors="replace")
                assert time.monotonic() < deadline, b"".join(output).decode(errors="replace")
                time.sleep(0.02)  # polling another process's terminal, not waiting for Qt
            process.send_signal(signum)
            code = process.wait(timeout=RUN_TIMEOUT)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
        after = termios.tcgetattr(terminal_fd)
    finally:
        os.close(terminal_fd)
        drain.join(timeout=LINE_TIMEOUT)
        os.close(main_fd)
    text = b"".join(output).decode(errors="replace")
    assert code == status, text
    assert after == before  # echo and line mode back, every other setting as it was
    assert said in text.splitlines()[-1]
    assert "Traceback" not in text
    assert "Routine complete." not in text


def test_text_from_the_routine_is_printed_without_its_control_characters(tmp_path: Path) -> None:
    hostile = "\u001b]0;title\u0007\u001b[2J\u001b]52;c;aGk=\u0007\u009b31m\u202e"
    escaped = hostile.encode("unicode_escape").decode("ascii").replace("\\x", "\\u00")
    path = tmp_path / "hostile.toml"
    path.write_text(
        ROUTINE.replace('"Tiny"', f'"Tiny{escaped}"').replace('"Hold"', f'"Hold{escaped}"'),
        encoding="utf-8",
    )
    finished = run_to_end(path, run_env(NO_SERVER))
    assert finished.code == 0, finished.err
    unsafe = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
    assert unsafe.search(finished.out + finished.err) is None
    shown = "?]0;title??[2J?]52;c;aGk=??31m?"
    assert f"Tiny{shown} (00:08)" in finished.out.splitlines()
    assert f"[00:02] Hold{shown}" in finished.out.splitlines()  # the exercise, as it starts
