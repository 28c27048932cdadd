"""Start at login: the entry that starts Ankle Coach in the tray when the user logs in.

Linux and other XDG desktops: `$XDG_CONFIG_HOME/autostart/ankle-coach.desktop` (the XDG
Autostart spec; `~/.config` when XDG_CONFIG_HOME is unset or not absolute). macOS: a launchd
agent, `~/Library/LaunchAgents/io.github.ankle_coach.AnkleCoach.plist` with RunAtLoad. Windows
is not written by this version (the usual place is the `HKCU\\...\\CurrentVersion\\Run` key; see
the README). Both files are written atomically and removed only when they are ours.
"""

from __future__ import annotations

import os
import plistlib
import shutil
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from ankle_coach.core.i18n import LANGUAGES, QT_TRANSLATE_NOOP, translate, using
from ankle_coach.core.savefile import write_atomically

#: The argument that starts the app in the tray, without its window (as at login).
TRAY_ARGUMENT: Final = "--tray"
DESKTOP_FILE: Final = "ankle-coach.desktop"
LAUNCH_AGENT: Final = "io.github.ankle_coach.AnkleCoach"
#: A line every entry we write carries, so we never remove a file someone else put there.
MARK: Final = "X-Ankle-Coach-Autostart=true"

#: Characters that make an Exec argument need quoting (Desktop Entry spec, "The Exec key").
_RESERVED: Final = frozenset(" \t\n\"'\\><~|&;$*?#()`")


@dataclass(frozen=True)
class Autostart:
    """Where this platform keeps the entry, and how it is written."""

    path: Path
    kind: str  # "xdg" or "launchd"


def autostart_for(
    platform: str | None = None,
    environ: Mapping[str, str] | None = None,
    home: Path | None = None,
) -> Autostart | None:
    """The entry's place on `platform` (sys.platform), or None where it is not supported."""
    platform = sys.platform if platform is None else platform
    env = os.environ if environ is None else environ
    home = Path.home() if home is None else home
    if platform == "darwin":
        return Autostart(home / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT}.plist", "launchd")
    if platform.startswith("win"):
        return None
    given = env.get("XDG_CONFIG_HOME", "")
    config = Path(given) if given and Path(given).is_absolute() else home / ".config"
    return Autostart(config / "autostart" / DESKTOP_FILE, "xdg")


def launcher() -> list[str]:
    """The command that starts this same app: the bundle's own program, the `ankle-coach`
    script beside this interpreter (a venv's), the one on PATH, or `python -m ankle_coach`."""
    if getattr(sys, "frozen", False):
        return [str(Path(sys.executable).absolute())]
    beside = Path(sys.executable).absolute().parent / "ankle-coach"
    if beside.is_file() and os.access(beside, os.X_OK):
        return [str(beside)]
    found = shutil.which("ankle-coach")
    if found:
        return [str(Path(found).absolute())]
    return [str(Path(sys.executable).absolute()), "-m", "ankle_coach"]


def exec_value(command: Sequence[str]) -> str:
    """`command` as a Desktop Entry Exec value: quoted where the spec says, then escaped as a
    string value (a backslash doubled)."""
    parts = []
    for arg in command:
        arg = arg.replace("%", "%%")
        if _RESERVED & set(arg):
            inner = "".join(f"\\{c}" if c in '"`$\\' else c for c in arg)
            arg = f'"{inner}"'
        parts.append(arg.replace("\\", "\\\\"))
    return " ".join(parts)


#: The entry's comment, which a desktop shows in its list of programs started at login.
COMMENT: Final = QT_TRANSLATE_NOOP("core.autostart", "Reminders of your weekly plan of stretches")


def _comments() -> list[str]:
    """`Comment=` in English and `Comment[de]=`, `Comment[es]=` in each language that has it:
    the desktop picks the one of the user's language (the keys stay as the spec spells them)."""
    lines = [f"Comment={COMMENT}"]
    for language in LANGUAGES[1:]:
        with using(language):
            said = translate("core.autostart", COMMENT)
        if said != COMMENT:
            lines.append(f"Comment[{language}]={said}")
    return lines


def desktop_entry(command: Sequence[str]) -> str:
    """The XDG autostart entry that runs `command` (the app, in the tray) at login."""
    return "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            "Name=Ankle Coach",
            *_comments(),
            f"Exec={exec_value([*command, TRAY_ARGUMENT])}",
            "Icon=ankle-coach",
            "Terminal=false",
            "NoDisplay=true",
            "X-GNOME-Autostart-enabled=true",
            MARK,
            "",
        ]
    )


def launch_agent(command: Sequence[str]) -> bytes:
    """The macOS launchd agent that runs `command` (the app, in the tray) at login."""
    document = {
        "Label": LAUNCH_AGENT,
        "ProgramArguments": [*command, TRAY_ARGUMENT],
        "RunAtLoad": True,
        "ProcessType": "Interactive",
        "X-Ankle-Coach-Autostart": True,
    }
    return plistlib.dumps(document)


def is_on(place: Autostart) -> bool:
    """Whether our entry is there (a file someone else wrote there is not ours)."""
    try:
        data = place.path.read_bytes()
    except OSError:
        return False
    return b"X-Ankle-Coach-Autostart" in data


def switch_on(place: Autostart, command: Sequence[str]) -> None:
    """Write the entry (atomically, creating its folder); raises OSError when it cannot."""
    data = desktop_entry(command).encode("utf-8") if place.kind == "xdg" else launch_agent(command)
    write_atomically(place.path, data)


def switch_off(place: Autostart) -> None:
    """Remove our entry; a file there that is not ours is left. Raises OSError when it cannot."""
    if is_on(place):
        place.path.unlink(missing_ok=True)
