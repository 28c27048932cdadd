"""`ankle-coach run`: an audio-only session in the terminal, on the GUI's engine and player.

Keys: Space or p pause/resume, n or Right next, b or Left back, r restart the exercise, d or Enter
done (manual steps), + and - adjust the hold by 5 s, m mute, q quit. Ctrl-C, SIGTERM, SIGHUP
and SIGQUIT end the session cleanly, the terminal restored; the exit status is 128 + the signal.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shutil
import signal
import socket
import sys
import unicodedata
from collections.abc import Callable, Iterator
from typing import TextIO

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, QTimer, Slot

from ankle_coach.core.choices import SessionChoices, session_choices
from ankle_coach.core.clock import MonotonicClock
from ankle_coach.core.guidance import DISCLAIMER
from ankle_coach.core.history import SessionRecorder
from ankle_coach.core.i18n import translate
from ankle_coach.core.library import LibraryEntry
from ankle_coach.core.plan import Cue
from ankle_coach.core.safe_text import safe_line
from ankle_coach.core.session import ADJUST_STEP_SECONDS, Phase, SessionEngine, SessionState
from ankle_coach.core.settings import Settings
from ankle_coach.core.words import clock_text, quoted, segment_summary, time_left_text
from ankle_coach.qt.controller import SessionController
from ankle_coach.qt.cue_player import CuePlayer, Sound
from ankle_coach.qt.memory import share_one_heap
from ankle_coach.speech import CueCache, Pyttsx3Renderer, VoiceSettings

#: Exit status after Ctrl-C, as shells expect (128 + SIGINT).
EXIT_INTERRUPTED = 130
#: The signals that end a session cleanly, the terminal restored: the exit status is 128 + the
#: signal's number, as a shell reports a process killed by it (SIGTERM 143, SIGHUP 129, SIGQUIT
#: 131). SIGQUIT would otherwise dump core with the terminal still in cbreak mode.
STOP_SIGNALS: tuple[signal.Signals, ...] = tuple(
    getattr(signal, name)
    for name in ("SIGINT", "SIGTERM", "SIGHUP", "SIGQUIT")
    if hasattr(signal, name)  # Windows has only SIGINT and SIGTERM
)
_BAR = 24
#: The progress bar is shortened down to this many cells before anything else goes.
_BAR_SHORTEST = 8
#: The segment's words are cut to no fewer columns than this before the bar and clock go.
_WORDS_SHORTEST = 16
#: Erase from the cursor to the end of the line (ECMA-48 EL), after a line drawn in place.
_CLEAR_TO_END = "\x1b[K"
#: Once the routine is complete, how long to let its last words be heard at most.
_LAST_WORDS_SECONDS = 4.0
#: Cues not printed on a terminal: the progress line shows the rep and the time left already.
_SHOWN_ON_THE_LINE = frozenset({"rep", "countdown"})


class TerminalView(QObject):
    """Shows the session: a live progress line on a terminal, one line per event otherwise.

    On a terminal every cue's words (but the counts and the "3, 2, 1" the line shows) are
    printed as a line of their own above the progress line, voice or not, and every message is
    wrapped to the terminal's width at spaces."""

    def __init__(self, controller: SessionController, out: TextIO, err: TextIO) -> None:
        super().__init__(controller)
        self._controller = controller
        self._out = out
        self._err = err
        self._live = out.isatty()
        self._prose_out = prose_stream(out)
        self._prose_err = prose_stream(err)
        self._segment = -1
        self._width = 0
        self._line: str | Callable[[int], str] | None = None  # the progress line drawn last
        controller.stateChanged.connect(self._on_controller_state_changed)
        controller.cueDue.connect(self._on_controller_cue_due)
        controller.cuesMissed.connect(self._on_controller_cues_missed)

    def note(self, text: str, *, error: bool = False) -> None:
        """A line of its own (wrapped on a terminal), above the live line, which is drawn again
        below it."""
        self._clear()
        self._write(safe_line(text) + "\n", self._prose_err if error else self._prose_out)
        if self._line is not None:
            self._show(self._line)

    @Slot(int, int)
    def on_player_preparing(self, done: int, total: int) -> None:
        if self._live:
            said = translate("terminal", "Preparing the voice: {done} of {total} cues")
            self._show(said.format(done=done, total=total))

    @Slot(str)
    def on_player_unavailable(self, reason: str) -> None:
        self.note(translate("terminal", "No voice: {reason}").format(reason=reason), error=True)

    @Slot(object)
    def _on_controller_state_changed(self, state: SessionState) -> None:
        if self._live:
            self._show(lambda width: status_line(state, width))
        elif state.segment_index != self._segment and state.phase is not Phase.READY:
            self.note(f"[{clock_text(state.segment.start)}] {segment_summary(state.segment)}")
        self._segment = state.segment_index

    @Slot(object)
    def _on_controller_cue_due(self, cue: Cue) -> None:
        if not self._live:
            self.note(f"[{cue.at:7.2f}] {quoted(cue.text)}")
        elif cue.kind not in _SHOWN_ON_THE_LINE:
            self.note(quoted(cue.text))

    @Slot(object)
    def _on_controller_cues_missed(self, cues: list[Cue]) -> None:
        if not self._live:
            said = ", ".join(quoted(cue.text) for cue in cues)
            self.note(
                translate("terminal", "(passed while busy, not said late: {cues})").format(
                    cues=said
                )
            )

    def _show(self, line: str | Callable[[int], str]) -> None:
        """Draw the live line in place: back to the start of the line, the text cut to the
        terminal's width now (it may have been resized), the rest of the old line cleared."""
        width = terminal_width(self._out)
        text = line(width) if callable(line) else fit(safe_line(line), width)
        self._write("\r" + text + _CLEAR_TO_END, self._out)
        self._width = max(1, columns(text))
        self._line = line

    def _clear(self) -> None:
        if self._live and self._width:
            self._write("\r" + _CLEAR_TO_END, self._out)
            self._width = 0

    @staticmethod
    def _write(text: str, stream: TextIO) -> None:
        # After SIGHUP the terminal is gone, and the session is being stopped and logged:
        # there is nothing left to draw on, and that must not stop the log being written.
        with contextlib.suppress(OSError):
            stream.write(text)
            stream.flush()

    def close(self) -> None:
        self._line = None
        if self._live and self._width:
            self._write("\n", self._out)
            self._width = 0


