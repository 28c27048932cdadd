from __future__ import annotations

import pytest

from ankle_coach.speech.voice import DEFAULT_RATE, VoiceSettings


def test_the_cache_key_is_stable_canonical_json() -> None:
    assert VoiceSettings().cache_key() == '{"rate":170,"voice":null,"volume":1.0}'
    assert VoiceSettings("gmw/en-us", 150, 0.5).cache_key() == (
        '{"rate":150,"voice":"gmw/en-us","volume":0.5}'
    )


def test_equal_settings_spelled_differently_have_one_key() -> None:
    assert VoiceSettings(volume=1).cache_key() == VoiceSettings(volume=1.0).cache_key()
    assert VoiceSettings(volume=0.3).cache_key() == VoiceSettings(volume=0.1 + 0.2).cache_key()
    assert isinstance(VoiceSettings(volume=1).volume, float)


def test_the_default_rate_is_calm() -> None:
    assert VoiceSettings().rate == DEFAULT_RATE == 170


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"rate": 79}, "the speech rate must be 80 to 400 words a minute, not 79"),
        ({"rate": 401}, "the speech rate must be 80 to 400 words a minute, not 401"),
        ({"rate": 170.5}, "the speech rate must be a whole number of words per minute, not 170.5"),
        ({"rate": True}, "the speech rate must be a whole number of words per minute, not True"),
        ({"volume": 1.5}, "the volume must be between 0 and 1, not 1.5"),
        ({"volume": -0.1}, "the volume must be between 0 and 1, not -0.1"),
        ({"voice_id": " "}, "a voice id may not be blank; use None for the default voice"),
    ],
)
def test_bad_settings_are_refused(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError) as caught:
        VoiceSettings(**kwargs)  # type: ignore[arg-type]
    assert str(caught.value) == message
