"""Turns cue texts into WAV files: the renderer interface, the pyttsx3 one, and a fake for tests.

`Pyttsx3Renderer` renders in a worker process (speech/worker.py) and only what the cache lacks,
so a second session with the same routine and voice starts no process at all. `render` blocks
until the files exist: call it from a worker thread, never from a GUI thread.
"""

from __future__ import annotations

import errno
import json
import os
import sys
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Final, Protocol

from ankle_coach.core.i18n import translate
from ankle_coach.speech.cache import NOT_RENDERED, CueCache
from ankle_coach.speech.facts import CueFacts, facts_path, write_facts
from ankle_coach.speech.voice import Voice, VoiceSettings
from ankle_coach.speech.wav import (
    LOW_SPACE_BYTES,
    RATE,
    SAMPLE_WIDTH,
    free_bytes,
    is_full,
    partial_path,
    write_beep,
    write_bytes_atomically,
)
from ankle_coach.speech.worker import EXIT_ITEMS_FAILED, EXIT_OK

if TYPE_CHECKING:
    import queue

#: Called with (texts rendered so far, texts to render) after each newly rendered text, on the
#: thread that called render(); not called for texts already in the cache.
Progress = Callable[[int, int], None]

WORKER_MODULE: Final = "ankle_coach.speech.worker"
#: How long the worker may stay silent (starting up, or on one text) before it is stopped.
STALL_TIMEOUT: Final = 30.0
#: Where a process cannot be asked whether it runs (Windows), its partial file is stale when
#: this old (`remove_stale_partials`).
STALE_PARTIAL_SECONDS: Final = 3600.0
#: How often a silent worker's render is looked at (`run_worker`'s while_quiet), in seconds.
QUIET_CHECK: Final = 1.0


class SpeechUnavailable(Exception):
    """Speech cannot work here; `reason` says why in one plain sentence for the user."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class CacheUnwritable(SpeechUnavailable):
    """The cue cache cannot take the files: a full disk, a read-only folder. Not the speech
    engine's fault, and said as such (`reason` names the folder)."""


def no_space_reason(folder: Path) -> str:
    return translate(
        "speech.render",
        "{folder}: no space left on device for the cue sounds; free some space, then try again.",
    ).format(folder=folder)


def _bytes_for(text: str) -> int:
    """About the size of the WAV `text` renders to: 0.25 s and 0.6 s a word at most (the
    bounds in notes/speech.md), plus its header and facts."""
    seconds = 0.25 + 0.6 * len(text.split())
    return round(seconds * RATE * SAMPLE_WIDTH) + 1024


def remove_stale_partials(folder: Path) -> list[Path]:
    """Remove the partial files in `folder` (wav.partial_path: ".NAME.PID.partial") of worker
    processes that are gone, and say which: a worker stopped by a hard kill, a power cut or a
    second Ctrl+C leaves its file, and nothing else would ever remove it. On POSIX a process is
    gone when it is not running; elsewhere when its file is an hour old."""
    removed: list[Path] = []
    try:
        found = list(folder.glob(".*.partial"))
    except OSError:
        return removed
    for path in found:
        pid_text = path.name.removesuffix(".partial").rpartition(".")[2]
        if not pid_text.isdigit() or not _gone(int(pid_text), path):
            continue
        try:
            path.unlink()
        except OSError:
            continue
        removed.append(path)
    return removed


def _gone(pid: int, path: Path) -> bool:
    if os.name == "posix":
        if pid == os.getpid():
            return False
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        except OSError:  # another user's process: running
            return False
        return False
    try:  # os.kill(pid, 0) would be a Ctrl+C event on Windows
        return time.time() - path.stat().st_mtime > STALE_PARTIAL_SECONDS
    except OSError:
        return False


