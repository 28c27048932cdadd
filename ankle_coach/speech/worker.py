"""Renders cue texts to WAV files with pyttsx3: one process per job, `python -m` this module.

A fresh process per job because pyttsx3 cannot be trusted to change settings or to run for long
in one process (notes/speech.md): rate changes between renders were often ignored, and a later
utterance could land in an earlier file. Here the voice, rate and volume are set once, and each
text is rendered and checked before the next is queued.

The job is one JSON object on stdin:

    {"voice_id": "gmw/en" | null, "rate": 170, "volume": 1.0, "language": "de",
     "items": [{"text": "Rest.", "path": "/cache/cues/ab12....wav"}, ...]}

`language` (optional) is the language of the texts: the voice is one that speaks it
(speech/voice.voice_for: the chosen voice if it does, else the engine's voice of it).
    {"list_voices": true}

The answer is JSON lines on stdout, and nothing else: the espeak driver's own "Audio saved to"
chatter is sent to the null device (stdout is moved to another descriptor first).

    {"voice": "gmw/de"}  (the voice that says the texts, first)
    {"done": 1, "total": 2, "text": "Rest.", "ok": true}
    {"done": 2, "total": 2, "text": "...", "ok": false, "error": "..."}
    {"voices": [{"id": "gmw/en", "name": "English (Great Britain)", "languages": ["en-gb"]}]}
    {"fatal": "a plain reason", "unavailable": true}

A failed item or a fatal answer carries `"no_space": true` when the folder is out of space: the
speech engine writing into a full disk produces an empty file or never finishes, and is not to
blame.

Exit status: 0 all done, 10 some items failed, 11 a bad job, 12 no speech, 13 the engine hung.
Each file is written beside its target under a name of this process (wav.partial_path), checked
to be a non-empty WAV, fsynced and renamed onto the target, so a target is never half-written.
Before that its silent edges are cut (wav.trim_file: espeak-ng leaves 0-55 ms before the words
and 0.3-0.4 s after). Then its facts (length, where the speech ends, peak: speech/facts.py) are
written beside it, the same way, before its line is answered: measured here, so the app never
reads a sample.
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Final

from ankle_coach.core import i18n
from ankle_coach.core.i18n import translate
from ankle_coach.speech.espeak import prepare_espeak
from ankle_coach.speech.facts import CueFacts, write_facts
from ankle_coach.speech.voice import Voice, voice_for
from ankle_coach.speech.wav import WavError, is_full, partial_path, trim_file

#: How long one utterance may take to render (they take ~10 ms to 0.2 s here).
UTTERANCE_TIMEOUT: Final = 10.0

# Exit statuses; 1 and 2 are left to Python itself (an uncaught exception, a bad command line).
EXIT_OK: Final = 0
EXIT_ITEMS_FAILED: Final = 10
EXIT_BAD_JOB: Final = 11
EXIT_UNAVAILABLE: Final = 12
EXIT_HUNG: Final = 13
#: The app that started it is gone (nobody reads this status; see `leave_when_orphaned`).
EXIT_ORPHANED: Final = 14
#: How often the worker looks whether the app that started it is still there, in seconds.
PARENT_CHECK: Final = 0.5


class BadJob(ValueError):
    pass


class EngineHung(RuntimeError):
    pass


@dataclass(frozen=True)
class Item:
    text: str
    path: Path


@dataclass(frozen=True)
class Job:
    voice_id: str | None
    rate: int | None
    volume: float | None
    items: tuple[Item, ...]
    list_voices: bool = False
    #: The language of the texts; None: say them in the chosen or default voice as it is.
    language: str | None = None


def parse_job(raw: str) -> Job:
    try:
        document = json.loads(raw)
    except ValueError as exc:
        raise BadJob(f"the job is not JSON: {exc}") from None
    if not isinstance(document, dict):
        raise BadJob("the job must be a JSON object")
    if document.get("list_voices"):
        return Job(None, None, None, (), list_voices=True)
    voice_id = document.get("voice_id")
    rate = document.get("rate")
    volume = document.get("volume")
    if voice_id is not None and not isinstance(voice_id, str):
        raise BadJob("voice_id must be a string or null")
    if rate is not None and (isinstance(rate, bool) or not isinstance(rate, int)):
        raise BadJob("rate must be a whole number or null")
    if volume is not None and (isinstance(volume, bool) or not isinstance(volume, int | float)):
        raise BadJob("volume must be a number or null")
    language = document.get("language")
    if language is not None and not isinstance(language, str):
        raise BadJob("language must be a string or null")
    items = document.get("items")
    if not isinstance(items, list):
        raise BadJob("items must be a list")
    parsed: list[Item] = []
    for index, item in enumerate(items):
        if (
            not isinstance(item, dict)
            or not isinstance(item.get("text"), str)
            or not isinstance(item.get("path"), str)
            or not item["text"].strip()
        ):
            raise BadJob(f"items[{index}] must be {{'text': non-blank string, 'path': string}}")
        parsed.append(Item(item["text"], Path(item["path"])))
    return Job(
        voice_id, rate, None if volume is None else float(volume), tuple(parsed), False, language
    )


class Answers:
    """The JSON-lines answer, on its own descriptor so nothing else can write into it."""

    def __init__(self, stream: IO[str]) -> None:
        self._stream = stream

    @classmethod
    def take_stdout(cls) -> Answers:
        """Move stdout to a private descriptor and point descriptor 1 at the null device."""
        sys.stdout.flush()
        private = os.dup(1)
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, 1)
        os.close(null)
        return cls(os.fdopen(private, "w", encoding="utf-8", buffering=1))

    def send(self, **fields: Any) -> None:
        self._stream.write(json.dumps(fields, ensure_ascii=False) + "\n")
        self._stream.flush()


class Utterances:
    """Tells when pyttsx3 has finished an utterance: runAndWait() may return before that."""

    def __init__(self, engine: Any) -> None:
        self.finished = threading.Event()
        self.errors: list[str] = []
        engine.connect("finished-utterance", self._on_finished)
        engine.connect("error", self._on_error)

    def _on_finished(self, **_: object) -> None:
        self.finished.set()

    def _on_error(self, exception: object = None, **_: object) -> None:
        self.errors.append(str(exception))
        self.finished.set()


def render_item(engine: Any, utterances: Utterances, item: Item) -> str | None:
    """Render one text onto `item.path`; None when done, else what went wrong.

    Raises EngineHung when the engine does not finish in time (nothing more can be trusted).
    """
    item.path.parent.mkdir(parents=True, exist_ok=True)
    partial = partial_path(item.path)
    problem = translate("speech.worker", "espeak wrote an empty file twice")
    try:
        for _attempt in range(2):  # a render once came out empty; a second try was fine
            utterances.errors.clear()
            utterances.finished.clear()
            engine.save_to_file(item.text, str(partial))
            engine.runAndWait()
            if not utterances.finished.wait(UTTERANCE_TIMEOUT):
                raise EngineHung(
                    translate(
                        "speech.worker",
                        "The speech engine did not finish {text} within {seconds} seconds.",
                    ).format(text=repr(item.text), seconds=f"{UTTERANCE_TIMEOUT:g}")
                )
            if utterances.errors:
                problem = translate("speech.worker", "the speech engine failed: {error}").format(
                    error=utterances.errors[0]
                )
                continue
            try:
                # espeak's own silence before and after the words is cut (a few ms kept):
                # the voice is heard at the moment the cue is played, whatever the text
                trim_file(partial)
                facts = CueFacts.measure(partial)
            except (WavError, OSError) as exc:
                problem = translate(
                    "speech.worker", "the speech engine wrote no usable WAV: {error}"
                ).format(error=exc)
                continue
            if facts.frames == 0:
                continue
            with open(partial, "r+b") as handle:
                os.fsync(handle.fileno())
            os.replace(partial, item.path)
            write_facts(item.path, facts)
            return None
        return problem
    finally:
        partial.unlink(missing_ok=True)


def run(job: Job, answers: Answers) -> int:
    language = i18n.language_of(job.language or "")
    if language is not None:
        i18n.use(language)  # its reasons in the language of the texts, which is the user's
    reason = prepare_espeak()
    if reason is not None:
        answers.send(fatal=reason, unavailable=True)
        return EXIT_UNAVAILABLE
    try:
        import pyttsx3

        engine = pyttsx3.init()
    except Exception as exc:  # any failure to start the engine means: no voice, and why
        answers.send(
            fatal=translate("speech.worker", "The speech engine could not start: {error}").format(
                error=exc
            ),
            unavailable=True,
        )
        return EXIT_UNAVAILABLE

    if job.list_voices:
        answers.send(
            voices=[
                {
                    "id": str(voice.id),
                    "name": str(voice.name or voice.id),
                    "languages": [str(language) for language in voice.languages or ()],
                }
                for voice in engine.getProperty("voices")
            ]
        )
        return EXIT_OK

    utterances = Utterances(engine)
    voice_id = job.voice_id
    if job.voice_id is not None or job.language is not None:
        voices = [
            Voice(
                id=str(voice.id),
                name=str(voice.name or voice.id),
                languages=tuple(str(language) for language in voice.languages or ()),
            )
            for voice in engine.getProperty("voices")
        ]
        if job.voice_id is not None and job.voice_id not in {voice.id for voice in voices}:
            answers.send(
                fatal=translate(
                    "speech.worker",
                    "There is no voice {voice}; choose one of the installed voices.",
                ).format(voice=repr(job.voice_id)),
                unavailable=False,
            )
            return EXIT_BAD_JOB
        if job.language is not None:
            default = engine.getProperty("voice")
            voice_id = voice_for(voices, job.voice_id, job.language, default and str(default))
    if voice_id is not None:
        engine.setProperty("voice", voice_id)  # queued: getProperty says the old one until run
    answers.send(voice=voice_id if voice_id is not None else str(engine.getProperty("voice") or ""))
    if job.rate is not None:
        engine.setProperty("rate", job.rate)
    if job.volume is not None:
        engine.setProperty("volume", job.volume)

    total = len(job.items)
    failed = 0
    for done, item in enumerate(job.items, start=1):
        try:
            problem = render_item(engine, utterances, item)
        except EngineHung as exc:
            # espeak writing into a full disk does not fail: it never finishes
            if is_full(item.path.parent):
                answers.send(fatal=_no_space(item.path.parent), unavailable=False, no_space=True)
            else:
                answers.send(fatal=str(exc), unavailable=False)
            return EXIT_HUNG
        except OSError as exc:
            problem = translate("speech.worker", "cannot write {file}: {error}").format(
                file=exc.filename or item.path, error=exc.strerror or exc
            )
        if problem is None:
            answers.send(done=done, total=total, text=item.text, ok=True)
        elif is_full(item.path.parent):
            failed += 1
            problem = _no_space(item.path.parent)
            answers.send(
                done=done, total=total, text=item.text, ok=False, error=problem, no_space=True
            )
        else:
            failed += 1
            answers.send(done=done, total=total, text=item.text, ok=False, error=problem)
    return EXIT_ITEMS_FAILED if failed else EXIT_OK


def _no_space(folder: Path) -> str:
    return translate(
        "speech.worker",
        "{folder}: no space left on device for the cue sounds; free some space, then try again.",
    ).format(folder=folder)


def leave_when_orphaned(parent: int) -> None:
    """Exit at once (os._exit) when the process that started this one, `parent`, is gone.

    The app stops its worker when it stops a render or quits; but an app killed outright (or
    one whose worker hangs in the speech engine on a full disk) left the worker running for
    ever. Any partial file it leaves is removed by the next render (render.remove_stale_partials).
    (A parent gone before this looks is not seen; then the job, read from it, is the limit.)"""
    if os.name != "posix":
        return  # Windows' getppid does not change when the parent ends

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK)
        os._exit(EXIT_ORPHANED)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def main() -> int:
    if os.name == "posix":
        # Ctrl+C in a terminal reaches the whole process group; the app stops its worker
        # itself (and removes what it had half-written), so the worker does not die halfway.
        import signal  # here: the window imports this module for its exit statuses

        signal.signal(signal.SIGINT, signal.SIG_IGN)
    leave_when_orphaned(os.getppid())
    answers = Answers.take_stdout()
    try:
        job = parse_job(sys.stdin.read())
    except BadJob as exc:
        answers.send(fatal=f"Bad render job: {exc}", unavailable=False)
        return EXIT_BAD_JOB
    return run(job, answers)


if __name__ == "__main__":
    status = main()
    sys.stderr.flush()
    # espeak keeps a native thread; leaving without interpreter teardown avoids its exit races
    os._exit(status)
