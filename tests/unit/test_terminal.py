"""`ankle-coach run`: whole sessions in a subprocess, silent, keyed from a pipe, interrupted,
and heard for real on a private PulseAudio null sink (notes/speech.md, "Testing speech for real").

Each run is a real process on the real clock, so the routine is tiny: 8 seconds in all.
"""

from __future__ import annotations

import contextlib
import io
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

from ankle_coach.core import i18n
from ankle_coach.core.clock import FakeClock
from ankle_coach.core.guidance import DISCLAIMER
from ankle_coach.core.history import History, RedFlag, SessionRecord
from ankle_coach.core.i18n import Language, translate
from ankle_coach.core.paths import Paths
from ankle_coach.core.plan import compile_plan
from ankle_coach.core.routine import parse_routine
from ankle_coach.core.session import Phase, SessionEngine, SessionState
from ankle_coach.core.settings import Settings, save_settings
from ankle_coach.core.words import quoted
from ankle_coach.qt.controller import SessionController
from ankle_coach.speech import CueCache, VoiceSettings
from ankle_coach.speech.wav import WavInfo, silent_edges
from ankle_coach.terminal import (
    ProseStream,
    TerminalView,
    columns,
    prose_stream,
    status_line,
    terminal_width,
    wrap,
)
from tests.support.pulse import (
    MonitorRecorder,
    PrivatePulse,
    match_onsets,
    onsets,
)

