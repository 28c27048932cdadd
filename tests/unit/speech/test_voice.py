from __future__ import annotations

import pytest

from ankle_coach.core import i18n
from ankle_coach.speech.voice import DEFAULT_RATE, Voice, VoiceSettings, voice_for, voice_language


def test_the_cache_key_is_stable_canonical_json() -> None:
    assert VoiceSettings().cache_key() == ('{"language":"en","rate":170,"voice":null,"volume":1.0}')
    assert VoiceSettings("gmw/en-us", 150, 0.5, "de").cache_key() == (
        '{"language":"de","rate":150,"voice":"gmw/en-us","volume":0.5}'
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
        ({"language": "fr"}, "the language must be one of en, de, es, not 'fr'"),
    ],
)
def test_bad_settings_are_refused(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError) as caught:
        VoiceSettings(**kwargs)  # type: ignore[arg-type]
    assert str(caught.value) == message


def test_settings_take_the_language_in_use_when_made() -> None:
    """So that a cue rendered for German is never played from an English file (its cache key
    holds the language)."""
    english = VoiceSettings()
    with i18n.using("de"):
        german = VoiceSettings()
    assert (english.language, german.language) == ("en", "de")
    assert english.cache_key() != german.cache_key()


# espeak-ng's voices, as pyttsx3 lists them (ids and languages), and others' ways of naming
VOICES = [
    Voice("gmw/en-029", "English (Caribbean)", ("en-029",)),
    Voice("gmw/de", "German", ("de",)),
    Voice("gmw/en", "English (Great Britain)", ("en-gb",)),
    Voice("gmw/en-us", "English (America)", ("en-us",)),
    Voice("roa/es", "Spanish (Spain)", ("es",)),
    Voice("roa/es-419", "Spanish (Latin America)", ("es-419",)),
    Voice("fr", "French", ("fr-fr",)),
    Voice("mystery", "Someone", ()),
]


@pytest.mark.parametrize(
    ("chosen", "language", "default", "speaks"),
    [
        (None, "en", None, None),  # the engine's own default, as before
        (None, "en", "gmw/en", None),
        (None, "de", "gmw/en", "gmw/de"),
        (None, "es", "gmw/en", "roa/es"),  # Spain's before Latin America's
        (None, "en", "roa/es", "gmw/en"),  # British before Caribbean, whatever the order
        ("gmw/en-us", "en", "gmw/en", "gmw/en-us"),  # the user's voice for its language
        ("gmw/en-us", "de", "gmw/en", "gmw/de"),  # not for another's
        ("roa/es-419", "es", "gmw/en", "roa/es-419"),
        ("roa/es", "en", "gmw/en", "gmw/en"),
        ("mystery", "de", "gmw/en", "mystery"),  # says no language: nothing tells it is wrong
        ("xx/none", "de", "gmw/en", "xx/none"),  # unknown: the engine refuses it by name
        ("fr", "de", None, "gmw/de"),
    ],
)
def test_the_voice_speaks_the_language_of_the_cues(
    chosen: str | None, language: str, default: str | None, speaks: str | None
) -> None:
    assert voice_for(VOICES, chosen, language, default) == speaks


def test_with_no_voice_of_the_language_the_chosen_one_speaks() -> None:
    english_only = [voice for voice in VOICES if voice_language(voice) == "en"]
    assert voice_for(english_only, "gmw/en-us", "de", "gmw/en") == "gmw/en-us"
    assert voice_for(english_only, None, "de", "gmw/en") is None


@pytest.mark.parametrize(
    ("languages", "language"),
    [(("en-gb",), "en"), (("de_DE",), "de"), (("es-419",), "es"), (("fr-fr",), None), ((), None)],
)
def test_a_voices_language(languages: tuple[str, ...], language: str | None) -> None:
    assert voice_language(Voice("v", "V", languages)) == language
