"""qt/memory.py: freed heap memory handed back to the system, shortly after a session starts."""

from __future__ import annotations

import ctypes
import os
import subprocess
import sys

import pytest
from pytestqt.qtbot import QtBot

from ankle_coach.qt import memory


def rss_anon_kib() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("RssAnon:"):
                return int(line.split()[1])
    raise AssertionError("no RssAnon in /proc/self/status")


def glibc() -> bool:
    try:
        ctypes.CDLL(None).malloc_trim  # noqa: B018
    except (OSError, AttributeError):
        return False
    return True


@pytest.mark.skipif(not sys.platform.startswith("linux") or not glibc(), reason="glibc only")
def test_memory_freed_in_the_middle_of_the_heap_goes_back_to_the_system() -> None:
    memory.release_freed_memory()
    # 32 MiB in 4 KiB blocks (malloc's heap, not mmap), then a block kept after them: freeing
    # them leaves a hole free() itself does not give back
    blocks = [ctypes.create_string_buffer(4096) for _ in range(8192)]
    kept = ctypes.create_string_buffer(64)
    for block in blocks:
        block.raw = b"x" * 4096  # touched: resident
    del blocks
    before = rss_anon_kib()
    assert memory.release_freed_memory() is True
    assert rss_anon_kib() < before - 16 * 1024
    assert kept.raw == b"\0" * 64


def test_elsewhere_nothing_is_called(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "darwin")
    assert memory.release_freed_memory() is False


def test_soon_runs_it_once_the_event_loop_has_turned(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    monkeypatch.setattr(memory, "RELEASE_AFTER_MS", 10)

    def recorded() -> bool:
        calls.append("trim")
        return True

    monkeypatch.setattr(memory, "release_freed_memory", recorded)
    memory.release_freed_memory_soon()
    assert calls == []
    qtbot.waitUntil(lambda: calls == ["trim"], timeout=2000)


@pytest.mark.skipif(not hasattr(os, "posix_spawnp"), reason="Windows starts it with subprocess")
def test_the_window_and_its_session_load_neither_ctypes_nor_subprocess() -> None:
    """What a session runs on, with its sound tried and its memory trimmed, leaves out ctypes
    (libffi, its classes) and subprocess: issue 16 holds a session's memory to a bare window's.
    The speech worker process, which loads espeak-ng with ctypes, is another process, started
    here as a session starts it (speech/child.py, not subprocess, on POSIX). Nor signal (its
    enums; the worker ignores SIGINT in its own process), expat's Python module or the PNG
    data check, which only the rarer paths need."""
    script = (
        "import sys\n"
        "import ankle_coach.ui.app, ankle_coach.ui.session.host, ankle_coach.ui.check_in.flow\n"
        "from ankle_coach.qt import memory, cue_player\n"
        "from ankle_coach.speech import playback, render\n"
        "playback.quiet_alsa()\n"
        "memory.release_freed_memory()\n"
        "assert render.list_voices()\n"
        "print(sorted({'ctypes', 'subprocess', 'signal', 'xml.parsers.expat',\n"
        "              'ankle_coach.core.png_data'} & set(sys.modules)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert (done.returncode, done.stdout.strip()) == (0, "[]"), done.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux") or not glibc(), reason="glibc only")
def test_after_share_one_heap_threads_make_no_heaps_of_their_own() -> None:
    """glibc's own count (malloc_stats, one "Arena N:" per heap) with four threads allocating,
    with and without share_one_heap."""
    script = (
        "import sys, threading\n"
        "from ankle_coach.qt import memory\n"
        "from ankle_coach.speech.cfunctions import c_function\n"
        "if sys.argv[1] == 'shared':\n"
        "    assert memory.share_one_heap()\n"
        "kept = []\n"
        "def work():\n"
        "    kept.append([bytearray(4096) for _ in range(500)])\n"
        "threads = [threading.Thread(target=work) for _ in range(4)]\n"
        "for thread in threads: thread.start()\n"
        "for thread in threads: thread.join()\n"
        "c_function(None, 'malloc_stats', 'void')()\n"
    )
    heaps = {}
    for mode in ("shared", "default"):
        done = subprocess.run(
            [sys.executable, "-c", script, mode],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        heaps[mode] = done.stderr.count("Arena ")
    assert heaps["shared"] == 1 < heaps["default"], heaps