# The tests that run the app in a subprocess (some on a private sound server) are slow.

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
CLEAR_TO_END = "\x1b[K"
LINE_TIMEOUT = 20.0
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
def running(routine: Path, env: dict[str, str], *options: str) -> Iterator[Run]:
    """Start `ankle-coach run ROUTINE [OPTIONS]` with keys from a pipe; it is killed if still
    running when the block ends."""
    with subprocess.Popen(
        [sys.executable, "-m", "ankle_coach", "run", str(routine), *options],
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


def run_to_end(routine: Path, env: dict[str, str], *options: str) -> Finished:
    with running(routine, env, *options) as run:
        if run.process.stdin is not None:
            run.process.stdin.close()  # no keys: end of input at once
        return finish(run)


def said(cues: list[PlannedCue]) -> list[tuple[float, str]]:
    return [(round(cue.at, 2), cue.text) for cue in cues]


def told_why(finished: Finished) -> list[str]:
    return [line for line in finished.err.splitlines() if line.startswith("No voice: ")]


# -- no voice ------------------------------------------------------------------------------------


@pytest.mark.slow
def test_without_an_audio_device_every_cue_is_shown_and_why_is_said_once(
    routine: Path, planned: list[PlannedCue]
) -> None:
    finished = run_to_end(routine, run_env(NO_SERVER))
    assert finished.code == 0, finished.err
    assert finished.cues == said(planned)
    assert finished.out.splitlines()[-2:] == [
        "Routine complete.",
        "Logged in your history: finished; completed: Hold, Raises.",
    ]
    # the disclaimer, once, before the session
    assert finished.out.splitlines()[0] == DISCLAIMER
    assert finished.out.count("does not replace a clinician") == 1
    [why] = told_why(finished)
    assert "No sound server answered" in why
    assert "Traceback" not in finished.err


@pytest.mark.slow
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


@pytest.mark.slow
def test_q_from_a_pipe_stops_the_session(routine: Path) -> None:
    with running(routine, run_env(NO_SERVER)) as run:
        run.wait_for_line(is_cue)
        run.send("q")
        finished = finish(run)
    assert finished.code == 0, finished.err
    assert "Stopped." in finished.out.splitlines()
    assert "Routine complete." not in finished.out
    assert len(finished.cues) < 3


@pytest.mark.slow
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


@pytest.mark.slow
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


@pytest.mark.slow
def test_cues_still_sounding_when_the_next_starts_do_not_wedge_the_session(
    routine: Path, planned: list[PlannedCue], pulse: PrivatePulse
) -> None:
    """With nobody recording, the idle null sink plays each cue late, so it is still sounding
    when the next one starts. (A QSoundEffect that ended by itself while another played wedged
    the event loop, Qt 6.11 and 6.12 on PulseAudio; cues now play through miniaudio, and this
    run stays as the check that overlapping cues end cleanly.)"""
    go = next(cue for cue in planned if cue.text == "Go.")
    with running(routine, run_env(pulse.server)) as run:
        run.wait_for_line(lambda line: go.text in line)
        run.send("q")
        finished = finish(run)
    assert finished.code == 0, finished.err
    assert "Stopped." in finished.out.splitlines()
    assert "QSocketNotifier" not in finished.err


# -- heard for real ------------------------------------------------------------------------------


@pytest.mark.slow
def test_every_cue_is_heard_once_and_in_order_on_a_real_sound_server(
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

    # Where each cue should be heard: its Plan time plus its WAV's leading quiet (a few ms: the
    # renders are trimmed), on the recording's time line once the first cue's onset has set
    # where 0 is. Behaviour only: each heard once, in order, nothing else heard; when, to the
    # millisecond, is the cue_onset benchmark's.
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
    found = [onset for onset in matched.found if onset is not None]
    assert found == sorted(found)  # in the Plan's order
    assert all(lead < 0.02 for lead in leads), leads  # trimmed: the voice starts at once


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


class PtyRun:
    """`ankle-coach run` on a pseudo-terminal of its own, as in a shell: what it draws is
    collected as it comes, and keys are typed into it."""

    def __init__(self, args: list[str], env: dict[str, str]) -> None:
        import termios

        self.main_fd, self.terminal_fd = os.openpty()
        self.settings_before = termios.tcgetattr(self.terminal_fd)
        self.output: list[bytes] = []
        self.drain = threading.Thread(target=_drain, args=(self.main_fd, self.output), daemon=True)
        self.drain.start()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "ankle_coach", "run", *args],
            env=env,
            stdin=self.terminal_fd,
            stdout=self.terminal_fd,
            stderr=self.terminal_fd,
            start_new_session=True,  # as a shell's job: a signal goes to the session only
        )

    @property
    def text(self) -> str:
        return b"".join(self.output).decode(errors="replace")

    def wait_for(self, wanted: str, *, taken: bool = False, times: int = 1) -> None:
        """Until `wanted` has been drawn (`times` times in all; with `taken`, the terminal in
        cbreak mode)."""
        deadline = time.monotonic() + LINE_TIMEOUT
        while self.text.count(wanted) < times or (taken and _cooked(self.terminal_fd)):
            assert self.process.poll() is None, self.text
            assert time.monotonic() < deadline, self.text
            time.sleep(0.02)  # polling another process's terminal, not waiting for Qt

    def type(self, keys: str) -> None:
        os.write(self.main_fd, keys.encode())

    def end(self) -> tuple[int, str]:
        """The exit status and everything drawn; the terminal settings are checked restored."""
        import termios

        try:
            code = self.process.wait(timeout=RUN_TIMEOUT)
        finally:
            if self.process.poll() is None:
                self.process.kill()
                self.process.wait()
        after = termios.tcgetattr(self.terminal_fd)
        os.close(self.terminal_fd)
        self.drain.join(timeout=LINE_TIMEOUT)
        os.close(self.main_fd)
        assert after == self.settings_before  # echo and line mode back, every setting as it was
        return code, self.text


def on_screen(text: str) -> list[str]:
    """The lines a terminal shows after `text` is drawn on it: each what was written after its
    last carriage return, the erase-to-the-end codes taken out."""
    return [
        line.split("\r")[-1].replace(CLEAR_TO_END, "")
        for line in text.replace("\r\n", "\n").split("\n")
    ]


def logged_sessions() -> list[SessionRecord]:
    """The sessions in this test's history (os.environ's ANKLE_COACH_HOME), as the app reads
    them."""
    history, message = History.open(Paths.default())
    try:
        assert message is None, message
        return history.sessions()
    finally:
        history.close()


