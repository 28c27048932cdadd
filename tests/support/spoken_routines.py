"""The built-in routines with their exercises' own words (name, instructions, custom cue) in
German and Spanish, written here as a physiotherapist would say them: what the Plan says in a
language when a routine comes already translated. The plan tests of each language run on these
and on the routines as shipped; benchmarks/cue_length_fit.py renders their cues to fit the
Plan's estimate of how long each cue takes.

Keyed by the English name, so that a routine file's own translations (once the library gives
them) and these stand in for each other.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

import msgspec

from ankle_coach.core.library import resolve
from ankle_coach.core.routine import Routine

BUILTIN_IDS: Final = (
    "after-run-recovery",
    "ankle-circles",
    "calf-raises",
    "foot-massage",
    "pre-run-warm-up",
    "standing-calf-stretch",
    "warm-up-ankle-rolls",
)

#: English name -> (name, instructions, custom cue) per language.
EXERCISE_WORDS: Final[Mapping[str, Mapping[str, tuple[str, str, str]]]] = {
    "Standing calf stretch": {
        "de": (
            "Wadendehnung im Stand",
            "In Schrittstellung gehen und nach vorn in den Ausfallschritt, die hintere Ferse "
            "bleibt am Boden. Die Dehnung hinten in der Wade spüren.",
            "",
        ),
        "es": (
            "Estiramiento de gemelos de pie",
            "Colócate con un pie adelantado y lleva el peso hacia delante, con el talón de atrás "
            "en el suelo. Nota el estiramiento en la parte de atrás de la pantorrilla.",
            "",
        ),
    },
    "Calf raises": {
        "de": (
            "Fersenheben",
            "Mit den Fußballen auf die Kante einer Stufe oder eines Bordsteins stellen, die "
            "Fersen hängen frei; an einem Geländer oder einer Wand festhalten. Die Fersen "
            "langsam absenken, dann wieder anheben.",
            "Fersen langsam senken und heben.",
        ),
        "es": (
            "Elevaciones de talones",
            "Ponte con la parte delantera de los pies en el borde de un escalón o de un "
            "bordillo, con los talones en el aire; apóyate en una barandilla o en una pared. "
            "Baja los talones despacio y luego súbelos.",
            "Baja y sube los talones despacio.",
        ),
    },
    "Ankle circles": {
        "de": (
            "Fußkreisen",
            "Auf den Boden legen. Die Füße langsam in großen Kreisen bewegen, nur aus dem "
            "Sprunggelenk.",
            "",
        ),
        "es": (
            "Círculos de tobillo",
            "Túmbate en el suelo. Gira los tobillos en círculos lentos y completos, moviendo "
            "solo los tobillos.",
            "",
        ),
    },
    "Foot massage": {
        "de": (
            "Fußmassage mit Tennis- oder Lacrosseball",
            "Hinsetzen, einen Tennis- oder Lacrosseball unter einen Fuß legen und langsam von "
            "der Ferse bis zu den Zehen rollen. Kein Ball zur Hand? Mit den Händen massieren.",
            "",
        ),
        "es": (
            "Masaje del pie con pelota de tenis o de lacrosse",
            "Siéntate con una pelota de tenis o de lacrosse bajo un pie y hazla rodar despacio "
            "del talón a los dedos. ¿No tienes pelota? Usa las manos.",
            "",
        ),
    },
    "Ankle rolls": {
        "de": (
            "Sprunggelenk lockern (Aufwärmen)",
            "Aufrecht hinstellen, nach Bedarf an einer Wand festhalten. Die Zehen eines Fußes "
            "auf den Boden setzen und das Sprunggelenk kreisen lassen.",
            "",
        ),
        "es": (
            "Rotaciones de tobillo (calentamiento)",
            "Ponte de pie y erguido; si quieres, apóyate en una pared. Apoya los dedos de un "
            "pie en el suelo y gira ese tobillo en círculo.",
            "",
        ),
    },
    "Running in place": {
        "de": (
            "Laufen auf der Stelle",
            "Auf der Stelle laufen, in einem Tempo, das sich leicht anfühlt, bis die Zeit um ist.",
            "",
        ),
        "es": (
            "Correr en el sitio",
            "Corre en el sitio, a un ritmo que te resulte cómodo, hasta que se acabe el tiempo.",
            "",
        ),
    },
}


def builtin(routine_id: str) -> Routine:
    """A built-in routine as the library gives it (in the language in use, once routine files
    carry translations)."""
    return resolve(routine_id).routine


def spoken_in(routine: Routine, language: str) -> Routine:
    """`routine` with its exercises' own words in `language` (English: as it is). An exercise
    already translated, or one not listed here, is kept as it is."""
    if language == "en":
        return routine
    exercises = []
    for exercise in routine.exercises:
        words = EXERCISE_WORDS.get(exercise.name, {}).get(language)
        if words is None:
            exercises.append(exercise)
            continue
        name, instructions, cue = words
        exercises.append(
            msgspec.structs.replace(
                exercise, name=name, instructions=instructions, cue=cue if exercise.cue else ""
            )
        )
    return msgspec.structs.replace(routine, exercises=tuple(exercises))
