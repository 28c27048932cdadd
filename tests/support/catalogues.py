"""packaging/translations.py, the catalogues' tool (a script beside the package, not part of
it), for the tests: `from tests.support.catalogues import translations`."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "packaging"))
try:
    import translations
finally:
    sys.path.pop(0)

__all__ = ["translations"]
