"""Differences between two versions of a draft, sentence by sentence.

A draft's paragraphs are single long lines, so a line diff would mark a whole paragraph
for one changed word; comparing sentences shows what actually changed.
"""

from __future__ import annotations

import difflib
import re

from psassist.drafting.paragraphs import split_paragraphs

_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'\u201d\u2019)]))\s+(?=\S)")


def sentence_lines(text: str) -> list[str]:
    """One sentence per line; an empty line between paragraphs."""
    lines: list[str] = []
    for index, paragraph in enumerate(split_paragraphs(text)):
        if index:
            lines.append("")
        lines.extend(part.strip() for part in _SENTENCE_END.split(paragraph) if part.strip())
    return lines


def unified_diff(old: str, new: str, old_label: str, new_label: str, context: int = 2) -> list[str]:
    """A unified diff of sentences; empty when the texts differ only in spacing."""
    return list(
        difflib.unified_diff(
            sentence_lines(old), sentence_lines(new), old_label, new_label, n=context, lineterm=""
        )
    )
