"""The triage rules as a table: a sequence of check-ins -> the advice, borderline cases included."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ankle_coach.core import i18n
from ankle_coach.core.guidance import load_guidance
from ankle_coach.core.history import CheckIn, History, RedFlag
from ankle_coach.core.i18n import Language
from ankle_coach.core.paths import Paths
from ankle_coach.core.triage import (
    OTHERWISE,
    RULES,
    URGENT_CARE,
    WHO_TO_SEE,
    Advice,
    advise,
    current_advice,
    pain_before_session,
)

CET = timezone(timedelta(hours=1))
NOW = datetime(2026, 3, 30, 19, 0, tzinfo=CET)
README = (Path(__file__).resolve().parents[3] / "README.md").read_text(encoding="utf-8")

Given = tuple[float, int | None] | tuple[float, int | None, frozenset[RedFlag]]


def check_ins(*given: Given) -> list[CheckIn]:
    """(days ago, rating or None for a skipped rating[, red flags]), oldest first."""
    made = []
    for number, item in enumerate(given):
        days_ago, rating = item[0], item[1]
        flags = item[2] if len(item) == 3 else frozenset()
        made.append(
            CheckIn(NOW - timedelta(days=days_ago), "standalone", rating, flags, id=number + 1)
        )
    return made


SWELLING = frozenset({RedFlag.SWELLING})
NO_WEIGHT = frozenset({RedFlag.CANNOT_BEAR_WEIGHT})


@pytest.mark.parametrize(
    ("given", "rules"),
    [
        # nothing to go on
        ((), ()),
        (((0, None),), ()),
        (((0, 3),), ()),
        # warning signs: any, in the last 7 days, rated or not
        (((0, None, SWELLING),), ("warning-sign",)),
        (((0, 0, NO_WEIGHT),), ("warning-sign",)),
        (((7, 2, SWELLING), (0, 2)), ("warning-sign",)),  # exactly 7 days ago still counts
        (((7.01, 2, SWELLING), (0, 2)), ()),  # just over 7 days: no longer
        (((0.1, 3, SWELLING), (0, 2)), ("warning-sign",)),  # ticked before, not after
        # severe pain: 7 or more in the last 7 days
        (((0, 6),), ()),
        (((0, 7),), ("severe-pain",)),
        (((0, 10),), ("severe-pain",)),
        (((3, 8), (0, 2)), ("severe-pain",)),
        (((8, 8), (0, 2)), ()),
        # pain that does not go away: every rating above 0 over 14 days or more
        (((14, 4), (7, 4), (0, 4)), ("not-improving",)),  # flat over exactly 14 days
        (((13.99, 4), (7, 4), (0, 4)), ()),  # flat, but not yet two weeks
        (((14, 4), (7, 4), (0, 3)), ("not-improving",)),  # down by 1: still there
        (((15, 6), (0, 5)), ("not-improving",)),  # 6 then 5: two ratings are enough
        (((14, 1), (0, 1)), ("not-improving",)),  # mild, but it stays
        (((13, 6), (0, 5)), ()),  # under two weeks
        (((14, 4), (7, 2), (0, 5)), ("not-improving",)),
        (((14, 4), (7, 6), (0, 4)), ("not-improving",)),
        (((30, 0), (15, 0), (0, 0)), ()),  # no pain is not pain that stays
        (((30, 3), (15, 0), (0, 0)), ()),
        (((30, 0), (15, 3), (0, 0)), ()),
        (((30, 2), (15, 0), (0, 2)), ()),  # a 0 between starts the count again
        (((30, 2), (15, 0), (14, 3), (0, 2)), ("not-improving",)),  # ... and it counts from there
        (((20, 6), (10, 0), (0, 5)), ()),
        (((14, 5), (7, 0), (0, 5)), ()),
        (((20, 5), (1, 0)), ()),  # gone now
        # daily check-ins see the whole run, not the last few days
        (tuple((day, 6) for day in range(20, -1, -1)), ("not-improving",)),  # 6 every day
        (tuple((day, 6 - day // 10) for day in range(40, -1, -1)), ("not-improving",)),  # creeping
        (tuple((day, 2 + day // 5) for day in range(20, -1, -1)), ("not-improving",)),  # 6 to 2
        (tuple((day, 5) for day in range(13, -1, -1)), ()),  # 13 days so far
        # only rated check-ins count; skipped ratings neither count nor break the run
        (((30, 4), (20, 4), (10, None), (0, 4)), ("not-improving",)),
        (((30, 4), (20, None), (10, None), (0, 4)), ("not-improving",)),
        (((30, 4), (20, None), (10, None), (0, None)), ()),  # one rating is no span
        (((40, 5), (20, 4), (10, 4), (0, 4)), ("not-improving",)),
        (((40, 1), (20, 5), (10, 4), (0, 4)), ("not-improving",)),
        # rising: each of the last three higher than the one before, however close
        (((2, 1), (1, 2), (0, 3)), ("rising",)),
        (((0.2, 0), (0.1, 1), (0, 2)), ("rising",)),
        (((2, 3), (1, 5), (0, 4)), ()),  # one dip: not rising, and under 14 days
        (((2, 3), (1, 3), (0, 4)), ()),  # level then up: not rising
        (((3, 2), (1, 4), (0, 6)), ("rising",)),
        (((3, 2), (2, None), (1, 4), (0, 6)), ("rising",)),  # a skipped rating between
        (((20, 1), (10, 2), (0, 3)), ("not-improving", "rising")),
        # several at once, in the order of RULES
        (
            ((20, 1), (10, 4), (0, 8, SWELLING)),
            ("warning-sign", "severe-pain", "not-improving", "rising"),
        ),
    ],
)
def test_rules(given: tuple[Given, ...], rules: tuple[str, ...]) -> None:
    advice = advise(check_ins(*given), NOW)
    assert advice.rules == rules
    assert advice.level == ("see-a-doctor" if rules else "keep-watching")
    assert len(advice.reasons) == max(1, len(rules))


def test_the_order_given_does_not_matter() -> None:
    ordered = check_ins((20, 1), (10, 2), (0, 3))
    assert advise(list(reversed(ordered)), NOW) == advise(ordered, NOW)


def test_times_with_different_offsets_are_compared_as_moments() -> None:
    # 18:30 in CET is before 18:00 in UTC-1: the 3 is the latest rating, so it is rising.
    early = CheckIn(datetime(2026, 3, 30, 18, 30, tzinfo=CET), "standalone", 2)
    late = CheckIn(datetime(2026, 3, 30, 18, 0, tzinfo=timezone(timedelta(hours=-1))), "after", 3)
    first = CheckIn(datetime(2026, 3, 29, 9, tzinfo=CET), "before", 1)
    assert advise([late, early, first], NOW).rules == ("rising",)


def test_see_a_doctor_says_why_and_who() -> None:
    advice = advise(check_ins((20, 4), (10, 4), (0, 5, NO_WEIGHT)), NOW)
    assert advice.see_a_doctor and advice.urgent
    assert advice.headline == "Get medical care for your ankle straight away."
    assert advice.reasons == (
        "You ticked a warning sign in the last 7 days: you can't put weight on it. Get urgent "
        "medical care if you can't put weight on the foot, the ankle looks misshapen, or the "
        "foot turns numb, cold or blue.",
        "Your pain has not gone away in 20 days: you rated it between 4 and 5 out of 10 at "
        "every check-in from Tue 10 Mar to Mon 30 Mar (3 ratings). If the pain doesn't go "
        "away, it needs looking into.",
    )
    assert advice.who == WHO_TO_SEE
    assert "podiatrist" in advice.who and "orthopaedic sports-medicine physician" in advice.who


@pytest.mark.parametrize(
    ("given", "reason"),
    [
        ((), "There are no check-ins yet."),
        (
            ((0, None),),
            "There are no pain ratings so far; whether pain goes away is judged over at least "
            "14 days of ratings.",
        ),
        (
            ((0, 2),),
            "You rated your pain above 0 at your latest check-in. If it is still there 14 days "
            "after the first of those ratings, that is a reason to see a doctor.",
        ),
        (
            ((30, 5), (15, 0), (9, 3), (0, 2)),
            "You rated your pain above 0 at every check-in for 9 days.",
        ),
        (
            ((0.2, 3), (0.1, 2), (0, 2)),
            "You rated your pain above 0 at each of your last 3 check-ins, since Mon 30 Mar. If "
            "it is still there 14 days after the first of those ratings",
        ),
        (
            ((1.5, 3), (0, 2)),
            "You rated your pain above 0 at each of your last 2 check-ins, since Sun 29 Mar. If",
        ),
        (
            ((2, 3), (0, 2)),
            "You rated your pain above 0 at every check-in for 2 days. If",
        ),
        (((30, 5), (15, 4), (0, 0)), "None of the rules for seeing a doctor applies"),
    ],
)
def test_keep_watching_never_says_you_are_fine(given: tuple[Given, ...], reason: str) -> None:
    advice = advise(check_ins(*given), NOW)
    assert advice.level == "keep-watching"
    assert advice.headline == "Keep watching how your ankle feels."
    (text,) = advice.reasons
    assert text.startswith(reason)
    assert text.endswith(
        "If the pain doesn't go away or gets worse, or you are unsure whether your ankle is "
        "injured, see a doctor."
    )
    words = " ".join([advice.headline, *advice.reasons, advice.note]).lower()
    for reassurance in ("you are fine", "you're fine", "nothing wrong", "healthy", "all clear"):
        assert reassurance not in words


def test_every_rule_is_in_the_readme_in_the_same_words() -> None:
    flat = re.sub(r"\s+", " ", README)
    for rule in RULES:
        assert rule.words in flat, rule.id
    assert OTHERWISE in flat


def test_rules_are_named_once_each() -> None:
    assert [rule.id for rule in RULES] == ["warning-sign", "severe-pain", "not-improving", "rising"]
    assert isinstance(advise([], NOW), Advice)


# -- through the history, as the app asks: every rhythm of check-ins ---------------------------

UTC_PLUS = [timezone(timedelta(hours=h)) for h in (-7, 0, 1, 9)]


def stored(
    history: History, given: Sequence[tuple[datetime, int | None, frozenset[RedFlag]]]
) -> None:
    for at, rating, flags in given:
        history.add_check_in(CheckIn(at, "standalone", rating, flags))


@pytest.fixture
def history(tmp_path: Path) -> Iterator[History]:
    opened, message = History.open(Paths.under(tmp_path))
    assert message is None
    yield opened
    opened.close()


def rhythm(every_days: float, days: float, rating: Callable[[int], int | None]) -> list[Given]:
    """A check-in every `every_days` over the last `days` days, the n-th rated `rating(n)`."""
    made: list[Given] = []
    count = int(days / every_days)
    for n in range(count + 1):
        made.append((days - n * every_days, rating(n)))
    return made


@pytest.mark.parametrize(
    ("given", "rules"),
    [
        # pain that stays, whatever the rhythm: the article's "if the pain doesn't go away"
        (rhythm(1, 21, lambda n: 6), ("not-improving",)),  # daily, three weeks
        (rhythm(0.5, 30, lambda n: 5), ("not-improving",)),  # before and after a daily session
        (rhythm(2, 20, lambda n: 4), ("not-improving",)),
        (rhythm(5, 30, lambda n: 3), ("not-improving",)),
        (rhythm(7, 28, lambda n: 2), ("not-improving",)),  # weekly
        (rhythm(1, 21, lambda n: 6 if n < 10 else 5), ("not-improving",)),  # 6 then 5
        (rhythm(1, 60, lambda n: None if n % 3 else 4), ("not-improving",)),  # some skipped
        # gaps: a month away, then two check-ins two weeks apart
        ([(90, 5), (60, 0), (20, 3), (5, 3)], ("not-improving",)),
        # not yet two weeks, at every rhythm
        (rhythm(1, 13, lambda n: 6), ()),
        (rhythm(0.5, 13, lambda n: 5), ()),
        (rhythm(7, 7, lambda n: 2), ()),
        # the pain went away at some point: the count starts again
        (rhythm(1, 21, lambda n: 0 if n == 15 else 5), ()),
        (rhythm(1, 40, lambda n: 0 if n == 10 else 5), ("not-improving",)),  # and came back
        (rhythm(2, 30, lambda n: max(0, 6 - n)), ()),  # better each time, then gone
        # getting worse, at any rhythm
        (rhythm(0.25, 0.5, lambda n: n + 1), ("rising",)),  # several a day
        (rhythm(7, 14, lambda n: n + 2), ("not-improving", "rising")),
    ],
)
def test_rhythms_through_the_history_the_app_reads(
    history: History, given: list[Given], rules: tuple[str, ...]
) -> None:
    for at, rating, flags in [
        (NOW - timedelta(days=item[0]), item[1], item[2] if len(item) == 3 else frozenset())
        for item in given
    ]:
        history.add_check_in(CheckIn(at, "standalone", rating, flags))
    advice = current_advice(history, NOW)
    assert advice.rules == rules
    assert advice == advise(history.check_ins(), NOW)


_moments = st.datetimes(
    min_value=datetime(2025, 1, 1),
    max_value=datetime(2026, 12, 31),
    timezones=st.sampled_from(UTC_PLUS),
)
_check_in = st.tuples(
    _moments,
    st.one_of(st.none(), st.integers(0, 10), st.sampled_from([0, 0, 5, 6])),
    st.frozensets(st.sampled_from(list(RedFlag)), max_size=2).map(
        lambda flags: flags if len(flags) < 2 else frozenset()
    ),
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(_check_in, max_size=40),
    st.one_of(_moments, st.sampled_from([datetime(2027, 6, 1, tzinfo=UTC)])),
)
def test_the_advice_the_app_shows_is_the_rules_on_the_whole_history(
    tmp_path_factory: pytest.TempPathFactory,
    given: list[tuple[datetime, int | None, frozenset[RedFlag]]],
    now: datetime,
) -> None:
    opened, _ = History.open(Paths.under(tmp_path_factory.mktemp("history")))
    with opened as history:
        stored(history, given)
        assert current_advice(history, now) == advise(history.check_ins(), now)


@pytest.mark.parametrize(
    ("flags", "urgent"),
    [
        (frozenset({RedFlag.NUMBNESS_OR_TINGLING}), True),
        (NO_WEIGHT, True),
        (SWELLING, False),
        (frozenset({RedFlag.PAIN_AT_REST_OR_NIGHT}), False),
        (frozenset({RedFlag.UNHEALED_INJURY, RedFlag.NUMBNESS_OR_TINGLING}), True),
    ],
)
def test_numbness_or_no_weight_calls_for_urgent_care(
    flags: frozenset[RedFlag], urgent: bool
) -> None:
    advice = advise(check_ins((0, None, flags)), NOW)
    assert advice.see_a_doctor
    assert advice.urgent is urgent
    assert (URGENT_CARE in advice.reasons[0]) is urgent
    assert advice.headline == (
        "Get medical care for your ankle straight away."
        if urgent
        else "It's time to see a doctor about your ankle."
    )


def test_urgent_care_says_what_the_guidance_panel_says() -> None:
    texts = [item.text for item in load_guidance().doctor.items]
    assert URGENT_CARE in texts


@pytest.mark.parametrize(
    ("rating", "flags", "said"),
    [
        (None, frozenset(), False),
        (0, frozenset(), False),
        (1, frozenset(), True),
        (6, frozenset(), True),
        (7, frozenset(), False),  # severe: the rules speak for themselves
        (3, SWELLING, False),  # a warning sign: the rules speak for themselves
    ],
)
def test_pain_before_a_session_is_said_in_the_result(
    rating: int | None, flags: frozenset[RedFlag], said: bool
) -> None:
    note = pain_before_session(CheckIn(NOW, "before", rating, flags))
    assert (note is not None) is said
    if note is not None:
        assert note.startswith(f"You rated your pain {rating} out of 10 before this session.")
        assert "tough out pain" in note and "see a doctor" in note and "stop if it hurts" in note


# -- German and Spanish: what the user is told, through the call the window and terminal make --

#: Keep watching always ends with this, in each language.
STILL_SEE = {
    "de": "Wenn der Schmerz nicht vergeht oder stärker wird oder Sie unsicher sind, ob Ihr "
    "Sprunggelenk verletzt ist, lassen Sie es ärztlich abklären.",
    "es": "Si el dolor no se va o empeora, o no sabes si tienes el tobillo lesionado, consulta a "
    "un médico.",
}
FOURTEEN_DAYS = {
    "de": "Wenn er 14 Tage nach der ersten dieser Bewertungen noch da ist, ist das ein Grund, es "
    "ärztlich abklären zu lassen.",
    "es": "Si sigue ahí 14 días después de la primera de esas valoraciones, es motivo para "
    "consultar a un médico.",
}
SEE = {
    "de": "Es ist Zeit, Ihr Sprunggelenk ärztlich abklären zu lassen.",
    "es": "Es hora de consultar a un médico por tu tobillo.",
}
WATCH = {
    "de": "Achten Sie weiter darauf, wie sich Ihr Sprunggelenk anfühlt.",
    "es": "Sigue atento a cómo notas el tobillo.",
}

SPOKEN: list[tuple[str, str, list[Given], str, tuple[str, ...]]] = [
    (
        "de",
        "a sign that calls for care at once, and pain that stays",
        [(20, 4), (10, 4), (0, 5, NO_WEIGHT)],
        "Lassen Sie Ihr Sprunggelenk umgehend ärztlich versorgen.",
        (
            "Sie haben in den letzten 7 Tagen ein Warnzeichen angekreuzt: Sie können den Fuß nicht "
            "belasten. Suchen Sie umgehend ärztliche Hilfe, wenn Sie den Fuß nicht belasten "
            "können, das Sprunggelenk verformt aussieht oder der Fuß taub, kalt oder blau wird.",
            "Ihr Schmerz ist seit 20 Tagen nicht vergangen: Sie haben ihn bei jeder "
            "Schmerzabfrage von Dienstag, 10. März bis Montag, 30. März mit Werten zwischen 4 "
            "und 5 von 10 bewertet (3 Bewertungen). Wenn der Schmerz nicht vergeht, muss die "
            "Ursache geklärt werden.",
        ),
    ),
    (
        "es",
        "a sign that calls for care at once, and pain that stays",
        [(20, 4), (10, 4), (0, 5, NO_WEIGHT)],
        "Busca atención médica para tu tobillo de inmediato.",
        (
            "Has marcado una señal de alarma en los últimos 7 días: no puedes apoyar el pie. "
            "Busca atención médica urgente si no puedes apoyar el pie, si el tobillo parece "
            "deformado o si el pie se entumece, se enfría o se pone azulado.",
            "Tu dolor no se ha ido en 20 días: lo valoraste entre 4 y 5 sobre 10 en todos los "
            "registros del dolor del martes 10 de marzo al lunes 30 de marzo (3 valoraciones). "
            "Si el dolor no se va, hay que averiguar la causa.",
        ),
    ),
    (
        "de",
        "warning signs",
        [(1, 3, SWELLING | frozenset({RedFlag.PAIN_AT_REST_OR_NIGHT}))],
        SEE["de"],
        (
            "Sie haben in den letzten 7 Tagen ein Warnzeichen angekreuzt: Schwellung; Schmerzen "
            "in Ruhe oder nachts.",
        ),
    ),
    (
        "es",
        "warning signs",
        [(1, 3, SWELLING | frozenset({RedFlag.PAIN_AT_REST_OR_NIGHT}))],
        SEE["es"],
        (
            "Has marcado una señal de alarma en los últimos 7 días: hinchazón; dolor en reposo o "
            "por la noche.",
        ),
    ),
    (
        "de",
        "severe pain",
        [(3, 8), (0, 2)],
        SEE["de"],
        (
            "Sie haben Ihren Schmerz am Freitag, 27. März mit 8 von 10 bewertet: Ab 7 sollten "
            "Sie es ärztlich abklären lassen.",
        ),
    ),
    (
        "es",
        "severe pain",
        [(3, 8), (0, 2)],
        SEE["es"],
        (
            "Valoraste tu dolor con un 8 sobre 10 el viernes 27 de marzo: a partir de 7, hay que "
            "consultar a un médico.",
        ),
    ),
    (
        "de",
        "pain that stays at one level",
        [(14, 4), (7, 4), (0, 4)],
        SEE["de"],
        (
            "Ihr Schmerz ist seit 14 Tagen nicht vergangen: Sie haben ihn bei jeder "
            "Schmerzabfrage von Montag, 16. März bis Montag, 30. März mit 4 von 10 bewertet "
            "(3 Bewertungen). Wenn der Schmerz nicht vergeht, muss die Ursache geklärt werden.",
        ),
    ),
    (
        "es",
        "pain that stays at one level",
        [(14, 4), (7, 4), (0, 4)],
        SEE["es"],
        (
            "Tu dolor no se ha ido en 14 días: lo valoraste con un 4 sobre 10 en todos los "
            "registros del dolor del lunes 16 de marzo al lunes 30 de marzo (3 valoraciones). "
            "Si el dolor no se va, hay que averiguar la causa.",
        ),
    ),
    (
        "de",
        "rising pain",
        [(2, 1), (1, 2), (0, 3)],
        SEE["de"],
        (
            "Ihr Schmerz wird stärker: 1, dann 2, dann 3 von 10 bei Ihren letzten drei "
            "Schmerzabfragen. Wenn er stärker wird, muss die Ursache geklärt werden.",
        ),
    ),
    (
        "es",
        "rising pain",
        [(2, 1), (1, 2), (0, 3)],
        SEE["es"],
        (
            "Tu dolor va a peor: 1, luego 2 y luego 3 sobre 10 en tus tres últimos registros del "
            "dolor. Si empeora, hay que averiguar la causa.",
        ),
    ),
    (
        "de",
        "no check-ins",
        [],
        WATCH["de"],
        (f"Es gibt noch keine Schmerzabfragen. {STILL_SEE['de']}",),
    ),
    (
        "es",
        "no check-ins",
        [],
        WATCH["es"],
        (f"Todavía no hay registros del dolor. {STILL_SEE['es']}",),
    ),
    (
        "de",
        "no ratings",
        [(0, None)],
        WATCH["de"],
        (
            "Bisher gibt es keine Schmerzbewertungen; ob der Schmerz vergeht, wird über "
            f"Bewertungen aus mindestens 14 Tagen beurteilt. {STILL_SEE['de']}",
        ),
    ),
    (
        "es",
        "no ratings",
        [(0, None)],
        WATCH["es"],
        (
            "Todavía no hay valoraciones del dolor; para saber si el dolor se va, hacen falta "
            f"valoraciones de al menos 14 días. {STILL_SEE['es']}",
        ),
    ),
    (
        "de",
        "pain at the latest check-in",
        [(0, 2)],
        WATCH["de"],
        (
            "Sie haben Ihren Schmerz bei Ihrer letzten Schmerzabfrage über 0 bewertet. "
            f"{FOURTEEN_DAYS['de']} {STILL_SEE['de']}",
        ),
    ),
    (
        "es",
        "pain at the latest check-in",
        [(0, 2)],
        WATCH["es"],
        (
            "En tu último registro del dolor lo valoraste por encima de 0. "
            f"{FOURTEEN_DAYS['es']} {STILL_SEE['es']}",
        ),
    ),
    (
        "de",
        "pain at check-ins since a day",
        [(1.5, 3), (0, 2)],
        WATCH["de"],
        (
            "Sie haben Ihren Schmerz bei jeder Ihrer letzten 2 Schmerzabfragen seit Sonntag, "
            f"29. März über 0 bewertet. {FOURTEEN_DAYS['de']} {STILL_SEE['de']}",
        ),
    ),
    (
        "es",
        "pain at check-ins since a day",
        [(1.5, 3), (0, 2)],
        WATCH["es"],
        (
            "Has valorado tu dolor por encima de 0 en cada uno de tus últimos 2 registros del "
            f"dolor, desde el domingo 29 de marzo. {FOURTEEN_DAYS['es']} {STILL_SEE['es']}",
        ),
    ),
    (
        "de",
        "pain for some days",
        [(30, 5), (15, 0), (9, 3), (0, 2)],
        WATCH["de"],
        (
            "Sie haben Ihren Schmerz 9 Tage lang bei jeder Schmerzabfrage über 0 bewertet. "
            f"{FOURTEEN_DAYS['de']} {STILL_SEE['de']}",
        ),
    ),
    (
        "es",
        "pain for some days",
        [(30, 5), (15, 0), (9, 3), (0, 2)],
        WATCH["es"],
        (
            "Has valorado tu dolor por encima de 0 en todos los registros del dolor durante 9 "
            f"días. {FOURTEEN_DAYS['es']} {STILL_SEE['es']}",
        ),
    ),
    (
        "de",
        "pain gone",
        [(30, 5), (15, 4), (0, 0)],
        WATCH["de"],
        (
            "Keine der Regeln für eine ärztliche Abklärung trifft auf Ihre Schmerzabfragen zu. "
            f"{STILL_SEE['de']}",
        ),
    ),
    (
        "es",
        "pain gone",
        [(30, 5), (15, 4), (0, 0)],
        WATCH["es"],
        (
            "Ninguna de las reglas para consultar a un médico se aplica a tus registros del "
            f"dolor. {STILL_SEE['es']}",
        ),
    ),
]


@pytest.mark.parametrize(
    ("language", "case", "given", "headline", "reasons"),
    SPOKEN,
    ids=[f"{language}: {case}" for language, case, *_ in SPOKEN],
)
def test_the_advice_is_said_in_the_users_language(
    history: History,
    language: Language,
    case: str,
    given: list[Given],
    headline: str,
    reasons: tuple[str, ...],
) -> None:
    for item in given:
        flags = item[2] if len(item) == 3 else frozenset()
        history.add_check_in(CheckIn(NOW - timedelta(days=item[0]), "standalone", item[1], flags))
    with i18n.using(language):
        advice = current_advice(history, NOW)
    assert (advice.headline, advice.reasons) == (headline, reasons)
    assert advice.who == WHO[language]
    assert advice.note == NOTE[language]
    with i18n.using("en"):  # the same check-ins, the same rules, whatever the language
        assert current_advice(history, NOW).rules == advice.rules


WHO = {
    "de": "Am besten geeignet bei Sprunggelenkschmerzen ist eine Fachärztin oder ein Facharzt "
    "für Füße (in Deutschland meist Orthopädie mit Schwerpunkt Fuß); auch Orthopädie mit "
    "Sportmedizin ist eine gute Wahl.",
    "es": "Lo más indicado para el dolor de tobillo es un podólogo (especialista en el pie); un "
    "traumatólogo especializado en medicina deportiva también es buena opción.",
}
NOTE = {
    "de": "Ankle Coach stellt keine Diagnosen. Diese Regeln sagen nur, wann der Artikel zu einer "
    "ärztlichen Abklärung rät.",
    "es": "Ankle Coach no hace diagnósticos. Estas reglas solo indican cuándo los consejos del "
    "artículo apuntan a consultar a un médico.",
}


@pytest.mark.parametrize("language", ["de", "es"])
def test_the_rules_and_urgent_care_are_said_in_each_language_as_the_guidance_says_them(
    language: Language,
) -> None:
    with i18n.using(language):
        words = [rule.words for rule in RULES]
        otherwise = i18n.translate("core.triage", OTHERWISE)
        urgent = i18n.translate("core.triage", URGENT_CARE)
        doctor = load_guidance().doctor
    assert len(set(words)) == len(RULES)
    for said, rule in zip(words, RULES, strict=True):
        assert said != rule.english and said.endswith(".")
        assert sorted(re.findall(r"\d+", said)) == sorted(re.findall(r"\d+", rule.english))
    assert otherwise not in (OTHERWISE, "")
    assert urgent in [item.text for item in doctor.items]  # the panel's words, word for word


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (
            "de",
            "Sie haben Ihren Schmerz vor dieser Einheit mit 4 von 10 bewertet. Der Artikel rät, "
            "Schmerzen nicht einfach auszuhalten: Wenn Sie Schmerzen haben, lassen Sie es "
            "ärztlich abklären und schonen Sie sich. Sie können trotzdem beginnen: Gehen Sie es "
            "sanft an und hören Sie auf, wenn es wehtut.",
        ),
        (
            "es",
            "Has valorado tu dolor con un 4 sobre 10 antes de esta sesión. El artículo dice que "
            "no aguantes el dolor sin más: si te duele, consulta a un médico y tómatelo con "
            "calma. Puedes empezar igualmente: hazlo con suavidad y para si te duele.",
        ),
    ],
)
def test_pain_before_a_session_is_said_in_each_language(language: Language, said: str) -> None:
    with i18n.using(language):
        assert pain_before_session(CheckIn(NOW, "before", 4, frozenset())) == said
