"""`ankle-coach run`: a session in the terminal, logged in the history as the window logs it
(started, progress, finished or stopped), with the pain check-in before and after when stdin is
a terminal, the disclaimer once and the see-a-doctor advice when the rules call for it."""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, TextIO

from ankle_coach.commands.history import advice_text, described_check_in, red_flag_words
from ankle_coach.commands.routines import resolve_or_say, user_settings
from ankle_coach.core.guidance import DISCLAIMER
from ankle_coach.core.history import (
    CheckIn,
    CheckInMoment,
    History,
    HistoryError,
    RedFlag,
    SessionRecord,
    SessionRecorder,
    local_now,
    session_counts,
)
from ankle_coach.core.i18n import QT_TRANSLATE_NOOP, translate
from ankle_coach.core.paths import Paths
from ankle_coach.core.safe_text import safe_line
from ankle_coach.core.triage import Advice, current_advice, pain_before_session

if TYPE_CHECKING:
    from ankle_coach.core.routine import Routine
    from ankle_coach.core.session import SessionEngine

#: Exit status after Ctrl-C at a question, as after Ctrl-C in the session (128 + SIGINT).
INTERRUPTED = 130

QUESTIONS: dict[CheckInMoment, str] = {
    "before": QT_TRANSLATE_NOOP("commands.run", "Before you start: how does your ankle feel?"),
    "after": QT_TRANSLATE_NOOP("commands.run", "After the session: how does your ankle feel?"),
    "standalone": QT_TRANSLATE_NOOP("commands.run", "How does your ankle feel?"),
}
PAIN_PROMPT = QT_TRANSLATE_NOOP(
    "commands.run", "Pain from 0 (no pain) to 10 (the worst), or Enter to skip: "
)
SIGNS_PROMPT = QT_TRANSLATE_NOOP(
    "commands.run", "Warning signs: their numbers (e.g. 1 3), or Enter for none: "
)
#: The answers yes_or_no takes, in English always and in the language in use.
YES_WORDS = QT_TRANSLATE_NOOP("commands.run", "y yes")
NO_WORDS = QT_TRANSLATE_NOOP("commands.run", "n no")


def run_command(
    reference: str,
    *,
    beep: bool = False,
    mute: bool = False,
    defaults: bool = False,
    check_in: bool = True,
    paths: Paths | None = None,
    stdin: TextIO | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
    now: Callable[[], datetime] = local_now,
) -> int:
    """A session in the terminal with the user's choices (--beep and --mute add to them),
    logged in the history. The check-ins are asked when the settings ask them, `check_in` is
    True (no --no-check-in) and stdin is a terminal; never otherwise."""
    from ankle_coach import terminal
    from ankle_coach.core.choices import session_choices

    stdin = stdin if stdin is not None else sys.stdin
    raw_out = out if out is not None else sys.stdout
    raw_err = err if err is not None else sys.stderr
    # Messages are wrapped at spaces to a terminal's width (never cut mid-word by it); the
    # session's live line is drawn on the terminal itself.
    out, err = terminal.prose_stream(raw_out), terminal.prose_stream(raw_err)
    entry = resolve_or_say(reference)
    if entry is None:
        return 1
    settings = user_settings(defaults=defaults)
    settings = dataclasses.replace(
        settings, mute=settings.mute or mute, beep_only=settings.beep_only or beep
    )
    asking = check_in and settings.ask_pain_check_in and _is_terminal(stdin)
    out.write(translate("core.guidance", DISCLAIMER) + "\n")
    history, message = History.open(paths if paths is not None else Paths.default())
    if message:
        err.write(f"{safe_line(message)}\n")
    prompts = Prompts(stdin, out)
    try:
        try:
            before = prompts.check_in("before", now) if asking else None
            before_id = _log(history, before, err) if before is not None else None
            if not _may_start(history, before, prompts, out, err, now, asking=asking):
                out.write(translate("commands.run", "Not started.") + "\n")
                return 0
        except KeyboardInterrupt:
            err.write("\n" + translate("commands.run", "Interrupted.") + "\n")
            return INTERRUPTED
        recorders: list[SessionRecorder] = []

        def recorder_for(engine: SessionEngine) -> SessionRecorder:
            # The file's own (English) names are recorded, not the language in use's.
            recorder = SessionRecorder(
                history,
                entry.id,
                entry.original.title,
                engine.plan,
                engine.clock,
                now=now,
                before_check_in_id=before_id,
                exercise_names=tuple(e.name for e in entry.original.exercises),
            )
            recorders.append(recorder)
            return recorder

        status = terminal.run_session(
            entry,
            out=raw_out,
            err=raw_err,
            choices=session_choices(settings),
            recorder_for=recorder_for,
            disclaimer=False,
        )
        recorder = recorders[0] if recorders else None
        if recorder is None or (recorder.session_id is None and not recorder.pending):
            return status  # never started: nothing logged
        logged = _logged(history, recorder, err)
        if logged is not None:
            said = translate("commands.run", "Logged in your history: {session}")
            _write_safely(out, said.format(session=session_words(logged, entry.original)) + "\n")
        if status != 0 or not asking or recorder.session_id is None:
            return status  # a signal ended it: ask nothing more
        try:
            after = prompts.check_in("after", now)
        except KeyboardInterrupt:
            err.write("\n" + translate("commands.run", "Interrupted.") + "\n")
            return INTERRUPTED
        if after is not None and recorder.record_check_in(after) is not None:
            _say_recorded(out, after)
            _advise(history, out, err, now)
        return status
    finally:
        history.close()


