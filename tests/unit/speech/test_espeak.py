from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from ankle_coach.speech import espeak
from ankle_coach.speech.espeak import DATA_ENV, LIBRARY_ENV, NO_LIBRARY, prepare_espeak

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="espeak is Linux's")


@linux_only
def test_the_bundled_library_and_its_data_are_used(monkeypatch: pytest.MonkeyPatch) -> None:
    import espeakng_loader

    monkeypatch.delenv(LIBRARY_ENV, raising=False)
    monkeypatch.setenv(DATA_ENV, "/somewhere/else")  # also restores it afterwards
    assert prepare_espeak() is None
    assert os.environ[DATA_ENV] == espeakng_loader.get_data_path()
    with open("/proc/self/maps", encoding="utf-8") as maps:
        loaded = maps.read()
    assert str(Path(espeakng_loader.get_library_path()).parent) in loaded


@linux_only
def test_a_library_named_by_the_environment_that_cannot_load_is_explained(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = tmp_path / "libespeak-ng.so.1"
    monkeypatch.setenv(LIBRARY_ENV, str(missing))
    assert prepare_espeak() == (
        f"The speech library {missing} named by {LIBRARY_ENV} cannot be loaded: "
        f"unset {LIBRARY_ENV} or point it at a libespeak-ng.so.1 file."
    )


@linux_only
def test_with_no_library_anywhere_the_reason_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(LIBRARY_ENV, raising=False)
    monkeypatch.setitem(sys.modules, "espeakng_loader", None)  # import raises ImportError
    monkeypatch.setattr(espeak, "SYSTEM_LIBRARY", "libespeak-ng-not-here.so.1")
    reason = prepare_espeak()
    assert reason == NO_LIBRARY
    assert "pip install espeakng-loader" in NO_LIBRARY and "espeak-ng" in NO_LIBRARY
    assert "\n" not in NO_LIBRARY and NO_LIBRARY.endswith(".")


def test_macos_and_windows_use_their_own_speech(monkeypatch: pytest.MonkeyPatch) -> None:
    for platform in ("darwin", "win32"):
        monkeypatch.setattr(sys, "platform", platform)
        monkeypatch.setenv(LIBRARY_ENV, "/no/such/library")
        monkeypatch.delenv(DATA_ENV, raising=False)
        assert prepare_espeak() is None
        assert DATA_ENV not in os.environ
