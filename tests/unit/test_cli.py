"""The `ankle-coach` command: list, validate and plan, as a user runs them."""

from __future__ import annotations

import errno
import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import tomli_w

from ankle_coach.cli import argparse_word, language_given, main
from ankle_coach.core import i18n
from ankle_coach.core.paths import Paths
from ankle_coach.core.settings import Settings, save_settings
from ankle_coach.core.words import clock_text

GOOD = 'format = 1\ntitle = "Mine"\n[[exercises]]\nname = "Calf"\nhold_seconds = 30\n'


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_list_shows_every_builtin_routine_with_its_time(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "list")
    assert code == 0
    assert out.splitlines()[0].split() == ["ID", "TITLE", "TIME", "FROM"]
    line = next(line for line in out.splitlines() if line.startswith("pre-run-warm-up "))
    assert "Pre-run warm-up" in line and "13:14" in line and "built-in" in line


def test_list_json_includes_bad_user_files(
    capsys: pytest.CaptureFixture[str], user_home: Path
) -> None:
    folder = user_home / "data" / "routines"
    folder.mkdir(parents=True)
    (folder / "mine.toml").write_text(GOOD)
    (folder / "broken.toml").write_text("format = 1\ntitle = 'x'\n")
    code, out, _ = run(capsys, "list", "--json")
    data = json.loads(out)
    assert code == 0
    mine = next(r for r in data["routines"] if r["id"] == "mine")
    assert mine == {
        "id": "mine",
        "title": "Mine",
        "total_seconds": 35.0,
        "origin": "my routines",
        "path": str(folder / "mine.toml"),
        "tags": [],
    }
    assert data["errors"] == [
        {
            "path": str(folder / "broken.toml"),
            "field": "exercises",
            "message": "the routine has no exercises; add at least one [[exercises]]",
        }
    ]


def test_validate_exit_codes_and_one_line_per_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    good = tmp_path / "good.toml"
    good.write_text(GOOD)
    bad = tmp_path / "bad.toml"
    bad.write_text(GOOD.replace("hold_seconds = 30", "hold_seconds = 0\nreps = 5"))
    assert run(capsys, "validate", str(good)) == (0, "", "")
    code, out, _ = run(capsys, "validate", str(good), str(bad))
    assert code == 1
    assert out.splitlines() == [  # every problem at once
        f"{bad}: exercises[0].hold_seconds: must be between 1 and 600 seconds, not 0",
        f"{bad}: exercises[0]: gives both hold_seconds and reps; give exactly one of "
        "hold_seconds, reps, duration_seconds or manual = true",
    ]


def test_validate_says_each_picture_that_cannot_be_shown(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "crowded.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 3">'
        + '<rect width="1" height="1"/>' * 1001
        + "</svg>"
    )
    routine = tmp_path / "pictures.toml"
    routine.write_text(
        'format = 1\ntitle = "Pictures"\n'
        + "".join(
            f'[[exercises]]\nname = "E{n}"\nimage = "{name}"\nhold_seconds = 10\n'
            for n, name in enumerate(["calf-raises.svg", "crowded.svg", "nope.svg"])
        )
    )
    assert run(capsys, "validate", str(routine)) == (
        1,
        f'{routine}: exercises[1].image: "crowded.svg" draws more than 1000 elements (each '
        "<use> counted as what it repeats); an illustration may draw at most 1000\n"
        f'{routine}: exercises[2].image: "nope.svg" is neither in the routine\'s folder nor a '
        "built-in illustration; the exercise shows no illustration\n",
        "",
    )


def test_validate_every_builtin_file(capsys: pytest.CaptureFixture[str]) -> None:
    files = sorted(str(p) for p in (Path(__file__).parents[2] / "routines").glob("*.toml"))
    assert len(files) == 7
    assert run(capsys, "validate", *files) == (0, "", "")


def test_plan_timetable_reads_like_a_session(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "plan", "standing-calf-stretch")
    lines = out.splitlines()
    assert code == 0
    assert lines[0] == "Standing calf stretch (03:59)"
    assert "00:24  WORK       Standing calf stretch (left, set 1 of 3)  [30 s]" in lines
    assert "    00:24  \u201cLeft side. Set 1 of 3. Hold for 30 seconds.\u201d" in lines
    assert "    03:59  \u201cRoutine complete. Well done.\u201d" in lines


