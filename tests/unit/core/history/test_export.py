"""The CSV export: one row per session and per check-in, whole entries while a session is
written, an export that cannot be written leaves the old file, and the exercises completed (or
done in part) are listed for every session that did any."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
import threading
from datetime import timedelta
from pathlib import Path

import pytest

from ankle_coach.core import i18n
from ankle_coach.core.clock import FakeClock
from ankle_coach.core.history import (
    CSV_COLUMNS,
    CheckIn,
    Counts,
    History,
    RedFlag,
    SessionRecorder,
)
from ankle_coach.core.i18n import Language
from ankle_coach.core.paths import Paths
from ankle_coach.core.routine import parse_routine
from ankle_coach.core.session import SessionEngine
from tests.unit.core.history.helpers import ROOT, START, open_quietly


@pytest.mark.slow
def test_exports_while_a_session_is_written_see_whole_entries(paths: Paths, tmp_path: Path) -> None:
    open_quietly(paths).close()
    stop = threading.Event()
    written: list[int] = []

    def session_being_recorded() -> None:
        with open_quietly(paths) as mine:
            while not stop.is_set():
                session_id = mine.start_session("r", "R", 60, START)
                mine.record_progress(session_id, 60, ["Calf stretch", "Calf raises"])
                mine.finish_session(session_id, START + timedelta(minutes=1), "finished")
                written.append(session_id)

    writer = threading.Thread(target=session_being_recorded)
    writer.start()
    try:
        # A CLI export in another process, and exports from a second window, meanwhile.
        cli = subprocess.Popen(
            [
                sys.executable,
                "-c",
                "import sys; from pathlib import Path; from ankle_coach.core.paths import Paths;"
                "from ankle_coach.commands.history import export_command;"
                "sys.exit(export_command(Path(sys.argv[1]), Paths.under(Path(sys.argv[2]))))",
                str(tmp_path / "cli.csv"),
                str(paths.data.parent),
            ],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        with open_quietly(paths) as window:
            for number in range(15):
                counts = window.export_csv(tmp_path / f"export-{number}.csv")
                rows = read_csv(tmp_path / f"export-{number}.csv")
                assert len(rows) == counts.sessions
                # A snapshot between commits: every session is started, then has its progress.
                assert {row["outcome"] for row in rows} <= {"finished", "not finished"}
        out, err = cli.communicate(timeout=60)
        assert cli.returncode == 0, out + err
    finally:
        stop.set()
        writer.join()
    assert read_csv(tmp_path / "cli.csv")  # the CLI saw sessions too
    with open_quietly(paths) as history:
        assert {s.id for s in history.sessions()} == set(written)
        assert history.integrity_problems() == []


# -- export ------------------------------------------------------------------------------------


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_export_has_one_row_per_session_and_per_check_in(history: History, tmp_path: Path) -> None:
    session_id = history.start_session("calf-raises", "Calf raises", 345, START)
    history.add_check_in(CheckIn(START, "before", 4, frozenset({RedFlag.SWELLING}), session_id))
    history.record_progress(session_id, 172.5, ["Calf raises"])
    history.finish_session(session_id, START + timedelta(minutes=6), "finished")
    history.add_check_in(
        CheckIn(START + timedelta(minutes=7), "after", None, frozenset(), session_id)
    )
    history.add_check_in(
        CheckIn(
            START + timedelta(days=1),
            "standalone",
            2,
            frozenset({RedFlag.CANNOT_BEAR_WEIGHT, RedFlag.PAIN_AT_REST_OR_NIGHT}),
        )
    )
    history.start_session("=cmd", '=HYPERLINK("http://x")', 60, START + timedelta(days=2))

    target = tmp_path / "for the podiatrist.csv"
    assert history.export_csv(target) == Counts(sessions=2, check_ins=3)
    text = target.read_text(encoding="utf-8")
    assert text.splitlines()[0] == ",".join(CSV_COLUMNS)
    rows = read_csv(target)
    assert [(r["kind"], r["start"]) for r in rows] == [
        ("session", "2026-03-02T18:30:00+01:00"),
        ("check-in", "2026-03-02T18:30:00+01:00"),
        ("check-in", "2026-03-02T18:37:00+01:00"),
        ("check-in", "2026-03-03T18:30:00+01:00"),
        ("session", "2026-03-04T18:30:00+01:00"),
    ]
    session, before, after, lone, sneaky = rows
    assert session | {"id": ""} == {
        "kind": "session",
        "id": "",
        "start": "2026-03-02T18:30:00+01:00",
        "end": "2026-03-02T18:36:00+01:00",
        "routine_id": "calf-raises",
        "routine": "Calf raises",
        "outcome": "finished",
        "total_seconds": "345.0",
        "done_seconds": "172.5",
        "percent_done": "50",
        "exercises_completed": "Calf raises",
        "session_id": "",
        "check_in": "",
        "pain_0_to_10": "",
        "warning_signs": "",
        # logged without its work (as before history version 3): the Plan time followed
        "percent_of_work_done": "50",
        "counts_toward_week": "yes",
    }
    assert (before["check_in"], before["pain_0_to_10"], before["warning_signs"]) == (
        "before",
        "4",
        "Swelling",
    )
    assert before["session_id"] == session["id"] and before["routine"] == ""
    assert (after["check_in"], after["pain_0_to_10"]) == ("after", "")
    assert lone["warning_signs"] == "I can\u2019t put weight on it; Pain at rest or at night"
    assert lone["session_id"] == ""
    # A title that looks like a formula is never run by a spreadsheet.
    assert (sneaky["routine"], sneaky["routine_id"]) == ('\'=HYPERLINK("http://x")', "'=cmd")
    assert sneaky["outcome"] == "not finished" and sneaky["end"] == ""
    assert (sneaky["percent_of_work_done"], sneaky["counts_toward_week"]) == ("0", "no")
    assert (lone["percent_of_work_done"], lone["counts_toward_week"]) == ("", "")
    assert list(tmp_path.glob(".*.tmp")) == []


def test_an_export_that_cannot_be_written_leaves_the_old_file(
    history: History, tmp_path: Path
) -> None:
    target = tmp_path / "missing folder" / "x.csv"
    (tmp_path / "missing folder").write_text("a file, not a folder")
    with pytest.raises(OSError):
        history.export_csv(target)


def test_an_empty_history_exports_the_header_only(history: History, tmp_path: Path) -> None:
    assert history.export_csv(tmp_path / "x.csv") == Counts(0, 0)
    assert list(csv.reader(io.StringIO((tmp_path / "x.csv").read_text()))) == [list(CSV_COLUMNS)]


# Plan: get-ready 0-2 | Hold L 2-5 | switch 5-6 | Hold R 6-9 | rest 9-16 (room for its cue) |
# Raises 16-19.
PARTS = parse_routine(
    b"""
