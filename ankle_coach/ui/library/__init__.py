"""The library: the routine list, its model, and the overview of the chosen routine."""
