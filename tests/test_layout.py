"""The tests mirror the package: every module in ankle_coach/ has its own test file at the same
place, tests/unit/.../test_NAME.py (Qt-free) or tests/gui/.../test_NAME.py (on Qt), and every
folder of tests is a package."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "ankle_coach"
TESTS = ROOT / "tests"

#: Modules that need no test file of their own, and why. Keep it short: a new module gets its
#: test file with it.
EXCEPTIONS: dict[str, str] = {
    # package markers and the `python -m ankle_coach` entry point (three lines calling
    # cli.main, which tests/unit/test_cli.py runs, also as `python -m ankle_coach`)
    "__init__.py": "a package marker",
    "__main__.py": "calls cli.main; test_cli runs `python -m ankle_coach`",
}


def modules() -> list[Path]:
    return sorted(
        path.relative_to(PACKAGE)
        for path in PACKAGE.rglob("*.py")
        if path.name not in EXCEPTIONS and "__pycache__" not in path.parts
    )


def mirrors(module: Path) -> list[Path]:
    name = f"test_{module.name}"
    return [TESTS / kind / module.parent / name for kind in ("unit", "gui")]


def test_every_module_has_its_own_test_file() -> None:
    missing = [
        f"ankle_coach/{module}: no {' or '.join(str(p.relative_to(ROOT)) for p in mirrors(module))}"
        for module in modules()
        if not any(path.is_file() for path in mirrors(module))
    ]
    assert missing == []


def test_a_module_is_tested_in_one_place_only() -> None:
    twice = [
        f"ankle_coach/{module}"
        for module in modules()
        if all(path.is_file() for path in mirrors(module))
    ]
    assert twice == []


def test_every_folder_of_tests_is_a_package() -> None:
    folders = {path.parent for path in TESTS.rglob("test_*.py") if "__pycache__" not in path.parts}
    assert (
        sorted(
            str(folder.relative_to(ROOT))
            for folder in folders
            if not (folder / "__init__.py").is_file()
        )
        == []
    )


def test_the_modules_found_are_the_package() -> None:
    """The walk above sees the package as it is (a guard against checking nothing)."""
    found = {str(module) for module in modules()}
    assert {"cli.py", "core/plan.py", "ui/main_window.py", "qt/controller.py"} <= found


def test_tests_never_import_the_benchmarks() -> None:
    """Shared inputs live in tests/support (the benchmarks import them from there); a test that
    runs a benchmark runs it as `python -m benchmarks.NAME`."""
    importing = [
        str(path.relative_to(ROOT))
        for path in TESTS.rglob("*.py")
        if "__pycache__" not in path.parts
        and any(
            line.lstrip().startswith(("import benchmarks", "from benchmarks"))
            for line in path.read_text(encoding="utf-8").splitlines()
        )
    ]
    assert importing == []
