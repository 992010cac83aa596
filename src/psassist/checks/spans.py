"""Lookups by offset that stay logarithmic, so no rule is quadratic in the text's length.

A rule that scans every sentence or every earlier finding once per finding costs
findings x sentences; on a 200,000-character paste that is most of the check.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Protocol


class _Span(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


def span_index(spans: Sequence[_Span], starts: Sequence[int], offset: int) -> int:
    """The index of the span holding `offset` (an empty span holds its start), else -1.

    `spans` are in text order and do not overlap; `starts` are their starts, computed once.
    """
    index = bisect.bisect_right(starts, offset) - 1
    first = bisect.bisect_left(starts, starts[index]) if index >= 0 else 0
    for candidate in range(first, index + 1):
        span = spans[candidate]
        if span.start <= offset < max(span.end, span.start + 1):
            return candidate
    return -1


class OrderedSpans:
    """Spans that do not overlap one another (regular-expression matches, in any order)."""

    def __init__(self) -> None:
        self._spans: list[tuple[int, int]] = []

    def add(self, start: int, end: int) -> None:
        bisect.insort(self._spans, (start, end))

    def overlaps(self, start: int, end: int) -> bool:
        """True when [start, end) shares a character with a span added before."""
        index = bisect.bisect_left(self._spans, (end, end)) - 1
        return index >= 0 and self._spans[index][1] > start


def overlaps_any(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    """True when [start, end) shares a character with one of `spans`: one error, one mark."""
    return any(s < end and start < e for s, e in spans)
