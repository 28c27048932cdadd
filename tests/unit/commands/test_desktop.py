"""`ankle-coach install-desktop` and its files: the .desktop entry, the AppStream metainfo and
the routine package's MIME type validate with the desktop's own tools; install and uninstall
write and remove exactly their files under a temporary XDG data folder, with an Exec that
starts this same program, and say what they did."""

from __future__ import annotations

import io
import shlex
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

import pytest

from ankle_coach.cli import main
from ankle_coach.commands import desktop
from ankle_coach.core.paths import assets_dir

SHIPPED = assets_dir() / "desktop"
INSTALLED = [
    "applications/ankle-coach.desktop",
    "icons/hicolor/scalable/apps/ankle-coach.svg",
    f"metainfo/{desktop.METAINFO}",
    "mime/packages/ankle-coach.xml",
]


def tool(name: str, skip_or_fail: Callable[[str], NoReturn]) -> str:
    found = shutil.which(name)
    if found is None:
        skip_or_fail(f"{name} is not installed (Debian: desktop-file-utils, appstream)")
    return found


def validate(command: list[str]) -> str:
    done = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    said = (done.stdout + done.stderr).strip()
    assert done.returncode == 0, said
    return said


def files_under(folder: Path) -> list[str]:
    return sorted(
        str(path.relative_to(folder))
        for path in folder.rglob("*")
        if path.is_file() and not path.name.startswith(".")
    )


# -- the shipped files, as the desktop's validators read them ---------------------------------


def test_the_desktop_entry_validates_with_not_even_a_hint(
    skip_or_fail: Callable[[str], NoReturn],
) -> None:
    said = validate(
        [tool("desktop-file-validate", skip_or_fail), str(SHIPPED / desktop.DESKTOP_ID)]
    )
    assert said == ""


def test_the_metainfo_validates_offline(skip_or_fail: Callable[[str], NoReturn]) -> None:
    metainfo = SHIPPED / desktop.METAINFO
    said = validate([tool("appstreamcli", skip_or_fail), "validate", "--no-net", str(metainfo)])
    assert "Validation was successful" in said
    assert "E:" not in said and "W:" not in said


def test_the_mime_type_claims_ankle_zip_files_over_plain_zip(
    tmp_path: Path, skip_or_fail: Callable[[str], NoReturn]
) -> None:
    """update-mime-database compiles the XML: `*.ankle.zip` is the routine package's type,
    weighted over the zip glob; the desktop entry opens that type."""
    updater = tool("update-mime-database", skip_or_fail)
    (tmp_path / "packages").mkdir()
    shutil.copy(SHIPPED / "ankle-coach.xml", tmp_path / "packages")
    validate([updater, str(tmp_path)])
    globs = (tmp_path / "globs2").read_text(encoding="utf-8").splitlines()
    assert f"60:{desktop.MIME_TYPE}:*.ankle.zip" in globs
    assert f"{desktop.MIME_TYPE} application/zip" in (tmp_path / "subclasses").read_text()
    entry = (SHIPPED / desktop.DESKTOP_ID).read_text(encoding="utf-8").splitlines()
    assert f"MimeType={desktop.MIME_TYPE};" in entry
    assert "Exec=ankle-coach %F" in entry


# -- the Exec key ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("command", "value"),
    [
        (["/home/ana/.venv/bin/ankle-coach"], "/home/ana/.venv/bin/ankle-coach %F"),
        (["/home/ana/My Apps/ankle-coach"], '"/home/ana/My Apps/ankle-coach" %F'),
        (["/opt/100%/ankle-coach"], "/opt/100%%/ankle-coach %F"),
        (['/tmp/say "hi"/a'], '"/tmp/say \\\\"hi\\\\"/a" %F'),
        (["/tmp/$HOME/a"], '"/tmp/\\\\$HOME/a" %F'),
        (["/usr/bin/python3", "-m", "ankle_coach"], "/usr/bin/python3 -m ankle_coach %F"),
    ],
)
def test_the_exec_value_is_quoted_as_the_desktop_entry_spec_says(
    command: list[str], value: str
) -> None:
    assert desktop.exec_value(command) == value


