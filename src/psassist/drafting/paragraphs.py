"""Clean prose paragraphs: what answers and rendered templates are reduced to.

ERAS wants paragraphs separated by a single blank line (DOMAIN.md section 1, [SEC]); a
text box wraps lines itself, so a paragraph is one line. Tidying only touches
whitespace, never a word the applicant wrote.
"""

from __future__ import annotations

import re

_BLANK_LINE = re.compile(r"\n[ \t\f\v]*\n")
_SPACES = re.compile(r"[ \t\f\v]+")
_WORD = re.compile(r"\w+(?:['\u2019-]\w+)*")


def split_paragraphs(text: str) -> list[str]:
    """Paragraphs as single lines: blank lines separate, single line breaks become spaces."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    paragraphs = []
    for block in _BLANK_LINE.split(text):
        lines = [line.strip() for line in block.split("\n")]
        joined = _SPACES.sub(" ", " ".join(line for line in lines if line))
        if joined:
            paragraphs.append(joined)
    return paragraphs


def tidy(text: str) -> str:
    """Paragraphs one blank line apart, no trailing spaces, no leading or trailing blank lines."""
    return "\n\n".join(split_paragraphs(text))


def as_document(text: str) -> str:
    """`tidy` plus the final newline a text file should end with (empty stays empty)."""
    cleaned = tidy(text)
    return cleaned + "\n" if cleaned else ""


def count_words(text: str) -> int:
    return len(_WORD.findall(text))
