"""Calling a C function by name, through cffi's backend rather than ctypes.

The app makes two such calls: glibc's malloc_trim once a session has started (qt/memory.py) and
ALSA's snd_lib_error_set_handler before ALSA is tried (speech/playback.py). `_cffi_backend` is
loaded anyway: the miniaudio wheel's extension is built on it. Importing ctypes for the two calls
cost a session 0.5 MiB of its memory (libffi's and ctypes' own pages, and its Python classes;
issue 16 measures a session's memory against a bare window's).

Types are named as in C: "int", "size_t", "char *", "void", or a function type from
`function_type` (for a callback argument).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import _cffi_backend as backend


def c_type(name: str | Any) -> Any:
    """The cffi type named `name` ("int", "size_t", "char *", "void"); a cffi type is kept."""
    if not isinstance(name, str):
        return name
    if name == "void":
        return backend.new_void_type()
    if name.endswith("*"):
        return backend.new_pointer_type(c_type(name[:-1].strip()))
    return backend.new_primitive_type(name)


def function_type(result: str | Any, *arguments: str | Any) -> Any:
    """The type of a pointer to a C function taking `arguments` and returning `result`."""
    return backend.new_function_type(
        tuple(c_type(argument) for argument in arguments), c_type(result), False
    )


#: The libraries loaded, kept for the process's life: cffi closes a library (dlclose) when its
#: handle is collected, and a function taken from it would then point at nothing.
_LOADED: dict[str | None, Any] = {}


def c_function(library: str | None, name: str, result: str | Any, *arguments: str | Any) -> Any:
    """The function `name` of `library` (a file name such as "libasound.so.2"; None: the
    program and what it has loaded, such as the C library), callable from Python; None when the
    library cannot be loaded or has no such function."""
    try:
        if library not in _LOADED:
            _LOADED[library] = backend.load_library(library, 0)
        return _LOADED[library].load_function(function_type(result, *arguments), name)
    except (OSError, AttributeError):
        return None


def callback(kind: Any, function: Callable[..., Any]) -> Any:
    """A C function pointer of type `kind` (from `function_type`) that calls `function`. Keep a
    reference to it for as long as C may call it."""
    return backend.callback(kind, function)
