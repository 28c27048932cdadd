"""The records: a check-in is always valid."""

from __future__ import annotations

import pytest

from ankle_coach.core import i18n
from ankle_coach.core.history import CheckIn, RedFlag
from ankle_coach.core.i18n import Language
from tests.unit.core.history.helpers import START


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"rating": 11}, "a pain rating is a whole number from 0 to 10, not 11"),
        ({"rating": -1}, "a pain rating is a whole number from 0 to 10, not -1"),
        ({"rating": True}, "a pain rating is a whole number from 0 to 10, not True"),
        ({"when": "during"}, "a check-in is one of ('before', 'after', 'standalone')"),
        ({"when": "standalone", "session_id": 3}, "a standalone check-in belongs to no session"),
    ],
)
def test_a_check_in_is_always_valid(changes: dict[str, object], message: str) -> None:
    fields: dict[str, object] = {"at": START, "when": "after", "rating": 3, **changes}
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        CheckIn(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("language", "words"),
    [
        (
            "en",
            [
                "Swelling",
                "I can\u2019t put weight on it",
                "Pain at rest or at night",
                "Numbness or tingling",
                "A recent injury that has not healed",
            ],
        ),
        (
            "de",
            [
                "Schwellung",
                "Ich kann den Fuß nicht belasten",
                "Schmerzen in Ruhe oder nachts",
                "Taubheit oder Kribbeln",
                "Eine frische Verletzung, die noch nicht verheilt ist",
            ],
        ),
        (
            "es",
            [
                "Hinchazón",
                "No puedo apoyar el pie",
                "Dolor en reposo o por la noche",
                "Entumecimiento u hormigueo",
                "Una lesión reciente que no se ha curado",
            ],
        ),
    ],
)
def test_the_warning_signs_in_the_users_language(language: Language, words: list[str]) -> None:
    """What the check-in asks is translated; what the file and the exports keep is not."""
    with i18n.using(language):
        assert [flag.words for flag in RedFlag] == words
    assert [str(flag) for flag in RedFlag] == [
        "swelling",
        "cannot-bear-weight",
        "pain-at-rest-or-night",
        "numbness-or-tingling",
        "unhealed-injury",
    ]
