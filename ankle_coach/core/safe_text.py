"""Text from files made safe to print on a terminal: the terminal is ours only to draw on.

A routine file is untrusted, and a terminal obeys what it is sent: ESC and CSI sequences clear
the screen or move the cursor, OSC sequences set the window title or (OSC 52) the clipboard,
and bidi overrides make a line read other than it is. So every text that came from a file
goes through `safe_line` (one line of output) or `safe_text` (a block that may hold line
breaks and tabs) before it is printed, and JSON through `safe_json`.

What is replaced: every C0 control (U+0000-U+001F), DEL (U+007F), every C1 control
(U+0080-U+009F, U+009B CSI among them), the bidi embeddings, overrides and isolates
(U+202A-U+202E, U+2066-U+2069), the line and paragraph separators (U+2028, U+2029) and
lone surrogates. Each becomes REPLACEMENT, one character for one, so column widths hold.
Everything else, letters of any script and emoji joined by U+200D, is kept.
"""

from __future__ import annotations

import json
import re
from typing import Final

#: What an unsafe character is shown as.
REPLACEMENT: Final = "?"

_BIDI: Final = "\u202a-\u202e\u2066-\u2069"
_SEPARATORS: Final = "\u2028\u2029"
_SURROGATES: Final = "\ud800-\udfff"

#: Everything a terminal may act on, line breaks and tabs included.
_UNSAFE_IN_LINE: Final = re.compile(f"[\x00-\x1f\x7f-\x9f{_BIDI}{_SEPARATORS}{_SURROGATES}]")
#: The same, but "\n" and "\t" are kept: a block of text keeps its lines.
_UNSAFE_IN_BLOCK: Final = re.compile(
    f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI}{_SEPARATORS}{_SURROGATES}]"
)
#: What JSON printed with ensure_ascii=False leaves raw that a terminal acts on (json
#: escapes U+0000-U+001F itself, and these can only occur inside its strings).
_UNSAFE_IN_JSON: Final = re.compile(f"[\x7f-\x9f{_BIDI}{_SEPARATORS}{_SURROGATES}]")


def safe_line(text: object) -> str:
    """`text` (or its str()) as one line with nothing a terminal acts on: line breaks, tabs,
    escape sequences and bidi controls each become REPLACEMENT."""
    return _UNSAFE_IN_LINE.sub(REPLACEMENT, str(text))


def safe_text(text: object) -> str:
    """As safe_line, but line breaks ("\\n") and tabs are kept."""
    return _UNSAFE_IN_BLOCK.sub(REPLACEMENT, str(text))


def safe_json(document: object, *, indent: int | None = 2) -> str:
    """`document` as JSON, non-ASCII letters kept readable, with every character a terminal
    acts on written as a \\uXXXX escape: the text it decodes to is unchanged."""
    raw = json.dumps(document, indent=indent, ensure_ascii=False)
    return _UNSAFE_IN_JSON.sub(lambda found: f"\\u{ord(found.group()):04x}", raw)