def check_space(folder: Path, texts: Sequence[str]) -> None:
    """Raise CacheUnwritable at once when `folder` cannot take the files of `texts`: less
    free space than they need, or a small file that cannot be written there. Without this the
    speech engine, writing into a full disk, hangs until its time-out and is blamed."""
    free = free_bytes(folder)
    if free is not None and free < max(LOW_SPACE_BYTES, sum(_bytes_for(text) for text in texts)):
        raise CacheUnwritable(no_space_reason(folder))
    probe = folder / ".space-check"
    try:
        write_bytes_atomically(probe, bytes(4096))
        probe.unlink(missing_ok=True)
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise CacheUnwritable(no_space_reason(folder)) from None
        raise CacheUnwritable(
            translate(
                "speech.render", "{folder}: the cue sounds cannot be written there: {error}."
            ).format(folder=folder, error=exc.strerror or exc)
        ) from None


class CueRenderer(Protocol):
    def render(
        self, texts: Iterable[str], settings: VoiceSettings, progress: Progress | None = None
    ) -> dict[str, Path]:
        """A WAV file for every text (each once), rendering those not rendered yet.

        Raises SpeechUnavailable when speech cannot work; a text is never left without a file.
        """
        ...


def worker_command() -> list[str]:
    return [sys.executable, "-m", WORKER_MODULE]


class Pyttsx3Renderer:
    """Renders with pyttsx3 in a fresh worker process per call that has anything to render.

    To cancel a render, raise from `progress`: the worker is killed, the exception goes on to the
    caller, and the cache holds only whole files (those reported done before).
    `command` replaces the worker's command line (tests use it to stand in a worker that hangs).
    """

    def __init__(
        self,
        cache: CueCache,
        *,
        stall_timeout: float = STALL_TIMEOUT,
        command: Sequence[str] | None = None,
    ) -> None:
        self.cache = cache
        self.stall_timeout = stall_timeout
        self.command = list(command) if command is not None else worker_command()
        #: How many worker processes this renderer has started.
        self.jobs_started = 0

    def render(
        self, texts: Iterable[str], settings: VoiceSettings, progress: Progress | None = None
    ) -> dict[str, Path]:
        wanted = distinct_texts(texts)
        problems = self.cache.problems(wanted, settings)
        if problems:
            damaged = {text: why for text, why in problems.items() if why != NOT_RENDERED}
            try:
                self._render_missing(list(problems), settings, progress)
            except SpeechUnavailable as exc:
                if not damaged or isinstance(exc, CacheUnwritable):
                    raise
                text, why = next(iter(damaged.items()))
                raise SpeechUnavailable(
                    translate(
                        "speech.render",
                        "{count} cached cue sound(s) were damaged and could not be rendered "
                        "again (the first, {text}: {why}). {reason}",
                    ).format(count=len(damaged), text=repr(text), why=why, reason=exc.reason)
                ) from None
        return {text: self.cache.path_for(text, settings) for text in wanted}

    def _render_missing(
        self, missing: list[str], settings: VoiceSettings, progress: Progress | None
    ) -> None:
        try:
            self.cache.root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            if exc.errno in (errno.ENOSPC, errno.EDQUOT):
                raise CacheUnwritable(no_space_reason(self.cache.root)) from None
            raise SpeechUnavailable(
                translate(
                    "speech.render", "The cue cache {folder} cannot be created: {error}."
                ).format(folder=self.cache.root, error=exc.strerror or exc)
            ) from None
        remove_stale_partials(self.cache.root)
        check_space(self.cache.root, missing)
        targets = {text: self.cache.path_for(text, settings) for text in missing}
        job = {
            "voice_id": settings.voice_id,
            "rate": settings.rate,
            "volume": settings.volume,
            "language": settings.language,
            "items": [{"text": text, "path": str(path)} for text, path in targets.items()],
        }
        errors: list[str] = []
        no_space: list[str] = []

        def on_message(message: dict[str, Any]) -> None:
            if "done" not in message:
                return
            if message.get("ok") is True:
                if progress is not None:
                    progress(int(message["done"]), int(message["total"]))
            else:
                errors.append(f"{message.get('text')!r}: {message.get('error')}")
                if message.get("no_space"):
                    no_space.append(str(message.get("text")))

        self.jobs_started += 1
        run_worker(
            self.command,
            job,
            self.stall_timeout,
            on_message,
            leftovers=lambda pid: [
                partial_path(file, pid)
                for path in targets.values()
                for file in (path, facts_path(path))
            ],
            while_quiet=self._out_of_space,
        )
        if no_space:
            raise CacheUnwritable(no_space_reason(self.cache.root))
        if errors:
            raise SpeechUnavailable(
                translate(
                    "speech.render",
                    "{failed} of {total} cues could not be rendered; the first: {first}.",
                ).format(failed=len(errors), total=len(missing), first=errors[0])
            )
        absent = [text for text in missing if not self.cache.has(text, settings)]
        if absent:
            raise SpeechUnavailable(
                translate(
                    "speech.render",
                    "The speech worker finished without rendering {absent} of {total} cues "
                    "(the first: {first}).",
                ).format(absent=len(absent), total=len(missing), first=repr(absent[0]))
            )

    def _out_of_space(self) -> CacheUnwritable | None:
        """The cache's disk filled while the worker renders into it (it then hangs)."""
        if is_full(self.cache.root):
            return CacheUnwritable(no_space_reason(self.cache.root))
        return None

    def list_voices(self) -> list[Voice]:
        return list_voices(self.command, self.stall_timeout)


