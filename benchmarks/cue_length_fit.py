"""How long each language's voice takes to say the real cues, and the Plan's estimate of it.

For each language, every cue (and every cue left out) of the Plans of the 7 built-in routines
is rendered with espeak-ng in that language's voice at several rates: the routines as shipped
and, for German and Spanish, with their exercises' words in the language
(tests/support/spoken_routines.py), under several options (reps counted or not, lead-in as
given, none, long). Each render's speaking time (its silent edges cut, as the app plays it) is
set against the text's syllables and pauses (core/cues.py).

It prints, per language, two least-squares fits at 200 wpm (the times scaled by rate/200): one
for cues of one word (the counts, "Go."), `base + per_syllable * syllables`, and one for the
rest, `base + per_syllable * syllables + per_pause * pauses`; each fit's worst case (how far a
render ran over it) and the margin that covers every render (`suggested`, what core/cues.py
holds). Then the Plan's estimate as it stands (`cues.SPEECH_MODELS`, `cues.WORD_MODELS`)
against every render: the smallest margin it left (estimate - measured; must be > 0: no cue
may take longer than planned) and its largest overestimate. `--fit-only` skips the check.

Target: for every language, no render longer than its estimate (min_margin_seconds > 0).
"""

from __future__ import annotations

import argparse
import math
import shutil
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from ankle_coach.core import cues, i18n
from ankle_coach.core.plan import PlanOptions, compile_plan
from ankle_coach.core.routine import Routine
from ankle_coach.speech.cache import CueCache
from ankle_coach.speech.facts import cue_facts
from ankle_coach.speech.render import Pyttsx3Renderer
from ankle_coach.speech.voice import VoiceSettings
from benchmarks._common import report
from tests.support.spoken_routines import BUILTIN_IDS, builtin, spoken_in

RATES = (120, 150, 170, 200, 260)
CALIBRATION_RATE = 200


def cue_texts(routines: Iterable[Routine], rate: int) -> list[str]:
    """Every text the Plans of `routines` say or leave out at `rate`, each once."""
    texts: dict[str, None] = {}
    for routine in routines:
        for count_reps in (True, False):
            for lead_in in (None, 0.0, 60.0):
                options = PlanOptions(
                    count_reps=count_reps, lead_in_seconds=lead_in, speech_rate=rate
                )
                plan = compile_plan(routine, options)
                for cue in (*plan.cues, *plan.dropped):
                    texts[cue.text] = None
    return list(texts)


def solve(rows: Sequence[Sequence[float]], ys: Sequence[float]) -> list[float]:
    """Least squares for y = sum(x[i] * row[i]) (normal equations, Gaussian elimination)."""
    n = len(rows[0])
    matrix = [[sum(r[i] * r[j] for r in rows) for j in range(n)] for i in range(n)]
    vector = [sum(r[i] * y for r, y in zip(rows, ys, strict=True)) for i in range(n)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda row: abs(matrix[row][col]))
        matrix[col], matrix[pivot] = matrix[pivot], matrix[col]
        vector[col], vector[pivot] = vector[pivot], vector[col]
        for row in range(col + 1, n):
            factor = matrix[row][col] / matrix[col][col]
            for k in range(col, n):
                matrix[row][k] -= factor * matrix[col][k]
            vector[row] -= factor * vector[col]
    solution = [0.0] * n
    for row in reversed(range(n)):
        rest = sum(matrix[row][k] * solution[k] for k in range(row + 1, n))
        solution[row] = (vector[row] - rest) / matrix[row][row]
    return solution


def measure(language: str, root: Path) -> list[dict[str, Any]]:
    """Render the language's cues at every rate; one row per (text, rate)."""
    rows = []
    with i18n.using(language):  # type: ignore[arg-type]
        routines = [builtin(routine_id) for routine_id in BUILTIN_IDS]
        if language != "en":
            routines += [spoken_in(routine, language) for routine in routines]
        renderer = Pyttsx3Renderer(CueCache(root))
        for rate in RATES:
            texts = cue_texts(routines, rate)
            settings = VoiceSettings(rate=rate, language=language)
            paths = renderer.render(texts, settings)
            for text in texts:
                facts = cue_facts(paths[text])
                rows.append(
                    {
                        "text": text,
                        "rate": rate,
                        "seconds": facts.speaking_seconds,
                        "syllables": cues.syllables(text, language),
                        "pauses": cues.pauses(text),
                    }
                )
    return rows


