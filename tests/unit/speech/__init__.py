"""Tests of ankle_coach.speech (a package, so its conftest has a module name of its own)."""
