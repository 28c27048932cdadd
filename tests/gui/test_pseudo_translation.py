"""Layout holds in a longer language (issue 18): every string of the window made 40 % longer
with accents (packaging/translations.py `pseudo`, from the shipped catalogue's messages), and
every page and dialog on a 1366x768 screen, at 100 % and 200 % text, measured by the same driver
as the screen tests (tests/support/screens.py): nothing clipped or cut, everything on screen.

Also that the pseudo-translation is what the window shows: the captured texts carry its
brackets, so a string that is not marked for translation (and stays English) is found.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.support.catalogues import translations
from tests.support.screens import CATALOGUE_ENV, TEXT_SIZES, THEMES_ENV, driver
from tests.support.xvfb import start_xvfb, stop_xvfb

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
PER_LOOK = 13


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Any:
    if shutil.which("Xvfb") is None:
        reason = "the pseudo-translation screens need Xvfb (Debian: xvfb)"
        if os.environ.get("ANKLE_COACH_STRICT") == "1":
            pytest.fail(f"ANKLE_COACH_STRICT=1 and {reason}")
        pytest.skip(reason)
    work = tmp_path_factory.mktemp("pseudo")
    catalogue = translations.pseudo(work / "catalogue")
    kept = os.environ.get("ANKLE_COACH_SCREENS")
    out = (Path(kept) if kept else work) / "pseudo-1366x768"
    shutil.rmtree(out, ignore_errors=True)
    home = work / "home"
    (home / "config").mkdir(parents=True)
    (home / "config" / "settings.toml").write_text("version = 2\nask_pain_check_in = false\n")
    server, display = start_xvfb(1366, 768)
    try:
        command, env = driver(
            out, display, home, **{CATALOGUE_ENV: str(catalogue), THEMES_ENV: "light"}
        )
        done = subprocess.run(
            command,
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
    finally:
        stop_xvfb(server)
    output = done.stdout + done.stderr
    assert done.returncode == 0 and "Traceback" not in output, output
    return json.loads((out / "report.json").read_text())


def test_every_page_and_dialog_fits_with_strings_40_percent_longer(report: Any) -> None:
    assert len(report["checked"]) == 1 + PER_LOOK * len(TEXT_SIZES), report["checked"]
    assert report["problems"] == []


#: Words German and Spanish never use, and English text hardly goes without.
ENGLISH = {"the", "and", "of", "to", "your", "you", "is", "for", "with", "this", "not", "when"}


def english_leftovers(texts: dict[str, str]) -> list[str]:
    """Texts of the window in English: an English message of the catalogue shown as it is, or
    two of English's commonest words in one text."""
    sources = {
        (message.findtext("source") or "").strip().rstrip(".:…").lower()
        for _context, message in translations.messages(
            translations._read(translations.ts_path("de"))
        )
    }
    found = []
    for text, where in texts.items():
        words = [w.strip(".,:;!?()\"'“”‘’").lower() for w in text.split()]
        if text.strip().rstrip(".:…").lower() in sources - {""} or (
            len(ENGLISH.intersection(words)) >= 2
        ):
            found.append(f"{where}: {text!r}")
    return found


def test_no_english_is_left_in_the_window(report: Any) -> None:
    unbracketed = report["measures"]["unbracketed"]
    assert english_leftovers(unbracketed) == []


def test_the_leftover_finder_finds_english() -> None:
    found = english_leftovers(
        {"Übung 2": "b", "Pause the session and rest": "c", "Go to": "d", "Ir a": "e"}
    )
    assert found == ["c: 'Pause the session and rest'", "d: 'Go to'"]


def test_the_pseudo_text_is_longer_and_keeps_placeholders() -> None:
    text = translations.pseudo_text("Set {number} of {sets}.")
    assert text.startswith("[Sét {number} õf {sets}.") and text.endswith("~]")
    body = text[1:-1].rstrip("~")
    assert len(text) - len(body) - 2 == round(len("Set  of .") * 0.4)
