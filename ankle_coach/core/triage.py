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

Every word here is in the current language (core.i18n): the Advice as it is built, a Rule's
`words` when read. The module's constants (WHO_TO_SEE, URGENT_CARE, NOT_A_DIAGNOSIS, OTHERWISE)
are English, marked for translation: show them as `translate("core.triage", URGENT_CARE)`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Final, Literal

from ankle_coach.core.history import CheckIn, History, RedFlag
from ankle_coach.core.i18n import QT_TRANSLATE_NOOP, translate

#: How far back a warning sign or a severe rating still counts.
RECENT_DAYS: Final = 7
#: A rating from which the pain alone calls for a doctor.
SEVERE_RATING: Final = 7
#: How many rated check-ins make a trend, and over how many days at least.
TREND_CHECK_INS: Final = 3
TREND_DAYS: Final = 14

Level = Literal["see-a-doctor", "keep-watching"]
RuleId = Literal["warning-sign", "severe-pain", "not-improving", "rising"]

WHO_TO_SEE: Final = QT_TRANSLATE_NOOP(
    "core.triage",
    "A podiatrist (a foot doctor) is the most qualified for ankle pain; an orthopaedic "
    "sports-medicine physician is a good choice too.",
)
#: The urgent-care words, the same as the see-a-doctor guidance's "Get help straight away"
#: (assets/guidance/doctor.toml; Ankle Coach's own cautious advice, the article has none).
URGENT_CARE: Final = QT_TRANSLATE_NOOP(
    "core.triage",
    "Get urgent medical care if you can't put weight on the foot, the ankle looks misshapen, or "
    "the foot turns numb, cold or blue.",
)
#: The warning signs that call for care straight away rather than an appointment.
URGENT_FLAGS: Final = frozenset({RedFlag.CANNOT_BEAR_WEIGHT, RedFlag.NUMBNESS_OR_TINGLING})
NOT_A_DIAGNOSIS: Final = QT_TRANSLATE_NOOP(
    "core.triage",
    "Ankle Coach does not diagnose. These rules only say when the article's advice points to a "
    "doctor.",
)


#: A warning sign as a reason says it.
#: A warning sign as a reason says it (one item of a list; translated where it is said).
_FLAG_REASONS: Final[dict[RedFlag, str]] = {
    RedFlag.SWELLING: QT_TRANSLATE_NOOP("core.triage", "swelling"),
    RedFlag.CANNOT_BEAR_WEIGHT: QT_TRANSLATE_NOOP("core.triage", "you can't put weight on it"),
    RedFlag.PAIN_AT_REST_OR_NIGHT: QT_TRANSLATE_NOOP("core.triage", "pain at rest or at night"),
    RedFlag.NUMBNESS_OR_TINGLING: QT_TRANSLATE_NOOP("core.triage", "numbness or tingling"),
    RedFlag.UNHEALED_INJURY: QT_TRANSLATE_NOOP(
        "core.triage", "a recent injury that has not healed"
    ),
}


@dataclass(frozen=True)
class Rule:
    id: RuleId
    english: str  # the rule in plain words, as the README says it

    @property
    def words(self) -> str:
        """The rule in plain words in the current language, as the app shows it."""
        return translate("core.triage", self.english)


#: Each rule in plain words; a test checks that the README says each one.
RULES: Final[tuple[Rule, ...]] = (
    Rule(
        "warning-sign",
        QT_TRANSLATE_NOOP(
            "core.triage",
            "You ticked a warning sign at a check-in in the last 7 days: swelling, you can't put "
            "weight on it, pain at rest or at night, numbness or tingling, or a recent injury "
            "that has not healed.",
        ),
    ),
    Rule(
        "severe-pain",
        QT_TRANSLATE_NOOP(
            "core.triage",
            "You rated your pain 7 or more out of 10 at a check-in in the last 7 days.",
        ),
    ),
    Rule(
        "not-improving",
        QT_TRANSLATE_NOOP(
            "core.triage",
            "Your pain has not gone away: every pain rating you gave over 14 days or more was "
            "above 0 (at least two ratings, 14 or more days apart), even if it went down a "
            "little. A rating of 0, no pain, starts the count again.",
        ),
    ),
    Rule(
        "rising",
        QT_TRANSLATE_NOOP(
            "core.triage",
            "Your pain is getting worse: each of your last three pain ratings is higher than "
            "the one before, however far apart they are.",
        ),
    ),
)
#: What happens when no rule applies, in the same words everywhere.
OTHERWISE: Final = QT_TRANSLATE_NOOP(
    "core.triage",
    "When none of these applies, Ankle Coach says to keep watching how your ankle feels. It "
    "never says that your ankle is fine.",
)


