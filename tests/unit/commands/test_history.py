"""`ankle-coach history export --csv FILE` (history_cli.export_command): a summary, or the error."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from ankle_coach.commands.history import (
    _latest_words,
    advice_command,
    check_in_command,
    export_command,
    list_command,
)
from ankle_coach.core import i18n
from ankle_coach.core.history import (
    COUNTS_WORDS,
    CheckIn,
    Counts,
    History,
    RedFlag,
    history_path,
)
from ankle_coach.core.i18n import Language
from ankle_coach.core.paths import Paths
from tests.unit.core.history.helpers import locked_by_another_process

START = datetime(2026, 3, 2, 18, 30, tzinfo=timezone(timedelta(hours=1)))


def test_export_writes_the_csv_and_says_how_much(user_home: Path, tmp_path: Path) -> None:
    paths = Paths.under(user_home)
    history, _ = History.open(paths)
    session_id = history.start_session("calf-raises", "Calf raises", 345, START)
    history.add_check_in(CheckIn(START, "after", 3, session_id=session_id))
    history.add_check_in(CheckIn(START, "standalone", 4))
    history.close()
    out, err = io.StringIO(), io.StringIO()
    target = tmp_path / "history.csv"
    assert export_command(target, paths, out=out, err=err) == 0
    assert out.getvalue() == f"1 session and 2 check-ins written to {target}\n"
    assert err.getvalue() == ""
    with target.open(newline="", encoding="utf-8") as handle:
        assert [row["kind"] for row in csv.DictReader(handle)] == [
            "session",
            "check-in",
            "check-in",
        ]


def test_export_uses_the_default_folders(user_home: Path, tmp_path: Path) -> None:
    out = io.StringIO()
    assert export_command(tmp_path / "x.csv", out=out, err=io.StringIO()) == 0
    assert out.getvalue().startswith("0 sessions and 0 check-ins written to ")
    assert history_path(Paths.under(user_home)).exists()  # ANKLE_COACH_HOME from conftest


def test_a_file_that_cannot_be_written_is_an_error(user_home: Path, tmp_path: Path) -> None:
    (tmp_path / "folder").write_text("not a folder")
    target = tmp_path / "folder" / "x.csv"
    err = io.StringIO()
    assert export_command(target, Paths.under(user_home), out=io.StringIO(), err=err) == 1
    assert err.getvalue().startswith(f"{target}: cannot write the export: ")


def test_a_corrupt_history_is_reported_and_the_export_goes_on(
    user_home: Path, tmp_path: Path
) -> None:
    paths = Paths.under(user_home)
    path = history_path(paths)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"not a database" * 100)
    out, err = io.StringIO(), io.StringIO()
    assert export_command(tmp_path / "x.csv", paths, out=out, err=err) == 0
    assert err.getvalue().startswith(f"The history file {path} could not be used: ")
    assert "It was moved to " in err.getvalue()


def two_sessions(paths: Paths) -> Path:
    history, _ = History.open(paths)
    history.start_session("calf-raises", "Calf raises", 345, START)
    history.start_session("ankle-circles", "Ankle circles", 90, START + timedelta(days=1))
    history.close()
    return history_path(paths)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("how", "status", "said", "reason"),
    [
        pytest.param(
            "writer",
            0,
            "2 sessions and 0 check-ins written to {target}\n",
            "The history file {path} cannot be written now: another program has kept it locked "
            "for 0.3 seconds. It was left as it is, and your history is shown as it is. History "
            "not recorded this time: Ankle Coach tries again at each save.\n",
            id="locked-for-writing",
        ),
        pytest.param(
            "whole-file",
            1,
            "",
            "The history file {path} cannot be used now: another program has kept it locked "
            "for 0.3 seconds. It was left as it is, nothing in it was changed, and your history "
            "cannot be shown. History not recorded this time: Ankle Coach tries again at each "
            "save.\nNothing was exported: the history file {path} could not be read.\n",
            id="locked-whole-file",
        ),
    ],
)
def test_a_locked_history_is_never_exported_as_empty(
    user_home: Path, tmp_path: Path, how: str, status: int, said: str, reason: str
) -> None:
    paths = Paths.under(user_home)
    path = two_sessions(paths)
    target = tmp_path / "history.csv"
    out, err = io.StringIO(), io.StringIO()
    with locked_by_another_process(path, how):
        assert export_command(target, paths, out=out, err=err, busy_seconds=0.3) == status
    assert out.getvalue() == said.format(target=target)
    assert err.getvalue() == reason.format(path=path)
    assert target.exists() is (status == 0)  # never "0 sessions"
    assert not list(path.parent.glob("*corrupt*"))  # nothing moved aside
    history, message = History.open(paths)
    assert (message, history.counts()) == (None, Counts(2, 0))
    history.close()


# -- history check-in and history advice -----------------------------------------------------


def run_cli(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    """The command as a user runs it, in a fresh process with its own per-user folders."""
    environment = {**os.environ, "ANKLE_COACH_HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-m", "ankle_coach", *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
        check=False,
    )


@pytest.mark.slow
def test_a_daily_check_in_with_pain_that_stays_is_told_to_see_a_doctor(tmp_path: Path) -> None:
    today = datetime.now().astimezone().replace(microsecond=0)
    for days_ago in range(21, 0, -1):
        when = (today - timedelta(days=days_ago)).isoformat()
        done = run_cli("history", "check-in", "--pain", "6", "--when", when, home=tmp_path)
        assert done.returncode == 0, done.stderr
    done = run_cli("history", "check-in", "--pain", "5", home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Check-in recorded: pain 5 out of 10; no warning signs.")
    assert "It's time to see a doctor about your ankle." in done.stdout
    advice = run_cli("history", "advice", "--json", home=tmp_path)
    assert advice.returncode == 0, advice.stderr
    found = json.loads(advice.stdout)
    assert found["level"] == "see-a-doctor"
    assert found["rules"] == ["not-improving"]
    assert found["reasons"][0].startswith("Your pain has not gone away in 21 days")
    text = run_cli("history", "advice", home=tmp_path)
    assert text.stdout.splitlines()[0] == "It's time to see a doctor about your ankle."


def test_advice_with_no_check_ins_says_keep_watching(tmp_path: Path) -> None:
    out = io.StringIO()
    assert advice_command(Paths.under(tmp_path), as_json=True, out=out) == 0
    found = json.loads(out.getvalue())
    assert found["level"] == "keep-watching" and found["rules"] == []
    assert found["reasons"][0].startswith("There are no check-ins yet.")


def test_signs_are_recorded_and_urgent_ones_say_so(tmp_path: Path) -> None:
    paths = Paths.under(tmp_path)
    out = io.StringIO()
    status = check_in_command(
        None, ["swelling", "numbness-or-tingling"], None, paths, out=out, err=io.StringIO()
    )
    assert status == 0
    assert "warning signs: swelling, numbness or tingling" in out.getvalue()
    assert "Get medical care for your ankle straight away." in out.getvalue()
    history, _ = History.open(paths)
    with history:
        (found,) = history.check_ins()
    assert found.rating is None
    assert found.red_flags == {RedFlag.SWELLING, RedFlag.NUMBNESS_OR_TINGLING}
    advice = io.StringIO()
    advice_command(paths, as_json=True, out=advice)
    assert json.loads(advice.getvalue())["urgent"] is True


@pytest.mark.slow
@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--pain", "11"], "--pain: must be a whole number from 0 to 10, not 11"),
        (["--pain", "-1"], "--pain: must be a whole number from 0 to 10, not -1"),
        (["--pain", "3.5"], "--pain: must be a whole number from 0 to 10, not \u201c3.5\u201d"),
        (["--pain", "lots"], "--pain: must be a whole number from 0 to 10, not \u201clots\u201d"),
        (
            ["--sign", "headache"],
            "--sign: “headache” is not a warning sign; use one of swelling, cannot-bear-weight, "
            "pain-at-rest-or-night, numbness-or-tingling, unhealed-injury",
        ),
        (
            ["--pain", "3", "--when", "2999-01-01T10:00"],
            "--when: 2999-01-01T10:00",  # then its offset, then "is in the future"
        ),
        (
            ["--pain", "3", "--when", "last tuesday"],
            "--when: “last tuesday” is not a date and time in ISO 8601, e.g. 2026-03-30T18:30",
        ),
        (
            [],
            "give a pain rating (--pain 0-10), a warning sign (--sign), or both",
        ),
    ],
)
def test_bad_input_is_one_line_exit_2_and_nothing_written(
    tmp_path: Path, args: list[str], message: str
) -> None:
    done = run_cli("history", "check-in", *args, home=tmp_path)
    assert done.returncode == 2
    (line,) = done.stderr.splitlines()
    assert line.startswith(f"ankle-coach history check-in: {message}")
    if "2999" in " ".join(args):
        assert line.endswith("is in the future")
    assert done.stdout == ""
    assert not history_path(Paths.under(tmp_path)).exists()


def test_advice_and_check_in_on_a_history_that_cannot_be_read_say_so(tmp_path: Path) -> None:
    paths = Paths.under(tmp_path)
    history_path(paths).mkdir(parents=True)  # a folder where the file should be
    err = io.StringIO()
    assert advice_command(paths, as_json=True, out=io.StringIO(), err=err) == 1
    assert err.getvalue().splitlines()[-1] == (
        "No advice: the check-ins could not be read. Try again later."
    )
    err = io.StringIO()
    out = io.StringIO()
    assert check_in_command("3", [], None, paths, out=out, err=err) == 1
    assert "History not recorded this time" in err.getvalue()
    assert out.getvalue() == ""
    assert history_path(paths).is_dir()  # left as it was


def three_entries() -> datetime:
    """A finished session yesterday, one stopped early today and a check-in now: now."""
    now = datetime(2026, 3, 4, 20, 0, tzinfo=timezone(timedelta(hours=1)))  # a Wednesday
    history, _ = History.open(Paths.default())
    with history:
        whole = history.start_session("a", "Ankle circles", 85, now - timedelta(days=1), 60)
        history.record_progress(whole, 85, ["Ankle circles"], work_done_seconds=60)
        history.finish_session(whole, now - timedelta(days=1), "finished")
        history.add_check_in(CheckIn(now - timedelta(days=1), "before", 3, session_id=whole))
        history.add_check_in(CheckIn(now - timedelta(days=1), "after", None, session_id=whole))
        early = history.start_session("a", "Ankle circles", 85, now - timedelta(hours=1), 60)
        history.record_progress(early, 23.9, [], work_done_seconds=3.9)
        history.finish_session(early, now - timedelta(hours=1), "stopped")
        history.add_check_in(CheckIn(now, "standalone", 2, frozenset({RedFlag.SWELLING})))
    return now


def test_list_says_the_week_the_streak_and_the_latest_entries(user_home: Path) -> None:
    now = three_entries()
    out, err = io.StringIO(), io.StringIO()
    assert list_command(paths=Paths.default(), now=lambda: now, out=out, err=err) == 0
    assert err.getvalue() == ""
    assert out.getvalue().splitlines() == [
        "This week: 1 session. Current streak: 1 day; longest: 1 day.",
        "A session counts toward the week and the streak when at least half of its work was done.",
        "",
        "All 3 entries, newest first:",
        "Wed 04 Mar 2026 20:00  Pain check-in; pain 2; warning signs: swelling",
        "Wed 04 Mar 2026 19:00  Ankle circles: stopped with 6% of its work done (not counted)",
        "Tue 03 Mar 2026 20:00  Ankle circles: finished; pain 3 \u2192 \u2013",
    ]
    out = io.StringIO()
    assert list_command(1, paths=Paths.default(), now=lambda: now, out=out) == 0
    assert out.getvalue().splitlines()[-2:] == [
        "The latest of 3 entries:",
        "Wed 04 Mar 2026 20:00  Pain check-in; pain 2; warning signs: swelling",
    ]


LISTED = {
    "de": [
        "Diese Woche: 1 Einheit. Aktuelle Serie: 1 Tag; längste: 1 Tag.",
        "",
        "Alle 3 Einträge, die neuesten zuerst:",
        "Mi., 04. März 2026 20:00  Schmerzabfrage; Schmerz 2; Warnzeichen: Schwellung",
        "Mi., 04. März 2026 19:00  Ankle circles: abgebrochen nach 6 % der Übungszeit "
        "(zählt nicht)",
        "Di., 03. März 2026 20:00  Ankle circles: abgeschlossen; Schmerz 3 \u2192 \u2013",
    ],
    "es": [
        "Esta semana: 1 sesión. Racha actual: 1 día; la más larga: 1 día.",
        "",
        "Los 3 registros, los más recientes primero:",
        "mié 04 mar 2026 20:00  Registro del dolor; dolor 2; señales de alarma: hinchazón",
        "mié 04 mar 2026 19:00  Ankle circles: detenida con el 6 % del trabajo hecho (no cuenta)",
        "mar 03 mar 2026 20:00  Ankle circles: terminada; dolor 3 \u2192 \u2013",
    ],
}


@pytest.mark.parametrize("language", ["de", "es"])
def test_the_list_is_in_german_and_spanish(user_home: Path, language: Language) -> None:
    """A routine not in the library ("a") is shown by the title it was logged with; every
    other word, and the dates, in the language."""
    now = three_entries()
    out = io.StringIO()
    with i18n.using(language):
        assert list_command(paths=Paths.default(), now=lambda: now, out=out) == 0
    lines = out.getvalue().splitlines()
    assert [lines[0], *lines[2:]] == LISTED[language]
    assert lines[1] != COUNTS_WORDS and lines[1].endswith(".")  # the rule, translated


@pytest.mark.parametrize(
    ("language", "said", "wrong"),
    [
        (
            "de",
            "Schmerzabfrage gespeichert: Schmerz 3 von 10; Warnzeichen: Schwellung, Taubheit "
            "oder Kribbeln.",
            "ankle-coach history check-in: --pain: muss eine ganze Zahl von 0 bis 10 sein, "
            "nicht 12\n",
        ),
        (
            "es",
            "Registro del dolor guardado: dolor 3 de 10; señales de alarma: hinchazón, "
            "entumecimiento u hormigueo.",
            "ankle-coach history check-in: --pain: debe ser un número entero de 0 a 10, no 12\n",
        ),
    ],
)
def test_a_check_in_is_said_in_german_and_spanish(
    user_home: Path, language: Language, said: str, wrong: str
) -> None:
    out, err = io.StringIO(), io.StringIO()
    with i18n.using(language):
        assert check_in_command("12", [], None, out=out, err=err) == 2
        assert err.getvalue() == wrong
        signs = ["swelling", "numbness-or-tingling"]  # the option's values stay as they are
        assert check_in_command("3", signs, None, out=out, err=err) == 0
    assert out.getvalue().splitlines()[0] == said


@pytest.mark.parametrize(
    ("shown", "total", "en", "de", "es"),
    [
        (1, 1, "The only entry:", "Der einzige Eintrag:", "El único registro:"),
        (
            2,
            2,
            "All 2 entries, newest first:",
            "Alle 2 Einträge, die neuesten zuerst:",
            "Los 2 registros, los más recientes primero:",
        ),
        (
            1,
            1200,
            "The latest of 1,200 entries:",
            "Der neueste von 1.200 Einträgen:",
            "El más reciente de 1.200 registros:",
        ),
        (
            10,
            12,
            "The latest 10 of 12, newest first:",
            "Die letzten 10 von 12, die neuesten zuerst:",
            "Los últimos 10 de 12, los más recientes primero:",
        ),
    ],
)
def test_the_list_heading_says_one_all_or_the_latest(
    shown: int, total: int, en: str, de: str, es: str
) -> None:
    assert _latest_words(shown, total) == en
    said_in: tuple[tuple[Language, str], ...] = (("de", de), ("es", es))
    for language, said in said_in:
        with i18n.using(language):
            assert _latest_words(shown, total) == said


def test_list_of_an_empty_history(user_home: Path) -> None:
    out = io.StringIO()
    assert list_command(paths=Paths.default(), out=out) == 0
    assert out.getvalue().endswith("\n\nNo sessions or check-ins yet.\n")


def test_a_planned_export_that_cannot_be_written_names_that_file(
    user_home: Path, tmp_path: Path
) -> None:
    """The history's CSV written, the plan's refused (a folder is in its place): the message
    names the plan's file, not the one that was written."""
    paths = Paths.under(user_home)
    History.open(paths)[0].close()
    target, planned = tmp_path / "history.csv", tmp_path / "planned.csv"
    planned.mkdir()
    out, err = io.StringIO(), io.StringIO()
    assert export_command(target, paths, planned=planned, out=out, err=err) == 1
    assert err.getvalue() == (
        f"{planned}: cannot write the export: a folder is there, not a file; it was left as it is\n"
    )
    assert target.is_file() and planned.is_dir()
