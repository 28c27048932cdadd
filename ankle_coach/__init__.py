"""Ankle Coach: guided stretch and warm-up routines for runners with ankle pain."""

__version__ = "0.1.0"