def fit_group(rows: list[dict[str, Any]], *, pauses: bool, extra: float) -> dict[str, Any]:
    """One model fitted on `rows`: the least-squares line, how far a render ran over it, and
    the margin (to the next 0.01) over it that, with `extra` seconds, covers every render."""
    scaled = [row["seconds"] * row["rate"] / CALIBRATION_RATE for row in rows]
    design = [
        (1.0, float(row["syllables"]), *((float(row["pauses"]),) if pauses else ())) for row in rows
    ]
    found = solve(design, scaled)
    base, per_syllable = found[0], found[1]
    per_pause = found[2] if pauses else 0.0
    fitted = [sum(c * x for c, x in zip(found, row, strict=True)) for row in design]
    over = max(y / f for y, f in zip(scaled, fitted, strict=True))
    margin = max((y - extra) / f for y, f in zip(scaled, fitted, strict=True))
    margin = math.ceil(max(margin, 1.0) * 100) / 100
    return {
        "renders": len(rows),
        "distinct_texts": len({row["text"] for row in rows}),
        "fit_200wpm": {
            "base": round(base, 3),
            "per_syllable": round(per_syllable, 4),
            "per_pause": round(per_pause, 3),
        },
        "fit_worst_over_percent": round(100 * (over - 1), 1),
        "suggested": f"SpeechModel(base={base:.3f}, per_syllable={per_syllable:.4f}, "
        f"per_pause={per_pause:.3f}, margin={margin}, extra={extra})",
    }


def fit(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """A model for one-word cues (the counts, "Go.") and one for the rest."""
    words = [row for row in rows if cues.one_word(row["text"])]
    sentences = [row for row in rows if not cues.one_word(row["text"])]
    return {
        "words": fit_group(words, pauses=False, extra=0.05),
        "sentences": fit_group(sentences, pauses=True, extra=0.1),
    }


def check(language: str, rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The estimate in core/cues.py against every render."""
    margins = []
    for row in rows:
        estimate = cues.spoken_seconds(row["text"], row["rate"], language)
        margins.append((estimate - row["seconds"], row["text"], row["rate"], row["seconds"]))
    worst = min(margins)
    ratios = [
        cues.spoken_seconds(row["text"], row["rate"], language) / row["seconds"]
        for row in rows
        if row["seconds"] > 0
    ]
    return {
        "min_margin_seconds": round(worst[0], 3),
        "tightest": {"text": worst[1][:80], "rate": worst[2], "measured": round(worst[3], 3)},
        "largest_overestimate_ratio": round(max(ratios), 2),
        "median_overestimate_ratio": round(sorted(ratios)[len(ratios) // 2], 2),
        "longest_render_seconds": round(max(row["seconds"] for row in rows), 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--languages", nargs="*", default=list(i18n.LANGUAGES))
    parser.add_argument("--fit-only", action="store_true")
    args = parser.parse_args()
    results: dict[str, Any] = {}
    met = True
    for language in args.languages:
        root = Path(tempfile.mkdtemp(prefix="ankle-coach-fit-"))
        try:
            rows = measure(language, root)
        finally:
            shutil.rmtree(root)
        results[language] = fit(rows)
        if not args.fit_only:
            results[language]["estimate"] = check(language, rows)
            met = met and results[language]["estimate"]["min_margin_seconds"] > 0
    report(
        "cue_length_fit",
        rates=list(RATES),
        languages=results,
        target="every render shorter than its estimate (min_margin_seconds > 0)",
        met=met,
    )


if __name__ == "__main__":
    main()
