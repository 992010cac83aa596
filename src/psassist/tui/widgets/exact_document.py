"""A TextArea document that keeps every character, and the view its layout code reads.

Textual's Document splits lines with str.splitlines(), which also breaks at vertical tab,
form feed, NEL and the Unicode separators, and joins them back with "\\n": the first
keystroke would silently turn those characters into newlines. Here only "\\n" ends a line.

Wrapping measures cell widths, and a bell or backspace measures zero cells though the
editor draws it as a one-cell picture, so the characters next to it were pushed out of
sight at a wrap. The layout code is therefore given a view of the same lines with every
hidden character already replaced by its picture: one character for one, so every offset
still means the same place in the real text.
"""

from __future__ import annotations

from typing import Any

from textual.document._document import Document, EditResult, Location

from psassist.report.safe import is_unsafe

_KEEP = frozenset("\t\n")
#: Pictures for the characters that look like line ends elsewhere.
_PICTURES = {"\x85": "\u2424", "\u2028": "\u2424", "\u2029": "\u00b6", "\x7f": "\u2421"}


def _picture(char: str) -> str:
    if char in _PICTURES:
        return _PICTURES[char]
    code = ord(char)
    return chr(0x2400 + code) if code < 0x20 else "\ufffd"


def visible_text(text: str) -> str:
    """`text` with every unsafe character replaced by a one-cell picture (same length)."""
    if text.isprintable():
        return text
    return "".join(_picture(c) if c not in _KEEP and is_unsafe(c) else c for c in text)


class ExactDocument(Document):
    """Document whose only line end is "\\n"; every other character stays in its line."""

    def __init__(self, text: str) -> None:
        super().__init__("")
        self._newline = "\n"
        self._lines = text.split("\n")

    def replace_range(self, start: Location, end: Location, text: str) -> EditResult:
        top, bottom = sorted((start, end))
        lines = self._lines
        replaced_text = self.get_text_range(top, bottom)
        before = lines[top[0]][: top[1]] if top[0] < len(lines) else ""
        after = lines[bottom[0]][bottom[1] :] if bottom[0] < len(lines) else ""
        inserted = text.split("\n")
        destination_column = (
            len(inserted[-1]) if len(inserted) > 1 else len(before) + len(inserted[0])
        )
        inserted[0] = before + inserted[0]
        inserted[-1] = inserted[-1] + after
        lines[top[0] : bottom[0] + 1] = inserted
        return EditResult((top[0] + len(inserted) - 1, destination_column), replaced_text)


class VisibleLines:
    """What wrapping and navigation read: the document's lines as they are drawn."""

    def __init__(self, document: ExactDocument) -> None:
        self._document = document

    def __getattr__(self, name: str) -> Any:
        return getattr(self._document, name)

    @property
    def lines(self) -> list[str]:
        return [visible_text(line) for line in self._document.lines]

    def get_line(self, index: int) -> str:
        return visible_text(self._document.get_line(index))

    def __getitem__(self, index: Any) -> Any:
        found = self._document[index]
        return visible_text(found) if isinstance(found, str) else [visible_text(x) for x in found]
