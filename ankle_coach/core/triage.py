"""When the pain check-ins say it is time to see a doctor: the rules, in code and in words.

The article's advice turns on change over time: "If the pain doesn't go away, or if it gets
worse, you'll need to investigate further." These rules are Ankle Coach's own, cautious reading
of it, plus warning signs that always call for a doctor. They never diagnose, and when none
applies the advice is to keep watching, never that the ankle is fine.

The rules, exactly (`RULES` says the same in plain words, for the README and the app):

- warning-sign: a check-in made in the last RECENT_DAYS days (at or after `now - 7 days`)
  ticks at least one red flag.
- severe-pain: a check-in made in the last RECENT_DAYS days has a rating of SEVERE_RATING (7)
  or more.
- not-improving (the pain does not go away): among the check-ins that have a rating (skipped
  ratings do not count), the latest is above 0, and so is every rating back to one made at least
  TREND_DAYS (14) days before it. A rating of 0 (no pain) in between starts the count again. The
  pain need not stay level: 6 then 5 two weeks later still calls for a doctor.
- rising: the last three ratings go up each time (r1 < r2 < r3), however far apart.

`current_advice(history, now)` is what the app, its History page and `ankle-coach history advice`
call: it reads from the history every check-in these rules can depend on, whatever the rhythm of
check-ins, and applies them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Final, Literal

from ankle_coach.core.history import CheckIn, History, RedFlag

#: How far back a warning sign or a severe rating still counts.
RECENT_DAYS: Final = 7
#: A rating from which the pain alone calls for a doctor.
SEVERE_RATING: Final = 7
#: How many rated check-ins make a trend, and over how many days at least.
TREND_CHECK_INS: Final = 3
TREND_DAYS: Final = 14

Level = Literal["see-a-doctor", "keep-watching"]
RuleId = Literal["warning-sign", "severe-pain", "not-improving", "rising"]

WHO_TO_SEE: Final = (
    "A podiatrist (a foot doctor) is the most qualified for ankle pain; an orthopaedic "
    "sports-medicine physician is a good choice too."
)
#: The urgent-care words, the same as the see-a-doctor guidance's "Get help straight away"
#: (assets/guidance/doctor.toml; Ankle Coach's own cautious advice, the article has none).
URGENT_CARE: Final = (
    "Get urgent medical care if you can't put weight on the foot, the ankle looks misshapen, or "
    "the foot turns numb, cold or blue."
)
#: The warning signs that call for care straight away rather than an appointment.
URGENT_FLAGS: Final = frozenset({RedFlag.CANNOT_BEAR_WEIGHT, RedFlag.NUMBNESS_OR_TINGLING})
NOT_A_DIAGNOSIS: Final = (
    "Ankle Coach does not diagnose. These rules only say when the article's advice points to a "
    "doctor."
)


#: A warning sign as a reason says it.
_FLAG_REASONS: Final[dict[RedFlag, str]] = {
    RedFlag.SWELLING: "swelling",
    RedFlag.CANNOT_BEAR_WEIGHT: "you can't put weight on it",
    RedFlag.PAIN_AT_REST_OR_NIGHT: "pain at rest or at night",
    RedFlag.NUMBNESS_OR_TINGLING: "numbness or tingling",
    RedFlag.UNHEALED_INJURY: "a recent injury that has not healed",
}


@dataclass(frozen=True)
class Rule:
    id: RuleId
    words: str  # the rule in plain words, as the README and the app show it


#: Each rule in plain words; a test checks that the README says each one.
RULES: Final[tuple[Rule, ...]] = (
    Rule(
        "warning-sign",
        "You ticked a warning sign at a check-in in the last 7 days: swelling, you can't put "
        "weight on it, pain at rest or at night, numbness or tingling, or a recent injury that "
        "has not healed.",
    ),
    Rule(
        "severe-pain",
        "You rated your pain 7 or more out of 10 at a check-in in the last 7 days.",
    ),
    Rule(
        "not-improving",
        "Your pain has not gone away: every pain rating you gave over 14 days or more was "
        "above 0 (at least two ratings, 14 or more days apart), even if it went down a little. "
        "A rating of 0, no pain, starts the count again.",
    ),
    Rule(
        "rising",
        "Your pain is getting worse: each of your last three pain ratings is higher than the "
        "one before, however far apart they are.",
    ),
)
#: What happens when no rule applies, in the same words everywhere.
OTHERWISE: Final = (
    "When none of these applies, Ankle Coach says to keep watching how your ankle feels. It "
    "never says that your ankle is fine."
)


@dataclass(frozen=True)
class Advice:
    """What the check-ins call for, with each reason in plain words."""

    level: Level
    headline: str
    reasons: tuple[str, ...]
    rules: tuple[RuleId, ...]  # the rules that apply, in the order of RULES
    who: str = WHO_TO_SEE
    note: str = NOT_A_DIAGNOSIS
    #: a sign ticked in the last RECENT_DAYS days calls for care straight away (URGENT_CARE)
    urgent: bool = False

    @property
    def see_a_doctor(self) -> bool:
        return self.level == "see-a-doctor"


def advise(check_ins: Sequence[CheckIn], now: datetime) -> Advice:
    """Apply RULES to the check-ins (in any order) as they stand at `now`."""
    ordered = sorted(check_ins, key=lambda c: (_aware(c.at), c.id or 0))
    since = _aware(now) - timedelta(days=RECENT_DAYS)
    recent = [c for c in ordered if _aware(c.at) >= since]
    reasons: list[str] = []
    rules: list[RuleId] = []

    flags = [flag for flag in RedFlag if any(flag in c.red_flags for c in recent)]
    if flags:
        rules.append("warning-sign")
        named = "; ".join(_FLAG_REASONS[flag] for flag in flags)
        reason = f"You ticked a warning sign in the last {RECENT_DAYS} days: {named}."
        if URGENT_FLAGS.intersection(flags):
            reason += f" {URGENT_CARE}"
        reasons.append(reason)

    severe = [c for c in recent if c.rating is not None and c.rating >= SEVERE_RATING]
    if severe:
        rules.append("severe-pain")
        worst = max(severe, key=lambda c: (c.rating or 0, _aware(c.at)))
        reasons.append(
            f"You rated your pain {worst.rating} out of 10 on {_day(worst.at)}: "
            f"{SEVERE_RATING} or more calls for a doctor."
        )

    every_rating = [c for c in ordered if c.rating is not None]
    lasting = _pain_since(every_rating)
    if lasting:
        first, last = lasting[0], lasting[-1]
        span = _aware(last.at) - _aware(first.at)
        if span >= timedelta(days=TREND_DAYS):
            levels = [c.rating or 0 for c in lasting]
            low, high = min(levels), max(levels)
            between = f"{low}" if low == high else f"between {low} and {high}"
            rules.append("not-improving")
            reasons.append(
                f"Your pain has not gone away in {span.days} days: you rated it {between} out "
                f"of 10 at every check-in from {_day(first.at)} to {_day(last.at)} "
                f"({len(lasting)} ratings). If the pain doesn't go away, it needs looking into."
            )
    rated = every_rating[-TREND_CHECK_INS:]
    if len(rated) == TREND_CHECK_INS:
        ratings = [c.rating for c in rated]
        if all(
            a is not None and b is not None and a < b
            for a, b in zip(ratings, ratings[1:], strict=False)
        ):
            rules.append("rising")
            reasons.append(
                "Your pain is getting worse: "
                + ", then ".join(str(r) for r in ratings)
                + " out of 10 at your last three check-ins. If it gets worse, it needs looking "
                "into."
            )

    if rules:
        urgent = bool(URGENT_FLAGS.intersection(flags))
        return Advice(
            level="see-a-doctor",
            headline=(
                "Get medical care for your ankle straight away."
                if urgent
                else "It's time to see a doctor about your ankle."
            ),
            reasons=tuple(reasons),
            rules=tuple(rules),
            urgent=urgent,
        )
    return Advice(
        level="keep-watching",
        headline="Keep watching how your ankle feels.",
        reasons=(_watching_reason(ordered),),
        rules=(),
    )


def pain_before_session(check_in: CheckIn) -> str | None:
    """What to say after a check-in before a session that rates any pain (1-6, no warning sign,
    so no rule fired on it): the article's word that pain is a reason to see a doctor, not to
    tough it out. None when there is nothing to say. The session may still start."""
    rating = check_in.rating
    if rating is None or not 1 <= rating < SEVERE_RATING or check_in.red_flags:
        return None
    return (
        f"You rated your pain {rating} out of 10 before this session. The article says not to "
        "try to tough out pain: if you're having pain, see a doctor and take it easy. You may "
        "still start: go gently, and stop if it hurts."
    )


def _pain_since(rated: Sequence[CheckIn]) -> Sequence[CheckIn]:
    """The rated check-ins, oldest first, since the pain was last rated 0: the latest run of
    ratings above 0, ending with the latest rating. Empty when the latest rating is 0."""
    start = len(rated)
    while start > 0 and (rated[start - 1].rating or 0) > 0:
        start -= 1
    return rated[start:]


def current_advice(history: History, now: datetime) -> Advice:
    """The advice as it stands at `now`, from every check-in in `history` the rules depend on.

    This is the one call the app makes (after a check-in, on the History page, before a session,
    `ankle-coach history advice`): the history hands over the last RECENT_DAYS days, every check-in
    since the latest rating of 0, and the last TREND_CHECK_INS ratings, which is everything
    `advise` looks at, at any rhythm of check-ins."""
    return advise(
        history.check_ins_for_advice(now, recent_days=RECENT_DAYS, last_rated=TREND_CHECK_INS),
        now,
    )


def _watching_reason(ordered: Sequence[CheckIn]) -> str:
    rated = [c for c in ordered if c.rating is not None]
    lasting = _pain_since(rated)
    if not ordered:
        text = "There are no check-ins yet."
    elif not rated:
        text = (
            f"There are no pain ratings so far; whether pain goes away is judged over at least "
            f"{TREND_DAYS} days of ratings."
        )
    elif lasting:
        days = (_aware(lasting[-1].at) - _aware(lasting[0].at)).days
        if len(lasting) == 1:
            since = "at your latest check-in"
        elif days < 2:  # "for 0 days" said nothing: the check-ins and the day they began
            since = f"at each of your last {len(lasting)} check-ins, since {_day(lasting[0].at)}"
        else:
            since = f"at every check-in for {days} days"
        text = (
            f"You rated your pain above 0 {since}. If it is still there {TREND_DAYS} days after "
            "the first of those ratings, that is a reason to see a doctor."
        )
    else:
        text = "None of the rules for seeing a doctor applies to your check-ins."
    return (
        f"{text} If the pain doesn't go away or gets worse, or you are unsure whether your "
        "ankle is injured, see a doctor."
    )


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.astimezone()


def _day(moment: datetime) -> str:
    return f"{moment:%a} {moment.day} {moment:%b}"