def assert_stopped_after_the_hold(session: SessionRecord) -> None:
    """Logged as stopped, with the 3 s hold done and the raises under way, nothing more."""
    assert session.outcome == "stopped"
    assert session.ended_at is not None
    assert session.completed_exercises == ("Hold",)
    assert session.total_seconds is not None and session.done_seconds is not None
    assert 5.0 <= session.done_seconds < session.total_seconds  # the get-ready and the hold
    assert session.work_seconds == 6.0
    assert session.work_done_seconds is not None and 3.0 <= session.work_done_seconds < 6.0


@pytest.mark.slow
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
def test_a_signal_ends_the_session_logs_it_stopped_and_restores_the_terminal(
    routine: Path, signum: signal.Signals, status: int, said: str
) -> None:
    run = PtyRun([str(routine), "--mute", "--no-check-in"], run_env(NO_SERVER))
    run.wait_for("Raises", taken=True)  # the hold is done, the raises under way
    run.process.send_signal(signum)
    code, text = run.end()
    assert code == status, text
    assert said in text.splitlines()
    assert "Traceback" not in text
    assert "Routine complete." not in text
    assert "Pain from 0" not in text  # --no-check-in
    (session,) = logged_sessions()
    assert_stopped_after_the_hold(session)


@pytest.mark.slow
def test_on_a_terminal_the_check_ins_are_asked_and_logged_with_the_session(
    routine: Path,
) -> None:
    run = PtyRun([str(routine), "--mute"], run_env(NO_SERVER, COLUMNS="80"))
    run.wait_for("Pain from 0")
    run.type("3\n")
    run.wait_for("Warning signs: their numbers")
    run.type("\n")
    run.wait_for("Raises", taken=True)
    run.type("q")
    run.wait_for("After the session: how does your ankle feel?")
    run.wait_for("Pain from 0", times=2)
    run.type("eleven\n")  # said why, and asked again
    run.wait_for("“eleven” is not a whole number from 0 to 10.")
    run.type("2\n")
    run.wait_for("Warning signs: their numbers", times=2)
    run.type("1\n")  # swelling
    code, text = run.end()
    assert code == 0, text
    lines = on_screen(text)
    assert max(columns(line) for line in lines) <= 79  # wrapped at spaces to the width
    said = " ".join(lines)  # every message wrapped at single spaces: joined, as it was written
    assert said.startswith(DISCLAIMER) and said.count(DISCLAIMER) == 1
    assert "Check-in recorded: pain 3 out of 10; no warning signs." in said
    assert re.search(
        r"Logged in your history: stopped with \d+% of its work done \([^)]*\); completed: Hold\.",
        said,
    ), lines
    assert "Check-in recorded: pain 2 out of 10; warning signs: swelling." in said, text
    assert "It's time to see a doctor about your ankle." in lines  # swelling: the rules say so
    (session,) = logged_sessions()
    assert_stopped_after_the_hold(session)
    history, _ = History.open(Paths.default())
    with history:
        check_ins = history.check_ins()
    assert [(c.when, c.rating, c.red_flags, c.session_id) for c in check_ins] == [
        ("before", 3, frozenset(), session.id),
        ("after", 2, frozenset({RedFlag.SWELLING}), session.id),
    ]


@pytest.mark.slow
@pytest.mark.parametrize("width", [20, 40, 80, 200])
def test_the_progress_line_fits_the_terminal_and_is_drawn_in_place(
    routine: Path, width: int
) -> None:
    run = PtyRun([str(routine), "--mute", "--no-check-in"], run_env(NO_SERVER, COLUMNS=str(width)))
    code, text = run.end()
    assert code == 0, text
    drawn = [
        piece.replace(CLEAR_TO_END, "")
        for line in text.replace("\r\n", "\n").split("\n")
        for piece in line.split("\r")[1:]  # what was drawn over the line after a return
        if " left" in piece
    ]
    assert len(drawn) >= 8  # once a second at least, in place
    assert max(columns(piece) for piece in drawn) <= width - 1, drawn
    # redrawn in place, never scrolled (a cue's line is printed over it, and it is drawn
    # again below): one left on the screen at the end, whatever the width
    progress_lines = [line for line in on_screen(text) if " left" in line]
    assert len(progress_lines) <= 1, progress_lines


