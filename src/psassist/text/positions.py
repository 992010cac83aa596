"""Line and column numbers for character offsets, so findings point where the writer looks."""

from __future__ import annotations

import bisect


class LineIndex:
    """Offsets to 1-based (line, column) in O(log n); lines end at "\\n" only.

    Texts from psassist.text have their newlines normalized, so "\\n" is the only line end
    a reader sees; columns count code points, as Python string offsets do.
    """

    def __init__(self, text: str) -> None:
        self._length = len(text)
        self._starts = [0]
        start = text.find("\n")
        while start != -1:
            self._starts.append(start + 1)
            start = text.find("\n", start + 1)

    def position(self, offset: int) -> tuple[int, int]:
        """Where ``offset`` is; ``len(text)`` is allowed, to point just past the end."""
        if not 0 <= offset <= self._length:
            raise ValueError(f"offset {offset} is outside the text (0..{self._length})")
        line = bisect.bisect_right(self._starts, offset)
        return line, offset - self._starts[line - 1] + 1
