"""Reading the settings file's TOML (core/settings_reading.py): each reason it cannot be used,
in English and in the user's language."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ankle_coach.core import i18n
from ankle_coach.core.i18n import Language
from ankle_coach.core.settings_reading import (
    MAX_FILE_BYTES,
    NotAFile,
    Unusable,
    kind_words,
    read_document,
)


def test_a_good_file_is_its_document(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text('\ufeffversion = 2\ntheme = "dark"\n', encoding="utf-8")
    assert read_document(path) == {"version": 2, "theme": "dark"}


@pytest.mark.parametrize(
    ("language", "content", "message"),
    [
        ("en", b"\xff\xfe", "it is not UTF-8 text"),
        ("de", b"\xff\xfe", "sie ist kein UTF-8-Text"),
        ("es", b"\xff\xfe", "no es texto UTF-8"),
        ("en", b"  \n", "it is empty"),
        ("de", b"  \n", "sie ist leer"),
        ("es", b"  \n", "está vacío"),
        ("en", b"x" * (MAX_FILE_BYTES + 1), "it is 64.0 KiB; a settings file is at most 64 KiB"),
        (
            "de",
            b"x" * (MAX_FILE_BYTES + 1),
            "sie ist 64,0 KiB groß; eine Einstellungsdatei darf höchstens 64 KiB groß sein",
        ),
        (
            "es",
            b"x" * (MAX_FILE_BYTES + 1),
            "ocupa 64,0 KiB; un archivo de ajustes ocupa como máximo 64 KiB",
        ),
    ],
)
def test_a_file_that_cannot_be_used_says_why_in_the_users_language(
    tmp_path: Path, language: Language, content: bytes, message: str
) -> None:
    path = tmp_path / "settings.toml"
    path.write_bytes(content)
    with i18n.using(language), pytest.raises(Unusable) as caught:
        read_document(path)
    assert str(caught.value) == message


def test_a_folder_is_not_read(tmp_path: Path) -> None:
    folder = tmp_path / "settings.toml"
    folder.mkdir()
    with pytest.raises(NotAFile) as caught:
        read_document(folder)
    assert str(caught.value) == "it is a folder"
    with i18n.using("de"):
        assert kind_words(os.stat(folder).st_mode) == "dort liegt ein Ordner"