@pytest.mark.slow
@pytest.mark.parametrize("width", [40, 80])
def test_on_a_terminal_every_cue_is_printed_and_every_message_wrapped_at_spaces(
    tmp_path: Path, width: int
) -> None:
    path = tmp_path / "wordy.toml"
    long = "Keep the knee straight and the heel on the ground, leaning in until the calf pulls."
    wordy = ROUTINE.replace('"Hold still."', json.dumps(long))  # said in a long enough lead-in
    path.write_text(wordy.replace("lead_in_seconds = 2", "lead_in_seconds = 16"), "utf-8")
    run = PtyRun([str(path), "--mute"], run_env(NO_SERVER, COLUMNS=str(width)))
    for times in (1, 2):  # the check-ins before and after, skipped
        if times == 2:  # after the session: its steps each come within the time a line has
            run.wait_for("\u201cHold for 3 seconds.\u201d")
            run.wait_for("Routine complete.")
        run.wait_for("Enter to skip:", times=times)
        run.type("\n")
        run.wait_for("Enter for none:", times=times)
        run.type("\n")
    code, text = run.end()
    assert code == 0, text
    lines = on_screen(text)
    assert max(columns(line) for line in lines) <= width - 1, lines
    words = " ".join(lines).split()
    shown = " ".join(lines)
    # every word whole, in order: the disclaimer, the question, and why there is no voice
    assert DISCLAIMER.split() == words[: len(DISCLAIMER.split())]
    assert "Pain from 0 (no pain) to 10 (the worst), or Enter to skip:" in shown
    assert "cues are shown on screen only." in shown
    # the voice is off: each cue's words (but the counts the line shows) are on the screen
    plan = compile_plan(parse_routine(path.read_bytes(), str(path)))
    at = 0
    for cue in plan.cues:  # in order, each once
        if cue.kind not in ("rep", "countdown"):
            assert shown.count(f"\u201c{cue.text}\u201d") == 1, (cue.text, lines)
            assert (at := shown.index(f"\u201c{cue.text}\u201d", at)) > 0
    assert f"{long} Stop if it hurts.\u201d" in shown
    assert "\u201cRoutine complete. Well done.\u201d" in shown


@pytest.mark.slow
def test_the_settings_file_changes_the_cues_run_says_and_defaults_ignores_it(
    routine: Path, planned: list[PlannedCue]
) -> None:
    save_settings(Settings(lead_in_seconds=4, count_reps=False), Paths.default())
    mine = run_to_end(routine, run_env(NO_SERVER))
    assert mine.code == 0, mine.err
    assert mine.cues != said(planned)  # `planned`: the routine as it is, by `plan`
    hold = next(at for at, text in mine.cues if text.startswith("Hold for"))
    assert hold == 4.00  # the settings' lead-in, not the routine's 2 s
    assert not any(text in ("2", "3") for _, text in mine.cues[-4:])  # no rep counting
    default = run_to_end(routine, run_env(NO_SERVER), "--defaults")
    assert default.code == 0, default.err
    assert default.cues == said(planned)
    sessions = logged_sessions()
    assert [s.outcome for s in sessions] == ["finished", "finished"]
    assert [s.completed_exercises for s in sessions] == [("Hold", "Raises")] * 2


@pytest.mark.slow
def test_q_from_a_pipe_logs_the_session_stopped_with_its_progress(routine: Path) -> None:
    with running(routine, run_env(NO_SERVER)) as run:
        run.wait_for_line(lambda line: "Raises" in line and line.startswith("[00:"))
        run.send("q")
        finished = finish(run)
    assert finished.code == 0, finished.err
    assert "Pain from 0" not in finished.out  # stdin is not a terminal: no check-in
    (session,) = logged_sessions()
    assert_stopped_after_the_hold(session)
    assert "Logged in your history: stopped with" in finished.out


