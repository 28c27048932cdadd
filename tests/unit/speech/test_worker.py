"""The worker process, driven through its JSON protocol (real speech where it runs)."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from ankle_coach.speech import worker
from ankle_coach.speech.facts import CueFacts, facts_path, read_facts
from ankle_coach.speech.wav import KEEP_LEAD_SECONDS, KEEP_TAIL_SECONDS, WavInfo, silent_edges
from ankle_coach.speech.worker import BadJob, Item, Job, parse_job

from .support import partial_files

# Every test runs the speech worker in a subprocess and renders speech for real.
pytestmark = pytest.mark.slow


def run_worker(job: Any) -> tuple[int, list[str]]:
    raw = job if isinstance(job, str) else json.dumps(job)
    done = subprocess.run(
        [sys.executable, "-m", "ankle_coach.speech.worker"],
        input=raw,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    return done.returncode, done.stdout.splitlines()


def test_stdout_carries_only_protocol_lines(tmp_path: Path) -> None:
    items = [{"text": text, "path": str(tmp_path / f"{n}.wav")} for n, text in enumerate("321")]
    status, lines = run_worker({"voice_id": None, "rate": 170, "volume": 1.0, "items": items})
    assert status == 0
    # the espeak driver prints "Audio saved to ..."; none of it may reach the protocol
    assert [json.loads(line) for line in lines] == [
        {"voice": "gmw/en"},  # the engine's default: no language asked for
        {"done": 1, "total": 3, "text": "3", "ok": True},
        {"done": 2, "total": 3, "text": "2", "ok": True},
        {"done": 3, "total": 3, "text": "1", "ok": True},
    ]
    assert all(WavInfo.of(tmp_path / f"{n}.wav").frames > 0 for n in range(3))
    assert partial_files(tmp_path) == []


def test_each_file_has_its_facts_beside_it(tmp_path: Path) -> None:
    """Measured in the worker, so that the app reads no sample (speech/facts.py)."""
    texts = ["Rest.", "Switch sides."]
    items = [{"text": text, "path": str(tmp_path / f"{n}.wav")} for n, text in enumerate(texts)]
    status, _lines = run_worker({"voice_id": None, "rate": 170, "volume": 1.0, "items": items})
    assert status == 0
    for n in range(len(texts)):
        wav = tmp_path / f"{n}.wav"
        assert facts_path(wav).is_file()
        facts = read_facts(wav)
        assert facts == CueFacts.measure(wav)
        assert facts.peak > 8000
        # espeak's pauses before and after the words are cut: at most 10 ms kept before the
        # first loud sample, 30 ms after the last (faded), so the facts are of the trimmed file
        lead, trail = silent_edges(wav)
        assert lead <= KEEP_LEAD_SECONDS + 0.001
        assert trail == pytest.approx(KEEP_TAIL_SECONDS, abs=0.001)
        assert facts.speaking_seconds == pytest.approx(facts.duration - trail, abs=0.001)
    assert partial_files(tmp_path) == []


def test_list_voices_names_the_installed_voices() -> None:
    status, lines = run_worker({"list_voices": True})
    assert status == 0
    [answer] = [json.loads(line) for line in lines]
    voices = {voice["id"]: voice for voice in answer["voices"]}
    assert {"gmw/en", "gmw/en-us"} <= voices.keys()
    assert voices["gmw/en-us"]["name"] and voices["gmw/en-us"]["languages"]


def test_an_unknown_voice_stops_the_job_before_anything_is_written(tmp_path: Path) -> None:
    target = tmp_path / "a.wav"
    status, lines = run_worker(
        {
            "voice_id": "xx/nope",
            "rate": 170,
            "volume": 1.0,
            "items": [{"text": "Go.", "path": str(target)}],
        }
    )
    assert status == worker.EXIT_BAD_JOB
    assert [json.loads(line) for line in lines] == [
        {
            "fatal": "There is no voice 'xx/nope'; choose one of the installed voices.",
            "unavailable": False,
        }
    ]
    assert list(tmp_path.iterdir()) == []


def test_a_job_that_is_not_json_is_refused() -> None:
    status, lines = run_worker("{not json")
    assert status == worker.EXIT_BAD_JOB
    assert json.loads(lines[0])["fatal"].startswith("Bad render job: the job is not JSON")


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("[]", "the job must be a JSON object"),
        ('{"items": 3}', "items must be a list"),
        ('{"rate": "fast", "items": []}', "rate must be a whole number or null"),
        ('{"items": [{"text": " ", "path": "/x.wav"}]}', "items[0] must be"),
        ('{"items": [{"text": "Go."}]}', "items[0] must be"),
        ('{"language": 5, "items": []}', "language must be a string or null"),
    ],
)
def test_bad_jobs_say_what_is_wrong(raw: str, message: str) -> None:
    with pytest.raises(BadJob) as caught:
        parse_job(raw)
    assert str(caught.value).startswith(message)


def test_a_job_is_parsed() -> None:
    job = parse_job(
        '{"voice_id": "gmw/en", "rate": 150, "volume": 1,'
        ' "items": [{"text": "Go.", "path": "/c/a.wav"}]}'
    )
    assert job == Job("gmw/en", 150, 1.0, (Item("Go.", Path("/c/a.wav")),))


def test_no_speech_library_is_a_fatal_unavailable_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    reason = "No speech library was found: install it."
    monkeypatch.setattr(worker, "prepare_espeak", lambda: reason)
    stream = io.StringIO()
    status = worker.run(parse_job('{"items": []}'), worker.Answers(stream))
    assert status == worker.EXIT_UNAVAILABLE
    assert json.loads(stream.getvalue()) == {"fatal": reason, "unavailable": True}


def test_a_file_that_cannot_be_written_fails_alone(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    items = [
        {"text": "Go.", "path": str(blocker / "a.wav")},
        {"text": "Rest.", "path": str(tmp_path / "b.wav")},
    ]
    status, lines = run_worker({"voice_id": None, "rate": 170, "volume": 1.0, "items": items})
    assert status == worker.EXIT_ITEMS_FAILED
    voice, first, second = (json.loads(line) for line in lines)
    assert voice == {"voice": "gmw/en"}
    assert first["ok"] is False and first["error"].startswith(f"cannot write {blocker}")
    assert second == {"done": 2, "total": 2, "text": "Rest.", "ok": True}


@pytest.mark.parametrize(
    ("language", "chosen", "speaks"),
    [
        ("en", None, "gmw/en"),
        ("de", None, "gmw/de"),
        ("es", None, "roa/es"),
        # a voice chosen in Settings is kept for cues of its own language only
        ("de", "gmw/en-us", "gmw/de"),
        ("en", "gmw/en-us", "gmw/en-us"),
        ("es", "roa/es-419", "roa/es-419"),
        ("en", "roa/es", "gmw/en"),
    ],
)
def test_the_texts_language_chooses_the_voice(
    tmp_path: Path, language: str, chosen: str | None, speaks: str
) -> None:
    items = [{"text": "3", "path": str(tmp_path / "3.wav")}]
    job = {"voice_id": chosen, "rate": 170, "volume": 1.0, "language": language, "items": items}
    status, lines = run_worker(job)
    assert status == 0
    assert [json.loads(line) for line in lines] == [
        {"voice": speaks},
        {"done": 1, "total": 1, "text": "3", "ok": True},
    ]


def test_three_is_said_in_each_languages_own_voice(tmp_path: Path) -> None:
    """ "3" is "three", "drei", "tres": three different sounds, each plausible speech."""
    crcs = set()
    for language in ("en", "de", "es"):
        wav = tmp_path / f"{language}.wav"
        job = {"language": language, "items": [{"text": "3", "path": str(wav)}]}
        status, _lines = run_worker(job)
        assert status == 0
        facts = read_facts(wav)
        assert facts is not None and facts.peak > 8000
        assert 0.15 < facts.speaking_seconds < 0.8
        crcs.add(facts.data_crc32)
    assert len(crcs) == 3


def test_a_worker_says_its_reasons_in_the_language_of_its_texts() -> None:
    job = {"voice_id": "xx/nope", "language": "de", "items": []}
    status, lines = run_worker(job)
    assert status == worker.EXIT_BAD_JOB
    assert json.loads(lines[0])["fatal"] == (
        "Es gibt keine Stimme 'xx/nope'; bitte eine der installierten Stimmen wählen."
    )


def _gone(pid: int) -> bool:
    """Not running: no such process, or a zombie nobody has reaped yet (init in a container)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    except OSError:
        return True
    return state in ("Z", "X")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="POSIX parents, Linux's /proc")