def test_plan_json_shape(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "week-1.toml"
    path.write_text(GOOD)
    code, out, _ = run(capsys, "plan", str(path), "--json")
    data = json.loads(out)
    assert code == 0
    assert (data["routine"], data["title"], data["total_seconds"]) == ("week-1", "Mine", 35.0)
    assert [s["kind"] for s in data["segments"]] == ["get-ready", "work"]
    assert data["cues"][0] == {
        "at": 0.0,
        "text": "Get ready. First: Calf.",
        "priority": 2,
        "kind": "announce",
        "segment": 0,
    }


def test_plan_of_a_broken_file_names_file_and_field(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "broken.toml"
    path.write_text(GOOD.replace('"Calf"', "3"))
    code, out, err = run(capsys, "plan", str(path))
    assert (code, out) == (1, "")
    assert err == f"{path}: exercises[0].name: must be text, not 3\n"


def test_plan_of_an_unknown_id(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "plan", "nope")
    assert code == 1
    assert err.startswith("nope: no routine has this id")


@pytest.mark.parametrize(
    ("seconds", "text"), [(0, "00:00"), (59.6, "01:00"), (745, "12:25"), (3725, "1:02:05")]
)
def test_clock_text(seconds: float, text: str) -> None:
    assert clock_text(seconds) == text


@pytest.mark.slow
def test_python_dash_m_runs_the_same_command() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "ankle_coach", "plan", "ankle-circles", "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(done.stdout)["routine"] == "ankle-circles"


def test_cues_writes_wavs_and_a_manifest_that_matches_the_plan(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "cues"
    code, text, _ = run(capsys, "cues", "ankle-circles", "--out", str(out))
    assert code == 0
    manifest = json.loads((out / "manifest.json").read_text())
    code, plan_json, _ = run(capsys, "plan", "ankle-circles", "--json")
    cues = json.loads(plan_json)["cues"]
    assert text.startswith(f"{len(cues)} cues of \u201cAnkle circles\u201d")
    assert [(m["at"], m["text"], m["priority"]) for m in manifest] == [
        (c["at"], c["text"], c["priority"]) for c in cues
    ]
    assert all((out / m["file"]).stat().st_size > 1000 and m["duration"] > 0.3 for m in manifest)


def test_cues_without_a_speech_library_says_why(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ANKLE_COACH_ESPEAK_LIBRARY", str(tmp_path / "missing.so"))
    code, out, err = run(capsys, "cues", "ankle-circles", "--out", str(tmp_path / "cues"))
    assert (code, out) == (1, "")
    assert err.startswith("No voice: ")
    assert "Traceback" not in err


# -- text from a routine never reaches the terminal with its control characters -----------------

#: What a hostile file may hold: set the title, clear the screen, set the clipboard (OSC 52), an
#: 8-bit CSI, and a right-to-left override.
HOSTILE = "\u001b]0;title\u0007\u001b[2J\u001b]52;c;aGk=\u0007\u009b31m\u202e!"
#: How it is shown: one "?" for each character a terminal would act on.
HOSTILE_SHOWN = "?]0;title??[2J?]52;c;aGk=??31m?!"
UNSAFE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def hostile_routine(field: str) -> str:
    """A routine file with HOSTILE in `field` (written with TOML's escapes, as a file would)."""
    document: dict[str, Any] = {
        "format": 1,
        "title": "Plain",
        "summary": "Plain.",
        "tags": ["plain"],
        "exercises": [{"name": "Calf", "instructions": "Lean in.", "hold_seconds": 30}],
    }
    where = {
        "title": document,
        "summary": document,
        "name": document["exercises"][0],
        "instructions": document["exercises"][0],
    }
    if field == "tags":
        document["tags"] = [f"t{HOSTILE}"]
    elif field == "unknown field":
        document[f"odd{HOSTILE}"] = 1
    elif field == "bad value":
        document["exercises"][0]["sides"] = [f"left{HOSTILE}"]
    else:
        where[field][field] = f"x{HOSTILE}"
    return tomli_w.dumps(document)


def strings(value: object) -> list[str]:
    """Every string in a decoded JSON document, keys included."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for key, item in value.items() for text in [key, *strings(item)]]
    if isinstance(value, list):
        return [text for item in value for text in strings(item)]
    return []


def assert_safe(output: str) -> None:
    assert UNSAFE.search(output) is None, repr(output)


FIELDS = ["title", "summary", "name", "instructions", "tags", "unknown field", "bad value"]


@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize(
    "command",
    [
        ["validate"],
        ["plan"],
        ["plan", "--json"],
        ["list"],
        ["list", "--json"],
        ["handout", "-o", "{out}"],
    ],
    ids=" ".join,
)
def test_control_characters_from_a_routine_are_replaced_in_every_output(
    capsys: pytest.CaptureFixture[str],
    user_home: Path,
    tmp_path: Path,
    command: list[str],
    field: str,
) -> None:
    folder = user_home / "data" / "routines"
    folder.mkdir(parents=True)
    path = folder / "mine.toml"
    path.write_text(hostile_routine(field), encoding="utf-8")
    argv = [arg.format(out=tmp_path / "mine.pdf") for arg in command]
    if command[0] != "list":
        argv.insert(1, str(path))
    code, out, err = run(capsys, *argv)
    assert_safe(out + err)
    broken = field in ("unknown field", "bad value")
    assert code == (1 if broken and command[0] != "list" else 0), err
    if broken:
        shown = True
    else:
        shown = (
            field
            in {
                "validate": (),
                "plan": ("title", "name"),
                "list": ("title", "tags"),  # the JSON has the tags, the table not
                "handout": ("title",),
            }[command[0]]
        )
        if command == ["list"]:
            shown = field == "title"
    if "--json" in command and out:
        # escaped, not lost: the JSON decodes to the file's own text
        assert any(HOSTILE in text for text in strings(json.loads(out))) is shown
    elif shown:
        assert HOSTILE_SHOWN in out + err


def test_a_file_name_with_control_characters_is_shown_safely(
    capsys: pytest.CaptureFixture[str], user_home: Path
) -> None:
    folder = user_home / "data" / "routines"
    folder.mkdir(parents=True)
    (folder / "a\u001b[2Jb.toml").write_text(GOOD, encoding="utf-8")
    (folder / "c\u001b]0;x\u0007.toml").write_text("format = 1\n", encoding="utf-8")
    code, out, err = run(capsys, "list")
    assert_safe(out + err)
    assert "a?[2Jb " in out
    assert "c?]0;x?.toml: " in out


def test_cues_shows_the_title_safely(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ankle_coach import speech
    from ankle_coach.speech import RecordingRenderer

    monkeypatch.setattr(speech, "Pyttsx3Renderer", RecordingRenderer)
    path = tmp_path / "mine.toml"
    path.write_text(hostile_routine("title"), encoding="utf-8")
    code, out, err = run(capsys, "cues", str(path), "--out", str(tmp_path / "cues"))
    assert code == 0, err
    assert_safe(out + err)
    assert HOSTILE_SHOWN in out


# -- odd files in My routines or given by path -----------------------------------------------------

ODD = [
    pytest.param(
        lambda folder: (folder / "x.toml").symlink_to("x.toml"),
        "is a link that points back to itself",
        id="link-to-itself",
    ),
    pytest.param(
        lambda folder: (
            (folder / "x.toml").symlink_to("y.toml"),
            (folder / "y.toml").symlink_to("x.toml"),
        ),
        "is a link in a loop of links that never reaches a file",
        id="loop-of-two",
    ),
    pytest.param(
        lambda folder: os.mkfifo(folder / "x.toml"),
        "is not a regular file (a named pipe); it was not read",
        id="fifo",
    ),
    pytest.param(
        lambda folder: (folder / "x.toml").mkdir(),
        "is a folder, not a routine file",
        id="folder",
    ),
]


@pytest.mark.parametrize(("make", "message"), ODD)
def test_an_odd_file_never_ends_a_command_in_a_traceback(
    capsys: pytest.CaptureFixture[str], user_home: Path, make: Any, message: str
) -> None:
    folder = user_home / "data" / "routines"
    folder.mkdir(parents=True)
    (folder / "mine.toml").write_text(GOOD, encoding="utf-8")
    make(folder)
    bad = folder / "x.toml"

    code, out, err = run(capsys, "list")
    assert code == 0 and err == ""
    assert re.search(r"^mine\s+Mine\s", out, re.MULTILINE)  # the good routines still listed
    assert re.search(r"^calf-raises\s", out, re.MULTILINE)
    files = len([p for p in folder.iterdir() if p.name != "mine.toml"])
    loaded = f"{files} routine file could not" if files == 1 else f"{files} routine files could not"
    assert f"\n{loaded} be loaded:\n  {bad}: {message}\n" in out

    for command in (["plan", str(bad)], ["run", str(bad)], ["handout", str(bad), "-o", "x.pdf"]):
        code, out, err = run(capsys, *command)
        assert (code, out, err) == (1, "", f"{bad}: {message}\n"), command
    assert os.path.lexists(bad)  # left where it was


def test_list_counts_files_not_problems(
    capsys: pytest.CaptureFixture[str], user_home: Path
) -> None:
    folder = user_home / "data" / "routines"
    folder.mkdir(parents=True)
    for number in range(32):  # each with several problems
        (folder / f"bad-{number:02d}.toml").write_text(
            'format = 1\ntitle = 3\nsummary = 4\n[[exercises]]\nname = ""\nsets = 0\n',
            encoding="utf-8",
        )
    code, out, _ = run(capsys, "list")
    assert code == 0
    problems = [line for line in out.splitlines() if line.startswith(f"  {folder}")]
    # five problems a file: title, summary, name, sets, and neither how long nor how many
    assert len(problems) == 32 * 5
    assert "\n32 routine files could not be loaded:\n" in out


# -- cues on a full disk ---------------------------------------------------------------------------


def test_cues_with_the_cache_on_a_full_disk_says_so_at_once(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    user_home: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from ankle_coach.speech import render

    def full(target: Path, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(target))

    monkeypatch.setattr(render, "write_bytes_atomically", full)
    started = time.monotonic()
    code, out, err = run(capsys, "cues", "ankle-circles", "--out", str(tmp_path / "cues"))
    assert time.monotonic() - started < 2.0  # not the speech engine's 10 s time-out
    assert (code, out) == (1, "")
    cache = user_home / "cache" / "cues"
    assert err == (
        f"{cache}: no space left on device for the cue sounds; free some space, then try again.\n"
    )
    assert not (tmp_path / "cues").exists()


def test_cues_with_out_on_a_full_disk_says_so_naming_the_folder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ankle_coach import speech
    from ankle_coach.speech import RecordingRenderer

    def full(source: object, target: object, *more: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(speech, "Pyttsx3Renderer", RecordingRenderer)
    monkeypatch.setattr(shutil, "copyfileobj", full)  # as speech/manifest.py copies
    out_dir = tmp_path / "cues"
    code, out, err = run(capsys, "cues", "ankle-circles", "--out", str(out_dir))
    assert (code, out) == (1, "")
    assert err == f"{out_dir}: no space left on device\n"
    assert list(out_dir.iterdir()) == []  # no manifest, no partial file


@pytest.mark.parametrize("fails", [False, True], ids=["written", "cannot write"])
def test_history_export_names_a_hostile_file_name_safely(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, fails: bool
) -> None:
    folder = tmp_path / "a\u001b]0;x\u0007b"
    folder.mkdir()
    if fails:
        (folder / "file").write_text("", encoding="utf-8")
        folder = folder / "file"  # a file where a folder should be
    target = folder / "h\u009b2J.csv"
    code, out, err = run(capsys, "history", "export", "--csv", str(target))
    assert_safe(out + err)
    shown = str(target).replace("\u001b", "?").replace("\u0007", "?").replace("\u009b", "?")
    assert code == (1 if fails else 0)
    assert shown in out + err


class _NoLibGL:
    """A meta path finder that fails the window's module as Qt does on a machine without
    libGL (a minimal Debian running the standalone build)."""

    def find_spec(self, name: str, path: object = None, target: object = None) -> None:
        if name == "ankle_coach.ui.app":
            raise ImportError(
                "libGL.so.1: cannot open shared object file: No such file or directory"
            )


@pytest.mark.parametrize("argv", [[], ["week-1.ankle.zip"], ["week-1.toml"]])
def test_a_missing_system_library_is_said_with_the_packages_to_install(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, argv: list[str]
) -> None:
    monkeypatch.delitem(sys.modules, "ankle_coach.ui.app", raising=False)
    monkeypatch.setattr(sys, "meta_path", [_NoLibGL(), *sys.meta_path])
    code, out, err = run(capsys, *argv)
    assert (code, out) == (1, "")
    first, second = err.splitlines()
    assert first == (
        "ankle-coach: the window cannot start: "
        "libGL.so.1: cannot open shared object file: No such file or directory"
    )
    assert second.startswith("On Debian or Ubuntu: sudo apt install libegl1 libgl1 ")


def test_a_reader_that_leaves_early_gets_no_traceback(tmp_path: Path) -> None:
    """`ankle-coach list | head -1` when head has already left: no traceback, exit 141."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before the first line: every write fails
    try:
        cli = subprocess.run(
            [
                sys.executable,
                "-c",
                "from ankle_coach.cli import main; raise SystemExit(main(['list']))",
            ],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
            env={**os.environ, "ANKLE_COACH_HOME": str(tmp_path)},
        )
    finally:
        os.close(write_end)
    assert "Traceback" not in cli.stderr and cli.stderr == ""
    assert cli.returncode == 141


# -- the language: --language, Settings, the environment ------------------------------------------


@pytest.fixture
def english_after() -> Iterator[None]:
    """main() sets the language for the rest of the process, as a command does: back after."""
    yield
    i18n.use("en")


@pytest.mark.parametrize(
    ("argv", "chosen"),
    [
        ([], None),
        (["list"], None),
        (["--language", "de", "list"], "de"),
        (["--language=es", "plan", "x"], "es"),
        (["handout", "x", "-o", "f.pdf", "--language", "de"], "de"),
        (["--lang", "es", "list"], "es"),  # argparse takes an unambiguous prefix: so do we
        (["--language", "de", "list", "--language", "es"], "es"),  # the last one, as argparse
        (["--language", "fr", "list"], "fr"),  # argparse refuses it, with the choices
        (["--language"], None),
        (["validate", "--", "--language", "de"], None),  # after "--": a file's name
        (["--letter", "handout"], None),
    ],
)
def test_the_language_option_is_found_before_the_parser_is_built(
    argv: list[str], chosen: str | None
) -> None:
    assert language_given(argv) == chosen


def test_the_help_is_in_the_language_chosen(
    capsys: pytest.CaptureFixture[str], english_after: None
) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--language", "de", "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("Aufruf: ankle-coach ")
    assert "\nOptionen:\n" in out and "diese Hilfe anzeigen und beenden" in out
    assert "die Bibliothek der Übungsprogramme" in out  # `list`
    assert "ein druckbares PDF eines Programms (Übungsblatt)" in out  # `handout`
    assert "usage:" not in out and "show this help" not in out and "the routine library" not in out
    with pytest.raises(SystemExit):
        main(["handout", "--help", "--language", "es"])
    out = capsys.readouterr().out
    assert out.startswith("uso: ankle-coach handout ")
    assert "páginas US Letter en lugar de A4" in out and "--language {system,en,de,es}" in out


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["--language", "de", "plan"], "ankle-coach plan: Fehler: diese Argumente fehlen: ROUTINE"),
        (
            ["--language", "es", "handout", "calf-raises"],
            "ankle-coach handout: error: faltan estos argumentos: -o/--out",
        ),
        (
            ["--language", "de", "list", "--nope"],
            "ankle-coach: Fehler: unbekannte Argumente: --nope",
        ),
    ],
)
def test_argparse_errors_are_in_the_language_chosen(
    capsys: pytest.CaptureFixture[str], english_after: None, argv: list[str], said: str
) -> None:
    with pytest.raises(SystemExit) as done:
        main(argv)
    assert done.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1] == said