def status_line(state: SessionState, width: int = 80) -> str:
    """One line that says everything at a glance: progress, what now, how long; never wider
    than `width` - 1 columns (a terminal wraps a line that fills its last column).

    As the room shrinks, the bar shortens, then the segment's words are cut (with "…"), then
    the bar and then the clock go, then the words; what is left last is the time to go."""
    room = max(1, width - 1)
    if state.phase is Phase.WAITING:
        left = translate("terminal", "press d when done")
    else:  # as a countdown shows it
        left = translate("terminal", "{time} left").format(time=time_left_text(state.remaining))
    what = segment_summary(state.segment)
    if state.rep is not None:
        what = translate("terminal", "{segment}, rep {rep} of {reps}").format(
            segment=what, rep=state.rep, reps=state.segment.reps
        )
    what = safe_line(what)  # names come from the routine file
    if state.phase is Phase.PAUSED:
        marker = translate("terminal", "PAUSED") + "  "
    elif state.phase is Phase.FINISHED:
        marker = translate("terminal", "DONE") + "  "
    else:
        marker = ""
    clock = f"{clock_text(state.position)}/{clock_text(state.total)}  "

    def bar(cells: int) -> str:
        filled = round(state.progress * cells)
        return "[" + "#" * filled + "-" * (cells - filled) + "] "

    def line(front: str, words: str) -> str:
        return f"{marker}{front}{words}  {left}"

    for cells in range(_BAR, _BAR_SHORTEST - 1, -1):  # the bar shortens first
        if columns(candidate := line(bar(cells) + clock, what)) <= room:
            return candidate
    fixed = columns(line(bar(_BAR_SHORTEST) + clock, ""))
    if room - fixed >= _WORDS_SHORTEST:  # then the words are cut, the bar still there
        return line(bar(_BAR_SHORTEST) + clock, elide(what, room - fixed))
    for front in (clock, ""):  # then the bar goes, then the clock
        fixed = columns(line(front, ""))
        if room - fixed >= _WORDS_SHORTEST or (not front and room - fixed >= 2):
            return line(front, elide(what, room - fixed))
    return fit(f"{marker}{left}", room + 1)


