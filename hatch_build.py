"""The wheel's build step: compile the translation catalogues (ankle_coach/i18n/*.ts, kept in
git) to the .qm files the app loads (never committed), with PySide6's lrelease
(packaging/translations.py). Runs for `pip install .` and `pip install -e .` alike."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class TranslationsHook(BuildHookInterface):  # type: ignore[misc]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        root = Path(self.root)
        spec = importlib.util.spec_from_file_location(
            "translations", root / "packaging" / "translations.py"
        )
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        for path in module.compile_catalogues():
            if version != "editable":  # an editable install reads them from the checkout
                build_data["force_include"][str(path)] = f"ankle_coach/i18n/{path.name}"
