"""Between psassist's offsets and LSP positions, for the text as the editor holds it.

psassist checks text whose line ends are "\n" and counts offsets in code points. An
editor's document may end lines with "\r\n" or "\r", and LSP counts columns in UTF-16
code units unless client and server agreed on UTF-8 or UTF-32. Normalizing line ends
keeps every line's content and the line count, so a finding's line is the document's
line and only its column needs converting.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from lsprotocol import types

#: LSP's line ends (the specification: "\n", "\r\n" and "\r").
_LINE_END = re.compile(r"\r\n|\r|\n")


def _utf16(char: str) -> int:
    return 2 if ord(char) > 0xFFFF else 1


def _utf8(char: str) -> int:
    return len(char.encode("utf-8", "surrogatepass"))


def _code_point(char: str) -> int:
    return 1


_UNITS: dict[str, Callable[[str], int]] = {
    types.PositionEncodingKind.Utf16.value: _utf16,
    types.PositionEncodingKind.Utf8.value: _utf8,
    types.PositionEncodingKind.Utf32.value: _code_point,
}


class DocumentText:
    """A document's source, the normalized text psassist checks, and positions between them."""

    def __init__(self, source: str, encoding: str = types.PositionEncodingKind.Utf16.value):
        self.source = source
        self.lines = _LINE_END.split(source)
        self.text = "\n".join(self.lines)
        self._units = _UNITS.get(str(encoding), _utf16)
        self._starts: list[int] = []
        start = 0
        for line in self.lines:
            self._starts.append(start)
            start += len(line) + 1

    def position(self, offset: int) -> types.Position:
        """The LSP position of a code-point offset into `text` (clamped to the text)."""
        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self._starts, offset) - 1
        column = offset - self._starts[line]
        units = sum(self._units(c) for c in self.lines[line][:column])
        return types.Position(line=line, character=units)

    def range(self, start: int, end: int) -> types.Range:
        return types.Range(start=self.position(start), end=self.position(end))

    def offset(self, position: types.Position) -> int:
        """The code-point offset into `text` of an LSP position.

        Past the end of a line means its end; past the last line, the end of the text;
        inside a character (half a surrogate pair) means that character's start.
        """
        if position.line >= len(self.lines):
            return len(self.text)
        line = self.lines[position.line]
        units = 0
        for column, char in enumerate(line):
            units += self._units(char)
            if units > position.character:
                return self._starts[position.line] + column
        return self._starts[position.line] + len(line)