format = 1
title = "Parts"
lead_in_seconds = 2
rest_between_exercises_seconds = 1
[[exercises]]
name = "Hold"
sides = ["left", "right"]
hold_seconds = 3
switch_seconds = 1
[[exercises]]
name = "Raises"
reps = 3
rep_seconds = 1.0
""",
    "parts.toml",
)


#: PARTS with German and Spanish names.
TRANSLATED = parse_routine(
    b"""
format = 1
title = "Parts"
lead_in_seconds = 2
rest_between_exercises_seconds = 1
[translations.de]
title = "Teile"
[translations.es]
title = "Partes"
[[exercises]]
name = "Hold"
sides = ["left", "right"]
hold_seconds = 3
switch_seconds = 1
[exercises.translations.de]
name = "Halten"
[exercises.translations.es]
name = "Mantener"
""",
    "parts.toml",
)


@pytest.mark.parametrize(
    ("steps", "outcome", "completed", "work_done"),
    [
        ([("run", 19)], "finished", "Hold; Raises", 9),
        # the right side skipped at once: Hold half done, Raises done
        ([("run", 6), ("next", 0), ("run", 10)], "finished", "Raises; Hold (1 of 2 done)", 6),
        # every part cut short, each skipped with more than a second to go: nothing completed
        (
            [("run", 3), ("next", 0), ("run", 2), ("next", 0), ("run", 8), ("next", 0)],
            "finished",
            "",
            3,
        ),
        ([("run", 5), ("stop", 0)], "stopped", "Hold (1 of 2 done)", 3),
        ([("run", 4), ("stop", 0)], "stopped", "", 2),
    ],
    ids=["all", "right-skipped", "all-skipped", "stopped-after-left", "stopped-in-left"],
)
def test_the_exercises_completed_are_listed_for_every_session_that_completed_any(
    history: History,
    tmp_path: Path,
    steps: list[tuple[str, float]],
    outcome: str,
    completed: str,
    work_done: float,
) -> None:
    clock = FakeClock()
    engine = SessionEngine(PARTS, clock)
    recorder = SessionRecorder(history, "parts", "Parts", engine.plan, clock, now=lambda: START)
    engine.start()
    recorder.on_state(engine.tick().state)
    for step, seconds in steps:
        if step == "run":
            for _ in range(round(seconds * 4)):
                clock.advance(0.25)
                recorder.on_state(engine.tick().state)
        else:
            getattr(engine, step)()
            recorder.on_state(engine.tick().state)
    history.export_csv(tmp_path / "x.csv")
    (row,) = read_csv(tmp_path / "x.csv")
    assert (row["outcome"], row["exercises_completed"]) == (outcome, completed)
    # 9 s of work: two holds of 3 s and three reps of 1 s; half of it counts
    assert row["percent_of_work_done"] == f"{work_done / 9 * 100:.0f}"
    assert row["counts_toward_week"] == ("yes" if work_done >= 4.5 else "no")


@pytest.mark.parametrize("language", ["de", "es"])
def test_the_export_is_the_same_in_every_language(
    history: History, tmp_path: Path, language: Language
) -> None:
    """Headers and word values (kind, outcome, check_in, warning_signs, yes/no) are machine
    names: a spreadsheet or a script reads the same columns and values whatever the language
    of the app that wrote them; the History page shows translated column names instead."""
    session_id = history.start_session("calf-raises", "Calf raises", 345, START)
    history.add_check_in(CheckIn(START, "before", 4, frozenset({RedFlag.SWELLING}), session_id))
    history.finish_session(session_id, START + timedelta(minutes=6), "stopped")
    history.add_check_in(CheckIn(START + timedelta(days=1), "standalone", 2, frozenset(RedFlag)))
    history.start_session("ankle-circles", "Ankle circles", 60, START + timedelta(days=2))
    # A session run in German, recorded as the window and `run` record it: the file's own
    # (English) title and names, never the German the session showed and spoke.
    with i18n.using("de"):
        shown = TRANSLATED.in_language("de")
        clock = FakeClock()
        engine = SessionEngine(shown, clock)
        recorder = SessionRecorder(
            history,
            "parts",
            TRANSLATED.title,
            engine.plan,
            clock,
            now=lambda: START + timedelta(days=3),
            exercise_names=tuple(e.name for e in TRANSLATED.exercises),
        )
        engine.start()
        recorder.on_state(engine.tick().state)
        for _ in range(4 * 5):  # the lead-in and the left side's hold
            clock.advance(0.25)
            recorder.on_state(engine.tick().state)
        engine.stop()
        recorder.on_state(engine.tick().state)
    english = tmp_path / "en.csv"
    history.export_csv(english)
    translated = tmp_path / f"{language}.csv"
    with i18n.using(language) as used:
        assert used == language  # the catalogue is there: the export really ran in it
        history.export_csv(translated)
    assert translated.read_bytes() == english.read_bytes()
    text = translated.read_text(encoding="utf-8")
    assert (
        text.splitlines()[0]
        == ",".join(CSV_COLUMNS)
        == (
            "kind,id,start,end,routine_id,routine,outcome,total_seconds,done_seconds,percent_done,"
            "exercises_completed,session_id,check_in,pain_0_to_10,warning_signs,"
            "percent_of_work_done,counts_toward_week"
        )
    )
    rows = read_csv(translated)
    assert [(r["kind"], r["outcome"], r["check_in"], r["counts_toward_week"]) for r in rows] == [
        ("session", "stopped", "", "no"),
        ("check-in", "", "before", ""),
        ("check-in", "", "standalone", ""),
        ("session", "not finished", "", "no"),
        ("session", "stopped", "", "yes"),  # half its work done
    ]
    assert rows[1]["warning_signs"] == "Swelling"
    assert (rows[4]["routine"], rows[4]["exercises_completed"]) == ("Parts", "Hold (1 of 2 done)")