def test_a_worker_whose_app_is_gone_leaves_by_itself() -> None:
    """The app killed outright while its worker hangs (in the speech engine, on a full disk):
    the worker notices its parent is gone and exits instead of staying for ever."""
    worker = (
        "import os, sys, time\n"
        "from ankle_coach.speech.worker import leave_when_orphaned\n"
        "leave_when_orphaned(os.getppid())\n"
        "print(os.getpid(), flush=True)\n"
        "time.sleep(60)\n"
    )
    app = (
        "import subprocess, sys\n"
        "child = subprocess.Popen([sys.executable, '-c', sys.argv[1]], stdout=subprocess.PIPE)\n"
        "print(child.stdout.readline().decode().strip(), flush=True)\n"
        "import os; os._exit(0)  # gone without a word to its worker\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", app, worker], capture_output=True, text=True, timeout=60, check=True
    )
    pid = int(done.stdout)
    deadline = time.monotonic() + 20
    while not _gone(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _gone(pid)


def _ignores_sigint(pid: int) -> bool:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("SigIgn:"):
            return bool(int(line.split()[1], 16) & (1 << (signal.SIGINT - 1)))
    return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="POSIX signals, Linux's /proc")
def test_ctrl_c_in_the_terminal_does_not_stop_the_worker_halfway() -> None:
    """Ctrl+C reaches the whole process group; the app stops its worker itself (and removes
    what it had half-written): the worker goes on until then."""
    process = subprocess.Popen(
        [sys.executable, "-m", "ankle_coach.speech.worker"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 30
        while not _ignores_sigint(process.pid) and time.monotonic() < deadline:
            time.sleep(0.01)  # until the worker has set itself up, as its /proc entry says
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(json.dumps({"list_voices": True}).encode(), timeout=60)
    finally:
        process.kill()
        process.wait()
    assert process.returncode == 0, err
    assert json.loads(out.splitlines()[-1])["voices"]
