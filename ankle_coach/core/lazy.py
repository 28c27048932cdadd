"""A package's names loaded when first used (PEP 562), so importing one of its modules does not
import them all.

A package's `__init__` keeps its public names and lists, for each, the module defining it:

    __getattr__, __dir__ = lazy_names(__name__, {"History": "store", "write_csv": "export"})

`from package import History` then imports `package.store` at that moment (and only it);
`package.History` is the same object as `package.store.History`. The names, for type checkers,
are imported under `if TYPE_CHECKING:` beside it.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from typing import Any


def lazy_names(
    package: str, where: Mapping[str, str]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """`__getattr__` and `__dir__` for `package`, whose name N is defined by its module
    `where[N]` (relative to the package)."""
    where = dict(where)

    def __getattr__(name: str) -> Any:  # noqa: N807 (the module-level hook's name)
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{module}"), name)
        setattr(sys.modules[package], name, value)  # asked once: the next use is a plain lookup
        return value

    def __dir__() -> list[str]:  # noqa: N807
        return sorted({*vars(sys.modules[package]), *where})

    return __getattr__, __dir__
