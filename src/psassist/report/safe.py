"""Showing user text on a terminal without letting it act on the terminal.

A statement pasted from the web or Word can hold escape sequences, bidirectional
overrides or invisible characters; printed raw they could recolour, move or hide
output. Every such character is shown as a visible escape instead.
"""

from __future__ import annotations

import unicodedata

_UNSAFE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})


def escape_char(char: str) -> str:
    if char == "\t":
        return "\\t"
    if char == "\n":
        return "\\n"
    code = ord(char)
    return (
        f"\\x{code:02x}"
        if code < 0x100
        else f"\\u{code:04x}"
        if code < 0x10000
        else f"\\U{code:08x}"
    )


def is_unsafe(char: str) -> bool:
    return unicodedata.category(char) in _UNSAFE_CATEGORIES


def safe_text(text: str) -> str:
    """The text with every control, format or unassigned character escaped."""
    if text.isprintable():
        return text
    return "".join(escape_char(c) if is_unsafe(c) else c for c in text)


def safe_block(text: str, line_end: str = "\n") -> str:
    """A multi-line text for the terminal: line breaks and tabs kept, everything else escaped.

    The one path for printing a whole document (an export, a rendered draft, a calendar) to
    standard output, so a draft's escape sequences can never set the terminal's title or
    write to its clipboard (OSC 52). Carriage returns are escaped too: they would let one
    line overwrite another, unless ``line_end`` is "\r\n" (a calendar file's line end).
    """
    return line_end.join(
        "\t".join(safe_text(part) for part in line.split("\t")) for line in text.split(line_end)
    )


def display_width(text: str) -> int:
    """Terminal columns taken by already-safe text (wide East Asian characters take two)."""
    return sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in text)
