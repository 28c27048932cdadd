"""The library model follows Qt's model conventions and filters by every word typed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from ankle_coach.core.library import load_library
from ankle_coach.core.paths import Paths
from ankle_coach.ui.library.model import Role, RoutineFilter, RoutineListModel


def library_with_a_bad_file(home: Path) -> RoutineListModel:
    paths = Paths.under(home)
    paths.user_routines.mkdir(parents=True)
    (paths.user_routines / "bad.toml").write_text("format = 3\n", encoding="utf-8")
    model = RoutineListModel()
    model.set_library(load_library(paths))
    return model


def test_model_passes_the_model_tester(qtmodeltester: ModelTester, user_home: Path) -> None:
    model = library_with_a_bad_file(user_home)
    qtmodeltester.check(model)  # type: ignore[no-untyped-call]
    proxy = RoutineFilter()
    proxy.setSourceModel(model)
    proxy.set_query("calf")
    qtmodeltester.check(proxy)  # type: ignore[no-untyped-call]


def test_rows_are_routines_by_origin_then_bad_files(user_home: Path) -> None:
    model = library_with_a_bad_file(user_home)
    kinds = [model.index(r, 0).data(Role.KIND) for r in range(model.rowCount())]
    assert kinds == ["routine"] * 7 + ["problem"]
    last = model.index(model.rowCount() - 1, 0)
    assert last.data(Qt.ItemDataRole.DisplayRole) == "bad.toml could not be loaded"
    assert "format 3" in last.data(Qt.ItemDataRole.ToolTipRole)
    assert model.data(QModelIndex(), Qt.ItemDataRole.DisplayRole) is None
    first = model.index(0, 0)
    assert first.data(Role.TITLE) == "After-run recovery"
    assert (
        first.data(Qt.ItemDataRole.AccessibleTextRole)
        == "After-run recovery, 09:44, after-run, stretch"
    )


def test_filter_matches_titles_tags_and_exercise_names(user_home: Path) -> None:
    model = library_with_a_bad_file(user_home)
    proxy = RoutineFilter()
    proxy.setSourceModel(model)

    def shown(query: str) -> set[str]:
        proxy.set_query(query)
        return {str(proxy.index(r, 0).data(Role.TITLE)) for r in range(proxy.rowCount())}

    assert shown("running in place") == {"Pre-run warm-up", "Warm-up ankle rolls"}
    assert shown("pre-run massage") == {"Foot massage with a ball", "Pre-run warm-up"}
    assert shown("nothing like this") == set()
    assert len(shown("")) == 8
