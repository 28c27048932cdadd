"""plan, cues and run follow the user's settings (core/choices.py), and --defaults ignores them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ankle_coach import speech
from ankle_coach.cli import main
from ankle_coach.core.choices import SessionChoices, VoiceFields
from ankle_coach.core.paths import Paths
from ankle_coach.core.plan import PlanOptions
from ankle_coach.core.settings import Settings, save_settings
from ankle_coach.speech import RecordingRenderer, VoiceSettings

ROUTINE = "standing-calf-stretch"


@pytest.fixture
def settings_file() -> Path:
    """The user's settings: a 30 s lead-in, no halfway, a slower voice, beeps only."""
    settings = Settings(lead_in_seconds=30, halfway_cue=False, speech_rate=140, beep_only=True)
    return save_settings(settings, Paths.default())


def plan_json(capsys: pytest.CaptureFixture[str], *extra: str) -> dict[str, Any]:
    assert main(["plan", ROUTINE, "--json", *extra]) == 0
    document: dict[str, Any] = json.loads(capsys.readouterr().out)
    return document


def texts(plan: dict[str, Any]) -> list[str]:
    return [cue["text"] for cue in plan["cues"]]


def test_plan_follows_the_settings_file_and_defaults_ignores_it(
    capsys: pytest.CaptureFixture[str],
) -> None:
    standard = plan_json(capsys)
    assert standard["segments"][0]["duration"] == 24.0  # the routine's own lead-in
    assert any("alfway" in text for text in texts(standard))

    save_settings(Settings(lead_in_seconds=30, halfway_cue=False), Paths.default())
    mine = plan_json(capsys)
    assert mine["segments"][0]["duration"] == 30.0
    assert not any("alfway" in text for text in texts(mine))
    assert plan_json(capsys, "--defaults") == standard


def test_plan_says_what_in_the_settings_file_was_not_used(
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = Paths.default().config / "settings.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("version = 2\nlead_in_seconds = 500\n", encoding="utf-8")
    assert main(["plan", ROUTINE]) == 0
    err = capsys.readouterr().err
    assert err.startswith(f"Some settings in {path} could not be used")


def test_run_gets_the_choices_of_the_settings_with_its_flags_on_top(
    settings_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ankle_coach.terminal

    given: list[SessionChoices | None] = []

    def run_session(entry: object, *, choices: SessionChoices | None = None, **_: object) -> int:
        given.append(choices)
        return 0

    monkeypatch.setattr(ankle_coach.terminal, "run_session", run_session)
    assert main(["run", ROUTINE]) == 0
    assert main(["run", ROUTINE, "--mute"]) == 0
    assert main(["run", ROUTINE, "--defaults"]) == 0
    assert main(["run", ROUTINE, "--defaults", "--beep"]) == 0
    mine = PlanOptions(halfway=False, lead_in_seconds=30.0, speech_rate=140)
    voice: VoiceFields = {"voice_id": None, "rate": 140, "volume": 1.0}
    standard: VoiceFields = {"voice_id": None, "rate": 170, "volume": 1.0}
    assert given == [
        SessionChoices(mine, voice, "beep"),
        SessionChoices(mine, voice, "mute"),
        SessionChoices(PlanOptions(), standard, "voice"),
        SessionChoices(PlanOptions(), standard, "beep"),
    ]


def test_cues_renders_with_the_settings_voice(
    settings_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    voices: list[VoiceSettings] = []

    class Recording(RecordingRenderer):
        def render(self, texts: Any, settings: VoiceSettings, progress: Any = None) -> Any:
            voices.append(settings)
            return super().render(texts, settings, progress)

    monkeypatch.setattr(speech, "Pyttsx3Renderer", lambda cache: Recording(cache))
    assert main(["cues", ROUTINE, "--out", str(tmp_path / "mine")]) == 0
    assert main(["cues", ROUTINE, "--out", str(tmp_path / "standard"), "--defaults"]) == 0
    assert voices == [VoiceSettings(rate=140), VoiceSettings()]
    manifest = json.loads((tmp_path / "mine" / "manifest.json").read_text(encoding="utf-8"))
    assert not any("alfway" in entry["text"] for entry in manifest)
