"""Findings placed on the editor's rows and columns, kept on their words while the user types.

A check reports code-point offsets into the text it checked. The editor draws each finding
as a mark on (row, column) locations, the coordinates of Textual's TextArea. An edit made
before the next check arrives moves the marks after it, and drops a mark whose words were
deleted, so the marks never drift off their words; the next check then replaces them all.

The marks are indexed by row, so drawing one row costs only that row's marks, and an edit
that adds no line re-indexes only the rows it touched. Plain Python: no Textual here.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass

from psassist.findings import Category, Finding, LocatedFinding

Location = tuple[int, int]  # (row, column), 0-based, as TextArea counts them


@dataclass(eq=False, slots=True)
class Mark:
    """One finding's span in the editor: it moves with edits; `located` is as checked."""

    located: LocatedFinding
    start: Location
    end: Location
    words: str  # the text of the span when it was checked: a fix applies only to these

    @property
    def finding(self) -> Finding:
        return self.located.finding


@dataclass(frozen=True, slots=True)
class RowSpan:
    """The part of a mark on one row: columns `start` to `end` (None: to the row's end)."""

    start: int
    end: int | None
    mark: Mark


def _row_span(mark: Mark, row: int) -> RowSpan:
    start = mark.start[1] if row == mark.start[0] else 0
    end = mark.end[1] if row == mark.end[0] else None
    return RowSpan(start, end, mark)


def _drawing_order(span: RowSpan) -> tuple[int, int]:
    """Less serious first, so the most serious mark is drawn last and shows on overlaps."""
    return (span.mark.finding.severity.rank, span.start)


class _Move:
    """Where a location goes when the text from `top` to `bottom` becomes text ending at `end`."""

    __slots__ = ("bottom", "end", "top")

    def __init__(self, top: Location, bottom: Location, end: Location) -> None:
        self.top, self.bottom, self.end = top, bottom, end

    def _after(self, location: Location) -> Location:
        row, column = location
        if row == self.bottom[0]:
            return (self.end[0], self.end[1] + column - self.bottom[1])
        return (row + self.end[0] - self.bottom[0], column)

    def start(self, location: Location) -> Location:
        """A mark's start: text typed at it goes before the mark, not into it."""
        if location < self.top:
            return location
        return self._after(location) if location >= self.bottom else self.end

    def end_of(self, location: Location) -> Location:
        """A mark's end: text typed at it goes after the mark, not into it."""
        if location <= self.top:
            return location
        return self._after(location) if location >= self.bottom else self.top