@dataclass(frozen=True)
class Advice:
    """What the check-ins call for, with each reason in plain words."""

    level: Level
    headline: str
    reasons: tuple[str, ...]
    rules: tuple[RuleId, ...]  # the rules that apply, in the order of RULES
    who: str = WHO_TO_SEE  # `advise` gives it in the current language
    note: str = NOT_A_DIAGNOSIS  # likewise
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
        # a list of what was ticked, not words of a sentence: "; " holds in every language
        named = "; ".join(translate("core.triage", _FLAG_REASONS[flag]) for flag in flags)
        reason = translate(
            "core.triage", "You ticked a warning sign in the last {days} days: {signs}."
        ).format(days=RECENT_DAYS, signs=named)
        if URGENT_FLAGS.intersection(flags):
            reason += " " + translate("core.triage", URGENT_CARE)
        reasons.append(reason)

    severe = [c for c in recent if c.rating is not None and c.rating >= SEVERE_RATING]
    if severe:
        rules.append("severe-pain")
        worst = max(severe, key=lambda c: (c.rating or 0, _aware(c.at)))
        reasons.append(
            translate(
                "core.triage",
                "You rated your pain {rating} out of 10 on {day}: {severe} or more calls for a "
                "doctor.",
            ).format(rating=worst.rating, day=_day(worst.at), severe=SEVERE_RATING)
        )

    every_rating = [c for c in ordered if c.rating is not None]
    lasting = _pain_since(every_rating)
    if lasting:
        first, last = lasting[0], lasting[-1]
        span = _aware(last.at) - _aware(first.at)
        if span >= timedelta(days=TREND_DAYS):
            levels = [c.rating or 0 for c in lasting]
            low, high = min(levels), max(levels)
            if low == high:
                reason = translate(
                    "core.triage",
                    "Your pain has not gone away in {days} days: you rated it {low} out of 10 "
                    "at every check-in from {first} to {last} ({count} ratings). If the pain "
                    "doesn't go away, it needs looking into.",
                )
            else:
                reason = translate(
                    "core.triage",
                    "Your pain has not gone away in {days} days: you rated it between {low} and "
                    "{high} out of 10 at every check-in from {first} to {last} ({count} "
                    "ratings). If the pain doesn't go away, it needs looking into.",
                )
            rules.append("not-improving")
            reasons.append(
                reason.format(
                    days=span.days,
                    low=low,
                    high=high,
                    first=_day(first.at),
                    last=_day(last.at),
                    count=len(lasting),
                )
            )
    rated = every_rating[-TREND_CHECK_INS:]
    if len(rated) == TREND_CHECK_INS:
        ratings = [c.rating for c in rated]
        if all(
            a is not None and b is not None and a < b
            for a, b in zip(ratings, ratings[1:], strict=False)
        ):
            rules.append("rising")
            first_rating, second_rating, third_rating = ratings  # TREND_CHECK_INS of them
            reasons.append(
                translate(
                    "core.triage",
                    "Your pain is getting worse: {first}, then {second}, then {third} out of 10 "
                    "at your last three check-ins. If it gets worse, it needs looking into.",
                ).format(first=first_rating, second=second_rating, third=third_rating)
            )

    who = translate("core.triage", WHO_TO_SEE)
    note = translate("core.triage", NOT_A_DIAGNOSIS)
    if rules:
        urgent = bool(URGENT_FLAGS.intersection(flags))
        return Advice(
            level="see-a-doctor",
            headline=(
                translate("core.triage", "Get medical care for your ankle straight away.")
                if urgent
                else translate("core.triage", "It's time to see a doctor about your ankle.")
            ),
            reasons=tuple(reasons),
            rules=tuple(rules),
            who=who,
            note=note,
            urgent=urgent,
        )
    return Advice(
        level="keep-watching",
        headline=translate("core.triage", "Keep watching how your ankle feels."),
        reasons=(_watching_reason(ordered),),
        rules=(),
        who=who,
        note=note,
    )