def terminal_width(out: TextIO) -> int:
    """The width of the terminal `out` writes to: COLUMNS when set (as shutil reads it), else
    what the terminal says now, else 80."""
    given = os.environ.get("COLUMNS", "")
    if given.isdigit() and int(given) > 0:
        return int(given)
    try:
        return os.get_terminal_size(out.fileno()).columns or 80
    except (OSError, ValueError, AttributeError):
        return shutil.get_terminal_size().columns


def columns(text: str) -> int:
    """How many columns `text` takes on a terminal: wide (East Asian) letters two, combining
    marks none."""
    return sum(_char_columns(char) for char in text)


def _char_columns(char: str) -> int:
    if unicodedata.combining(char) or char == "\u200d":
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def elide(text: str, room: int) -> str:
    """`text` cut to `room` columns, with "…" where it was cut."""
    if columns(text) <= room:
        return text
    kept: list[str] = []
    used = 0
    for char in text:
        size = _char_columns(char)
        if used + size > room - 1:
            break
        kept.append(char)
        used += size
    return "".join(kept).rstrip() + "…" if room >= 1 else ""


def fit(text: str, width: int) -> str:
    """`text` cut to `width` - 1 columns, so that it never wraps."""
    return elide(text, max(0, width - 1))


def wrap(text: str, width: int) -> list[str]:
    """The lines of `text`, each cut at spaces into lines of at most `width` - 1 columns (as the
    progress line, so that none fills the last column); a continued line keeps the indent of
    its first, and a list item's ("- ...", "  1  ...") goes on under its words. Only a word
    longer than a whole line is cut."""
    stream = io.StringIO()
    ProseStream(stream, lambda: width).write(text)
    return stream.getvalue().split("\n")


_TOKENS = re.compile(r"\n|[ \t]+|[^ \t\n]+")


class ProseStream(io.TextIOBase):
    """Writes prose to a terminal wrapped at spaces to its width now (`width()`), never cutting a
    word in two, as the terminal would: a line is continued on the next with its own indent.
    What is written may end part way through a line (a question): the next write goes on from
    there."""

    def __init__(self, stream: TextIO, width: Callable[[], int]) -> None:
        super().__init__()
        self._stream = stream
        self._width = width
        self._column = 0
        self._indent = ""  # of the line being written, for the lines it is continued on
        self._words = False  # whether the line being written has a word yet
        self._marker = ""  # the line's first word, when it marks an item of a list
        self._space = ""  # spaces between words, written once the next word is known to fit

    def write(self, text: str) -> int:
        room = max(1, self._width() - 1)
        pieces: list[str] = []
        for token in _TOKENS.findall(text):
            if token == "\n":
                pieces.append("\n")
                self.line_ended()
            elif token.isspace():
                if not self._words and self._column == 0:  # a line's own indent
                    pieces.append(token)
                    self._column = columns(token)
                    self._indent = token
                else:
                    self._space += token
            else:
                pieces.append(self._place(token, room))
        if self._space and self._column + columns(self._space) <= room:
            pieces.append(self._space)  # after a question's last word: the answer follows it
            self._column += columns(self._space)
            self._space = ""
        self._stream.write("".join(pieces))
        return len(text)

    def _place(self, word: str, room: int) -> str:
        placed: list[str] = []
        first = not self._words
        if self._column and self._column + columns(self._space) + columns(word) > room:
            indent = self._indent if columns(self._indent) + columns(word) <= room else ""
            placed.append("\n" + indent)
            self._column = columns(indent)
        elif self._space:
            placed.append(self._space)
            self._column += columns(self._space)
            if self._marker:  # a list item's lines go on under its words
                self._indent += " " * (columns(self._marker) + columns(self._space))
        self._space, self._marker = "", ""
        while self._column + columns(word) > room:  # longer than a whole line: cut, at last
            cut = elide(word, room - self._column + 1)[:-1] or word[:1]
            placed.append(cut + "\n")
            word = word[len(cut) :]
            self._column = 0
        placed.append(word)
        self._column += columns(word)
        self._words = True
        if first and (word == "-" or word.isdigit()):  # "- a reason", "  1  Swelling"
            self._marker = word
        return "".join(placed)

    def line_ended(self) -> None:
        """The terminal's cursor went to a new line without this stream (the echo of an answer
        typed after a question): the next write starts at the first column."""
        self._column, self._indent, self._words, self._space, self._marker = 0, "", False, "", ""

    def flush(self) -> None:
        self._stream.flush()

    def isatty(self) -> bool:
        return True

    def fileno(self) -> int:
        return self._stream.fileno()


