"""`ankle-coach install-desktop` (and `--uninstall`): the app in the desktop's menu, and routine
packages (`*.ankle.zip`) opening in it, for a pip install or the standalone build alike.

It puts four files under the user's XDG data folder ($XDG_DATA_HOME, else ~/.local/share): the
.desktop entry (its Exec the program that runs this command, so a bundle in ~/Apps or a venv's
script is what the menu starts), the icon, the MIME type of routine packages and the AppStream
metainfo. Then it updates the desktop's caches with the tools that are there
(update-desktop-database, update-mime-database, gtk-update-icon-cache); a tool that is missing
is said and skipped: the menu then finds the app at the next log-in. Nothing outside that folder
is written. The files themselves are the shipped ones in assets/desktop/ (validated by
desktop-file-validate and appstreamcli in tests/unit/commands/test_desktop.py).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from ankle_coach.core.autostart import exec_value as autostart_exec_value
from ankle_coach.core.autostart import launcher as launcher
from ankle_coach.core.i18n import translate
from ankle_coach.core.paths import assets_dir
from ankle_coach.core.safe_text import safe_line

DESKTOP_ID = "ankle-coach.desktop"
MIME_TYPE = "application/x-ankle-coach-routine"
METAINFO = "io.github.ankle_coach.AnkleCoach.metainfo.xml"


@dataclass(frozen=True)
class Placed:
    """One shipped file (in assets/) and where it goes under the XDG data folder."""

    source: str
    target: str


PLACED: tuple[Placed, ...] = (
    Placed(f"desktop/{DESKTOP_ID}", f"applications/{DESKTOP_ID}"),
    Placed("icon.svg", "icons/hicolor/scalable/apps/ankle-coach.svg"),
    Placed("desktop/ankle-coach.xml", "mime/packages/ankle-coach.xml"),
    Placed(f"desktop/{METAINFO}", f"metainfo/{METAINFO}"),
)

#: The cache tools, each with its arguments given the XDG data folder.
CACHES: tuple[tuple[str, Callable[[Path], list[str]]], ...] = (
    ("update-desktop-database", lambda data: ["-q", str(data / "applications")]),
    ("update-mime-database", lambda data: [str(data / "mime")]),
    ("gtk-update-icon-cache", lambda data: ["-q", "-t", "-f", str(data / "icons" / "hicolor")]),
)

Runner = Callable[[list[str]], "subprocess.CompletedProcess[str]"]


def data_home(environ: Mapping[str, str] | None = None) -> Path:
    """$XDG_DATA_HOME when it is an absolute path (the spec ignores a relative one), else
    ~/.local/share."""
    env = os.environ if environ is None else environ
    given = env.get("XDG_DATA_HOME", "")
    if given and Path(given).is_absolute():
        return Path(given)
    return Path.home() / ".local" / "share"


def exec_value(command: Sequence[str]) -> str:
    """`command` as an Exec key's value (quoted and escaped as the autostart entry's, one rule
    for both), `%F` appended for the files to open."""
    value = autostart_exec_value(command)
    return f"{value} %F" if value else "%F"


def desktop_entry(template: str, command: Sequence[str]) -> str:
    """The shipped .desktop entry with its Exec key pointing at `command`."""
    lines = [
        f"Exec={exec_value(command)}" if line.startswith("Exec=") else line
        for line in template.splitlines()
    ]
    return "\n".join(lines) + "\n"


def _run(command: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)


def refresh_caches(data: Path, out: TextIO, run: Runner = _run) -> None:
    """Run each cache tool that is installed; say what was done, skipped or went wrong."""
    for tool, arguments in CACHES:
        found = shutil.which(tool)
        if found is None:
            said = translate(
                "commands.desktop",
                "{tool}: not installed, skipped (the desktop reads the files at log-in)",
            )
            out.write(said.format(tool=tool) + "\n")
            continue
        try:
            done = run([found, *arguments(data)])
        except (OSError, subprocess.TimeoutExpired) as exc:
            said = translate("commands.desktop", "{tool}: could not run: {reason}")
            out.write(safe_line(said.format(tool=tool, reason=exc)) + "\n")
            continue
        if done.returncode != 0:
            lines = (done.stderr or done.stdout).strip().splitlines()
            status = translate("commands.desktop", "exit status {code}")
            reason = lines[-1] if lines else status.format(code=done.returncode)
            failed = translate("commands.desktop", "{tool}: failed: {reason}")
            out.write(safe_line(failed.format(tool=tool, reason=reason)) + "\n")
        else:
            out.write(translate("commands.desktop", "{tool}: updated").format(tool=tool) + "\n")


def install(
    data: Path, command: Sequence[str], out: TextIO, err: TextIO, run: Runner = _run
) -> int:
    assets = assets_dir()
    for placed in PLACED:
        source = assets / placed.source
        target = data / placed.target
        try:
            if placed.target.startswith("applications/"):
                text = desktop_entry(source.read_text(encoding="utf-8"), command)
                content = text.encode("utf-8")
            else:
                content = source.read_bytes()
            target.parent.mkdir(parents=True, exist_ok=True)
            partial = target.with_name(f".{target.name}.partial")
            partial.write_bytes(content)
            partial.replace(target)
        except OSError as exc:
            where = exc.filename or target
            said = translate("commands.desktop", "{path}: cannot install: {reason}")
            err.write(safe_line(said.format(path=where, reason=exc.strerror or exc)) + "\n")
            return 1
        out.write(safe_line(translate("commands.desktop", "installed {path}").format(path=target)))
        out.write("\n")
    said = translate("commands.desktop", "the menu entry starts: {command}")
    out.write(safe_line(said.format(command=" ".join(command))) + "\n")
    refresh_caches(data, out, run)
    return 0


def uninstall(data: Path, out: TextIO, err: TextIO, run: Runner = _run) -> int:
    removed = 0
    for placed in PLACED:
        target = data / placed.target
        try:
            target.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            said = translate("commands.desktop", "{path}: cannot remove: {reason}")
            err.write(safe_line(said.format(path=target, reason=exc.strerror or exc)) + "\n")
            return 1
        removed += 1
        out.write(safe_line(translate("commands.desktop", "removed {path}").format(path=target)))
        out.write("\n")
    if not removed:
        said = translate(
            "commands.desktop", "Ankle Coach was not installed in {path}; nothing to remove"
        )
        out.write(safe_line(said.format(path=data)) + "\n")
        return 0
    refresh_caches(data, out, run)
    return 0


def install_desktop_command(
    *,
    remove: bool = False,
    environ: Mapping[str, str] | None = None,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """`ankle-coach install-desktop [--uninstall]`: exit 0 when done, 1 when a file could not
    be written or removed (named, with the reason)."""
    out = sys.stdout if out is None else out
    err = sys.stderr if err is None else err
    if sys.platform in ("win32", "darwin"):
        said = translate(
            "commands.desktop",
            "install-desktop is for Linux and BSD desktops (freedesktop.org menus); "
            "nothing was written",
        )
        err.write(said + "\n")
        return 1
    data = data_home(environ)
    if remove:
        return uninstall(data, out, err)
    return install(data, launcher(), out, err)
