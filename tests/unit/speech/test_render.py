"""Rendering cues: real speech for the built-in routines, the cache, atomicity, no speech."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
import textwrap
import time
import types
from collections.abc import Callable
from pathlib import Path

import pytest

from ankle_coach.core.library import LibraryEntry
from ankle_coach.core.plan import compile_plan
from ankle_coach.speech import render as render_module
from ankle_coach.speech.cache import CueCache
from ankle_coach.speech.espeak import LIBRARY_ENV
from ankle_coach.speech.facts import CueFacts, cue_facts, facts_path, read_facts
from ankle_coach.speech.render import (
    CacheUnwritable,
    Pyttsx3Renderer,
    RecordingRenderer,
    SpeechUnavailable,
    list_voices,
)
from ankle_coach.speech.voice import VoiceSettings
from ankle_coach.speech.wav import WavInfo, partial_path

from .conftest import BuiltinRender
from .support import (
    builtin_entries,
    distinct_cue_texts,
    partial_files,
    plausible_seconds,
    spoken_part,
)

# The real renderer: most tests start its worker process, many render speech for real.
pytestmark = pytest.mark.slow

BUILTIN = builtin_entries()


@pytest.mark.parametrize("entry", BUILTIN, ids=[entry.id for entry in BUILTIN])
def test_every_builtin_cue_renders_to_plausible_speech(
    builtin_render: BuiltinRender, entry: LibraryEntry
) -> None:
    rate = builtin_render.settings.rate
    for text in distinct_cue_texts(entry):
        path = builtin_render.paths[text]
        info = WavInfo.of(path)
        assert (info.rate, info.channels, info.sample_width) == (22050, 1, 2), text
        assert info.peak > 8000, f"{text!r} is silent (peak {info.peak})"
        shortest, longest = plausible_seconds(text, rate)
        assert info.duration >= shortest, f"{text!r} lasts {info.duration:.2f} s"
        assert spoken_part(path) <= longest, f"{text!r} speaks for {spoken_part(path):.2f} s"


@pytest.mark.parametrize("entry", BUILTIN, ids=[entry.id for entry in BUILTIN])
def test_at_the_default_rate_every_cue_ends_before_the_next_begins(
    builtin_render: BuiltinRender, entry: LibraryEntry
) -> None:
    """The Plan spaces cues by an estimate of their length; the real speech must fit."""
    cues = compile_plan(entry.routine).cues
    speaks = {text: spoken_part(builtin_render.paths[text]) for text in distinct_cue_texts(entry)}
    for cue, after in zip(cues, cues[1:], strict=False):
        ends = cue.at + speaks[cue.text]
        assert ends <= after.at, f"{cue.text!r} at {cue.at} runs into {after.text!r}"


def test_one_worker_renders_everything_and_reports_progress(
    builtin_render: BuiltinRender,
) -> None:
    total = len(builtin_render.paths)
    assert builtin_render.jobs_started == 1
    assert builtin_render.progress == [(done, total) for done in range(1, total + 1)]
    assert partial_files(builtin_render.cache.root) == []
    wavs = sorted(builtin_render.paths.values())
    assert sorted(builtin_render.cache.root.iterdir()) == sorted(
        [*wavs, *(facts_path(wav) for wav in wavs)]
    )


def test_a_cached_render_gives_each_files_facts_without_reading_a_sample(
    builtin_render: BuiltinRender, monkeypatch: pytest.MonkeyPatch
) -> None:
    measured = {text: CueFacts.measure(path) for text, path in builtin_render.paths.items()}

    def refuse(path: Path) -> None:
        raise AssertionError(f"{path}: samples were read")

    monkeypatch.setattr("ankle_coach.speech.facts.read_pcm", refuse)
    again = Pyttsx3Renderer(builtin_render.cache).render(
        builtin_render.paths, builtin_render.settings
    )
    assert {text: cue_facts(path) for text, path in again.items()} == measured


def test_a_second_render_starts_no_process_and_gives_the_same_files(
    builtin_render: BuiltinRender, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_process(*args: object, **kwargs: object) -> None:
        raise AssertionError("a cached render started a process")

    monkeypatch.setattr(subprocess, "Popen", no_process)
    renderer = Pyttsx3Renderer(builtin_render.cache)
    progress: list[tuple[int, int]] = []
    again = renderer.render(
        reversed(list(builtin_render.paths)),
        builtin_render.settings,
        lambda done, total: progress.append((done, total)),
    )
    assert again == builtin_render.paths
    assert renderer.jobs_started == 0 and progress == []


def test_other_voice_settings_render_other_files(builtin_render: BuiltinRender) -> None:
    """The rate is really applied: a slower voice says the same text for longer."""
    text = "Rest. Next: set 2 of 3, left side."
    default = builtin_render.paths[text]
    renderer = Pyttsx3Renderer(builtin_render.cache)
    slow = renderer.render([text], VoiceSettings(rate=120))[text]
    fast = renderer.render([text], VoiceSettings(rate=240))[text]
    american = renderer.render([text], VoiceSettings(voice_id="gmw/en-us"))[text]
    quiet = renderer.render([text], VoiceSettings(volume=0.3))[text]
    assert len({default, slow, fast, american, quiet}) == 5
    assert renderer.jobs_started == 4
    assert spoken_part(slow) > 1.6 * spoken_part(fast)
    assert WavInfo.of(quiet).peak < 0.6 * WavInfo.of(default).peak
    assert WavInfo.of(american).peak > 8000


def test_a_caller_that_gives_up_midway_leaves_only_whole_files(tmp_path: Path) -> None:
    """The worker is killed mid-job; nothing half-written is left, under any name."""

    class GiveUp(Exception):
        pass

    def give_up(done: int, total: int) -> None:
        raise GiveUp

    cache = CueCache(tmp_path)
    texts = [f"Set {n} of 12." for n in range(1, 13)]
    with pytest.raises(GiveUp):
        Pyttsx3Renderer(cache).render(texts, VoiceSettings(), give_up)
    assert partial_files(tmp_path) == []
    written = list(tmp_path.glob("*.wav"))
    assert written, "the first file was reported done, so it is there"
    for path in written:
        assert WavInfo.of(path).frames > 0
    # a text is answered once its facts are written beside it; a later one the worker was
    # stopped on may have none yet (it is measured when first read), but never wrong ones
    assert read_facts(cache.path_for(texts[0], VoiceSettings())) is not None
    for path in tmp_path.glob("*.json"):
        wav = path.with_suffix(".wav")
        assert read_facts(wav) == CueFacts.measure(wav)
    # and the next render completes the rest
    renderer = Pyttsx3Renderer(cache)
    renderer.render(texts, VoiceSettings())
    assert cache.missing(texts, VoiceSettings()) == []


def stand_in_worker(tmp_path: Path, then: str) -> list[str]:
    """A worker that starts writing its first file, then does `then`."""
    script = tmp_path / "stand_in.py"
    script.write_text(
        textwrap.dedent(
            f"""
            import json, os, signal, sys, threading
            from pathlib import Path
            from ankle_coach.speech.wav import partial_path

            job = json.load(sys.stdin)
            first = Path(job["items"][0]["path"])
            partial_path(first).write_bytes(b"RIFF")  # a render cut short
            partial_path(first.with_suffix(".json")).write_bytes(b"{{")  # and its facts
            {then}
            """
        ),
        encoding="utf-8",
    )
    return [sys.executable, str(script)]


def test_a_killed_worker_leaves_no_partial_file(tmp_path: Path) -> None:
    cache = CueCache(tmp_path / "cues")
    command = stand_in_worker(tmp_path, "os.kill(os.getpid(), signal.SIGKILL)")
    with pytest.raises(SpeechUnavailable) as caught:
        Pyttsx3Renderer(cache, command=command).render(["Go.", "Rest."], VoiceSettings())
    assert caught.value.reason == "The speech worker was stopped by signal 9."
    assert list(cache.root.iterdir()) == []


def test_a_worker_that_hangs_is_stopped(tmp_path: Path) -> None:
    cache = CueCache(tmp_path / "cues")
    command = stand_in_worker(tmp_path, "threading.Event().wait()")
    renderer = Pyttsx3Renderer(cache, command=command, stall_timeout=0.5)
    with pytest.raises(SpeechUnavailable) as caught:
        renderer.render(["Go."], VoiceSettings())
    assert (
        caught.value.reason == "The speech worker gave no answer for 0.5 seconds and was stopped."
    )
    assert list(cache.root.iterdir()) == []
    assert not partial_path(cache.path_for("Go.", VoiceSettings())).exists()


def test_an_unknown_voice_is_a_plain_reason_and_writes_nothing(tmp_path: Path) -> None:
    with pytest.raises(SpeechUnavailable) as caught:
        Pyttsx3Renderer(CueCache(tmp_path)).render(["Go."], VoiceSettings(voice_id="xx/nope"))
    assert caught.value.reason == (
        "There is no voice 'xx/nope'; choose one of the installed voices."
    )
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="espeak is Linux's")
def test_no_speech_library_is_a_plain_reason_not_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = tmp_path / "nowhere" / "libespeak-ng.so.1"
    monkeypatch.setenv(LIBRARY_ENV, str(missing))  # the worker inherits it
    cache = CueCache(tmp_path / "cues")
    with pytest.raises(SpeechUnavailable) as caught:
        Pyttsx3Renderer(cache).render(["Go."], VoiceSettings())
    reason = caught.value.reason
    assert reason.startswith(f"The speech library {missing} named by {LIBRARY_ENV} cannot be")
    assert "Traceback" not in reason and "\n" not in reason
    assert str(caught.value) == reason
    with pytest.raises(SpeechUnavailable, match="cannot be loaded"):
        list_voices()
    assert not any(cache.root.iterdir())


def test_a_worker_that_cannot_start_is_a_plain_reason(tmp_path: Path) -> None:
    renderer = Pyttsx3Renderer(CueCache(tmp_path), command=[str(tmp_path / "no-such-python")])
    with pytest.raises(SpeechUnavailable, match="^The speech worker could not start: "):
        renderer.render(["Go."], VoiceSettings())


def test_a_worker_that_crashes_names_its_last_words(tmp_path: Path) -> None:
    command = [sys.executable, "-c", "import sys; sys.exit('espeak exploded')"]
    renderer = Pyttsx3Renderer(CueCache(tmp_path), command=command)
    with pytest.raises(SpeechUnavailable) as caught:
        renderer.render(["Go."], VoiceSettings())
    assert caught.value.reason == "The speech worker failed (exit status 1): espeak exploded"


def test_a_blank_text_is_a_mistake(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="a cue text is blank"):
        Pyttsx3Renderer(CueCache(tmp_path)).render(["Go.", " "], VoiceSettings())


def test_list_voices_has_english() -> None:
    voices = {voice.id: voice for voice in list_voices()}
    assert "gmw/en" in voices
    assert voices["gmw/en"].languages


def test_the_worker_runs_under_this_interpreter() -> None:
    assert render_module.worker_command() == [sys.executable, "-m", "ankle_coach.speech.worker"]


def test_the_recording_renderer_writes_beeps_and_records(tmp_path: Path) -> None:
    cache = CueCache(tmp_path)
    renderer = RecordingRenderer(cache)
    progress: list[tuple[int, int]] = []
    first = renderer.render(["3", "2", "3"], VoiceSettings(), lambda *p: progress.append(p))
    second = renderer.render(["2", "1"], VoiceSettings())
    assert list(first) == ["3", "2"] and list(second) == ["2", "1"]
    assert renderer.calls == [(("3", "2", "3"), VoiceSettings()), (("2", "1"), VoiceSettings())]
    assert renderer.rendered == ["3", "2", "1"]
    assert progress == [(1, 2), (2, 2)]
    info = WavInfo.of(second["1"])
    assert (info.rate, info.channels, info.sample_width) == (22050, 1, 2) and info.peak > 8000


def test_the_recording_renderer_can_have_no_speech(tmp_path: Path) -> None:
    renderer = RecordingRenderer(CueCache(tmp_path), unavailable="No speech library was found.")
    with pytest.raises(SpeechUnavailable, match="No speech library was found."):
        renderer.render(["Go."], VoiceSettings())
    assert renderer.calls == [(("Go.",), VoiceSettings())] and renderer.rendered == []


def test_the_speech_package_never_imports_qt() -> None:
    """The Qt player is built on it; the worker and the CLI must not need Qt."""
    probe = (
        "import sys, ankle_coach.speech, ankle_coach.speech.manifest, ankle_coach.speech.worker;"
        "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_a_cache_folder_that_cannot_be_made_is_a_plain_reason(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    renderer = Pyttsx3Renderer(CueCache(blocker / "cues"))
    with pytest.raises(SpeechUnavailable) as caught:
        renderer.render(["Go."], VoiceSettings())
    assert (
        caught.value.reason
        == f"The cue cache {blocker / 'cues'} cannot be created: Not a directory."
    )
    assert renderer.jobs_started == 0


# -- a damaged cache, a full disk ------------------------------------------------------------------


def test_a_real_render_damaged_by_noise_is_rendered_again_by_the_worker(tmp_path: Path) -> None:
    cache = CueCache(tmp_path / "cues")
    renderer = Pyttsx3Renderer(cache)
    wav = renderer.render(["Rest."], VoiceSettings())["Rest."]
    rendered = CueFacts.measure(wav)
    data = wav.read_bytes()
    wav.write_bytes(data[:44] + bytes((7 * i) % 251 for i in range(len(data) - 44)))
    assert cache.problems(["Rest."], VoiceSettings()) == {
        "Rest.": "its samples are not those rendered (their checksum differs)"
    }
    renderer.render(["Rest."], VoiceSettings())
    assert renderer.jobs_started == 2
    assert CueFacts.measure(wav).peak == rendered.peak  # speech again, not noise
    assert cache.problems(["Rest."], VoiceSettings()) == {}


def test_a_damaged_file_that_cannot_be_rendered_again_says_so(tmp_path: Path) -> None:
    cache = CueCache(tmp_path / "cues")
    wav = RecordingRenderer(cache).render(["Rest."], VoiceSettings())["Rest."]
    wav.write_bytes(wav.read_bytes()[:100])
    renderer = Pyttsx3Renderer(cache, command=[sys.executable, "-c", "raise SystemExit(3)"])
    with pytest.raises(SpeechUnavailable) as caught:
        renderer.render(["Rest."], VoiceSettings())
    assert caught.value.reason == (
        "1 cached cue sound(s) were damaged and could not be rendered again (the first, "
        "'Rest.': it is damaged: the header promises 3308 frames, the file holds 28). "
        "The speech worker failed (exit status 3)."
    )


def _refuse_writes(monkeypatch: pytest.MonkeyPatch) -> None:
    def full(target: Path, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(target))

    monkeypatch.setattr(render_module, "write_bytes_atomically", full)


def _no_free_space(monkeypatch: pytest.MonkeyPatch) -> None:
    usage = types.SimpleNamespace(total=10**9, used=10**9, free=0)
    monkeypatch.setattr(shutil, "disk_usage", lambda path: usage)


@pytest.mark.parametrize("fill", [_refuse_writes, _no_free_space], ids=["write fails", "0 free"])
def test_a_full_cache_disk_is_said_at_once_and_starts_no_worker(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fill: Callable[[pytest.MonkeyPatch], None]
) -> None:
    cache = CueCache(tmp_path / "cues")
    renderer = Pyttsx3Renderer(cache)
    fill(monkeypatch)
    started = time.monotonic()
    with pytest.raises(CacheUnwritable) as caught:
        renderer.render(["Rest.", "Go."], VoiceSettings())
    assert time.monotonic() - started < 1.0
    assert caught.value.reason == (
        f"{cache.root}: no space left on device for the cue sounds; free some space, then try "
        "again."
    )
    assert renderer.jobs_started == 0
    assert sorted(path.name for path in cache.root.iterdir()) == []


def test_a_read_only_cache_is_said_at_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def read_only(target: Path, data: bytes) -> None:
        raise OSError(errno.EROFS, "Read-only file system", str(target))

    monkeypatch.setattr(render_module, "write_bytes_atomically", read_only)
    cache = CueCache(tmp_path / "cues")
    with pytest.raises(CacheUnwritable) as caught:
        Pyttsx3Renderer(cache).render(["Rest."], VoiceSettings())
    assert caught.value.reason == (
        f"{cache.root}: the cue sounds cannot be written there: Read-only file system."
    )


def test_a_worker_that_finds_the_disk_full_is_not_blamed(tmp_path: Path) -> None:
    """The worker's answer when the disk fills while it renders (seen: espeak writes an empty
    file, or never finishes)."""
    answer = (
        'import json; print(json.dumps({"done": 1, "total": 1, "text": "Rest.", "ok": False, '
        '"error": "full", "no_space": True}), flush=True); raise SystemExit(10)'
    )
    cache = CueCache(tmp_path / "cues")
    renderer = Pyttsx3Renderer(cache, command=[sys.executable, "-c", answer])
    with pytest.raises(CacheUnwritable, match="no space left on device"):
        renderer.render(["Rest."], VoiceSettings())


def test_a_disk_that_fills_while_the_worker_hangs_is_said_at_once_not_blamed_on_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The speech engine hangs writing into a full disk: within QUIET_CHECK seconds of the
    disk filling, the render stops with the full disk as its reason, long before the worker's
    own 30 s time-out, and leaves nothing half-written."""
    cache = CueCache(tmp_path / "cues")
    command = stand_in_worker(tmp_path, "threading.Event().wait()")
    looks: list[int] = []
    from ankle_coach.speech.wav import free_bytes as real

    def filling(folder: Path) -> int | None:
        looks.append(1)
        return 0 if len(looks) > 1 else real(folder)  # room at the start, then none

    from ankle_coach.speech import wav

    monkeypatch.setattr(wav, "free_bytes", filling)  # what wav.is_full asks
    renderer = Pyttsx3Renderer(cache, command=command, stall_timeout=60)
    started = time.monotonic()
    with pytest.raises(CacheUnwritable) as caught:
        renderer.render(["Go."], VoiceSettings())
    assert time.monotonic() - started < 30
    assert caught.value.reason == (
        f"{cache.root}: no space left on device for the cue sounds; free some space, then try "
        "again."
    )
    assert not partial_path(cache.path_for("Go.", VoiceSettings())).exists()


def test_partial_files_of_workers_that_are_gone_are_removed_before_a_render(
    tmp_path: Path,
) -> None:
    """A worker killed outright (a second Ctrl+C, a power cut) leaves its partial file: the
    next render removes it, and only those of processes that are gone."""
    folder = tmp_path / "cues"
    folder.mkdir()
    finished = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    gone = int(finished.stdout)
    running = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        kept_file = folder / "ab12.wav"
        kept_file.write_bytes(b"RIFF")
        stale = [folder / f".ab12.wav.{gone}.partial", folder / f".ab12.json.{gone}.partial"]
        live = [
            folder / f".cd34.wav.{running.pid}.partial",
            folder / f".ef56.wav.{os.getpid()}.partial",
        ]
        odd = [folder / ".notes.partial", folder / ".x.wav.12ab.partial"]
        for path in (*stale, *live, *odd):
            path.write_bytes(b"")
        removed = render_module.remove_stale_partials(folder)
        assert sorted(removed) == sorted(stale)
        assert sorted(folder.iterdir()) == sorted([kept_file, *live, *odd])
        assert render_module.remove_stale_partials(tmp_path / "not-there") == []
    finally:
        running.kill()
        running.wait()
