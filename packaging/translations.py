"""The translation catalogues: `ankle_coach/i18n/ankle_coach_LANG.ts` (kept in git, the one
source of truth for every string of the window, the voice and the command line) and the `.qm`
files compiled from them (built, never committed).

    python packaging/translations.py update          # pyside6-lupdate over ankle_coach/
    python packaging/translations.py fill FILE.json  # put translations into the .ts files
    python packaging/translations.py check           # every message translated? (exit 1 if not)
    python packaging/translations.py compile [--out DIR]   # .ts -> .qm (pyside6-lrelease)
    python packaging/translations.py pseudo --out DIR      # a pseudo-translation .qm (tests)

`fill` reads JSON shaped {"CONTEXT": {"SOURCE": {"de": "...", "es": "..."}}}: what a
translator writes; a source the .ts does not hold (yet) is reported, not added. The build
(hatch_build.py, packaging/build.py) and the test suite call `compile`.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "ankle_coach"
CATALOGUES = PACKAGE / "i18n"
#: The languages translated (English is the source).
TRANSLATED = ("de", "es")
TARGET = {"de": "de_DE", "es": "es_ES"}


def ts_path(language: str, folder: Path = CATALOGUES) -> Path:
    return folder / f"ankle_coach_{language}.ts"


def qm_path(language: str, folder: Path = CATALOGUES) -> Path:
    return folder / f"ankle_coach_{language}.qm"


def qt_tool(name: str) -> Path:
    """Qt's linguist tool `name` (lupdate, lrelease) as PySide6 ships it."""
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.is_file():
            return candidate
    raise SystemExit(f"PySide6 at {folder} has no {name}: install PySide6-Essentials")


@contextmanager
def locked() -> Iterator[None]:
    """One writer of the .ts files at a time (several people and tools update them)."""
    import fcntl  # the maintainers' tools run on Linux and macOS; compile needs no lock
    import hashlib
    import tempfile

    name = hashlib.sha256(str(ROOT).encode()).hexdigest()[:12]
    lock_path = Path(tempfile.gettempdir()) / f"ankle-coach-translations-{name}.lock"
    with open(lock_path, "w", encoding="utf-8") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def sources() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "__pycache__" not in p.parts)


def update() -> None:
    """Add every new `translate(...)` string to each .ts, drop the ones no longer in the code."""
    with locked():
        run_lupdate(CATALOGUES)


def run_lupdate(folder: Path) -> None:
    """pyside6-lupdate over the package into the .ts files of `folder`."""
    for language in TRANSLATED:
        subprocess.run(
            [
                str(qt_tool("lupdate")),
                "-silent",
                "-no-obsolete",
                "-locations",
                "none",
                "-source-language",
                "en",
                "-target-language",
                TARGET[language],
                *[str(p.relative_to(ROOT)) for p in sources()],
                "-ts",
                str(ts_path(language, folder).resolve()),
            ],
            cwd=ROOT,
            check=True,
        )


def _read(path: Path) -> ET.ElementTree[ET.Element]:
    return ET.parse(path)


def _write(tree: ET.ElementTree[ET.Element], path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    text = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n"
    partial = path.with_name(f".{path.name}.partial")
    partial.write_text(text, encoding="utf-8")
    partial.replace(path)


def messages(tree: ET.ElementTree[ET.Element]) -> Iterator[tuple[str, ET.Element]]:
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def fill(files: Sequence[Path]) -> int:
    """Put the translations of `files` into the .ts files; returns how many were not found."""
    wanted: dict[tuple[str, str], dict[str, str | list[str]]] = {}
    for file in files:
        data = json.loads(file.read_text(encoding="utf-8"))
        for context, entries in data.items():
            for source, by_language in entries.items():
                wanted[(context, source)] = by_language
    missing = 0
    with locked():
        seen: set[tuple[str, str]] = set()
        for language in TRANSLATED:
            path = ts_path(language)
            tree = _read(path)
            for context, message in messages(tree):
                key = (context, message.findtext("source") or "")
                if key not in wanted or language not in wanted[key]:
                    continue
                seen.add(key)
                text = wanted[key][language]
                element = message.find("translation")
                if element is None:
                    element = ET.SubElement(message, "translation")
                element.attrib.pop("type", None)
                for child in list(element):
                    element.remove(child)
                if isinstance(text, list):
                    element.text = None
                    for form in text:
                        ET.SubElement(element, "numerusform").text = form
                else:
                    element.text = text
            _write(tree, path)
        run_lupdate(CATALOGUES)  # back in lupdate's own layout: a fill changes only what it fills
        for key in wanted:
            if key not in seen:
                missing += 1
                print(f"not in the catalogues (run update?): {key[0]}: {key[1]!r}")
    return missing


PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}|%n|%\d|&(?=\w)")


