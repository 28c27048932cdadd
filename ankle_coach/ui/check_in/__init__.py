"""The pain check-in: its dialog, the flow around a session, and the advice shown."""
