"""The standalone build's entry point (packaging/ankle-coach.spec): `ankle-coach` as pip
installs it, plus the one thing a frozen interpreter cannot do by itself.

The speech worker runs as `sys.executable -m ankle_coach.speech.worker` (speech/render.py); in
the bundle sys.executable is this program, so `-m MODULE` runs that module as `python -m` would.
"""

from __future__ import annotations

import runpy
import sys

if len(sys.argv) >= 3 and sys.argv[1] == "-m" and sys.argv[2].startswith("ankle_coach."):
    module = sys.argv[2]
    sys.argv = [sys.argv[0], *sys.argv[3:]]
    runpy.run_module(module, run_name="__main__", alter_sys=True)
    sys.exit(0)

from ankle_coach.cli import main  # noqa: E402 - after the worker's way out

sys.exit(main())
