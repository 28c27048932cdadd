"""The routine editor."""
