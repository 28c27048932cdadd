"""The standalone build: `python packaging/build.py` (README, Quick start), from a checkout with
the `build` extra installed (`pip install ".[build]"`).

It runs PyInstaller on packaging/ankle-coach.spec and writes dist/ankle-coach/ (the folder to
run: dist/ankle-coach/ankle-coach, with its own Python, Qt, the speech library and its voices,
the routines and the assets) and dist/ankle-coach-VERSION-linux-x86_64.tar.gz (that folder, to
hand out), then prints one JSON object: seconds taken and sizes in bytes. Offline: everything
comes from the environment it runs in. build/ holds PyInstaller's work files; both folders are
ignored by git.

    python packaging/build.py [--dist DIR] [--work DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "ankle-coach.spec"
NAME = "ankle-coach"


def folder_size(folder: Path) -> int:
    """Bytes of the files under `folder` (links counted as links, as the tarball holds them)."""
    return sum(
        (path.lstat().st_size if path.is_symlink() else path.stat().st_size)
        for path in folder.rglob("*")
        if path.is_symlink() or path.is_file()
    )


def version() -> str:
    about = (ROOT / "ankle_coach" / "__init__.py").read_text(encoding="utf-8")
    for line in about.splitlines():
        if line.startswith("__version__"):
            return line.split("=", 1)[1].strip().strip("\"'")
    raise SystemExit("ankle_coach/__init__.py has no __version__")


def tarball(folder: Path, out: Path) -> Path:
    """`folder` as a .tar.gz whose one top folder is its name (links and modes kept)."""
    partial = out.with_name(f".{out.name}.partial")
    with tarfile.open(partial, "w:gz", compresslevel=6) as archive:
        archive.add(folder, arcname=folder.name)
    partial.replace(out)
    return out


def build(dist: Path, work: Path) -> dict[str, object]:
    try:
        import PyInstaller  # noqa: F401 - only to say what is missing, plainly
    except ImportError:
        raise SystemExit(
            'PyInstaller is not installed here: pip install ".[build]" (README, Quick start)'
        ) from None
    started = time.monotonic()
    sys.path.insert(0, str(ROOT / "packaging"))
    import translations

    translations.compile_catalogues()  # the .qm files the bundle carries (never committed)
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(SPEC),
    ]
    # PyInstaller's cache of stripped libraries in the work folder, not ~/.cache: a half-written
    # index there (a build killed mid-way) fails every later build with a SyntaxError
    env = {
        **os.environ,
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYINSTALLER_CONFIG_DIR": str(work / "pyinstaller-cache"),
    }
    done = subprocess.run(command, cwd=ROOT, env=env, check=False)
    if done.returncode != 0:
        raise SystemExit(f"PyInstaller failed (exit status {done.returncode}); see above")
    built = time.monotonic()
    folder = dist / NAME
    machine = platform.machine() or "unknown"
    archive = tarball(folder, dist / f"{NAME}-{version()}-linux-{machine}.tar.gz")
    return {
        "folder": str(folder),
        "executable": str(folder / NAME),
        "archive": str(archive),
        "seconds_pyinstaller": round(built - started, 1),
        "seconds_total": round(time.monotonic() - started, 1),
        "folder_bytes": folder_size(folder),
        "archive_bytes": archive.stat().st_size,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the build goes")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller's files")
    args = parser.parse_args(argv)
    print(json.dumps(build(args.dist.absolute(), args.work.absolute()), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