@pytest.mark.slow
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
    assert f"Tiny{shown} (00:15)" in finished.out.splitlines()
    assert f"[00:02] Hold{shown}" in finished.out.splitlines()  # the exercise, as it starts


# -- the progress line, in-process -------------------------------------------------------------

# A long name, wide letters, sides, reps and a manual step: every field the line may hold.
LONG = """\
format = 1
title = "Long"
lead_in_seconds = 5

[[exercises]]
name = "Standing calf stretch against the wall with the back knee straight"
sides = ["left", "right"]
sets = 2
reps = 12
rep_seconds = 2.0

[[exercises]]
name = "\u8db3\u9996\u306e\u30b9\u30c8\u30ec\u30c3\u30c1\u3068\u30de\u30c3\u30b5\u30fc\u30b8"
hold_seconds = 30

[[exercises]]
name = "Ice"
manual = true
"""


def every_kind_of_state() -> list[SessionState]:
    """A state in each segment of LONG, running, paused, waiting and finished."""
    clock = FakeClock()
    engine = SessionEngine(parse_routine(LONG.encode(), "long.toml"), clock)
    engine.start()
    states = [engine.tick().state]
    while engine.phase is not Phase.FINISHED:
        if engine.phase is Phase.WAITING:
            states.append(engine.tick().state)
            engine.done()
        else:
            clock.advance(1.5)
        states.append(engine.tick().state)
    engine = SessionEngine(parse_routine(LONG.encode(), "long.toml"), clock)
    engine.start()
    clock.advance(7)
    engine.toggle_pause()
    states.append(engine.tick().state)
    assert {s.phase for s in states} >= {Phase.RUNNING, Phase.PAUSED, Phase.WAITING}
    return states


@pytest.mark.parametrize("width", [20, 40, 80, 200])
def test_the_progress_line_never_exceeds_the_width(width: int) -> None:
    for state in every_kind_of_state():
        line = status_line(state, width)
        assert columns(line) <= width - 1, (width, line)
        assert "\n" not in line and "\r" not in line
        if state.phase is Phase.WAITING:
            assert line.endswith("press d when done")
        else:
            assert line.endswith(" left")  # the time to go is the last to go
        if state.phase is Phase.PAUSED:
            assert line.startswith("PAUSED")


@pytest.mark.parametrize(
    ("width", "line"),
    [
        (
            200,
            "[###---------------------] 00:23/03:07  Standing calf stretch against the wall "
            "with the back knee straight (left, set 1 of 2), rep 7 of 12  00:12 left",
        ),
        # the bar shortens to 8 cells, then the words are cut
        (
            120,
            "[#-------] 00:23/03:07  Standing calf stretch against the wall with the back "
            "knee straight (left, set 1 of\u2026  00:12 left",
        ),
        (
            80,
            "[#-------] 00:23/03:07  Standing calf stretch against the wall wit\u2026  00:12 left",
        ),
        # the bar and the clock go before the words are cut below 16 columns
        (40, "Standing calf stretch agai\u2026  00:12 left"),
        (20, "Standi\u2026  00:12 left"),
        (10, "00:12 le\u2026"),  # narrower than any terminal a person uses: still one line
    ],
)
def test_the_progress_line_shortens_its_fields_in_order(width: int, line: str) -> None:
    clock = FakeClock()
    engine = SessionEngine(parse_routine(LONG.encode(), "long.toml"), clock)
    engine.start()
    clock.advance(23)
    assert status_line(engine.tick().state, width) == line


