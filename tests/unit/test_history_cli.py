"""`ankle-coach history export --csv FILE` (history_cli.export_command): a summary, or the error."""

from __future__ import annotations

import csv
import io
from datetime import datetime, timedelta, timezone
from pathlib import Path

from ankle_coach.core.history import CheckIn, History, history_path
from ankle_coach.core.paths import Paths
from ankle_coach.history_cli import export_command

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
