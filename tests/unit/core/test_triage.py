"""The triage rules as a table: a sequence of check-ins -> the advice, borderline cases included."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from ankle_coach.core.history import CheckIn, RedFlag
from ankle_coach.core.triage import OTHERWISE, RULES, WHO_TO_SEE, Advice, advise

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
    assert advice.see_a_doctor
    assert advice.headline == "It's time to see a doctor about your ankle."
    assert advice.reasons == (
        "You ticked a warning sign in the last 7 days: you can't put weight on it. If you "
        "can't put any weight on the foot, get medical care straight away.",
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
