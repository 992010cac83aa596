"""A TextArea that never sends the user's control characters to the terminal.

TextArea passes an escape character in the text through to the terminal, where it would
recolour or move the screen. Here each control or format character is drawn as a visible
one-cell stand-in (Unicode's control pictures, or U+FFFD), while the document keeps the
real character, so saving never changes what the user wrote.
"""

from __future__ import annotations

from typing import ClassVar

from rich.segment import Segment
from textual.strip import Strip
from textual.widgets import TextArea

from psassist.report.safe import is_unsafe

_KEEP = frozenset("\t\n")


def _visible(char: str) -> str:
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)
    if code == 0x7F:
        return "\u2421"
    return "\ufffd"


def visible_text(text: str) -> str:
    """`text` with every unsafe character replaced by its one-cell stand-in."""
    if text.isprintable():
        return text
    return "".join(_visible(c) if c not in _KEEP and is_unsafe(c) else c for c in text)


class SafeTextArea(TextArea):
    """TextArea for user text: control characters are shown, never interpreted."""

    DEFAULT_CSS: ClassVar[str] = """
    SafeTextArea { border: none; padding: 0 1; }
    """

    def render_line(self, y: int) -> Strip:
        strip = super().render_line(y)
        if all(visible_text(s.text) == s.text for s in strip):
            return strip
        width = strip.cell_length
        segments = [Segment(visible_text(s.text), s.style, s.control) for s in strip]
        return Strip(segments).crop_extend(0, width, None)