def list_voices(
    command: Sequence[str] | None = None, stall_timeout: float = STALL_TIMEOUT
) -> list[Voice]:
    """The voices the speech engine has, in its order. Raises SpeechUnavailable."""
    found: list[Voice] = []

    def on_message(message: dict[str, Any]) -> None:
        for voice in message.get("voices", ()):
            found.append(
                Voice(
                    id=str(voice["id"]),
                    name=str(voice.get("name") or voice["id"]),
                    languages=tuple(str(language) for language in voice.get("languages", ())),
                )
            )

    run_worker(command or worker_command(), {"list_voices": True}, stall_timeout, on_message)
    return found


def run_worker(
    command: Sequence[str],
    job: dict[str, Any],
    stall_timeout: float,
    on_message: Callable[[dict[str, Any]], None],
    leftovers: Callable[[int], Iterable[Path]] = lambda pid: (),
    while_quiet: Callable[[], Exception | None] = lambda: None,
) -> None:
    """Run one worker job, passing each JSON line it answers to `on_message`.

    Raises SpeechUnavailable when the worker reports a fatal problem, fails, or stays silent for
    `stall_timeout` seconds. While it is silent, `while_quiet` is asked every QUIET_CHECK
    seconds whether to give up at once (the exception it returns is raised): a full disk makes
    the speech engine hang, and the worker is not to blame. However it ends (an exception in
    `on_message` included), the worker is stopped and the files `leftovers(pid)` names, its
    partial files, are removed.
    """
    # Imported here, not at the top: a window that only plays cached cues never needs them.
    import queue
    import tempfile

    from ankle_coach.speech import child

    with tempfile.TemporaryFile() as stderr:
        try:
            process = child.start(command, stderr.fileno())
        except OSError as exc:
            raise SpeechUnavailable(
                translate("speech.render", "The speech worker could not start: {error}.").format(
                    error=exc
                )
            ) from None
        lines: queue.Queue[bytes | None] = queue.Queue()
        sender = threading.Thread(
            target=_send, args=(process.stdin, json.dumps(job).encode("utf-8")), daemon=True
        )
        sender.start()
        reader = threading.Thread(target=_receive, args=(process.stdout, lines), daemon=True)
        reader.start()
        fatal: str | None = None
        no_space = False
        try:
            quiet_since = time.monotonic()
            while True:
                try:
                    line = lines.get(timeout=min(QUIET_CHECK, stall_timeout))
                except queue.Empty:
                    problem = while_quiet()
                    if problem is not None:
                        raise problem from None
                    if time.monotonic() - quiet_since < stall_timeout:
                        continue
                    raise SpeechUnavailable(
                        translate(
                            "speech.render",
                            "The speech worker gave no answer for {seconds} seconds and was "
                            "stopped.",
                        ).format(seconds=f"{stall_timeout:g}")
                    ) from None
                quiet_since = time.monotonic()
                if line is None:
                    break
                message = _parse(line)
                if message is None:
                    continue
                if "fatal" in message:
                    fatal = str(message["fatal"])
                    no_space = no_space or bool(message.get("no_space"))
                    continue
                on_message(message)
            try:
                status = process.wait(timeout=stall_timeout)
            except TimeoutError:
                raise SpeechUnavailable(
                    translate(
                        "speech.render",
                        "The speech worker did not exit after its last answer and was stopped.",
                    )
                ) from None
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
            reader.join(timeout=stall_timeout)
            sender.join(timeout=stall_timeout)
            process.stdout.close()
            for path in leftovers(process.pid):
                path.unlink(missing_ok=True)
        if fatal is not None:
            raise CacheUnwritable(fatal) if no_space else SpeechUnavailable(fatal)
        if status < 0:
            raise SpeechUnavailable(
                translate(
                    "speech.render", "The speech worker was stopped by signal {signal}."
                ).format(signal=-status)
            )
        if status not in (EXIT_OK, EXIT_ITEMS_FAILED):  # failed items come on their own lines
            stderr.seek(0)
            detail = _last_line(stderr.read().decode("utf-8", errors="replace"))
            if detail:
                failed = translate(
                    "speech.render", "The speech worker failed (exit status {status}): {detail}"
                )
            else:
                failed = translate(
                    "speech.render", "The speech worker failed (exit status {status})."
                )
            raise SpeechUnavailable(failed.format(status=status, detail=detail))


