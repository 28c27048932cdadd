"""A private X server (Xvfb) of a given size for the tests that need a real window system."""

from __future__ import annotations

import os
import subprocess


def start_xvfb(width: int, height: int) -> tuple[subprocess.Popen[bytes], str]:
    """Start Xvfb on a display number it chooses itself (-displayfd: no clash with another X
    server starting at the same moment); returns the server and its display (":N")."""
    read, write = os.pipe()
    server = subprocess.Popen(
        [
            "Xvfb",
            "-displayfd",
            str(write),
            "-screen",
            "0",
            f"{width}x{height}x24",
            "-nolisten",
            "tcp",
        ],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    # Xvfb writes the number and then a newline, separately: read both before closing our end,
    # or its second write fails and it exits ("Cannot write display number").
    written = b""
    while not written.endswith(b"\n"):
        chunk = os.read(read, 16)
        if not chunk:
            break
        written += chunk
    os.close(read)
    return server, f":{written.decode().strip()}"


def stop_xvfb(server: subprocess.Popen[bytes]) -> None:
    server.terminate()
    server.wait(timeout=10)
