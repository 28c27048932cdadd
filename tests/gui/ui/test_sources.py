"""ui/sources.py: the lines read from files are dropped before each import; others stay."""

from __future__ import annotations

import linecache
import sys
from pathlib import Path

import pytest

from ankle_coach.ui.sources import forget_file_sources, forget_sources_on_import


def write_module(folder: Path, name: str, lines: int) -> Path:
    path = folder / f"{name}.py"
    path.write_text("".join(f"VALUE_{n} = {n}\n" for n in range(lines)), encoding="utf-8")
    return path


def test_forget_file_sources_drops_only_what_a_file_can_give_again(tmp_path: Path) -> None:
    read = write_module(tmp_path, "read_from_file", 40)
    assert len(linecache.getlines(str(read))) == 40
    by_hand = "<ankle-coach test source>"
    linecache.cache[by_hand] = (3, None, ["a\n", "b\n", "c\n"], by_hand)
    lazy = str(tmp_path / "lazy.py")
    linecache.cache[lazy] = (lambda: "x = 1\n",)
    try:
        forget_file_sources()
        assert str(read) not in linecache.cache
        assert linecache.cache[by_hand] == (3, None, ["a\n", "b\n", "c\n"], by_hand)
        assert len(linecache.cache[lazy]) == 1  # a lazy entry: its loader kept
        # dropped, not lost: a traceback reads the file again
        assert linecache.getline(str(read), 40) == "VALUE_39 = 39\n"
    finally:
        linecache.cache.pop(by_hand, None)
        linecache.cache.pop(lazy, None)


def test_an_import_drops_the_sources_read_before_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    forget_sources_on_import()
    forget_sources_on_import()  # once per process: a second call adds no second hook
    read = write_module(tmp_path, "read_before_import", 25)
    write_module(tmp_path, "imported_after_it", 3)
    monkeypatch.syspath_prepend(str(tmp_path))
    assert len(linecache.getlines(str(read))) == 25
    module = __import__("imported_after_it")  # as an import statement does
    try:
        assert module.VALUE_2 == 2
        assert str(read) not in linecache.cache
        assert linecache.getline(str(read), 1) == "VALUE_0 = 0\n"
    finally:
        sys.modules.pop("imported_after_it", None)