def _send(stream: IO[bytes], data: bytes) -> None:
    try:
        with stream:
            stream.write(data)
    except OSError:  # the worker died before reading its job; its exit status says why
        pass


def _receive(stream: IO[bytes], lines: queue.Queue[bytes | None]) -> None:
    try:
        for line in stream:
            lines.put(line)
    except (OSError, ValueError):  # the pipe was closed under us: the worker was stopped
        pass
    finally:
        lines.put(None)


def _parse(line: bytes) -> dict[str, Any] | None:
    try:
        message = json.loads(line)
    except ValueError:
        return None
    return message if isinstance(message, dict) else None


def _last_line(text: str, limit: int = 300) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1][:limit] if lines else ""


def distinct_texts(texts: Iterable[str]) -> list[str]:
    """Each text once, in order. Raises ValueError on a blank text: there is nothing to say."""
    wanted = list(dict.fromkeys(texts))
    if any(not text.strip() for text in wanted):
        raise ValueError("a cue text is blank")
    return wanted


class RecordingRenderer:
    """A renderer for tests: writes a short beep for each new text and records what it was asked.

    `unavailable`: make every render raise SpeechUnavailable with this reason.
    """

    def __init__(self, cache: CueCache, *, unavailable: str | None = None) -> None:
        self.cache = cache
        self.unavailable = unavailable
        #: Every call: the texts asked for (as given) and the settings.
        self.calls: list[tuple[tuple[str, ...], VoiceSettings]] = []
        #: The texts written, in order; a text already in the cache is not written again.
        self.rendered: list[str] = []

    def render(
        self, texts: Iterable[str], settings: VoiceSettings, progress: Progress | None = None
    ) -> dict[str, Path]:
        given = tuple(texts)
        self.calls.append((given, settings))
        if self.unavailable is not None:
            raise SpeechUnavailable(self.unavailable)
        wanted = distinct_texts(given)
        missing = self.cache.missing(wanted, settings)
        if missing:
            self.cache.root.mkdir(parents=True, exist_ok=True)
        for done, text in enumerate(missing, start=1):
            # longer texts give longer files, so durations can be told apart
            seconds = min(1.0, 0.1 + 0.05 * len(text.split()))
            path = self.cache.path_for(text, settings)
            write_beep(path, seconds=seconds)
            write_facts(path, CueFacts.measure(path))  # as the worker does
            self.rendered.append(text)
            if progress is not None:
                progress(done, len(missing))
        return {text: self.cache.path_for(text, settings) for text in wanted}
