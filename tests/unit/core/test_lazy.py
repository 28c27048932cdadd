"""core/lazy.py: a package's names imported with their module when first used."""

from __future__ import annotations

import importlib
import subprocess
import sys
import types

import pytest

from ankle_coach.core.lazy import lazy_names

LAZY_PACKAGES = ["ankle_coach.speech", "ankle_coach.core.history", "ankle_coach.core.schedule"]


@pytest.mark.parametrize("package", LAZY_PACKAGES)
def test_every_public_name_is_its_modules_own(package: str) -> None:
    module = importlib.import_module(package)
    for name in module.__all__:
        value = getattr(module, name)
        defining = [
            sys.modules[key]
            for key in list(sys.modules)
            if key.startswith(f"{package}.") and getattr(sys.modules[key], name, None) is value
        ]
        assert defining, f"{package}.{name} is no module's own"
    assert set(module.__all__) <= set(dir(module))


@pytest.mark.parametrize("package", LAZY_PACKAGES)
def test_star_import_gives_every_name(package: str) -> None:
    namespace: dict[str, object] = {}
    exec(f"from {package} import *", namespace)  # noqa: S102 - the import a user would write
    assert set(importlib.import_module(package).__all__) <= set(namespace)


@pytest.mark.parametrize(
    ("imported", "not_loaded"),
    [
        ("ankle_coach.speech.cache", ["ankle_coach.speech.render", "ankle_coach.speech.worker"]),
        ("ankle_coach.core.history.store", ["ankle_coach.core.history.export", "csv"]),
        (
            "ankle_coach.core.schedule.suggested",
            ["ankle_coach.core.schedule.zone", "ankle_coach.core.schedule.arithmetic", "zoneinfo"],
        ),
    ],
)
def test_a_module_loads_without_its_siblings(imported: str, not_loaded: list[str]) -> None:
    code = f"import sys, {imported}; print(sorted(m for m in {not_loaded!r} if m in sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "[]"


def test_a_name_loads_its_module_and_an_unknown_one_is_an_attribute_error() -> None:
    import json

    package = types.ModuleType("lazy_example")
    getter, lister = lazy_names("lazy_example", {"JSONDecoder": "decoder"})
    vars(package).update(__getattr__=getter, __dir__=lister, __path__=json.__path__)
    sys.modules["lazy_example"] = package
    try:
        assert "lazy_example.decoder" not in sys.modules
        assert package.JSONDecoder is sys.modules["lazy_example.decoder"].JSONDecoder
        with pytest.raises(AttributeError, match="'lazy_example' has no attribute 'loads'"):
            _ = package.loads
        assert "JSONDecoder" in dir(package)
    finally:
        sys.modules.pop("lazy_example", None)
        sys.modules.pop("lazy_example.decoder", None)


def test_a_name_asked_once_stays_in_the_package() -> None:
    import ankle_coach.speech as speech
    from ankle_coach.speech import render

    assert speech.Pyttsx3Renderer is render.Pyttsx3Renderer
    assert vars(speech)["Pyttsx3Renderer"] is render.Pyttsx3Renderer