def session_words(record: SessionRecord, original: Routine | None = None) -> str:
    """The session as logged, in a line: "finished; completed: Hold, Raises.", or "stopped with
    3% of its work done (less than half: not counted toward the week or the streak); no
    exercise completed.". The exercises are named in the language in use (`original` is the
    routine's file, core/history/names.py)."""
    from ankle_coach.core.history.names import shown_exercises

    fraction = record.work_fraction_done
    whole = record.outcome == "finished" and (fraction is None or fraction >= 1)
    if fraction is not None and not whole:
        percent = f"{fraction * 100:.0f}"
        counts = session_counts(record)
        if record.outcome == "finished":
            words = (
                translate(
                    "commands.run",
                    "finished with {percent}% of its work done (counts toward this week)",
                )
                if counts
                else translate(
                    "commands.run",
                    "finished with {percent}% of its work done (less than half: not counted "
                    "toward the week or the streak)",
                )
            )
        elif record.outcome == "stopped":
            words = (
                translate(
                    "commands.run",
                    "stopped with {percent}% of its work done (counts toward this week)",
                )
                if counts
                else translate(
                    "commands.run",
                    "stopped with {percent}% of its work done (less than half: not counted "
                    "toward the week or the streak)",
                )
            )
        else:
            words = (
                translate(
                    "commands.run",
                    "not finished, with {percent}% of its work done (counts toward this week)",
                )
                if counts
                else translate(
                    "commands.run",
                    "not finished, with {percent}% of its work done (less than half: not "
                    "counted toward the week or the streak)",
                )
            )
        words = words.format(percent=percent)
    elif record.outcome == "finished":
        words = translate("commands.run", "finished")
    elif record.outcome == "stopped":
        words = translate("commands.run", "stopped")
    else:
        words = translate("commands.run", "not finished")
    done = ", ".join(shown_exercises(record, original))
    if done:
        said = translate("commands.run", "{outcome}; completed: {exercises}.")
    else:
        said = translate("commands.run", "{outcome}; no exercise completed.")
    return safe_line(said.format(outcome=words, exercises=done))


def _say_recorded(out: TextIO, check_in: CheckIn) -> None:
    said = translate("commands.run", "Check-in recorded: {check_in}.")
    out.write(said.format(check_in=described_check_in(check_in)) + "\n")


