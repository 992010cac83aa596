"""Where paragraphs begin and end: one answer for the checker, the editor and the export.

Statements arrive three ways: paragraphs separated by blank lines (the ERAS habit), one
paragraph a line (Word saved as .txt), or lines broken at a fixed width (an e-mail).
"""

from __future__ import annotations

import re

_BLANK_LINE = re.compile(r"\n[ \t\f\v\r]*\n")
_SENTENCE_END = tuple(".!?:;\"'\u201d\u2019)")


def hard_wrapped(text: str) -> bool:
    """Most lines end mid-sentence: the line breaks are the sender's, not paragraphs."""
    lines = [line.rstrip() for line in text.split("\n") if line.strip()]
    if len(lines) < 3:
        return False
    open_ended = sum(1 for line in lines[:-1] if not line.endswith(_SENTENCE_END))
    return open_ended > (len(lines) - 1) / 2


def _raw_pieces(text: str) -> list[tuple[int, int]]:
    if _BLANK_LINE.search(text):
        pieces, pos = [], 0
        for match in _BLANK_LINE.finditer(text):
            pieces.append((pos, match.start()))
            pos = match.end()
        pieces.append((pos, len(text)))
        return pieces
    if hard_wrapped(text):
        return [(0, len(text))]
    pieces, pos = [], 0
    for line in text.split("\n"):
        pieces.append((pos, pos + len(line)))
        pos += len(line) + 1
    return pieces


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty paragraph, without its surrounding whitespace."""
    spans = []
    for start, end in _raw_pieces(text):
        chunk = text[start:end]
        stripped = chunk.strip()
        if stripped:
            lead = len(chunk) - len(chunk.lstrip())
            spans.append((start + lead, start + lead + len(stripped)))
    return spans