def prose_stream(stream: TextIO) -> TextIO:
    """`stream` for prose: wrapped at spaces to the terminal's width when it is a terminal,
    as it is when it is not (a file or a pipe keeps every message on one line, for grep)."""
    try:
        if not stream.isatty():
            return stream
    except (AttributeError, ValueError):  # closed, or no file behind it
        return stream
    return ProseStream(stream, lambda: terminal_width(stream))  # type: ignore[return-value]


class KeyReader(QObject):
    """Reads single keys from the terminal (or a pipe) without blocking the event loop."""

    def __init__(self, fd: int, on_key: Callable[[str], None], parent: QObject) -> None:
        super().__init__(parent)
        self._fd = fd
        self._on_key = on_key
        self._notifier = QSocketNotifier(fd, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_notifier_activated)

    @Slot()
    def _on_notifier_activated(self) -> None:
        try:
            data = os.read(self._fd, 64)
        except OSError:
            data = b""
        if not data:  # end of input: keep running, stop listening
            self._notifier.setEnabled(False)
            return
        text = data.decode("utf-8", errors="ignore")
        for key in _split_keys(text):
            self._on_key(key)


_ESCAPES = {"\x1b[C": "right", "\x1b[D": "left", "\x1b[5~": "pageup", "\x1b[6~": "pagedown"}


def _split_keys(text: str) -> Iterator[str]:
    index = 0
    while index < len(text):
        for sequence, name in _ESCAPES.items():
            if text.startswith(sequence, index):
                yield name
                index += len(sequence)
                break
        else:
            yield text[index]
            index += 1


@contextlib.contextmanager
def cbreak(fd: int) -> Iterator[bool]:
    """Keys arrive one at a time with no echo while inside; the terminal is restored after."""
    if not os.isatty(fd):
        yield False
        return
    import termios
    import tty

    saved = termios.tcgetattr(fd)
    try:
        tty.setcbreak(fd)
        yield True
    finally:
        try:
            termios.tcsetattr(fd, termios.TCSADRAIN, saved)
        except termios.error:
            pass  # the terminal hung up (SIGHUP): there is nothing left to restore


