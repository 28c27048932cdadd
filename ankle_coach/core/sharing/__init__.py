"""Routine packages (`NAME.ankle.zip`): what they may hold (checks), importing, exporting."""
