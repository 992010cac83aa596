"""Clean prose paragraphs: what answers and rendered templates are reduced to.

ERAS wants paragraphs separated by a single blank line (DOMAIN.md section 1, [SEC]); a
text box wraps lines itself, so a paragraph is one line. Tidying only touches
whitespace, never a word the applicant wrote.
"""

from __future__ import annotations

import re

from psassist.text.paragraphs import paragraph_spans

_BLANK_LINE = re.compile(r"\n[ \t\f\v]*\n")
_SPACES = re.compile(r"[ \t\f\v]+")
_WORD = re.compile(r"\w+(?:['\u2019-]\w+)*")


def _one_line(block: str) -> str:
    return _SPACES.sub(" ", " ".join(line.strip() for line in block.split("\n") if line.strip()))


def split_paragraphs(text: str) -> list[str]:
    """Answers and rendered templates: blank lines separate, single line breaks are wrapping."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return [joined for joined in map(_one_line, _BLANK_LINE.split(text)) if joined]


def statement_paragraphs(text: str) -> list[str]:
    """A whole statement's paragraphs as single lines, split as the checker splits them.

    Unlike answers, a statement saved from Word as .txt has one paragraph a line and no
    blank lines; psassist.text.paragraphs tells that apart from hard-wrapped lines.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return [
        joined for start, end in paragraph_spans(text) if (joined := _one_line(text[start:end]))
    ]


def tidy(text: str) -> str:
    """Paragraphs one blank line apart, no trailing spaces, no leading or trailing blank lines."""
    return "\n\n".join(split_paragraphs(text))


def as_document(text: str) -> str:
    """`tidy` plus the final newline a text file should end with (empty stays empty)."""
    cleaned = tidy(text)
    return cleaned + "\n" if cleaned else ""


def count_words(text: str) -> int:
    return len(_WORD.findall(text))