def test_a_relative_xdg_data_home_is_ignored_as_the_spec_says(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    assert desktop.data_home({"XDG_DATA_HOME": "relative/share"}) == tmp_path / ".local/share"
    assert desktop.data_home({}) == tmp_path / ".local/share"
    assert desktop.data_home({"XDG_DATA_HOME": "/srv/share"}) == Path("/srv/share")


def test_the_launcher_is_the_bundles_program_or_the_script_beside_this_python(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/ankle-coach/ankle-coach")
    assert desktop.launcher() == ["/opt/ankle-coach/ankle-coach"]
    monkeypatch.delattr(sys, "frozen")
    venv = tmp_path / "venv" / "bin"
    venv.mkdir(parents=True)
    script = venv / "ankle-coach"
    script.write_text("#!/bin/sh\n", encoding="utf-8")
    script.chmod(0o755)
    monkeypatch.setattr(sys, "executable", str(venv / "python"))
    assert desktop.launcher() == [str(script)]
    script.unlink()
    monkeypatch.setenv("PATH", str(tmp_path / "nowhere"))
    assert desktop.launcher() == [str(venv / "python"), "-m", "ankle_coach"]


# -- install and uninstall ---------------------------------------------------------------------


def test_install_then_uninstall_under_the_xdg_data_folder(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    skip_or_fail: Callable[[str], NoReturn],
) -> None:
    data = tmp_path / "xdg data"
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    bundle = tmp_path / "My Apps" / "ankle-coach" / "ankle-coach"
    monkeypatch.setattr(desktop, "launcher", lambda: [str(bundle)])
    tools = [tool(name, skip_or_fail) for name, _ in desktop.CACHES]

    assert main(["install-desktop"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert out.splitlines() == [
        *(f"installed {data / name}" for name in desktop_order()),
        f"the menu entry starts: {bundle}",
        "update-desktop-database: updated",
        "update-mime-database: updated",
        "gtk-update-icon-cache: updated",
    ]
    entry = data / "applications" / desktop.DESKTOP_ID
    lines = entry.read_text(encoding="utf-8").splitlines()
    assert f'Exec="{bundle}" %F' in lines
    assert shlex.split(lines[lines.index(f'Exec="{bundle}" %F')][5:])[0] == str(bundle)
    validate([shutil.which("desktop-file-validate") or tools[0], str(entry)])
    assert (data / "icons/hicolor/scalable/apps/ankle-coach.svg").read_bytes() == (
        assets_dir() / "icon.svg"
    ).read_bytes()
    # the caches were built: the menu knows the type, the MIME database knows the glob
    cache = (data / "applications" / "mimeinfo.cache").read_text(encoding="utf-8")
    assert f"{desktop.MIME_TYPE}=ankle-coach.desktop;" in cache
    assert f"60:{desktop.MIME_TYPE}:*.ankle.zip" in (data / "mime" / "globs2").read_text()
    assert (data / "icons" / "hicolor" / "icon-theme.cache").is_file()
    assert set(INSTALLED) <= set(files_under(data))

    assert main(["install-desktop", "--uninstall"]) == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert out.splitlines()[:4] == [f"removed {data / name}" for name in desktop_order()]
    assert not set(INSTALLED) & set(files_under(data))
    assert desktop.MIME_TYPE not in (data / "mime" / "globs2").read_text()
    assert "ankle-coach" not in (data / "applications" / "mimeinfo.cache").read_text()

    assert main(["install-desktop", "--uninstall"]) == 0
    assert capsys.readouterr().out == (
        f"Ankle Coach was not installed in {data}; nothing to remove\n"
    )


def desktop_order() -> list[str]:
    return [placed.target for placed in desktop.PLACED]


def test_missing_cache_tools_are_said_and_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "no tools"))
    out, err = io.StringIO(), io.StringIO()
    assert desktop.install(tmp_path, ["/opt/ankle-coach/ankle-coach"], out, err) == 0
    assert out.getvalue().splitlines()[-3:] == [
        f"{name}: not installed, skipped (the desktop reads the files at log-in)"
        for name, _ in desktop.CACHES
    ]
    assert set(INSTALLED) == set(files_under(tmp_path))


def test_a_cache_tool_that_fails_is_said_and_the_files_stay(tmp_path: Path) -> None:
    def failing(command: list[str]) -> subprocess.CompletedProcess[str]:
        return subprocess.CompletedProcess(command, 2, "", "something\nno room for the cache\n")

    out = io.StringIO()
    desktop.refresh_caches(tmp_path, out, failing)
    for name, _ in desktop.CACHES:
        if shutil.which(name):
            assert f"{name}: failed: no room for the cache" in out.getvalue().splitlines()


def test_a_data_folder_that_cannot_be_written_is_named_and_nothing_is_half_written(
    tmp_path: Path,
) -> None:
    blocker = tmp_path / "share"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert desktop.install(blocker, ["/opt/ankle-coach/ankle-coach"], out, err) == 1
    assert err.getvalue() == f"{blocker / 'applications'}: cannot install: Not a directory\n"
    assert out.getvalue() == ""
    assert blocker.read_text(encoding="utf-8") == "a file where the folder should be"


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_elsewhere_nothing_is_written_and_it_says_why(
    platform: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "platform", platform)
    out, err = io.StringIO(), io.StringIO()
    code = desktop.install_desktop_command(
        environ={"XDG_DATA_HOME": str(tmp_path)}, out=out, err=err
    )
    assert (code, out.getvalue()) == (1, "")
    assert err.getvalue() == (
        "install-desktop is for Linux and BSD desktops (freedesktop.org menus); "
        "nothing was written\n"
    )
    assert list(tmp_path.iterdir()) == []
