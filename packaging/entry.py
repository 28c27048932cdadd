"""The standalone build's entry point (packaging/ankle-coach.spec): `ankle-coach` as pip
installs it, plus the one thing a frozen interpreter cannot do by itself.

The speech worker runs as `sys.executable -m ankle_coach.speech.worker` (speech/render.py); in
the bundle sys.executable is this program, so `-m MODULE` runs that module as `python -m` would.
"""

from __future__ import annotations

import os
import runpy
import sys

# Python itself, started under the C locale (`env -i`, a service), sets LC_CTYPE to C.UTF-8
# (PEP 538) before any code runs; the bundle's embedded interpreter does not, and Qt then warns
# on stderr in four lines ("Detected locale "C" ..."). The same, done here: only when nothing
# but the C locale is asked for, and LC_ALL (which would override it) is not set.
if not os.environ.get("LC_ALL") and (
    os.environ.get("LC_CTYPE") or os.environ.get("LANG") or "C"
) in ("C", "POSIX"):
    os.environ["LC_CTYPE"] = "C.UTF-8"

if len(sys.argv) >= 3 and sys.argv[1] == "-m" and sys.argv[2].startswith("ankle_coach."):
    module = sys.argv[2]
    sys.argv = [sys.argv[0], *sys.argv[3:]]
    runpy.run_module(module, run_name="__main__", alter_sys=True)
    sys.exit(0)

from ankle_coach.cli import main  # noqa: E402 - after the worker's way out

sys.exit(main())
