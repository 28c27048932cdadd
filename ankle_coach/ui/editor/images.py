"""The editor's own image files: chosen from the disk, copied next to the routine when it is
saved (`copy_chosen_images`), or staged into one folder to try the routine unsaved
(`images_to_try`, `stage_images`). Whether a file is a picture at all is core/images.py's
question; here they are only named and copied."""

from __future__ import annotations

import dataclasses
import shutil
from collections.abc import Mapping
from pathlib import Path, PurePosixPath

from ankle_coach.core.editor_form import ExerciseForm, RoutineForm
from ankle_coach.core.images import MAX_IMAGE_BYTES, find_image, illustrations_dir, size_text
from ankle_coach.ui.i18n import translate


def images_to_try(
    form: RoutineForm, image_folder: Path | None
) -> tuple[RoutineForm, dict[str, Path]]:
    """The image files of its own that the routine uses, by `image` value: the files chosen for
    it, and the images found in `image_folder` (built-in illustrations need none).

    Two different files chosen under one name get different names, as saving would give them,
    so that every one can sit in one folder; the form comes back with those names.
    """
    files: dict[str, Path] = {}
    exercises: list[ExerciseForm] = []
    for exercise in form.exercises:
        source = _own_image_file(exercise, image_folder)
        if source is None:
            exercises.append(exercise)
            continue
        name = exercise.image
        number = 1
        while name in files and files[name] != source:
            number += 1
            path = PurePosixPath(exercise.image)
            name = str(path.with_name(f"{path.stem}-{number}{path.suffix}"))
        files[name] = source
        exercises.append(dataclasses.replace(exercise, image=name))
    return dataclasses.replace(form, exercises=tuple(exercises)), files


def _own_image_file(exercise: ExerciseForm, image_folder: Path | None) -> Path | None:
    if exercise.image_source:
        return Path(exercise.image_source).resolve()
    found = find_image(exercise.image, image_folder)
    return None if found is None or found == illustrations_dir() / exercise.image else found


def stage_images(images: Mapping[str, Path], folder: Path) -> list[str]:
    """Copy each image file into `folder` under its name (which may hold folders). Returns what
    was not copied, as "file: why" (it cannot be read, or is too large to be drawn)."""
    problems: list[str] = []
    for name, source in images.items():
        target = folder / name
        try:
            if source.stat().st_size > MAX_IMAGE_BYTES:
                problems.append(
                    translate("ui.editor.images", "{file}: larger than {size}").format(
                        file=source.name, size=size_text(MAX_IMAGE_BYTES)
                    )
                )
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
        except OSError as exc:
            problems.append(
                translate("ui.editor.images", "{file}: {reason}").format(
                    file=source.name, reason=exc.strerror or exc
                )
            )
    return problems


def _free_image_path(folder: Path, source: Path) -> Path:
    """Where a chosen image goes in `folder`: its own name, unless another file has it."""
    target = folder / source.name
    number = 1
    while target.exists() and not _same_file(target, source):
        number += 1
        target = folder / f"{source.stem}-{number}{source.suffix}"
    return target


def _same_file(one: Path, other: Path) -> bool:
    try:
        return one.resolve() == other.resolve() or one.read_bytes() == other.read_bytes()
    except OSError:
        return False


def copy_chosen_images(form: RoutineForm, folder: Path) -> RoutineForm:
    """Copy each chosen image file into `folder` (under a free name) and name it so."""
    copied: dict[str, str] = {}
    exercises = list(form.exercises)
    for index, exercise in enumerate(exercises):
        if not exercise.image_source:
            continue
        source = Path(exercise.image_source)
        name = copied.get(str(source))
        if name is None:
            target = _free_image_path(folder, source)
            if target.resolve() != source.resolve():
                folder.mkdir(parents=True, exist_ok=True)
                if not target.exists():
                    shutil.copyfile(source, target)
            name = target.name
            copied[str(source)] = name
        exercises[index] = dataclasses.replace(exercise, image=name, image_source="")
    return dataclasses.replace(form, exercises=tuple(exercises))