def pain_before_session(check_in: CheckIn) -> str | None:
    """What to say after a check-in before a session that rates any pain (1-6, no warning sign,
    so no rule fired on it): the article's word that pain is a reason to see a doctor, not to
    tough it out. None when there is nothing to say. The session may still start."""
    rating = check_in.rating
    if rating is None or not 1 <= rating < SEVERE_RATING or check_in.red_flags:
        return None
    return translate(
        "core.triage",
        "You rated your pain {rating} out of 10 before this session. The article says not to "
        "try to tough out pain: if you're having pain, see a doctor and take it easy. You may "
        "still start: go gently, and stop if it hurts.",
    ).format(rating=rating)


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
        text = translate("core.triage", "There are no check-ins yet.")
    elif not rated:
        text = translate(
            "core.triage",
            "There are no pain ratings so far; whether pain goes away is judged over at least "
            "{days} days of ratings.",
        ).format(days=TREND_DAYS)
    elif lasting:
        days = (_aware(lasting[-1].at) - _aware(lasting[0].at)).days
        if len(lasting) == 1:
            text = translate(
                "core.triage",
                "You rated your pain above 0 at your latest check-in. If it is still there "
                "{trend} days after the first of those ratings, that is a reason to see a doctor.",
            )
        elif days < 2:  # "for 0 days" said nothing: the check-ins and the day they began
            text = translate(
                "core.triage",
                "You rated your pain above 0 at each of your last {count} check-ins, since "
                "{day}. If it is still there {trend} days after the first of those ratings, that "
                "is a reason to see a doctor.",
            )
        else:
            text = translate(
                "core.triage",
                "You rated your pain above 0 at every check-in for {days} days. If it is still "
                "there {trend} days after the first of those ratings, that is a reason to see a "
                "doctor.",
            )
        text = text.format(count=len(lasting), day=_day(lasting[0].at), days=days, trend=TREND_DAYS)
    else:
        text = translate(
            "core.triage", "None of the rules for seeing a doctor applies to your check-ins."
        )
    return (
        text
        + " "
        + translate(
            "core.triage",
            "If the pain doesn't go away or gets worse, or you are unsure whether your ankle is "
            "injured, see a doctor.",
        )
    )


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.astimezone()


#: Day and month names as a date in a reason shows them (translated where they are said).
_WEEKDAYS: Final = (
    QT_TRANSLATE_NOOP("core.triage", "Mon"),
    QT_TRANSLATE_NOOP("core.triage", "Tue"),
    QT_TRANSLATE_NOOP("core.triage", "Wed"),
    QT_TRANSLATE_NOOP("core.triage", "Thu"),
    QT_TRANSLATE_NOOP("core.triage", "Fri"),
    QT_TRANSLATE_NOOP("core.triage", "Sat"),
    QT_TRANSLATE_NOOP("core.triage", "Sun"),
)
_MONTHS: Final = (
    QT_TRANSLATE_NOOP("core.triage", "Jan"),
    QT_TRANSLATE_NOOP("core.triage", "Feb"),
    QT_TRANSLATE_NOOP("core.triage", "Mar"),
    QT_TRANSLATE_NOOP("core.triage", "Apr"),
    QT_TRANSLATE_NOOP("core.triage", "May"),
    QT_TRANSLATE_NOOP("core.triage", "Jun"),
    QT_TRANSLATE_NOOP("core.triage", "Jul"),
    QT_TRANSLATE_NOOP("core.triage", "Aug"),
    QT_TRANSLATE_NOOP("core.triage", "Sep"),
    QT_TRANSLATE_NOOP("core.triage", "Oct"),
    QT_TRANSLATE_NOOP("core.triage", "Nov"),
    QT_TRANSLATE_NOOP("core.triage", "Dec"),
)


def _day(moment: datetime) -> str:
    """A check-in's day as a reason says it: "Mon 3 Mar", "Mo., 3. März", "lun. 3 mar."
    (the names are the language's, not the system locale's)."""
    return translate("core.triage", "{weekday} {day} {month}").format(
        weekday=translate("core.triage", _WEEKDAYS[moment.weekday()]),
        day=moment.day,
        month=translate("core.triage", _MONTHS[moment.month - 1]),
    )
