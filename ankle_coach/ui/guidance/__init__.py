"""The Guidance sidebar."""
