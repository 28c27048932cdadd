"""Start at login: where the entry goes on each platform, its exact content, and that only our
own entry is ever removed."""

from __future__ import annotations

import plistlib
from pathlib import Path

import pytest

from ankle_coach.core import i18n
from ankle_coach.core.autostart import (
    Autostart,
    autostart_for,
    desktop_entry,
    exec_value,
    is_on,
    launch_agent,
    launcher,
    switch_off,
    switch_on,
)

HOME = Path("/home/runner")


@pytest.mark.parametrize(
    ("platform", "environ", "expected"),
    [
        ("linux", {}, Autostart(HOME / ".config/autostart/ankle-coach.desktop", "xdg")),
        (
            "linux",
            {"XDG_CONFIG_HOME": "/srv/cfg"},
            Autostart(Path("/srv/cfg/autostart/ankle-coach.desktop"), "xdg"),
        ),
        # a relative XDG_CONFIG_HOME is to be ignored (XDG Base Directory spec)
        (
            "linux",
            {"XDG_CONFIG_HOME": "cfg"},
            Autostart(HOME / ".config/autostart/ankle-coach.desktop", "xdg"),
        ),
        ("freebsd14", {}, Autostart(HOME / ".config/autostart/ankle-coach.desktop", "xdg")),
        (
            "darwin",
            {},
            Autostart(
                HOME / "Library/LaunchAgents/io.github.ankle_coach.AnkleCoach.plist", "launchd"
            ),
        ),
        ("win32", {}, None),
    ],
)
def test_where_the_entry_goes(
    platform: str, environ: dict[str, str], expected: Autostart | None
) -> None:
    assert autostart_for(platform, environ, HOME) == expected


ENTRY = (
    "[Desktop Entry]\n"
    "Type=Application\n"
    "Name=Ankle Coach\n"
    "Comment=Reminders of your weekly plan of stretches\n"
    "Comment[de]=Erinnerungen an Ihren Wochenplan für Dehnübungen\n"
    "Comment[es]=Recordatorios de tu plan semanal de estiramientos\n"
    'Exec="/opt/Ankle Coach/ankle-coach" --tray\n'
    "Icon=ankle-coach\n"
    "Terminal=false\n"
    "NoDisplay=true\n"
    "X-GNOME-Autostart-enabled=true\n"
    "X-Ankle-Coach-Autostart=true\n"
)


def test_the_desktop_entry_starts_the_app_in_the_tray() -> None:
    assert desktop_entry(["/opt/Ankle Coach/ankle-coach"]) == ENTRY


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_the_desktop_entry_is_the_same_whatever_language_the_app_speaks(
    language: i18n.Language,
) -> None:
    """The keys and the English comment as the spec spells them; each translation under its
    own localised key, for the desktop to pick the user's; the app's language restored."""
    with i18n.using(language):
        assert desktop_entry(["/opt/Ankle Coach/ankle-coach"]) == ENTRY
        assert i18n.current_language() == language


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        (["/usr/bin/ankle-coach"], "/usr/bin/ankle-coach"),
        (["/usr/bin/python3", "-m", "ankle_coach"], "/usr/bin/python3 -m ankle_coach"),
        (["/home/a b/venv/bin/ankle-coach"], '"/home/a b/venv/bin/ankle-coach"'),
        (["/home/$x/ankle-coach"], '"/home/\\\\$x/ankle-coach"'),
        (["/home/100%/ankle-coach"], "/home/100%%/ankle-coach"),
    ],
)
def test_exec_quoting_follows_the_desktop_entry_spec(command: list[str], expected: str) -> None:
    assert exec_value(command) == expected


def test_the_launch_agent_runs_at_load_in_the_tray() -> None:
    document = plistlib.loads(launch_agent(["/Applications/Ankle Coach.app/Contents/MacOS/x"]))
    assert document == {
        "Label": "io.github.ankle_coach.AnkleCoach",
        "ProgramArguments": ["/Applications/Ankle Coach.app/Contents/MacOS/x", "--tray"],
        "RunAtLoad": True,
        "ProcessType": "Interactive",
        "X-Ankle-Coach-Autostart": True,
    }


@pytest.mark.parametrize("kind", ["xdg", "launchd"])
def test_on_then_off(tmp_path: Path, kind: str) -> None:
    place = Autostart(tmp_path / "autostart" / "entry", kind)
    assert not is_on(place)
    switch_on(place, ["/usr/bin/ankle-coach"])
    assert is_on(place)
    assert b"--tray" in place.path.read_bytes()
    switch_off(place)
    assert not place.path.exists() and not is_on(place)
    switch_off(place)  # already off: nothing to do


def test_an_entry_that_is_not_ours_is_never_removed(tmp_path: Path) -> None:
    place = Autostart(tmp_path / "ankle-coach.desktop", "xdg")
    theirs = "[Desktop Entry]\nType=Application\nExec=something-else\n"
    place.path.write_text(theirs, encoding="utf-8")
    assert not is_on(place)
    switch_off(place)
    assert place.path.read_text(encoding="utf-8") == theirs


def test_a_folder_that_cannot_be_written_raises_and_leaves_nothing(tmp_path: Path) -> None:
    blocker = tmp_path / "autostart"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    place = Autostart(blocker / "ankle-coach.desktop", "xdg")
    with pytest.raises(OSError):
        switch_on(place, ["/usr/bin/ankle-coach"])
    assert blocker.read_text(encoding="utf-8") == "a file where the folder should be"


def test_the_launcher_is_a_command_that_exists() -> None:
    command = launcher()
    assert Path(command[0]).is_absolute() and Path(command[0]).exists()