class Prompts:
    """Questions asked on the terminal, one line each; an empty answer skips, end of input
    (Ctrl-D) skips the rest, and a wrong answer is said and asked again."""

    def __init__(self, stdin: TextIO, out: TextIO) -> None:
        self._in = stdin
        self._out = out
        self._ended = False

    def ask(self, prompt: str) -> str | None:
        """The answer, stripped; None at the end of input."""
        if self._ended:
            return None
        self._out.write(prompt)
        self._out.flush()
        line = self._in.readline()
        from ankle_coach.terminal import ProseStream

        if isinstance(self._out, ProseStream):
            self._out.line_ended()  # the answer's echo ended the line
        if not line:
            self._ended = True
            self._out.write("\n")
            return None
        return line.strip()

    def yes_or_no(self, prompt: str, *, default: bool) -> bool:
        while True:
            answer = self.ask(prompt)
            if answer is None or answer == "":
                return default
            said = answer.lower()
            if said in ("y", "yes", *translate("commands.run", YES_WORDS).lower().split()):
                return True
            if said in ("n", "no", *translate("commands.run", NO_WORDS).lower().split()):
                return False
            self._out.write(translate("commands.run", "Please answer y or n.") + "\n")

    def check_in(self, when: CheckInMoment, now: Callable[[], datetime]) -> CheckIn | None:
        """A pain rating and the warning signs; None when both were skipped."""
        question = translate("commands.run", QUESTIONS[when])
        said = translate("commands.run", "{question} (--no-check-in skips this)")
        self._out.write("\n" + said.format(question=question) + "\n")
        rating = self._rating()
        self._out.write(translate("commands.run", "Any warning signs?") + "\n")
        for number, flag in enumerate(RedFlag, start=1):
            self._out.write(f"  {number}  {red_flag_words(flag)}\n")
        signs = self._signs()
        if rating is None and not signs:
            self._out.write(translate("commands.run", "No check-in this time.") + "\n")
            return None
        return CheckIn(now(), when, rating, signs)

    def _rating(self) -> int | None:
        while True:
            answer = self.ask(translate("commands.run", PAIN_PROMPT))
            if not answer:
                return None
            if answer.isdigit() and 0 <= int(answer) <= 10:
                return int(answer)
            said = translate(
                "commands.run", "\u201c{answer}\u201d is not a whole number from 0 to 10."
            )
            self._out.write(said.format(answer=safe_line(answer)) + "\n")

    def _signs(self) -> frozenset[RedFlag]:
        flags = list(RedFlag)
        while True:
            answer = self.ask(translate("commands.run", SIGNS_PROMPT))
            if not answer:
                return frozenset()
            words = answer.replace(",", " ").split()
            wrong = [w for w in words if not (w.isdigit() and 1 <= int(w) <= len(flags))]
            if not wrong:
                return frozenset(flags[int(word) - 1] for word in words)
            said = translate(
                "commands.run", "\u201c{answer}\u201d: type the numbers 1 to {last} only."
            )
            self._out.write(said.format(answer=safe_line(" ".join(wrong)), last=len(flags)) + "\n")


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # closed, or no file behind it
        return False


def _log(history: History, check_in: CheckIn, err: TextIO) -> int | None:
    try:
        return history.add_check_in(check_in)
    except HistoryError as exc:
        err.write(f"{safe_line(exc)}\n")
        return None


def _may_start(
    history: History,
    before: CheckIn | None,
    prompts: Prompts,
    out: TextIO,
    err: TextIO,
    now: Callable[[], datetime],
    *,
    asking: bool,
) -> bool:
    """Say the advice before the session when the rules call for a doctor (and what pain
    rated before it means); at a terminal, let the user choose not to start, and ask a
    second time when the advice is urgent care, as the window does."""
    if before is not None:
        _say_recorded(out, before)
    advice = _advise(history, out, err, now)
    pain = pain_before_session(before) if before is not None else None
    if pain is not None:
        out.write(f"{pain}\n")
    if advice is None or not advice.see_a_doctor or not asking:
        return True
    if advice.urgent:
        return prompts.yes_or_no(
            translate(
                "commands.run",
                "Ankle Coach advises against exercising the ankle until a clinician has seen it. "
                "Start the routine anyway? [y/N] ",
            ),
            default=False,
        )
    return prompts.yes_or_no(translate("commands.run", "Start the routine? [Y/n] "), default=True)


def _advise(
    history: History, out: TextIO, err: TextIO, now: Callable[[], datetime]
) -> Advice | None:
    """The advice now (core.triage.current_advice, the one call), printed when it is to see
    a doctor; None when the check-ins could not be read."""
    try:
        advice = current_advice(history, now())
    except HistoryError as exc:
        err.write(f"{safe_line(exc)}\n")
        return None
    if advice.see_a_doctor:
        out.write("\n" + advice_text(advice) + "\n")
    return advice


def _logged(history: History, recorder: SessionRecorder, err: TextIO) -> SessionRecord | None:
    """The session as the history now has it, after writing what was waiting; None (and why,
    on `err`) when it could not be written or read back."""
    if not recorder.flush() or recorder.session_id is None:
        said = translate(
            "commands.run", "This session could not be written to the history: {reason}"
        )
        err.write(said.format(reason=safe_line(recorder.problem)) + "\n")
        return None
    try:
        return history.session(recorder.session_id)
    except HistoryError as exc:
        err.write(f"{safe_line(exc)}\n")
        return None


def _write_safely(out: TextIO, text: str) -> None:
    try:
        out.write(text)
        out.flush()
    except OSError:  # the terminal hung up: the session is logged all the same
        return
