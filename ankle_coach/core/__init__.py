"""The pure core: routine files, plans, sessions, history and settings. Never imports Qt."""
