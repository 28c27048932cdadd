"""speech/cfunctions.py: C functions called by name through cffi's backend (not ctypes)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from ankle_coach.speech.cfunctions import c_function, callback, function_type

linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux's libraries")


def test_a_function_of_the_c_library_is_called_with_its_arguments_and_result() -> None:
    length = c_function(None, "strlen", "size_t", "char *")
    assert length is not None
    assert length(b"calf raise") == 10
    absolute = c_function(None, "labs", "long", "long")
    assert absolute(-42) == 42


@linux
def test_malloc_trim_is_there_on_glibc() -> None:
    trim = c_function(None, "malloc_trim", "int", "size_t")
    assert trim is not None and trim(0) in (0, 1)


def test_a_missing_library_or_function_is_none_not_an_error() -> None:
    assert c_function("libankle-coach-not-here.so.9", "anything", "int") is None
    assert c_function(None, "ankle_coach_no_such_function", "int", "int") is None


def test_a_callback_calls_the_python_function_with_c_values() -> None:
    heard: list[tuple[object, ...]] = []
    kind = function_type("void", "char *", "int", "char *", "int", "char *")
    handler = callback(kind, lambda *values: heard.append(values))
    handler(b"pcm.c", 42, b"open", -2, b"cannot find card")
    assert len(heard) == 1 and heard[0][1] == 42 and heard[0][3] == -2


@linux
def test_a_library_stays_loaded_after_its_function_is_taken() -> None:
    """cffi closes a library when its handle is collected: a function taken from it would
    then crash the process when called (it did, with ALSA's)."""
    script = (
        "import gc\n"
        "from ankle_coach.speech.cfunctions import c_function\n"
        "version = c_function('libsqlite3.so.0', 'sqlite3_libversion_number', 'int')\n"
        "gc.collect()\n"
        "print(version() > 3_000_000)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert (done.returncode, done.stdout.strip()) == (0, "True"), done.stderr
