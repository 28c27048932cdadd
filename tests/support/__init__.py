"""Shared test inputs and helpers, generated in code: a private sound server (pulse), pictures
good and hostile (pictures), hostile routine files (routine_inputs).

The benchmarks import these too; tests never import the benchmarks.
"""
