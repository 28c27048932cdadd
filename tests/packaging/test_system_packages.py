"""The README's system packages are the real list: what Qt's xcb platform plugin loads (`ldd`
on PySide6/Qt/plugins/platforms/libqxcb.so, the Qt libraries beside it and everything they pull
in), mapped to Debian packages with `dpkg -S`, is on the README's apt line or comes with what is
there or with a minimal Debian (`debootstrap --variant=minbase`: the packages of priority
"required" and what they depend on). So a library Qt starts needing shows up here, not as
"Could not load the Qt platform plugin xcb" on a runner's machine. The dnf line is the apt line
through a table of Fedora's names, and cli.py's hint and .ci/run say the same packages."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

from ankle_coach import cli

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")

#: On the apt line for something other than a library the xcb plugin loads, and why.
EXTRAS = {
    "fonts-dejavu-core": "a minimal system has no fonts: no text would show",
    "libasound2": "sound: miniaudio opens ALSA where no PulseAudio or PipeWire answers",
}

#: Each Debian package of the apt line, by its Fedora name (the dnf line).
FEDORA = {
    "libegl1": "mesa-libEGL",
    "libgl1": "mesa-libGL",
    "libfontconfig1": "fontconfig",
    "libglib2.0-0": "glib2",
    "libdbus-1-3": "dbus-libs",
    "libx11-xcb1": "libX11-xcb",
    "libxkbcommon-x11-0": "libxkbcommon-x11",
    "libxcb-cursor0": "xcb-util-cursor",
    "libxcb-icccm4": "xcb-util-wm",
    "libxcb-image0": "xcb-util-image",
    "libxcb-keysyms1": "xcb-util-keysyms",
    "libxcb-randr0": "libxcb",
    "libxcb-render-util0": "xcb-util-renderutil",
    "libxcb-shape0": "libxcb",
    "libxcb-xkb1": "libxcb",
    "fonts-dejavu-core": "dejavu-sans-fonts",
    "libasound2": "alsa-lib",
}


def command_after(marker: str) -> list[str]:
    """The words of the command in the code block after `<!-- marker -->` in the README."""
    found = re.search(rf"<!-- {marker} -->\n```sh\n(.+)\n```", README)
    assert found, f"README.md has no <!-- {marker} --> command"
    return found.group(1).split()


def apt_line() -> list[str]:
    words = command_after("system-packages:apt")
    assert words[:3] == ["sudo", "apt", "install"]
    return words[3:]


def dnf_line() -> list[str]:
    words = command_after("system-packages:dnf")
    assert words[:3] == ["sudo", "dnf", "install"]
    return words[3:]


def xcb_plugin() -> Path:
    import PySide6

    return Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"


def system_libraries(plugin: Path) -> dict[str, Path | None]:
    """Each library `ldd` says the plugin loads from outside PySide6, with where it was found
    (None: not found)."""
    done = subprocess.run(
        ["ldd", str(plugin)], capture_output=True, text=True, timeout=60, check=True
    )
    found: dict[str, Path | None] = {}
    for line in done.stdout.splitlines():
        name, arrow, where = line.strip().partition(" => ")
        if not arrow:
            continue  # the vDSO and the dynamic loader: the kernel's and libc6's
        if where.startswith("not found"):
            found[name] = None
        elif "/PySide6/" not in where:
            found[name] = Path(where.split(" (")[0])
    return found


def packages_of(paths: list[Path]) -> dict[Path, str]:
    """The Debian package holding each path, as ldd named it, resolved, or on the other side
    of the /usr merge (one `dpkg -S` for all: each call reads the whole database)."""
    candidates: dict[Path, list[str]] = {}
    for path in paths:
        names = []
        for one in (path, path.resolve()):
            text = str(one)
            names += [text, text[4:] if text.startswith("/usr/") else f"/usr{text}"]
        candidates[path] = names
    asked = sorted({name for names in candidates.values() for name in names})
    done = subprocess.run(["dpkg", "-S", *asked], capture_output=True, text=True, check=False)
    holder = {}
    for line in done.stdout.splitlines():
        package, _, where = line.partition(": ")
        holder[where.strip()] = package.split(",")[0].split(":")[0].strip()
    found = {}
    for path, names in candidates.items():
        held = [holder[name] for name in names if name in holder]
        assert held, f"{path}: no Debian package holds it (dpkg -S)"
        found[path] = held[0]
    return found


def installed() -> dict[str, tuple[str, list[str]]]:
    """Each installed package: its priority, and what it depends on (the first alternative
    installed, virtual names through what provides them)."""
    done = subprocess.run(
        [
            "dpkg-query",
            "-W",
            "-f=${Package}\t${Priority}\t${Essential}\t${Provides}\t${Pre-Depends}, ${Depends}\n",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    rows = [line.split("\t") for line in done.stdout.splitlines()]
    names = {row[0] for row in rows}
    provided = {name(part): row[0] for row in rows for part in row[3].split(",") if part.strip()}
    packages: dict[str, tuple[str, list[str]]] = {}
    for package, priority, essential, _, depends in rows:
        chosen = []
        for group in depends.split(","):
            for alternative in group.split("|"):
                wanted = name(alternative)
                wanted = wanted if wanted in names else provided.get(wanted, "")
                if wanted:
                    chosen.append(wanted)
                    break
        level = "required" if essential == "yes" else priority
        packages[package] = (level, chosen)
    return packages


def name(relation: str) -> str:
    return relation.strip().split(" ")[0].split(":")[0]


def closure(start: set[str], packages: dict[str, tuple[str, list[str]]]) -> set[str]:
    seen: set[str] = set()
    todo = list(start)
    while todo:
        package = todo.pop()
        if package in seen:
            continue
        seen.add(package)
        todo.extend(packages.get(package, ("", []))[1])
    return seen


def test_the_apt_line_is_what_the_xcb_plugin_needs_on_a_minimal_debian(
    skip_or_fail: Callable[[str], NoReturn],
) -> None:
    for tool in ("ldd", "dpkg", "dpkg-query"):
        if shutil.which(tool) is None:
            skip_or_fail(f"{tool} is not here: the list is checked on Debian")
    libraries = system_libraries(xcb_plugin())
    missing = sorted(so for so, where in libraries.items() if where is None)
    assert missing == [], f"not found here, so not checked: {missing}; install them first"
    holders = packages_of([where for where in libraries.values() if where is not None])
    needed = {so: holders[where] for so, where in libraries.items() if where is not None}
    packages = installed()
    minimal = closure({p for p, (level, _) in packages.items() if level == "required"}, packages)
    listed = apt_line()
    covered = minimal | closure(set(listed), packages)
    assert sorted(f"{so} ({p})" for so, p in needed.items() if p not in covered) == []
    assert sorted(set(listed) - set(needed.values()) - set(EXTRAS)) == []
    # the line is not padded with what a minimal Debian has anyway
    assert sorted(set(listed) & minimal) == []
    assert len(set(listed)) == len(listed)


def test_the_dnf_line_is_the_apt_line_in_fedoras_names() -> None:
    listed = apt_line()
    assert sorted(set(listed) - set(FEDORA)) == [], "add its Fedora name to FEDORA"
    assert sorted(dnf_line()) == sorted({FEDORA[package] for package in listed})


def test_the_apps_own_hint_and_ci_install_the_same_packages() -> None:
    """cli.py says the window's part of the line when Qt cannot load a library; .ci/run
    installs the whole line."""
    hint = cli.SYSTEM_LIBRARIES.split("sudo apt install ")[1].split(" (")[0].split()
    assert sorted(hint) == sorted(set(apt_line()) - {"libasound2"})
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    ci_packages = set(re.findall(r"[a-z0-9][a-z0-9.+-]+", ci.split("packages=(")[1].split(")")[0]))
    assert sorted(set(apt_line()) - ci_packages) == []
