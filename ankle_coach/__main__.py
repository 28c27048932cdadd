"""Lets `python -m ankle_coach` run the same command as `ankle-coach`."""

import sys

from ankle_coach.cli import main

sys.exit(main())
