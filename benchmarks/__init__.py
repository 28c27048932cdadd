"""Reproducible measurements; each module prints one JSON object (see the README)."""
