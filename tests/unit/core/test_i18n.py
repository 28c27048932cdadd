"""core/i18n.py: which language the environment and the settings choose, and the pure reader
of the compiled catalogues the command line and the core use."""

from __future__ import annotations

import struct

import pytest

from ankle_coach.core import i18n
from ankle_coach.core.i18n import (
    QM_MAGIC,
    Catalogue,
    CatalogueError,
    language_from_environment,
    language_of,
    resolve_language,
    translate,
)


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "de"),
        ({"LANG": "es_MX.UTF-8"}, "es"),
        ({"LANG": "fr_FR.UTF-8"}, "en"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "POSIX"}, "en"),
        # the first that is set decides, in gettext's order
        ({"LC_MESSAGES": "es_ES.UTF-8", "LANG": "de_DE.UTF-8"}, "es"),
        ({"LC_ALL": "de_AT@euro", "LC_MESSAGES": "es_ES.UTF-8"}, "de"),
        ({"LANGUAGE": "es", "LC_ALL": "de_DE.UTF-8"}, "es"),
        ({"LC_ALL": "", "LANG": "de_DE.UTF-8"}, "de"),
        # LANGUAGE is a list tried in order; none of ours: English, not LANG's
        ({"LANGUAGE": "fr:de:es", "LANG": "es_ES.UTF-8"}, "de"),
        ({"LANGUAGE": "fr:it", "LANG": "de_DE.UTF-8"}, "en"),
        ({"LANGUAGE": "en_GB:de", "LANG": "de_DE.UTF-8"}, "en"),
        # unlike gettext, LANGUAGE counts under the C locale too (LANG=C.UTF-8 machines)
        ({"LANGUAGE": "de", "LANG": "C.UTF-8"}, "de"),
        ({"LANGUAGE": "es", "LC_ALL": "C"}, "es"),
        ({"LANGUAGE": "de"}, "de"),
    ],
)
def test_the_environment_chooses_as_gettext_does(environ: dict[str, str], expected: str) -> None:
    assert language_from_environment(environ) == expected


def test_settings_choice_wins_over_the_system() -> None:
    assert resolve_language("es", {"LANG": "de_DE.UTF-8"}) == "es"
    assert resolve_language("system", {"LANG": "de_DE.UTF-8"}) == "de"
    assert resolve_language(None, {}) == "en"
    assert language_of("DE-ch") == "de"
    assert language_of("") is None


def _qm(messages: list[tuple[str, str, str, list[str]]]) -> bytes:
    """A .qm in lrelease's layout (messages section only: the reader needs no hash table)."""
    body = b""
    for context, source, comment, translations in messages:
        for text in translations:
            raw = text.encode("utf-16-be")
            body += bytes([3]) + struct.pack(">I", len(raw)) + raw
        for tag, value in ((8, comment), (6, source), (7, context)):
            raw = value.encode("utf-8")
            body += bytes([tag]) + struct.pack(">I", len(raw)) + raw
        body += bytes([1])
    return QM_MAGIC + bytes([0x69]) + struct.pack(">I", len(body)) + body


def test_translate_answers_from_the_active_catalogue_and_falls_back_to_english() -> None:
    catalogue = Catalogue.parse(
        _qm(
            [
                ("core.plan", "Set {number} of {sets}.", "", ["Satz {number} von {sets}."]),
                ("core.plan", "Halfway.", "", ["Halbzeit."]),
                ("core.plan", "Go.", "", [""]),  # empty: English
                ("core.plan", "%n reps", "", ["%n Wiederholung", "%n Wiederholungen"]),
            ]
        )
    )
    with i18n.using("de", catalogue):
        assert i18n.current_language() == "de"
        assert translate("core.plan", "Halfway.") == "Halbzeit."
        assert translate("core.plan", "Set {number} of {sets}.").format(number=2, sets=3) == (
            "Satz 2 von 3."
        )
        assert translate("core.plan", "Go.") == "Go."
        assert translate("other", "Halfway.") == "Halfway."  # the context counts
        assert translate("core.plan", "%n reps", None, 1) == "1 Wiederholung"
        assert translate("core.plan", "%n reps", None, 12) == "12 Wiederholungen"
    assert i18n.current_language() == "en"
    assert translate("core.plan", "Halfway.") == "Halfway."


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "not a compiled Qt translation"),
        (b"PK\x03\x04 a zip", "not a compiled Qt translation"),
        (QM_MAGIC + b"\x69\x00\x00", "cut short in a section header"),
        (QM_MAGIC + b"\x69\x00\x00\x00\x09\x03", "cut short in a section"),
        (QM_MAGIC + b"\x69\x00\x00\x00\x03\x03\x00\x00", "cut short in a message"),
        (QM_MAGIC + b"\x69\x00\x00\x00\x01\x55", "unknown field 0x55"),
    ],
)
def test_a_broken_catalogue_is_refused_with_the_reason(data: bytes, message: str) -> None:
    with pytest.raises(CatalogueError, match=message):
        Catalogue.parse(data)


def test_a_missing_or_broken_catalogue_leaves_english_and_says_why(
    monkeypatch: pytest.MonkeyPatch, tmp_path: object
) -> None:
    from pathlib import Path

    folder = Path(str(tmp_path))
    monkeypatch.setattr(i18n, "catalogue_dir", lambda: folder)
    with i18n.using("de") as language:
        assert language == "en"
        assert i18n.load_problem is not None and "ankle_coach_de.qm: not found" in (
            i18n.load_problem
        )
    (folder / "ankle_coach_es.qm").write_bytes(b"garbage")
    with i18n.using("es") as language:
        assert language == "en"
        assert i18n.load_problem is not None
        assert "ankle_coach_es.qm: not a compiled Qt translation" in i18n.load_problem
