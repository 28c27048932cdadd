"""The Qt shell: the session controller, the cue player and (later) the windows."""

from ankle_coach.ui.sources import forget_sources_on_import

# Before any PySide6 import: its import hook reads every later module's source (see sources.py).
forget_sources_on_import()