class Marks:
    """The editor's marks, in text order, with an index of the spans on each row."""

    def __init__(self, marks: Iterable[Mark] = ()) -> None:
        self._marks: list[Mark] = sorted(marks, key=lambda m: (m.start, m.end))
        self._rows: dict[int, list[RowSpan]] = {}
        self._index_rows(self._marks)

    @classmethod
    def place(cls, text: str, findings: Iterable[LocatedFinding]) -> Marks:
        """Marks for `findings`, whose offsets count code points of `text`."""
        line_starts = [0]
        for line in text.split("\n")[:-1]:
            line_starts.append(line_starts[-1] + len(line) + 1)

        def location(offset: int) -> Location:
            offset = max(0, min(offset, len(text)))
            row = bisect_right(line_starts, offset) - 1
            return (row, offset - line_starts[row])

        return cls(
            Mark(
                f,
                location(f.finding.start),
                location(f.finding.end),
                text[f.finding.start : f.finding.end],
            )
            for f in findings
        )

    def _index_rows(self, marks: Iterable[Mark], rows: range | None = None) -> None:
        """Add the spans of `marks` (only on `rows` when given) to the row index."""
        touched: set[int] = set()
        for mark in marks:
            for row in range(mark.start[0], mark.end[0] + 1):
                if rows is None or row in rows:
                    self._rows.setdefault(row, []).append(_row_span(mark, row))
                    touched.add(row)
        for row in touched:
            self._rows[row].sort(key=_drawing_order)

    def __len__(self) -> int:
        return len(self._marks)

    def __iter__(self) -> Iterator[Mark]:
        return iter(self._marks)

    def row(self, row: int) -> Sequence[RowSpan]:
        """The spans on `row`, the most serious last."""
        return self._rows.get(row, ())

    def of(self, located: LocatedFinding) -> Mark | None:
        """The mark of a finding from the check these marks came from."""
        return next((m for m in self._marks if m.located is located), None)

    def at(
        self, location: Location, shown: Collection[Category], prefer: Mark | None = None
    ) -> Mark | None:
        """The mark under the cursor: one that holds it, else one that ends at it.

        `prefer` (the mark shown so far) wins while it is still under the cursor; else the
        most serious, then the shortest (the most specific).
        """
        row, column = location
        holding: list[Mark] = []
        ending: list[Mark] = []
        for span in self.row(row):
            if span.mark.finding.category not in shown:
                continue
            if span.start <= column and (span.end is None or column < span.end):
                holding.append(span.mark)
            elif span.end == column:
                ending.append(span.mark)
        if prefer is not None and (prefer in holding or prefer in ending):
            return prefer
        candidates = holding or ending
        if not candidates:
            return None
        return max(
            candidates, key=lambda m: (m.finding.severity.rank, -(m.finding.end - m.finding.start))
        )

    def _position(self, location: Location, current: Mark | None, *, forward: bool) -> int:
        """Where to look from: just past `current` when the cursor is on its start."""
        if current is not None and current.start == location:
            index = next((i for i, m in enumerate(self._marks) if m is current), None)
            if index is not None:
                return index + 1 if forward else index
        bisect = bisect_right if forward else bisect_left
        return bisect(self._marks, location, key=lambda m: m.start)

    def after(
        self, location: Location, shown: Collection[Category], current: Mark | None = None
    ) -> Mark | None:
        """The next shown mark after `location` (or after `current`), wrapping to the first."""
        index = self._position(location, current, forward=True)
        order = self._marks[index:] + self._marks[:index]
        return next((m for m in order if m.finding.category in shown), None)

    def before(
        self, location: Location, shown: Collection[Category], current: Mark | None = None
    ) -> Mark | None:
        """The shown mark before `location` (or before `current`), wrapping to the last."""
        index = self._position(location, current, forward=False)
        order = self._marks[:index][::-1] + self._marks[index:][::-1]
        return next((m for m in order if m.finding.category in shown), None)

    def drop(self, unwanted: Callable[[Mark], bool]) -> None:
        """Forget the marks `unwanted` picks (a rule ignored since the check)."""
        self._marks = [m for m in self._marks if not unwanted(m)]
        self._rows.clear()
        self._index_rows(self._marks)

    def edit(self, top: Location, bottom: Location, end: Location) -> range:
        """The text from `top` to `bottom` was replaced by text now ending at `end`.

        Returns the rows (as they are now) whose spans changed; when the edit added or
        removed lines, every row from `top` on.
        """
        move = _Move(top, bottom, end)
        rows_added = end[0] - bottom[0]
        if rows_added == 0:
            rows = range(top[0], bottom[0] + 1)
            moving = {id(s.mark): s.mark for r in rows for s in self._rows.get(r, ())}
        else:
            last_row = max(self._rows, default=0) + max(rows_added, 0)
            rows = range(top[0], max(end[0], last_row) + 1)
            moving = {id(m): m for m in self._marks if m.end > top or m.start >= top}
        dropped: set[int] = set()
        for key, mark in moving.items():
            was_empty = mark.start == mark.end
            mark.start, mark.end = move.start(mark.start), move.end_of(mark.end)
            if mark.end < mark.start or (mark.start == mark.end and not was_empty):
                dropped.add(key)  # its words were deleted or replaced
        if dropped:
            self._marks = [m for m in self._marks if id(m) not in dropped]
        if rows_added == 0:
            for row in rows:
                self._rows.pop(row, None)
            # A mark that touched these rows still does, and no other mark can now.
            self._index_rows((m for k, m in moving.items() if k not in dropped), rows)
        elif moving:
            self._rows.clear()
            self._index_rows(self._marks)
        return rows


def edit_between(before: str, after: str) -> tuple[Location, Location, Location] | None:
    """The one replacement that turns `before` into `after`: (top, bottom, end), or None.

    For edits made outside `TextArea.edit` (undo and redo), so marks can follow them too.
    """
    if before == after:
        return None
    limit = min(len(before), len(after))
    low, high = 0, limit  # the longest common prefix, by halving (string compares run in C)
    while low < high:
        middle = (low + high + 1) // 2
        if before[:middle] == after[:middle]:
            low = middle
        else:
            high = middle - 1
    prefix = low
    low, high = 0, limit - prefix
    while low < high:
        middle = (low + high + 1) // 2
        if before[len(before) - middle :] == after[len(after) - middle :]:
            low = middle
        else:
            high = middle - 1
    suffix = low

    def location(text: str, offset: int) -> Location:
        row = text.count("\n", 0, offset)
        return (row, offset - (text.rfind("\n", 0, offset) + 1))

    return (
        location(before, prefix),
        location(before, len(before) - suffix),
        location(after, len(after) - suffix),
    )
