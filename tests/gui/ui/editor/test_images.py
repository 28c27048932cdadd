"""ui/editor/images.py: the editor's own image files are named and copied (into the routine's
folder at save, or staged to try the routine unsaved), never lost, never written over, and a
file that cannot be copied is said by name."""

from __future__ import annotations

from pathlib import Path

from ankle_coach.core.editor_form import ExerciseForm, RoutineForm
from ankle_coach.core.images import MAX_IMAGE_BYTES
from ankle_coach.ui.editor.images import copy_chosen_images, images_to_try, stage_images

BUILTIN = "calf-raises.svg"


def chosen(folder: Path, name: str, data: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(data)
    return path


def test_chosen_files_are_copied_beside_the_routine_under_free_names(tmp_path: Path) -> None:
    one = chosen(tmp_path / "a", "heel.png", b"first")
    other = chosen(tmp_path / "b", "heel.png", b"second")
    routine_folder = tmp_path / "routine"
    chosen(routine_folder, "heel.png", b"already there, someone else's")
    form = RoutineForm(
        exercises=(
            ExerciseForm(name="A", image="heel.png", image_source=str(one)),
            ExerciseForm(name="B", image="heel.png", image_source=str(other)),
            ExerciseForm(name="C", image="heel.png", image_source=str(one)),  # the same again
            ExerciseForm(name="D", image=BUILTIN),
        )
    )
    saved = copy_chosen_images(form, routine_folder)
    names = [e.image for e in saved.exercises]
    assert names == ["heel-2.png", "heel-3.png", "heel-2.png", BUILTIN]
    assert all(e.image_source == "" for e in saved.exercises)
    assert (routine_folder / "heel.png").read_bytes() == b"already there, someone else's"
    assert (routine_folder / "heel-2.png").read_bytes() == b"first"
    assert (routine_folder / "heel-3.png").read_bytes() == b"second"
    assert one.read_bytes() == b"first" and other.read_bytes() == b"second"  # nothing moved


def test_a_file_already_in_the_folder_is_not_copied_again(tmp_path: Path) -> None:
    here = chosen(tmp_path, "toe.png", b"toe")
    form = RoutineForm(exercises=(ExerciseForm(image="toe.png", image_source=str(here)),))
    saved = copy_chosen_images(form, tmp_path)
    assert saved.exercises[0].image == "toe.png"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["toe.png"]


def test_to_try_a_routine_its_own_images_are_named_apart_and_built_ins_need_none(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "routine"
    beside = chosen(folder, "heel.png", b"beside the routine")
    picked = chosen(tmp_path / "picked", "heel.png", b"picked from the disk")
    form = RoutineForm(
        exercises=(
            ExerciseForm(name="A", image="heel.png"),
            ExerciseForm(name="B", image="heel.png", image_source=str(picked)),
            ExerciseForm(name="C", image=BUILTIN),
            ExerciseForm(name="D", image=""),
        )
    )
    renamed, files = images_to_try(form, folder)
    assert [e.image for e in renamed.exercises] == ["heel.png", "heel-2.png", BUILTIN, ""]
    assert files == {"heel.png": beside.resolve(), "heel-2.png": picked.resolve()}

    staged = tmp_path / "staged"
    assert stage_images(files, staged) == []
    assert (staged / "heel.png").read_bytes() == b"beside the routine"
    assert (staged / "heel-2.png").read_bytes() == b"picked from the disk"


def test_a_file_that_cannot_be_staged_is_said_by_name_and_the_others_still_are(
    tmp_path: Path,
) -> None:
    good = chosen(tmp_path, "good.png", b"fine")
    huge = tmp_path / "huge.png"
    with huge.open("wb") as out:
        out.truncate(MAX_IMAGE_BYTES + 1)  # sparse: large without the disk space
    gone = tmp_path / "gone.png"
    problems = stage_images(
        {"pics/good.png": good, "huge.png": huge, "gone.png": gone}, tmp_path / "staged"
    )
    assert len(problems) == 2
    assert problems[0].startswith("huge.png: larger than ")
    assert problems[1].startswith("gone.png: ")
    assert (tmp_path / "staged" / "pics" / "good.png").read_bytes() == b"fine"
    assert not (tmp_path / "staged" / "huge.png").exists()