def problems(language: str, folder: Path = CATALOGUES) -> list[str]:
    """Unfinished or empty messages of a language, and translations whose placeholders differ
    from the source's (a `{name}` lost or misspelt would raise or show braces)."""
    found: list[str] = []
    for context, message in messages(_read(ts_path(language, folder))):
        source = message.findtext("source") or ""
        element = message.find("translation")
        forms: list[str] = []
        if element is not None:
            forms = [f.text or "" for f in element.iter("numerusform")] or [element.text or ""]
        if element is None or element.get("type") in ("unfinished", "vanished", "obsolete"):
            found.append(f"{language}: {context}: {source!r}: not translated")
            continue
        if not all(form.strip() for form in forms):
            found.append(f"{language}: {context}: {source!r}: empty translation")
            continue
        expected = sorted(set(PLACEHOLDER.findall(source)) - {"&"})
        for form in forms:
            got = sorted(set(PLACEHOLDER.findall(form)) - {"&"})
            if got != expected:
                found.append(
                    f"{language}: {context}: {source!r}: placeholders {got} in {form!r}, "
                    f"the source has {expected}"
                )
    return found


def check() -> int:
    found = [line for language in TRANSLATED for line in problems(language)]
    for line in found:
        print(line)
    total = sum(1 for _ in messages(_read(ts_path("de"))))
    print(f"{total} messages; {len(found)} problems", file=sys.stderr)
    return 1 if found else 0


def compile_catalogues(
    out: Path = CATALOGUES, languages: Sequence[str] = TRANSLATED, source_dir: Path = CATALOGUES
) -> list[Path]:
    """Compile each .ts of `source_dir` into `out` (only what changed); returns the .qm files."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for language in languages:
        source, target = ts_path(language, source_dir), qm_path(language, out)
        if not target.exists() or target.stat().st_mtime < source.stat().st_mtime:
            # one partial file per process: test workers may compile at the same moment
            partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
            subprocess.run(
                [str(qt_tool("lrelease")), "-silent", str(source), "-qm", str(partial)],
                check=True,
            )
            partial.replace(target)
        written.append(target)
    return written


ACCENTS = str.maketrans("aeiouAEIOUcnyCNY", "àéîõüÀÉÎÕÜçñýÇÑÝ")


def pseudo_text(source: str) -> str:
    """`source` accented and 40 % longer, placeholders, markup and mnemonics left intact: what
    German's length does to a layout, visibly not English."""
    parts = re.split(r"(\{[a-z_0-9]*\}|%n|%\d|<[^>]*>|&\w+;)", source)
    body = "".join(p if i % 2 else p.translate(ACCENTS) for i, p in enumerate(parts))
    letters = sum(len(p) for i, p in enumerate(parts) if not i % 2)
    padding = "~" * max(1, round(letters * 0.4)) if letters else ""
    return f"[{body}{padding}]" if letters else body


def pseudo(out: Path) -> Path:
    """A pseudo-translation of every message (from the German catalogue's sources), compiled to
    `out/ankle_coach_pseudo.qm`."""
    tree = _read(ts_path("de"))
    for _context, message in messages(tree):
        source = message.findtext("source") or ""
        element = message.find("translation")
        if element is None:
            element = ET.SubElement(message, "translation")
        element.attrib.pop("type", None)
        forms = list(element.iter("numerusform"))
        if forms:
            for form in forms:
                form.text = pseudo_text(source)
        else:
            element.text = pseudo_text(source)
    out.mkdir(parents=True, exist_ok=True)
    ts = out / "ankle_coach_pseudo.ts"
    _write(tree, ts)
    target = out / "ankle_coach_pseudo.qm"
    subprocess.run([str(qt_tool("lrelease")), "-silent", str(ts), "-qm", str(target)], check=True)
    return target


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("update")
    filling = commands.add_parser("fill")
    filling.add_argument("files", nargs="+", type=Path)
    commands.add_parser("check")
    compiling = commands.add_parser("compile")
    compiling.add_argument("--out", type=Path, default=CATALOGUES)
    pseudo_command = commands.add_parser("pseudo")
    pseudo_command.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    if args.command == "update":
        update()
    elif args.command == "fill":
        return 1 if fill(args.files) else 0
    elif args.command == "check":
        return check()
    elif args.command == "compile":
        for path in compile_catalogues(args.out):
            print(path)
    else:
        print(pseudo(args.out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
