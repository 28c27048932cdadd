"""`ankle-coach run` around the session: the check-ins asked on a terminal (never otherwise),
the session logged through the window's SessionRecorder, the disclaimer once and the
see-a-doctor advice when the rules call for it. The session itself is stepped on a fake clock
here; tests/unit/test_terminal.py runs the real one in a subprocess and on a pseudo-terminal."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from ankle_coach import terminal
from ankle_coach.cli import main
from ankle_coach.commands.history import export_command as history_export
from ankle_coach.commands.history import list_command as history_list
from ankle_coach.commands.run import Prompts, run_command
from ankle_coach.core import i18n
from ankle_coach.core.clock import FakeClock
from ankle_coach.core.guidance import DISCLAIMER
from ankle_coach.core.history import (
    CheckIn,
    History,
    RedFlag,
    SessionRecord,
    SessionRecorder,
)
from ankle_coach.core.i18n import Language, translate
from ankle_coach.core.library import LibraryEntry
from ankle_coach.core.paths import Paths
from ankle_coach.core.session import Phase, SessionEngine
from ankle_coach.core.settings import Settings, save_settings

ROUTINE = "standing-calf-stretch"
NOW = datetime(2026, 3, 2, 18, 30).astimezone()


class Terminal(io.StringIO):
    """Typed answers, one a line, on what says it is a terminal."""

    def isatty(self) -> bool:
        return True


class FakeSession:
    """Stands in for terminal.run_session: the routine's engine on a fake clock, run for
    `seconds` (or to the end) and then stopped, every state fed to the recorder it is given,
    as the controller feeds it."""

    def __init__(self, seconds: float | None = None, status: int = 0) -> None:
        self.seconds = seconds
        self.status = status
        self.calls: list[dict[str, Any]] = []

    def __call__(
        self,
        entry: LibraryEntry,
        *,
        recorder_for: Callable[[SessionEngine], SessionRecorder] | None = None,
        **given: Any,
    ) -> int:
        self.calls.append(given)
        clock = FakeClock()
        engine = SessionEngine(entry.routine, clock, given["choices"].plan_options)
        assert recorder_for is not None
        recorder = recorder_for(engine)
        engine.start()
        recorder.on_state(engine.tick().state)
        end = engine.plan.total_seconds if self.seconds is None else self.seconds
        started = clock.now()
        while clock.now() - started < end and engine.phase is Phase.RUNNING:
            clock.advance(0.5)
            recorder.on_state(engine.tick().state)
        if engine.phase is not Phase.FINISHED:
            engine.stop()
            recorder.on_state(engine.tick().state)
        return self.status


@pytest.fixture
def session(monkeypatch: pytest.MonkeyPatch) -> FakeSession:
    fake = FakeSession()
    monkeypatch.setattr(terminal, "run_session", fake)
    return fake


def run(stdin: io.StringIO, **options: Any) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run_command(ROUTINE, stdin=stdin, out=out, err=err, now=lambda: NOW, **options)
    return code, out.getvalue(), err.getvalue()


def logged() -> tuple[list[SessionRecord], list[CheckIn]]:
    history, message = History.open(Paths.default())
    assert message is None
    with history:
        return history.sessions(), history.check_ins()


def test_on_a_terminal_both_check_ins_are_asked_and_logged_with_the_session(
    session: FakeSession,
) -> None:
    code, out, err = run(Terminal("2\n\n1\n\n"))
    assert (code, err) == (0, "")
    assert out.startswith(DISCLAIMER + "\n") and out.count(DISCLAIMER) == 1
    assert session.calls[0]["disclaimer"] is False  # said here, before the check-in
    assert "Before you start: how does your ankle feel? (--no-check-in skips this)" in out
    assert "Check-in recorded: pain 2 out of 10; no warning signs." in out
    assert "Logged in your history: finished; completed: Standing calf stretch." in out
    assert "After the session: how does your ankle feel?" in out
    assert "Check-in recorded: pain 1 out of 10; no warning signs." in out
    assert "see a doctor about your ankle" not in out  # no rule fired
    (record,), check_ins = logged()
    assert (record.outcome, record.work_fraction_done) == ("finished", 1.0)
    assert [(c.when, c.rating, c.session_id) for c in check_ins] == [
        ("before", 2, record.id),
        ("after", 1, record.id),
    ]


@pytest.mark.parametrize(
    "stdin",
    [io.StringIO("7\n1 2\n"), Terminal("7\n1 2\n")],
    ids=["stdin-not-a-terminal", "no-check-in"],
)
def test_no_check_in_is_asked_when_stdin_is_not_a_terminal_or_with_no_check_in(
    session: FakeSession, stdin: io.StringIO
) -> None:
    code, out, _ = run(stdin, check_in=isinstance(stdin, Terminal) is False)
    assert code == 0
    assert "how does your ankle feel" not in out and "Pain from 0" not in out
    (record,), check_ins = logged()
    assert record.outcome == "finished" and check_ins == []


def test_the_settings_turning_check_ins_off_are_followed(session: FakeSession) -> None:
    save_settings(Settings(ask_pain_check_in=False), Paths.default())
    code, out, _ = run(Terminal("7\n\n"))
    assert code == 0 and "Pain from 0" not in out
    assert logged()[1] == []


def test_a_stopped_session_is_logged_with_how_much_of_its_work_was_done(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # 24 s of get-ready, then the first 30 s hold: stopped 5 s into it, 5 of 180 s of work
    monkeypatch.setattr(terminal, "run_session", FakeSession(seconds=29))
    code, out, _ = run(io.StringIO(""))
    assert code == 0
    assert (
        "Logged in your history: stopped with 3% of its work done (less than half: not counted "
        "toward the week or the streak); no exercise completed."
    ) in out.splitlines()
    (record,), _ = logged()
    assert record.outcome == "stopped" and record.work_done_seconds == 5.0


def test_after_a_signal_nothing_more_is_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(terminal, "run_session", FakeSession(seconds=25, status=143))
    code, out, _ = run(Terminal("\n\n4\n\n"))
    assert code == 143
    assert "Before you start" in out and "After the session" not in out
    assert logged()[0][0].outcome == "stopped"


def test_a_warning_sign_before_says_see_a_doctor_and_urgent_care_asks_again(
    session: FakeSession,
) -> None:
    # swelling: see a doctor, and the user may still start (Enter: yes)
    code, out, _ = run(Terminal("3\n1\n\n"), check_in=True)
    assert code == 0
    assert "It's time to see a doctor about your ankle." in out
    assert "Start the routine? [Y/n] " in out
    assert len(session.calls) == 1
    # can't put weight on it: urgent care, and Enter means "don't start"
    code, out, _ = run(Terminal("3\n2\n\n"))
    assert code == 0
    assert "Get medical care for your ankle straight away." in out
    assert "Start the routine anyway? [y/N] " in out
    assert out.rstrip().endswith("Not started.")
    assert len(session.calls) == 1  # not started the second time
    sessions, check_ins = logged()
    assert len(sessions) == 1
    # the first after check-in was skipped (end of input); the refused start keeps its check-in
    assert [(c.when, c.red_flags, c.session_id) for c in check_ins] == [
        ("before", frozenset({RedFlag.SWELLING}), sessions[0].id),
        ("before", frozenset({RedFlag.CANNOT_BEAR_WEIGHT}), None),
    ]


def test_the_advice_is_said_before_the_session_from_earlier_check_ins(
    session: FakeSession,
) -> None:
    history, _ = History.open(Paths.default())
    with history:
        for days, rating in ((3, 2), (2, 3), (1, 4)):  # rising three times: see a doctor
            history.add_check_in(CheckIn(NOW - timedelta(days=days), "standalone", rating))
    code, out, _ = run(io.StringIO(""))
    assert code == 0
    assert "It's time to see a doctor about your ankle." in out
    assert "Your pain is getting worse: 2, then 3, then 4" in out


@pytest.mark.parametrize(
    ("typed", "rating", "signs", "said"),
    [
        ("\n\n", None, set(), ["No check-in this time."]),
        ("0\n\n", 0, set(), []),
        ("10\n5\n", 10, {RedFlag.UNHEALED_INJURY}, []),
        (
            " 4 \n1, 3 4\n",
            4,
            {RedFlag.SWELLING, RedFlag.PAIN_AT_REST_OR_NIGHT, RedFlag.NUMBNESS_OR_TINGLING},
            [],
        ),
        (
            "11\n-1\nsix\n6\n\n",
            6,
            set(),
            [
                "“11” is not a whole number from 0 to 10.",
                "“-1” is not a whole number from 0 to 10.",
                "“six” is not a whole number from 0 to 10.",
            ],
        ),
        (
            "\n0 6 x\n2\n",
            None,
            {RedFlag.CANNOT_BEAR_WEIGHT},
            [
                "“0 6 x”: type the numbers 1 to 5 only.",
            ],
        ),
        (
            "\x1b[2J\n\n",
            None,
            set(),
            [
                "“?[2J” is not a whole number from 0 to 10.",
                "No check-in this time.",
            ],
        ),
        ("", None, set(), ["No check-in this time."]),  # end of input: skipped
        ("3\n", 3, set(), []),  # end of input at the signs: none
    ],
    ids=[
        "skipped",
        "zero",
        "ten-and-a-sign",
        "spaces-and-commas",
        "out-of-range",
        "bad-sign",
        "control-characters",
        "end-of-input",
        "end-at-signs",
    ],
)
def test_a_check_in_on_the_terminal(
    typed: str, rating: int | None, signs: set[RedFlag], said: list[str]
) -> None:
    out = io.StringIO()
    check_in = Prompts(Terminal(typed), out).check_in("after", lambda: NOW)
    if rating is None and not signs:
        assert check_in is None
    else:
        assert check_in == CheckIn(NOW, "after", rating, frozenset(signs))
    lines = out.getvalue().splitlines()
    for line in said:
        assert any(shown.endswith(line) for shown in lines), (line, lines)
    assert "\x1b" not in out.getvalue()


def test_run_from_the_command_line_logs_the_session(session: FakeSession) -> None:
    assert main(["run", ROUTINE, "--no-check-in", "--mute"]) == 0
    assert session.calls[0]["choices"].sound == "mute"
    assert logged()[0][0].outcome == "finished"


# -- in German and Spanish ------------------------------------------------------------------------

SAID_AROUND = {
    "de": [
        "Vor dem Start: Wie fühlt sich Ihr Sprunggelenk an? "
        "(--no-check-in überspringt diese Frage)",
        "Schmerz von 0 (kein Schmerz) bis 10 (der schlimmste), "
        "oder Eingabetaste zum Überspringen: ",
        "Gibt es Warnzeichen?",
        "Schmerzabfrage gespeichert: Schmerz 2 von 10; keine Warnzeichen.",
        "Im Verlauf gespeichert: abgeschlossen; erledigte Übungen: Wadendehnung im Stand.",
        "Nach der Einheit: Wie fühlt sich Ihr Sprunggelenk an?",
        "Schmerzabfrage gespeichert: Schmerz 1 von 10; keine Warnzeichen.",
    ],
    "es": [
        "Antes de empezar: ¿cómo notas el tobillo? (--no-check-in omite esta pregunta)",
        "Dolor de 0 (sin dolor) a 10 (el peor), o Intro para omitir: ",
        "¿Hay señales de alarma?",
        "Registro del dolor guardado: dolor 2 de 10; sin señales de alarma.",
        "Guardado en tu historial: terminada; "
        "ejercicios completados: Estiramiento de gemelos de pie.",
        "Después de la sesión: ¿cómo notas el tobillo?",
        "Registro del dolor guardado: dolor 1 de 10; sin señales de alarma.",
    ],
}


@pytest.mark.parametrize("language", ["de", "es"])
def test_the_check_ins_and_the_log_are_said_in_german_and_spanish(
    session: FakeSession, language: Language
) -> None:
    with i18n.using(language):
        disclaimer = translate("core.guidance", DISCLAIMER)
        code, out, err = run(Terminal("2\n\n1\n\n"))
    assert (code, err) == (0, "")
    assert disclaimer != DISCLAIMER and out.startswith(disclaimer + "\n")
    for line in SAID_AROUND[language]:
        assert line in out, (line, out)
    for english in ("Before you start", "Check-in recorded", "Logged in", "warning signs", "Pain"):
        assert english not in out, english
    (record,), check_ins = logged()  # logged as in English: the history keeps no words
    assert (record.outcome, [c.rating for c in check_ins]) == ("finished", [2, 1])


@pytest.mark.parametrize(
    ("language", "typed", "answer"),
    [
        ("de", "j\n", True),
        ("de", "Ja\n", True),
        ("de", "nein\n", False),
        ("de", "y\n", True),  # the English answers are always taken
        ("es", "s\n", True),
        ("es", "sí\n", True),
        ("es", "si\n", True),
        ("es", "no\n", False),
        ("es", "n\n", False),
    ],
)
def test_yes_or_no_takes_the_words_of_the_language(
    language: Language, typed: str, answer: bool
) -> None:
    out = io.StringIO()
    with i18n.using(language):
        assert Prompts(Terminal(typed), out).yes_or_no("?", default=not answer) is answer
    assert out.getvalue() == "?"


def test_a_wrong_answer_is_said_in_the_language_and_asked_again() -> None:
    out = io.StringIO()
    with i18n.using("de"):
        prompts = Prompts(Terminal("vielleicht\nn\n"), out)
        assert prompts.yes_or_no("Das Programm starten? [J/n] ", default=True) is False
    assert out.getvalue() == (
        "Das Programm starten? [J/n] Bitte mit j oder n antworten.\nDas Programm starten? [J/n] "
    )


# -- what the history records does not depend on the language ------------------------------------

WARM_UP = "pre-run-warm-up"


def _history_words(language: Language, *command: str) -> str:
    """What `LANGUAGE=<language> ankle-coach history <command>` prints."""
    out = io.StringIO()
    with i18n.using(language) as used:
        assert used == language
        if command[0] == "list":
            assert history_list(out=out, now=lambda: NOW + timedelta(minutes=5)) == 0
        else:
            assert history_export(Path(command[1]), out=out) == 0
    return out.getvalue()


def test_a_session_run_in_german_is_recorded_in_english_and_shown_in_the_language_in_use(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The tester's case: a warm-up stopped in the foot massage's second side under German.
    The history keeps the routine file's own (English) title and names, so the CSV is the
    same byte for byte whatever the language; the list and the log line show them in the
    language in use, with "(1 of 2 done)" and the warning sign in that language's words."""
    # 24 s lead-in, then the left side's 60 s, the switch and 10 s of the right side
    monkeypatch.setattr(terminal, "run_session", FakeSession(seconds=24 + 60 + 5 + 10))
    out, err = io.StringIO(), io.StringIO()
    with i18n.using("de"):
        code = run_command(WARM_UP, stdin=io.StringIO(""), out=out, err=err, now=lambda: NOW)
    assert (code, err.getvalue()) == (0, "")
    assert "Fußmassage (1 von 2 erledigt)" in out.getvalue()
    (record,), _ = logged()
    assert (record.routine_id, record.title, record.completed_exercises) == (
        WARM_UP,
        "Pre-run warm-up",
        ("Foot massage (1 of 2 done)",),
    )
    history, _message = History.open(Paths.default())
    with history:
        history.add_check_in(
            CheckIn(
                NOW + timedelta(minutes=2), "after", 3, frozenset({RedFlag.SWELLING}), record.id
            )
        )

    listed = {language: _history_words(language, "list") for language in ("en", "de", "es")}
    assert "Pre-run warm-up: stopped with" in listed["en"]
    assert "; warning signs: swelling" in listed["en"]
    assert "Aufwärmen vor dem Laufen: abgebrochen" in listed["de"]
    assert "; Warnzeichen: Schwellung" in listed["de"]
    assert "\nThe only entry:\n" in listed["en"]
    assert "Calentamiento antes de correr: detenida" in listed["es"]
    assert "; señales de alarma: hinchazón" in listed["es"]
    assert "Aufwärmen" not in listed["es"] + listed["en"]

    exported = {}
    for language in ("de", "es", "en"):
        target = tmp_path / f"{language}.csv"
        _history_words(language, "export", str(target))
        exported[language] = target.read_bytes()
    assert exported["de"] == exported["es"] == exported["en"]
    (row, _check_in) = csv.DictReader(io.StringIO(exported["en"].decode("utf-8")))
    assert (row["routine_id"], row["routine"], row["exercises_completed"]) == (
        WARM_UP,
        "Pre-run warm-up",
        "Foot massage (1 of 2 done)",
    )
