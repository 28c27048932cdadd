"""The project's own checks run with the tests: ruff, mypy (strict on the core), import-linter."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def tool(name: str) -> list[str]:
    """The tool installed beside this interpreter (the test extras), else on PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed; install the test extras: pip install -e '.[test]'")
    return [found]


@pytest.mark.slow
@pytest.mark.parametrize(
    "command",
    [
        ["ruff", "check", "."],
        ["ruff", "format", "--check", "."],
        ["mypy"],
        ["lint-imports"],
    ],
    ids=["ruff-check", "ruff-format", "mypy", "import-linter"],
)
def test_check_passes(command: list[str]) -> None:
    done = subprocess.run(
        tool(command[0]) + command[1:], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr


def _imported_modules(path: Path) -> set[str]:
    import ast

    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_the_session_runtime_and_the_terminal_use_qtcore_only() -> None:
    # import-linter cannot forbid a subpackage of an external package: checked here.
    package = ROOT / "ankle_coach"
    sources = [*sorted((package / "qt").glob("*.py")), package / "terminal.py"]
    for source in sources:
        widgets = {
            name
            for name in _imported_modules(source)
            if name.startswith(("PySide6.QtWidgets", "PySide6.QtGui"))
        }
        assert not widgets, f"{source.relative_to(ROOT)} imports {sorted(widgets)}"


def test_no_module_is_over_700_lines() -> None:
    long = {
        str(path.relative_to(ROOT)): lines
        for path in (ROOT / "ankle_coach").rglob("*.py")
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > 700
    }
    assert not long, long