def test_an_unknown_language_is_refused_with_the_choices(
    capsys: pytest.CaptureFixture[str], english_after: None
) -> None:
    with pytest.raises(SystemExit):
        main(["--language", "fr", "list"])
    assert capsys.readouterr().err.splitlines()[-1] == (
        "ankle-coach: error: argument --language: invalid choice: 'fr' "
        "(choose from 'system', 'en', 'de', 'es')"
    )


def test_argparse_keeps_its_own_words_when_a_translation_lost_a_field() -> None:
    """argparse fills %-fields itself: a translation without one would crash it."""
    broken = i18n.Catalogue(
        "de", {("cli", "unrecognized arguments: %s", ""): ("unbekannte Argumente",)}
    )
    with i18n.using("de", broken):
        assert argparse_word("unrecognized arguments: %s") == "unrecognized arguments: %s"
        assert argparse_word("a message of its own") == "a message of its own"


#: A subprocess speaks the environment's language: LANGUAGE first (its locale is not "C").
def language_env(home: Path, **names: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in i18n.ENVIRONMENT_ORDER}
    return {**env, "ANKLE_COACH_HOME": str(home), "LANG": "en_US.UTF-8", **names}


def command(env: dict[str, str], *argv: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [sys.executable, "-m", "ankle_coach", *argv],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    return done


#: What `list` and `plan calf-raises` say in each language, and English they must not say.
SPOKEN = {
    "de": {
        "list": ["ID", "TITEL", "DAUER", "HERKUNFT"],
        "rows": ("Fersenheben", "mitgeliefert"),
        "plan": ("Fersenheben", "Satz 1 von 3", "Bereit machen"),
    },
    "es": {
        "list": ["ID", "TÍTULO", "DURACIÓN", "ORIGEN"],
        "rows": ("Elevaciones de talones", "incluida"),
        "plan": ("Elevaciones de talones", "serie 1 de 3", "Prepárate"),
    },
}


@pytest.mark.slow
@pytest.mark.parametrize("language", ["de", "es"])
def test_list_and_plan_under_language(tmp_path: Path, language: str) -> None:
    env = language_env(tmp_path, LANGUAGE=language)
    listed = command(env, "list").stdout.splitlines()
    assert listed[0].split() == SPOKEN[language]["list"]
    row = next(line for line in listed if line.startswith("calf-raises "))
    assert all(word in row for word in SPOKEN[language]["rows"]), row
    assert "built-in" not in "\n".join(listed) and "Calf raises" not in row
    planned = command(env, "plan", "calf-raises").stdout
    assert all(word in planned for word in SPOKEN[language]["plan"]), planned
    assert "Calf raises" not in planned and "Get ready" not in planned
    # the JSON stays machine-readable: keys and origins in English, the texts translated
    rows = json.loads(command(env, "list", "--json").stdout)["routines"]
    calf = next(row for row in rows if row["id"] == "calf-raises")
    assert calf["origin"] == "built-in" and calf["title"] == SPOKEN[language]["rows"][0]


@pytest.mark.slow
def test_the_language_option_comes_before_settings_and_settings_before_the_environment(
    tmp_path: Path,
) -> None:
    env = language_env(tmp_path, LANGUAGE="de")
    assert command(env, "list").stdout.startswith("ID ")
    assert "TITEL" in command(env, "list").stdout  # the environment: German
    assert "TÍTULO" in command(env, "--language", "es", "list").stdout  # --language over it
    assert "TITLE" in command(env, "list", "--language", "en").stdout
    save_settings(Settings(language="es"), Paths.under(tmp_path))
    assert "TÍTULO" in command(env, "list").stdout  # Settings over the environment
    assert "TITEL" in command(env, "--language", "system", "list").stdout  # back to it
    assert "TITLE" in command(env, "--language", "en", "list").stdout  # --language over Settings


def test_the_window_opens_in_the_language_given_on_the_command_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`ankle-coach --language es` (no command): the window in Spanish, over Settings'."""
    import ankle_coach.ui.app as app_module
    from ankle_coach.core import i18n

    asked: list[object] = []

    def run_app(**kwargs: object) -> int:
        asked.append(kwargs["language"])
        return 0

    monkeypatch.setattr(app_module, "run_app", run_app)
    save_settings(Settings(language="de"), Paths.default())
    with i18n.using("en"):
        assert main(["--language", "es"]) == 0
        assert main([]) == 0
    assert asked == ["es", "de"]


def test_a_damaged_settings_file_is_said_by_the_command_not_moved_aside_unsaid(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Choosing the language reads the settings file before the command loads it: it must not
    move a damaged file aside itself, or the command would never say so."""
    from ankle_coach.core.settings import settings_path

    path = settings_path(Paths.default())
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("version = 2\ntheme = [\n")
    code, out, err = run(capsys, "plan", "calf-raises")
    assert code == 0 and out.startswith("Calf raises (")
    assert f"The settings file {path} could not be used: it is not valid TOML" in err
    assert "It was moved to" in err


def _cli(args: list[str], home: Path, **streams: Any) -> subprocess.CompletedProcess[str]:
    script = f"from ankle_coach.cli import main; raise SystemExit(main({args!r}))"
    return subprocess.run(
        [sys.executable, "-c", script],
        text=True,
        timeout=300,
        check=False,
        env={**os.environ, "ANKLE_COACH_HOME": str(home)},
        **streams,
    )


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="Linux's /dev/full")
def test_output_onto_a_full_disk_is_one_line_and_a_failure_not_a_traceback(
    tmp_path: Path,
) -> None:
    with open("/dev/full", "w") as full:
        cli = _cli(["list"], tmp_path, stdout=full, stderr=subprocess.PIPE)
    assert (cli.returncode, cli.stderr) == (1, "ankle-coach: No space left on device\n")


@pytest.mark.skipif(os.name != "posix", reason="closing a child's standard descriptors")
def test_a_command_started_with_stdout_or_stderr_closed_still_does_its_work(
    tmp_path: Path,
) -> None:
    """`ankle-coach list >&-`, `ankle-coach cues X --out D 2>&-`: Python gives None for a closed
    stream. A command whose output was its work says on stderr that it was lost, and fails (as
    `ls >&-` does); one that did its work (the cue files) with only stderr closed succeeds."""
    listed = _cli(["list"], tmp_path, stderr=subprocess.PIPE, preexec_fn=lambda: os.close(1))
    assert (listed.returncode, listed.stderr) == (
        1,
        "ankle-coach: what the command printed was lost: Bad file descriptor\n",
    )
    out = tmp_path / "cues"
    rendered = _cli(
        ["cues", "calf-raises", "--out", str(out)],
        tmp_path,
        stdout=subprocess.PIPE,
        preexec_fn=lambda: os.close(2),
    )
    assert rendered.returncode == 0, rendered.stdout
    assert (out / "manifest.json").is_file() and len(list(out.glob("*.wav"))) > 10


@pytest.mark.parametrize(
    ("argv", "files"),
    [
        (["--language", "es", "week-1.toml"], ["week-1.toml"]),
        (["week-1.ankle.zip", "--language=de"], ["week-1.ankle.zip"]),
        (["--lang", "de", "a.toml", "b.toml"], ["a.toml", "b.toml"]),
        (["--language", "es", "list"], ["list"]),
        (["validate", "--", "--language", "x.toml"], ["validate", "--", "--language", "x.toml"]),
    ],
)
def test_a_file_opened_with_a_language_opens_in_it(
    monkeypatch: pytest.MonkeyPatch, argv: list[str], files: list[str]
) -> None:
    """`ankle-coach --language es week-1.toml` (a physio's launcher for a Spanish patient):
    the routine file opens in the window, in Spanish; argparse had refused the file name."""
    import ankle_coach.ui.app as app_module
    from ankle_coach.cli import without_language
    from ankle_coach.core import i18n

    assert without_language(argv) == files
    if not files[0].endswith((".toml", ".zip")):
        return
    asked: list[tuple[object, object]] = []

    def run_app(**kwargs: object) -> int:
        asked.append((kwargs["language"], kwargs["files"]))
        return 0

    monkeypatch.setattr(app_module, "run_app", run_app)
    with i18n.using("en"):
        assert main(argv) == 0
    assert asked == [(language_given(argv), [Path(name) for name in files])]


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="Linux's /dev/full")
def test_help_that_cannot_be_written_is_a_failure(tmp_path: Path) -> None:
    """argparse drops a help it cannot write; ankle-coach says so instead."""
    with open("/dev/full", "w") as full:
        cli = _cli(["list", "--help"], tmp_path, stdout=full, stderr=subprocess.PIPE)
    assert (cli.returncode, cli.stderr) == (1, "ankle-coach: No space left on device\n")
    shown = _cli(["list", "--help"], tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert shown.returncode == 0 and shown.stdout.startswith("usage: ankle-coach list")
