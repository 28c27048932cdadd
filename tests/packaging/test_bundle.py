"""The standalone build (packaging/build.py, the README's `quickstart:build` command): it builds,
and the folder it makes runs with nothing from this machine's Python: `list`, `cues` (the speech
worker and espeak-ng's voices inside the bundle) and the window, offscreen, opening a routine
package, all with a clean environment (HOME, an empty PATH and the app's own folder only, as
`env -i` gives). It stays lean: no WebEngine, QtQuick, QtQml or QtMultimedia, and nothing of the
tests or the build tools."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
import tarfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.pulse import PrivatePulse

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
#: What the bundle may weigh: 176 MiB measured (README, Quick start); this leaves room.
MAX_BYTES = 200 * 2**20
#: What a lean bundle never holds (file names under _internal/).
NEVER = re.compile(
    r"libQt6(WebEngine|Quick|Qml|Multimedia|Pdf|Network|VirtualKeyboard)|libav(codec|format)"
    r"|/(pytest|_pytest|pytestqt|hypothesis|mypy|PyInstaller|pip|setuptools)/"
)


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, object]]:
    if importlib.util.find_spec("PyInstaller") is None:
        if os.environ.get("ANKLE_COACH_STRICT") == "1":
            pytest.fail('ANKLE_COACH_STRICT=1 and PyInstaller is not installed (".[build]")')
        pytest.skip('PyInstaller is not installed (pip install ".[build]")')
    where = tmp_path_factory.mktemp("bundle")
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "packaging" / "build.py"),
            "--dist",
            str(where / "dist"),
            "--work",
            str(where / "build"),
        ],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-4000:]
    yield json.loads(done.stdout)


def clean_env(home: Path, **more: str) -> dict[str, str]:
    """What `env -i HOME=... PATH=...` gives, with an empty PATH folder: no python3 to find."""
    empty = home / "empty-path"
    empty.mkdir(exist_ok=True)
    return {"HOME": str(home), "PATH": str(empty), "ANKLE_COACH_HOME": str(home / "app"), **more}


def run(
    bundle: dict[str, object], home: Path, *args: str, **env: str
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(bundle["executable"]), *args],
        env=clean_env(home, **env),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_folder_and_its_tarball_are_made_lean(bundle: dict[str, object]) -> None:
    folder = Path(str(bundle["folder"]))
    assert (folder / "ankle-coach").is_file() and os.access(folder / "ankle-coach", os.X_OK)
    inside = [str(path.relative_to(folder)) for path in folder.rglob("*")]
    assert [name for name in inside if NEVER.search(f"/{name}")] == []
    assert "_internal/ankle_coach/routines/ankle-circles.toml" in inside
    assert "_internal/ankle_coach/assets/icon.svg" in inside
    assert "_internal/espeakng_loader/espeak-ng-data/phontab" in inside
    for language in ("de", "es"):  # ours, compiled at build time, and Qt's for its dialogs
        assert f"_internal/ankle_coach/i18n/ankle_coach_{language}.qm" in inside
        assert f"_internal/PySide6/Qt/translations/qtbase_{language}.qm" in inside
    assert not any(name.endswith("qtbase_fr.qm") for name in inside)
    assert any(name.startswith("_internal/_miniaudio") for name in inside)
    assert isinstance(bundle["folder_bytes"], int) and bundle["folder_bytes"] < MAX_BYTES
    with tarfile.open(str(bundle["archive"])) as archive:
        names = archive.getnames()
    assert "ankle-coach/ankle-coach" in names
    assert len(names) == len(inside) + 1  # the folder itself
    assert float(str(bundle["seconds_total"])) < 600


def test_list_runs_without_any_python_on_the_machine(
    bundle: dict[str, object], tmp_path: Path
) -> None:
    done = run(bundle, tmp_path, "list")
    assert (done.returncode, done.stderr) == (0, "")
    ids = [line.split()[0] for line in done.stdout.splitlines()[1:] if line.strip()]
    shipped = sorted(path.stem for path in (ROOT / "routines").glob("*.toml"))
    assert sorted(ids) == shipped


@pytest.mark.parametrize(
    ("language", "title"), [("de", "Fersenheben"), ("es", "Elevaciones de talones")]
)
def test_the_bundle_speaks_german_and_spanish(
    bundle: dict[str, object], tmp_path: Path, language: str, title: str
) -> None:
    done = run(bundle, tmp_path, "list", LANGUAGE=language)
    assert (done.returncode, done.stderr) == (0, "")
    assert title in done.stdout
    plan = run(bundle, tmp_path, "plan", "calf-raises", LANGUAGE=language)
    assert plan.returncode == 0 and title in plan.stdout


def test_cues_are_spoken_by_the_bundled_speech_library(
    bundle: dict[str, object], tmp_path: Path
) -> None:
    out = tmp_path / "cues"
    done = run(bundle, tmp_path, "cues", "ankle-circles", "--out", str(out))
    assert done.returncode == 0, done.stderr
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    cues = manifest["cues"] if isinstance(manifest, dict) else manifest
    assert len(cues) > 10
    for cue in cues:
        wav = out / cue["file"]
        assert wav.read_bytes()[:4] == b"RIFF" and wav.stat().st_size > 1000
        assert cue["duration"] > 0


def test_the_window_starts_offscreen_and_imports_a_package_it_is_given(
    bundle: dict[str, object], tmp_path: Path
) -> None:
    """As the desktop opens a `.ankle.zip` a physio sent: the window comes up (offscreen) and
    the package lands in My routines through the import checks (as ankle-circles-2: the
    built-in routine has its id)."""
    package = tmp_path / "circles.ankle.zip"
    done = run(bundle, tmp_path, "export", "ankle-circles", "-o", str(package))
    assert done.returncode == 0, done.stderr
    mine = tmp_path / "app" / "data" / "routines"
    window = subprocess.Popen(
        [str(bundle["executable"]), str(package)],
        env=clean_env(tmp_path, QT_QPA_PLATFORM="offscreen"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while not (mine / "ankle-circles-2.toml").is_file() and time.monotonic() < deadline:
            try:
                window.wait(timeout=0.2)  # the pause between looks; ends early if it exits
            except subprocess.TimeoutExpired:
                continue
            break
        assert window.poll() is None, window.communicate()[1]
        assert (mine / "ankle-circles-2.toml").is_file()
    finally:
        window.terminate()
        _, err = window.communicate(timeout=30)
    assert "Traceback" not in err


def test_a_session_in_the_terminal_plays_through_the_bundled_sound_library(
    bundle: dict[str, object], tmp_path: Path, pulse: PrivatePulse
) -> None:
    """`ankle-coach run` on a private PulseAudio null sink: miniaudio (a compiled cffi module)
    loads from the bundle and opens the device, so no "No voice" is said; SIGTERM ends it."""
    session = subprocess.Popen(
        [str(bundle["executable"]), "run", "ankle-circles", "--defaults", "--no-check-in"],
        env=clean_env(tmp_path, PULSE_SERVER=pulse.server),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert session.stdout is not None
    lines: list[str] = []
    try:
        for line in session.stdout:  # one line per segment and per cue (stdout is no terminal)
            lines.append(line.rstrip("\n"))
            if "\u201c" in line or len(lines) > 40:  # the first cue said
                break
    finally:
        session.terminate()
        rest, _ = session.communicate(timeout=30)
    said = "\n".join([*lines, rest])
    assert session.returncode == 143, said
    assert "No voice" not in said
    # Qt's four lines about the C locale: the bundle asks for C.UTF-8 as Python would
    assert "Detected locale" not in said
    assert any("\u201c" in line for line in lines), said