def run_session(
    entry: LibraryEntry,
    *,
    out: TextIO = sys.stdout,
    err: TextIO = sys.stderr,
    stdin_fd: int | None = 0,
    choices: SessionChoices | None = None,
    recorder_for: Callable[[SessionEngine], SessionRecorder] | None = None,
    disclaimer: bool = True,
) -> int:
    """Run a whole session in the terminal with `choices` (None: the default settings'); returns
    the exit status.

    `recorder_for(engine)` gives the SessionRecorder that logs the session, fed every state as
    the window's is; q, Ctrl-C and the STOP_SIGNALS stop the session first, so its log says
    "stopped" with the progress reached. `disclaimer`: say the disclaimer first (False when the
    caller has said it already)."""
    app = QCoreApplication.instance()
    if app is None:
        share_one_heap()  # before Qt's and the sound's threads start
        app = QCoreApplication([sys.argv[0]])
    choices = choices or session_choices(Settings())
    sound = Sound(choices.sound)
    settings = VoiceSettings(**choices.voice)
    cache = CueCache.default()
    engine = SessionEngine(entry.routine, MonotonicClock(), choices.plan_options)
    root = QObject()
    player = CuePlayer(Pyttsx3Renderer(cache), settings, cache, root, sound=sound)
    controller = SessionController(engine, player, root)
    recorder = recorder_for(engine) if recorder_for is not None else None
    if recorder is not None:  # connected first: the log is written before the line is drawn
        controller.stateChanged.connect(recorder.on_state)
        controller.planChanged.connect(recorder.set_plan)
    view = TerminalView(controller, out, err)
    if recorder is not None:
        recorder.on_problem = lambda message: view.note(message, error=True)
    if disclaimer:
        view.note(
            translate("core.guidance", DISCLAIMER)
        )  # once, before anything is said: the sidebar is not here to show it
    outcome = {"status": 0}

    def stop() -> None:
        if engine.phase not in (Phase.READY, Phase.FINISHED, Phase.STOPPED):
            controller.stop()  # logged as stopped, with the progress reached

    def quit_with(status: int) -> None:
        stop()
        outcome["status"] = status
        player.close()
        app.quit()

    def on_key(key: str) -> None:
        actions: dict[str, Callable[[], object]] = {
            " ": controller.toggle_pause,
            "p": controller.toggle_pause,
            "n": controller.next,
            "right": controller.next,
            "pagedown": controller.next,
            "b": controller.back,
            "left": controller.back,
            "pageup": controller.back,
            "r": controller.restart_exercise,
            "d": controller.done,
            "\n": controller.done,
            "\r": controller.done,
            "+": lambda: controller.adjust(ADJUST_STEP_SECONDS),
            "=": lambda: controller.adjust(ADJUST_STEP_SECONDS),
            "-": lambda: controller.adjust(-ADJUST_STEP_SECONDS),
            "m": toggle_mute,
        }
        if key in ("q", "Q"):
            if engine.phase is not Phase.FINISHED:
                stop()
                view.note(translate("terminal", "Stopped."))
            quit_with(0)
        elif key.lower() in actions and engine.phase is not Phase.READY:
            actions[key.lower()]()

    def toggle_mute() -> None:
        player.sound = Sound.MUTE if player.sound is not Sound.MUTE else sound
        if player.sound is Sound.MUTE:
            view.note(translate("terminal", "Muted."))
        else:
            view.note(translate("terminal", "Sound on."))

    def on_finished() -> None:
        view.note(translate("terminal", "Routine complete."))
        QTimer.singleShot(
            round(min(_LAST_WORDS_SECONDS, player.speech_left()) * 1000), lambda: quit_with(0)
        )

    player.preparing.connect(view.on_player_preparing)
    player.unavailable.connect(view.on_player_unavailable)
    player.ready.connect(controller.start)
    controller.finished.connect(on_finished)

    with cbreak(stdin_fd) if stdin_fd is not None else contextlib.nullcontext(False) as live:
        if stdin_fd is not None and (live or not os.isatty(stdin_fd)):
            KeyReader(stdin_fd, on_key, root)
        with _interrupts(lambda signum: quit_with(128 + signum), root):
            view.note(f"{entry.routine.title} ({clock_text(engine.plan.total_seconds)})")
            if live:
                view.note(
                    translate(
                        "terminal",
                        "Space pause, n next, b back, r restart exercise, d done, +/- 5 s, "
                        "m mute, q quit",
                    )
                )
            player.prepare(engine.plan)
            app.exec()
    status = outcome["status"]
    with contextlib.suppress(OSError):  # after SIGHUP the terminal may be gone
        view.close()
        if status == EXIT_INTERRUPTED:
            print(translate("terminal", "Interrupted."), file=err, flush=True)
        elif status > 128:
            said = translate("terminal", "Stopped by {signal}.")
            print(said.format(signal=signal.Signals(status - 128).name), file=err, flush=True)
    root.deleteLater()
    return outcome["status"]


@contextlib.contextmanager
def _interrupts(on_interrupt: Callable[[int], None], parent: QObject) -> Iterator[None]:
    """Ctrl-C, SIGTERM, SIGHUP and SIGQUIT (STOP_SIGNALS) quit the event loop cleanly, so the
    terminal is restored on the way out: `on_interrupt(signum)` is called for the first one.
    Qt's loop runs no Python code by itself, so the signal wakes it through a socket."""
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    previous_fd = signal.set_wakeup_fd(writer.fileno())
    previous = {signum: signal.signal(signum, lambda *_: None) for signum in STOP_SIGNALS}
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, parent)
    stopping = False

    def on_wake() -> None:
        nonlocal stopping
        with contextlib.suppress(OSError):
            woke = reader.recv(64)
            for signum in STOP_SIGNALS:
                if bytes([signum]) in woke and not stopping:
                    stopping = True
                    on_interrupt(int(signum))

    notifier.activated.connect(on_wake)
    try:
        yield
    finally:
        notifier.setEnabled(False)
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        signal.set_wakeup_fd(previous_fd)
        reader.close()
        writer.close()
