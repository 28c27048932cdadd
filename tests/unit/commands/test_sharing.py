"""`ankle-coach import` and `ankle-coach export`, as a physio's script runs them: exact messages,
exit statuses, and nothing written when refused."""

from __future__ import annotations

import errno
import io
import tomllib
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from ankle_coach.cli import main
from ankle_coach.core.sharing import exporting, importing

GOOD = 'format = 1\ntitle = "Mine"\n[[exercises]]\nname = "Calf"\nhold_seconds = 30\n'
OTHER = GOOD.replace('"Mine"', '"Mine, changed"')


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def title(path: Path) -> str:
    return str(tomllib.loads(path.read_text(encoding="utf-8"))["title"])


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` (hidden ones included) with its bytes."""
    if not folder.exists():
        return {}
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.fixture
def mine(user_home: Path) -> Path:
    """My routines, holding mine.toml."""
    folder = user_home / "data" / "routines"
    folder.mkdir(parents=True)
    (folder / "mine.toml").write_text(GOOD, encoding="utf-8")
    return folder


def package(path: Path, files: dict[str, str]) -> Path:
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    path.write_bytes(data.getvalue())
    return path


# -- import ---------------------------------------------------------------------------------------


def test_import_of_a_new_routine_says_where_it_went(
    capsys: pytest.CaptureFixture[str], mine: Path, tmp_path: Path
) -> None:
    source = tmp_path / "week-1.toml"
    source.write_text(GOOD, encoding="utf-8")
    code, out, err = run(capsys, "import", str(source))
    assert (code, err) == (0, "")
    assert out == f"Imported into My routines as week-1: {mine / 'week-1.toml'}\n"
    assert title(mine / "week-1.toml") == "Mine"
    assert (mine / "mine.toml").read_text(encoding="utf-8") == GOOD


@pytest.mark.parametrize(
    ("flags", "code", "said", "mine_holds", "mine_2_holds"),
    [
        (
            [],
            1,
            "{source}: My routines already has \u201cmine\u201d ({mine}/mine.toml); nothing was "
            "changed. Use --replace to replace it, or --keep-both to keep both (the new one as "
            "\u201cmine-2\u201d).\n",
            "Mine",
            None,
        ),
        (
            ["--replace"],
            0,
            "Imported into My routines as mine: {mine}/mine.toml (it replaced the one there "
            "before)\n",
            "Mine, changed",
            None,
        ),
        (
            ["--keep-both"],
            0,
            "Imported into My routines as mine-2: {mine}/mine-2.toml\n",
            "Mine",
            "Mine, changed",
        ),
    ],
    ids=["no flag: refused", "--replace", "--keep-both"],
)
def test_import_of_a_routine_already_there_never_replaces_it_silently(
    capsys: pytest.CaptureFixture[str],
    mine: Path,
    tmp_path: Path,
    flags: list[str],
    code: int,
    said: str,
    mine_holds: str,
    mine_2_holds: str | None,
) -> None:
    source = tmp_path / "mine.toml"
    source.write_text(OTHER, encoding="utf-8")
    result = run(capsys, "import", str(source), *flags)
    message = said.format(source=source, mine=mine)
    assert result == ((code, "", message) if code else (code, message, ""))
    assert title(mine / "mine.toml") == mine_holds
    if mine_2_holds is None:
        assert not (mine / "mine-2.toml").exists()
    else:
        assert title(mine / "mine-2.toml") == mine_2_holds


def test_replace_and_keep_both_cannot_both_be_given(
    capsys: pytest.CaptureFixture[str], mine: Path, tmp_path: Path
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["import", str(tmp_path / "x.toml"), "--replace", "--keep-both"])
    assert exited.value.code == 2
    assert "not allowed with argument" in capsys.readouterr().err


def _missing(folder: Path) -> tuple[Path, list[str]]:
    return folder / "nowhere.ankle.zip", ["{path}: no such file"]


def _not_a_routine(folder: Path) -> tuple[Path, list[str]]:
    path = folder / "notes.txt"
    path.write_text("hello", encoding="utf-8")
    return path, ["{path}: is neither a routine package (.ankle.zip) nor a routine file (.toml)"]


def _two_reasons(folder: Path) -> tuple[Path, list[str]]:
    path = folder / "bad.toml"
    path.write_text(
        GOOD.replace("hold_seconds = 30", "hold_seconds = 0").replace(
            "[[exercises]]", 'colour = "red"\n[[exercises]]'
        ),
        encoding="utf-8",
    )
    return path, [  # in the file's order: the routine's fields come first
        "{path}: colour: is not a field of a routine (known fields: format, title, summary, "
        "lead_in_seconds, rest_between_exercises_seconds, tags, suggested_schedule, exercises, "
        "translations)",
        "{path}: exercises[0].hold_seconds: must be between 1 and 600 seconds, not 0",
    ]


def _hostile_field(folder: Path) -> tuple[Path, list[str]]:
    path = folder / "odd.toml"
    odd = '"x\\u001b]0;title\\u0007\\u009b2J" = 1\n'
    path.write_text(GOOD.replace("[[exercises]]", odd + "[[exercises]]"), encoding="utf-8")
    return path, [
        "{path}: x?]0;title??2J: is not a field of a routine (known fields: format, title, "
        "summary, lead_in_seconds, rest_between_exercises_seconds, tags, suggested_schedule, "
        "exercises, translations)"
    ]


def _slip(folder: Path) -> tuple[Path, list[str]]:
    path = package(folder / "slip.ankle.zip", {"slip.toml": GOOD, "../evil.svg": "<svg/>"})
    return path, ["{path}: ../evil.svg: " + "{slip}"]


@pytest.mark.parametrize(
    "make",
    [_missing, _not_a_routine, _two_reasons, _hostile_field, _slip],
    ids=lambda make: make.__name__.strip("_"),
)
def test_import_refused_prints_every_reason_and_writes_nothing(
    capsys: pytest.CaptureFixture[str],
    mine: Path,
    tmp_path: Path,
    make: Callable[[Path], tuple[Path, list[str]]],
) -> None:
    before = snapshot(mine)
    path, reasons = make(tmp_path)
    code, out, err = run(capsys, "import", str(path))
    assert (code, out) == (1, "")
    lines = err.splitlines()
    if make is _slip:  # core/sharing's own words for an entry that leaves the package
        assert len(lines) == 1 and lines[0].startswith(f"{path}: ../evil.svg: ")
    else:
        assert lines == [reason.format(path=path) for reason in reasons]
    assert snapshot(mine) == before


def test_import_onto_a_full_disk_names_the_file_and_writes_nothing(
    capsys: pytest.CaptureFixture[str],
    mine: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def full(path: Path, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(importing, "write_atomically", full)
    before = snapshot(mine)
    source = tmp_path / "week-1.toml"
    source.write_text(GOOD, encoding="utf-8")
    code, out, err = run(capsys, "import", str(source))
    assert (code, out) == (1, "")
    # importing turns the OSError into a refusal; were it raised, sharing_cli would name the
    # file the same way: either way one line, the file first, and the reason
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"{mine / 'week-1.toml'}: "), err
    assert "no space left" in lines[0].lower()
    assert snapshot(mine) == before


# -- export ---------------------------------------------------------------------------------------


def test_export_writes_a_package_that_imports_back(
    capsys: pytest.CaptureFixture[str], mine: Path, tmp_path: Path
) -> None:
    target = tmp_path / "for-jo.ankle.zip"
    code, out, err = run(capsys, "export", "mine", "-o", str(target))
    assert (code, err) == (0, "")
    assert out == f"Exported \u201cMine\u201d to {target}: one file to send as it is.\n"
    with zipfile.ZipFile(target) as archive:
        assert archive.namelist() == ["mine.toml"]
    (mine / "mine.toml").unlink()
    code, out, _ = run(capsys, "import", str(target))
    assert code == 0 and title(mine / "mine.toml") == "Mine"  # the id is the routine file's


def test_export_into_a_folder_uses_the_usual_name(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, _ = run(capsys, "export", "calf-raises", "-o", str(tmp_path))
    target = tmp_path / "calf-raises.ankle.zip"
    assert code == 0 and out == (
        f"Exported \u201cCalf raises\u201d to {target}: one file to send as it is.\n"
    )
    assert zipfile.is_zipfile(target)


@pytest.mark.parametrize(
    ("case", "said"),
    [
        (
            "unknown id",
            "nope: no routine has this id and no such file exists (ids: after-run-recovery, "
            "ankle-circles, calf-raises, foot-massage, pre-run-warm-up, standing-calf-stretch, "
            "warm-up-ankle-rolls, mine)",
        ),
        ("missing image", "{target}/mine.toml: exercises[0].image: "),
        ("folder is a file", "{target}: cannot write the routine package: "),
        ("full disk", "{target}: cannot write the routine package: No space left on device"),
    ],
)
def test_export_refused_says_why_and_writes_nothing(
    capsys: pytest.CaptureFixture[str],
    mine: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    case: str,
    said: str,
) -> None:
    reference = "nope" if case == "unknown id" else "mine"
    target = tmp_path / "out.ankle.zip"
    if case == "missing image":
        (mine / "mine.toml").write_text(
            GOOD.replace("hold_seconds", 'image = "pics/gone.svg"\nhold_seconds'),
            encoding="utf-8",
        )
    if case == "folder is a file":
        (tmp_path / "file").write_text("x", encoding="utf-8")
        target = tmp_path / "file" / "out.ankle.zip"
    if case == "full disk":

        def full(path: Path, data: bytes) -> None:
            raise OSError(errno.ENOSPC, "No space left on device", str(path))

        monkeypatch.setattr(exporting, "write_atomically", full)
    before = snapshot(tmp_path)
    code, out, err = run(capsys, "export", reference, "-o", str(target))
    assert (code, out) == (1, "")
    expected = said.format(target=target)
    if case == "folder is a file":
        expected = f"{tmp_path / 'file'}: cannot write the routine package: "
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith(expected), err
    if case in ("unknown id", "full disk"):
        assert lines[0] == expected
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize(
    ("error", "said"),
    [
        (
            OSError(errno.ENOSPC, "No space left on device", "/full/mine.toml"),
            "/full/mine.toml: cannot import the routine into My routines: No space left on device",
        ),
        (
            OSError(errno.EROFS, "Read-only file system"),
            "{mine}: cannot import the routine into My routines: Read-only file system",
        ),
    ],
    ids=["with a file name", "without one: the folder"],
)
def test_an_oserror_from_import_becomes_one_line_naming_the_file(
    capsys: pytest.CaptureFixture[str],
    mine: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    error: OSError,
    said: str,
) -> None:
    def failing(*args: object, **kwargs: object) -> None:
        raise error

    monkeypatch.setattr(importing, "import_routine", failing)
    assert run(capsys, "import", str(tmp_path / "mine.toml")) == (
        1,
        "",
        said.format(mine=mine) + "\n",
    )