class TerminalOut(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_line_is_redrawn_in_place_at_the_width_columns_gives(
    qapp: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "40")
    clock = FakeClock()
    engine = SessionEngine(parse_routine(LONG.encode(), "long.toml"), clock)
    controller = SessionController(engine, None)
    out = TerminalOut()
    view = TerminalView(controller, out, io.StringIO())
    controller.start()
    for _ in range(5):
        clock.advance(1)
        controller.poll()
    view.note("Muted.")
    clock.advance(1)
    controller.poll()
    view.close()
    text = out.getvalue()
    # the cues said so far, and the note, each printed above the line on lines of their own,
    # wrapped at spaces; the progress line left once, at the end
    assert on_screen(text) == [
        "\u201cGet ready. First: Standing calf",
        "stretch against the wall with the back",
        "knee straight.\u201d",
        "Muted.",
        "\u201cLeft side. 12 reps.\u201d",  # the set's call; its "3, 2, 1" is not printed
        "Get ready next: Standing c\u2026  00:05 left",
        "",
    ]
    draws = text.replace("\n", "").split("\r")[1:]
    # each draw: back to the start, the line, the rest of the old one cleared; a printed line
    # is written on a cleared line, and the progress line drawn again below it
    lines = [draw for draw in draws if not draw.startswith(CLEAR_TO_END)]
    assert all(draw.endswith(CLEAR_TO_END) for draw in lines)
    assert max(columns(draw.replace(CLEAR_TO_END, "")) for draw in lines) == 39
    assert terminal_width(out) == 40


def test_without_a_terminal_one_line_is_printed_per_segment(qapp: object) -> None:
    clock = FakeClock()
    engine = SessionEngine(parse_routine(LONG.encode(), "long.toml"), clock)
    controller = SessionController(engine, None)
    out = io.StringIO()
    TerminalView(controller, out, io.StringIO())
    controller.start()
    for _ in range(20):
        clock.advance(1)
        controller.poll()
    lines = out.getvalue().splitlines()
    assert "\r" not in out.getvalue() and CLEAR_TO_END not in out.getvalue()
    # "[00:11] Get ready ...": the segments (the cues are "[   0.00] ...")
    assert [line.split("] ", 1)[1] for line in lines if not line.startswith("[ ")] == [
        "Get ready next: Standing calf stretch against the wall with the back knee straight "
        "(left, set 1 of 2)",
        "Standing calf stretch against the wall with the back knee straight (left, set 1 of 2)",
    ]


# -- messages wrapped at spaces on a terminal ---------------------------------------------------

ADVICE = (
    "It's time to see a doctor about your ankle.\n"
    "- You rated your pain 7 out of 10 or more at your last check-in, two days in a row.\n"
    "Warning signs:\n"
    "  5  A recent injury that has not healed, or one that came back\n"
)


@pytest.mark.parametrize(
    ("width", "lines"),
    [
        (
            40,
            [
                "It's time to see a doctor about your",
                "ankle.",
                "- You rated your pain 7 out of 10 or",
                "  more at your last check-in, two days",
                "  in a row.",
                "Warning signs:",
                "  5  A recent injury that has not",
                "     healed, or one that came back",
                "",
            ],
        ),
        (
            80,
            [
                "It's time to see a doctor about your ankle.",
                "- You rated your pain 7 out of 10 or more at your last check-in, two days in a",
                "  row.",
                "Warning signs:",
                "  5  A recent injury that has not healed, or one that came back",
                "",
            ],
        ),
    ],
)
def test_a_message_is_wrapped_at_spaces_a_list_item_under_its_words(
    width: int, lines: list[str]
) -> None:
    assert wrap(ADVICE, width) == lines


@pytest.mark.parametrize("width", [40, 80])
@pytest.mark.parametrize(
    "text",
    [
        DISCLAIMER,
        "No voice: " + " ".join(f"reason{n}" * (n % 4 + 1) for n in range(60)),
        "\u8db3\u9996\u306e\u30b9\u30c8\u30ec\u30c3\u30c1 " * 12,  # wide letters: 2 columns
        "a" * 100 + " short",  # a word longer than a line: the only one cut
    ],
    ids=["disclaimer", "reasons", "wide", "too-long-a-word"],
)
def test_no_wrapped_line_exceeds_the_width_and_no_word_is_split(text: str, width: int) -> None:
    lines = wrap(text, width)
    assert max(columns(line) for line in lines) <= width - 1
    if max(columns(word) for word in text.split()) <= width - 1:
        assert " ".join(lines).split() == text.split()  # every word whole, in order
    else:
        assert "".join(lines).replace(" ", "") == text.replace(" ", "")  # nothing lost


def test_a_question_is_answered_on_its_line_and_what_follows_starts_a_new_one() -> None:
    out = io.StringIO()
    stream = ProseStream(out, lambda: 40)
    stream.write("Pain from 0 (no pain) to 10 (the worst), or Enter to skip: ")
    stream.line_ended()  # the answer typed, and its echo ended the line
    stream.write("Any warning signs at all that come to mind now?\n")
    question, after = out.getvalue().split("skip: ")
    assert question == "Pain from 0 (no pain) to 10 (the\nworst), or Enter to "
    # from the first column: the terminal's echo of the answer ended the question's line
    assert after == "Any warning signs at all that come to\nmind now?\n"


def test_piped_output_is_never_wrapped() -> None:
    piped = io.StringIO()
    assert prose_stream(piped) is piped
    assert isinstance(prose_stream(TerminalOut()), ProseStream)


# -- in German and Spanish ------------------------------------------------------------------------

#: What the progress line says in each language: the time to go, waiting for Done, paused.
LINE_WORDS = {
    "de": ("noch ", "d drücken, wenn fertig", "PAUSIERT"),
    "es": ("quedan ", "pulsa d al terminar", "EN PAUSA"),
}


@pytest.mark.parametrize("language", ["de", "es"])
@pytest.mark.parametrize("width", [20, 40, 80])
def test_the_progress_line_in_german_and_spanish_never_exceeds_the_width(
    language: Language, width: int
) -> None:
    left, waiting, paused = LINE_WORDS[language]
    with i18n.using(language):
        lines = [(state, status_line(state, width)) for state in every_kind_of_state()]
    for state, line in lines:
        assert columns(line) <= width - 1, (width, line)
        if state.phase is Phase.WAITING:
            assert line.endswith(waiting) or width < 40, line
        else:
            assert left in line or width < 40, line  # the time to go is the last to go
        if state.phase is Phase.PAUSED and width >= 40:
            assert line.startswith(paused)
        assert " left" not in line and "press d" not in line, line


def test_the_progress_line_says_the_rep_in_the_language() -> None:
    clock = FakeClock()
    engine = SessionEngine(parse_routine(LONG.encode(), "long.toml"), clock)
    engine.start()
    clock.advance(23)
    with i18n.using("de"):
        line = status_line(engine.tick().state, 200)
    assert "Wiederholung 7 von 12" in line and line.endswith("noch 00:12"), line


def test_the_keys_and_the_disclaimer_wrap_at_40_columns_in_german() -> None:
    """The longest German lines of a session on a 40-column terminal: cut at spaces only."""
    out = TerminalOut()
    stream = ProseStream(out, lambda: 40)
    with i18n.using("de"):
        stream.write(translate("core.guidance", DISCLAIMER) + "\n")
        stream.write(
            translate(
                "terminal",
                "Space pause, n next, b back, r restart exercise, d done, +/- 5 s, m mute, q quit",
            )
            + "\n"
        )
    lines = out.getvalue().splitlines()
    assert all(columns(line) <= 39 for line in lines), lines
    assert lines[-3:] == [
        "Leertaste Pausieren, n weiter, b",
        "zurück, r Übung neu, d fertig, +/- 5 s,",
        "m Stumm, q beenden",
    ]
    said = " ".join(lines).split()
    assert said[:4] == ["Ankle", "Coach", "ersetzt", "keine"]  # nothing cut mid-word or lost
    assert "abklären." in said


@pytest.mark.parametrize(
    ("language", "shown"),
    [
        ("en", "\u201cSeite wechseln.\u201d"),
        ("de", "\u201eSeite wechseln.\u201c"),
        ("es", "«Seite wechseln.»"),
    ],
)
def test_a_cue_is_printed_in_the_languages_quotation_marks(language: Language, shown: str) -> None:
    with i18n.using(language):
        assert quoted("Seite wechseln.") == shown
