"""The catalogues (packaging/translations.py, issue 18): every string of the code is in them,
translated into German and Spanish with its placeholders, and written so pyside6-lupdate finds
it (a literal context naming its module, a literal text)."""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

import pytest

from tests.support.catalogues import translations

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "ankle_coach"
MARKERS = {"translate", "QT_TRANSLATE_NOOP"}


@pytest.mark.parametrize("language", translations.TRANSLATED)
def test_every_message_is_translated_with_its_placeholders(language: str) -> None:
    assert translations.problems(language) == []


def _keys(path: Path) -> set[tuple[str, str]]:
    return {
        (context, message.findtext("source") or "")
        for context, message in translations.messages(translations._read(path))
    }


def test_the_catalogues_hold_every_string_of_the_code_and_no_other(tmp_path: Path) -> None:
    """As `translations.py update` would leave them: nothing added in the code and not yet in
    the catalogues, nothing kept that the code no longer says."""
    for language in translations.TRANSLATED:
        shutil.copy(translations.ts_path(language), tmp_path)
    shipped = {lang: _keys(translations.ts_path(lang)) for lang in translations.TRANSLATED}
    translations.run_lupdate(tmp_path)
    for language in translations.TRANSLATED:
        updated = _keys(translations.ts_path(language, tmp_path))
        assert sorted(updated - shipped[language]) == [], f"{language}: not in the catalogue"
        assert sorted(shipped[language] - updated) == [], f"{language}: no longer in the code"
    assert shipped["de"] == shipped["es"]


def _module_context(path: Path) -> str:
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


#: The contexts a message may have: a module of the package (its own, or the one whose words it
#: shares).
CONTEXTS = {_module_context(path) for path in PACKAGE.rglob("*.py")}


def marking_problems(path: Path, source: str) -> list[str]:
    """Calls of translate()/QT_TRANSLATE_NOOP that pyside6-lupdate would miss or misfile."""
    found: list[str] = []
    tree = ast.parse(source)
    imported = {
        alias.asname or alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom)
        and node.module in ("ankle_coach.core.i18n", "ankle_coach.ui.i18n")
        for alias in node.names
    }
    if not imported & MARKERS and "QCoreApplication.translate" not in source:
        return found  # a `translate` of its own (core/decoding.py's error translator)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Attribute):  # QCoreApplication.translate, not painter.translate
            called = isinstance(func.value, ast.Name) and func.value.id == "QCoreApplication"
            name = func.attr if called else None
        else:
            name = getattr(func, "id", None)
        if name not in MARKERS:
            continue
        where = f"{path.relative_to(ROOT)}:{node.lineno}"
        args = node.args
        if (
            len(args) < 2
            or not isinstance(args[0], ast.Constant)
            or not isinstance(args[0].value, str)
        ):
            found.append(f"{where}: the context is not a string literal")
            continue
        text = args[1]
        if isinstance(text, ast.JoinedStr):
            found.append(f"{where}: an f-string: use named {{placeholders}} and .format()")
        elif isinstance(text, ast.Constant) and isinstance(text.value, str):
            if args[0].value not in CONTEXTS:
                found.append(f"{where}: context {args[0].value!r} names no module")
        elif name == "QT_TRANSLATE_NOOP":
            found.append(f"{where}: QT_TRANSLATE_NOOP of something not a string literal")
    return found


def test_every_marked_string_is_where_lupdate_finds_it() -> None:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        found += marking_problems(path, path.read_text(encoding="utf-8"))
    assert found == []


def test_the_marking_check_finds_what_lupdate_would_miss() -> None:
    path = PACKAGE / "ui" / "session" / "view.py"
    source = "\n".join(
        [
            "from ankle_coach.ui.i18n import translate",
            'translate("ui.session.view", "Pause")',
            'translate("ui.session.view", f"Rep {n}")',
            'translate(context, "Pause")',
            'translate("ui.editor.window", "Save")',  # another module's words: fine
            'translate("ui.nowhere", "Save")',
            'translate("core.settings", description)',  # the NOOP's text, shown: fine
            'QT_TRANSLATE_NOOP("ui.session.view", label)',
        ]
    )
    assert marking_problems(path, source) == [
        "ankle_coach/ui/session/view.py:3: an f-string: use named {placeholders} and .format()",
        "ankle_coach/ui/session/view.py:4: the context is not a string literal",
        "ankle_coach/ui/session/view.py:6: context 'ui.nowhere' names no module",
        "ankle_coach/ui/session/view.py:8: QT_TRANSLATE_NOOP of something not a string literal",
    ]


def test_the_compiled_catalogues_are_current() -> None:
    for qm in translations.compile_catalogues():
        ts = translations.ts_path(qm.stem.rsplit("_", 1)[1])
        assert qm.stat().st_mtime >= ts.stat().st_mtime
        assert qm.read_bytes().startswith(bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd"))
