"""The printable handout of a routine."""
