"""Files the app writes: whole or not at all, and a damaged one moved aside, never deleted."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest

from ankle_coach.core.savefile import atomic_write, move_aside, write_atomically

NOW = datetime(2026, 3, 2, 19, 0, 5)
STAMP = "20260302-190005"


def test_a_write_makes_the_folder_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    path = tmp_path / "new" / "file.txt"
    write_atomically(path, b"one")
    write_atomically(path, b"two")
    assert path.read_bytes() == b"two"
    assert [p.name for p in path.parent.iterdir()] == ["file.txt"]


@pytest.mark.parametrize("step", ["fsync", "replace"])
def test_a_write_that_fails_leaves_the_old_file_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    path = tmp_path / "file.txt"
    write_atomically(path, b"old")

    def full(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, step, full)
    with pytest.raises(OSError, match="No space left on device"):
        write_atomically(path, b"new")
    monkeypatch.undo()
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["file.txt"]


def test_move_aside_keeps_the_file_and_its_side_files(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"damaged")
    path.with_name("history.sqlite3-wal").write_bytes(b"the log")
    aside, problem = move_aside(path, lambda: NOW, side_files=("-wal", "-shm"))
    assert (aside.name, problem) == (f"history.sqlite3.corrupt-{STAMP}", None)
    assert aside.read_bytes() == b"damaged"
    assert aside.with_name(aside.name + "-wal").read_bytes() == b"the log"
    assert not path.exists() and not path.with_name("history.sqlite3-wal").exists()


def test_a_second_move_in_the_same_second_gets_its_own_name(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    names = []
    for text in ("first", "second", "third"):
        path.write_text(text, encoding="utf-8")
        aside, problem = move_aside(path, lambda: NOW)
        assert problem is None
        names.append(aside.name)
    base = f"settings.toml.corrupt-{STAMP}"
    assert names == [base, f"{base}-2", f"{base}-3"]
    assert [(tmp_path / name).read_text(encoding="utf-8") for name in names] == [
        "first",
        "second",
        "third",
    ]


def test_a_file_that_cannot_be_moved_is_left_and_the_reason_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "settings.toml"
    path.write_text("kept", encoding="utf-8")

    def refuse(self: Path, target: Path) -> Path:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "rename", refuse)
    aside, problem = move_aside(path, lambda: NOW)
    assert (aside.name, problem) == (f"settings.toml.corrupt-{STAMP}", "Permission denied")
    assert path.read_text(encoding="utf-8") == "kept"


def test_atomic_write_replaces_the_file_only_when_the_block_ends(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("old", encoding="utf-8")
    with atomic_write(path, "w") as handle:
        handle.write("new \u00d7 text")
        assert path.read_text(encoding="utf-8") == "old"
    assert path.read_text(encoding="utf-8") == "new \u00d7 text"
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]


def test_an_error_in_the_block_keeps_the_old_file_and_removes_the_temporary(
    tmp_path: Path,
) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(b"old")
    with pytest.raises(RuntimeError, match="stopped"), atomic_write(path) as handle:
        handle.write(b"half")
        raise RuntimeError("stopped")
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["notes.txt"]


def test_a_named_temporary_file_is_used_and_removed_on_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "cue.wav"
    partial = tmp_path / ".cue.wav.123.partial"
    seen: list[bool] = []
    with atomic_write(path, temporary=partial) as handle:
        handle.write(b"data")
        seen.append(partial.exists())
    assert seen == [True] and path.read_bytes() == b"data" and not partial.exists()

    def full(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OSError, match="No space"), atomic_write(path, temporary=partial) as out:
        out.write(b"more")
    monkeypatch.undo()
    assert path.read_bytes() == b"data" and not partial.exists()


def test_only_whole_file_modes_are_accepted(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="'ab'"), atomic_write(tmp_path / "x", "ab"):
        pass


posix = pytest.mark.skipif(os.name != "posix", reason="POSIX links, pipes and permissions")


@posix
def test_a_link_is_written_through_and_kept(tmp_path: Path) -> None:
    """`handout -o sheet.pdf` where sheet.pdf links into a shared folder: the file there is
    replaced, the link stays a link."""
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "sheet.pdf").write_bytes(b"old")
    link = tmp_path / "sheet.pdf"
    link.symlink_to(shared / "sheet.pdf")
    write_atomically(link, b"new")
    assert link.is_symlink() and (shared / "sheet.pdf").read_bytes() == b"new"
    dangling = tmp_path / "later.pdf"
    dangling.symlink_to(shared / "later.pdf")
    write_atomically(dangling, b"made")
    assert dangling.is_symlink() and (shared / "later.pdf").read_bytes() == b"made"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["later.pdf", "shared", "sheet.pdf"]


@posix
@pytest.mark.parametrize("kind", ["named pipe", "folder", "socket", "link to a named pipe"])
def test_what_is_not_a_file_is_left_as_it_is(tmp_path: Path, kind: str) -> None:
    """`handout -o /dev/full` as root had renamed a file over the device."""
    import socket

    from ankle_coach.core.savefile import NotAFileThere

    there = tmp_path / "there"
    held = None
    if kind in ("named pipe", "link to a named pipe"):
        os.mkfifo(there)
    elif kind == "folder":
        there.mkdir()
    else:
        held = socket.socket(socket.AF_UNIX)
        held.bind(str(there))
    path = there
    if kind.startswith("link"):
        path = tmp_path / "link"
        path.symlink_to(there)
    before = os.lstat(there)
    try:
        with pytest.raises(NotAFileThere) as raised:
            write_atomically(path, b"%PDF")
    finally:
        if held is not None:
            held.close()
    words = {"named pipe": "a named pipe", "folder": "a folder", "socket": "a socket"}
    expected = words.get(kind, "a named pipe")
    assert raised.value.strerror == f"{expected} is there, not a file; it was left as it is"
    assert raised.value.filename == str(there)
    after = os.lstat(there)
    assert (after.st_ino, after.st_mode) == (before.st_ino, before.st_mode)
    assert {p.name for p in tmp_path.iterdir()} <= {"there", "link"}  # no temporary left


@posix
def test_a_new_file_follows_the_umask_a_replaced_one_keeps_its_permissions(
    tmp_path: Path,
) -> None:
    """A handout or package is for others to read (umask 022: rw-r--r--), not rw------- as a
    temporary file is; a file replaced keeps what its owner gave it; a private one is the
    owner's alone."""
    old_mask = os.umask(0o022)
    try:
        write_atomically(tmp_path / "sheet.pdf", b"%PDF")
        assert (tmp_path / "sheet.pdf").stat().st_mode & 0o777 == 0o644
        kept = tmp_path / "notes.toml"
        kept.write_bytes(b"x")
        kept.chmod(0o640)
        write_atomically(kept, b"y")
        assert kept.stat().st_mode & 0o777 == 0o640
        write_atomically(tmp_path / "copy.svg", b"<svg/>", private=True)
        assert (tmp_path / "copy.svg").stat().st_mode & 0o777 == 0o600
        os.umask(0o077)
        write_atomically(tmp_path / "mine.pdf", b"%PDF")
        assert (tmp_path / "mine.pdf").stat().st_mode & 0o777 == 0o600
    finally:
        os.umask(old_mask)


@posix
def test_a_link_that_leads_back_to_itself_is_left_as_it_is(tmp_path: Path) -> None:
    import errno

    loop = tmp_path / "loop.pdf"
    loop.symlink_to(loop)
    with pytest.raises(OSError) as raised:
        write_atomically(loop, b"%PDF")
    assert raised.value.errno == errno.ELOOP
    assert loop.is_symlink() and os.readlink(loop) == str(loop)
    assert [p.name for p in tmp_path.iterdir()] == ["loop.pdf"]
