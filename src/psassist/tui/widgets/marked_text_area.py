"""The draft's text with every finding marked where it stands, as Hemingway marks them.

A mark is underlined and coloured by its category; its severity adds bold (error) or
italic (info), so the marks read without colour too. The colours are component classes
with a light-theme variant, so both themes stay legible and a stylesheet can change them.

Drawing uses TextArea's documented hook, `get_line`: each row is styled from the marks
already indexed on that row (`psassist.tui.marks`), so a keystroke costs only the rows on
screen. Edits move the marks at once; a re-check replaces them without moving the cursor
or the scroll position. The control-character safety of SafeTextArea is untouched: this
class only adds styles to the row before SafeTextArea draws it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.style import Style
from rich.text import Span, Text
from textual import on
from textual.binding import Binding, BindingType
from textual.document._document import EditResult
from textual.document._edit import Edit
from textual.message import Message
from textual.widgets import TextArea

from psassist.findings import Category, LocatedFinding, Severity
from psassist.tui.marks import Mark, Marks, edit_between
from psassist.tui.widgets.safe_text_area import SafeTextArea

#: What a severity adds to the category's colour: never colour alone.
SEVERITY_LOOK: dict[Severity, Style] = {
    Severity.ERROR: Style(bold=True, underline=True),
    Severity.WARNING: Style(underline=True),
    Severity.INFO: Style(italic=True, underline=True),
}
#: Alt+1 … Alt+7 show or hide a category's marks, in the catalog's category order.
CATEGORY_KEYS: dict[Category, str] = {c: f"alt+{n}" for n, c in enumerate(Category, 1)}

# (dark theme, light theme) colour per category: each at least 4.5:1 against the editor's
# background in its theme (WCAG AA for text).
_COLOURS: dict[Category, tuple[str, str]] = {
    Category.GRAMMAR: ("#ff7070", "#b00020"),
    Category.SPELLING: ("#ff8ad8", "#a0006e"),
    Category.STYLE: ("#ffb454", "#8a4500"),
    Category.READABILITY: ("#e6d860", "#5f5300"),
    Category.ERAS: ("#5fd7ff", "#005a80"),
    Category.PRIVACY: ("#b8a4ff", "#5a2fb0"),
    Category.ORIGINALITY: ("#80e08a", "#1b661b"),
}


def _stylesheet() -> str:
    rules = [
        f"MarkedTextArea > .mark--{c.value} {{ color: {dark}; }}\n"
        f"MarkedTextArea:light > .mark--{c.value} {{ color: {light}; }}"
        for c, (dark, light) in _COLOURS.items()
    ]
    return "\n".join(rules)


class MarkedTextArea(SafeTextArea):
    """SafeTextArea that marks the findings of the last check on their words."""

    COMPONENT_CLASSES: ClassVar[set[str]] = SafeTextArea.COMPONENT_CLASSES | {
        f"mark--{c.value}" for c in Category
    }
    DEFAULT_CSS: ClassVar[str] = _stylesheet()
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "f8",
            "next_mark",
            "Next finding",
            id="text.next_finding",
            tooltip="Move the cursor to the next marked finding in the text",
        ),
        # Most terminals send Shift+F8 as F20.
        Binding(
            "shift+f8,f20",
            "previous_mark",
            "Previous",
            id="text.previous_finding",
            key_display="⇧F8",
            tooltip="Move the cursor to the previous marked finding",
        ),
        Binding(
            "ctrl+f",
            "screen.apply",
            "Apply fix",
            id="text.apply",
            show=False,
            tooltip="Replace the marked words under the cursor with the first suggestion",
        ),
        Binding(
            "ctrl+r",
            "screen.ignore",
            "Ignore rule",
            id="text.ignore",
            show=False,
            tooltip="Hide the rule of the finding under the cursor, for this draft",
        ),
    ]

    @dataclass
    class CursorMark(Message):
        """The finding under the cursor changed (None: the cursor is on no mark)."""

        text_area: MarkedTextArea
        mark: Mark | None

    def __init__(
        self, *, id: str | None = None, soft_wrap: bool = True, read_only: bool = False
    ) -> None:
        # No tint on the cursor's line: TextArea draws it over the row with the text's own
        # colour, which would hide the marks' colours on the paragraph being edited.
        super().__init__(
            id=id, soft_wrap=soft_wrap, read_only=read_only, highlight_cursor_line=False
        )
        self.marks = Marks()
        self.hidden: frozenset[Category] = frozenset()
        self.cursor_mark: Mark | None = None
        self._styles: dict[tuple[Category, Severity], Style] = {}
        #: Each row's styled spans, built when the row is first drawn; an edit forgets only
        #: the rows it touched, a new check or a toggle forgets them all.
        self._row_spans: dict[int, list[Span]] = {}

    # -- what the screen tells it ------------------------------------------------------------

    def show_findings(self, text: str, findings: list[LocatedFinding]) -> None:
        """Mark `findings` of a check of `text` (the text as it is now), replacing the marks."""
        self.marks = Marks.place(text, findings)
        self._marks_changed()

    def drop_rules(self, rules: frozenset[str]) -> None:
        """Unmark the findings of rules ignored since the check."""
        self.marks.drop(lambda mark: mark.finding.rule in rules)
        self._marks_changed()

    def toggle(self, category: Category) -> bool:
        """Show or hide `category`'s marks; True when they are now shown."""
        self.hidden = self.hidden ^ {category}
        self._marks_changed()
        return category not in self.hidden

    @property
    def shown(self) -> frozenset[Category]:
        return frozenset(Category) - self.hidden

    def mark_style(self, category: Category, severity: Severity) -> Style:
        """How a mark of this category and severity is drawn, in the current theme."""
        key = (category, severity)
        style = self._styles.get(key)
        if style is None:
            colour = self.get_component_rich_style(f"mark--{category.value}", partial=True)
            style = self._styles[key] = Style(color=colour.color) + SEVERITY_LOOK[severity]
        return style

    def _marks_changed(self) -> None:
        self._row_spans.clear()
        self._line_cache.clear()  # TextArea's cache of drawn rows does not know the marks
        self.refresh()
        self._update_cursor_mark()

    # -- drawing ---------------------------------------------------------------------------

    def get_line(self, line_index: int) -> Text:
        line = super().get_line(line_index)
        spans = self._row_spans.get(line_index)
        if spans is None:
            spans = self._row_spans[line_index] = self._styled(line_index, len(line))
        line.spans.extend(spans)
        return line

    def _styled(self, row: int, length: int) -> list[Span]:
        """The row's shown marks as styled spans, the most serious last (drawn on top)."""
        styled = []
        for span in self.marks.row(row):
            finding = span.mark.finding
            end = length if span.end is None else min(span.end, length)
            if finding.category not in self.hidden and span.start < end:
                styled.append(
                    Span(span.start, end, self.mark_style(finding.category, finding.severity))
                )
        return styled

    def notify_style_update(self) -> None:
        self._styles.clear()  # the theme or the stylesheet changed
        self._row_spans.clear()
        super().notify_style_update()

    # -- following the edits -----------------------------------------------------------------

    def edit(self, edit: Edit) -> EditResult:
        top, bottom = edit.top, edit.bottom
        result = super().edit(edit)
        if len(self.marks):
            self._forget_rows(self.marks.edit(top, bottom, result.end_location))
        return result

    def _forget_rows(self, rows: range) -> None:
        """Forget the styled spans of edited rows; when rows moved, of every row from there."""
        if len(rows) == 1:
            self._row_spans.pop(rows.start, None)
        else:
            self._row_spans = {r: s for r, s in self._row_spans.items() if r < rows.start}

    def undo(self) -> None:
        before = self.text
        super().undo()
        self._follow(before)

    def redo(self) -> None:
        before = self.text
        super().redo()
        self._follow(before)

    def _follow(self, before: str) -> None:
        """Move the marks for a change made without `edit` (undo and redo)."""
        change = edit_between(before, self.text) if len(self.marks) else None
        if change is not None:
            self.marks.edit(*change)
            self._marks_changed()

    def load_text(self, text: str) -> None:
        self.marks = Marks()  # a new text: the old marks mean nothing there
        super().load_text(text)
        self._marks_changed()

    # -- the finding under the cursor --------------------------------------------------------

    @on(TextArea.SelectionChanged)
    def _selection_changed(self) -> None:
        self._update_cursor_mark()

    def _update_cursor_mark(self) -> None:
        self._set_cursor_mark(
            self.marks.at(self.selection.end, self.shown, prefer=self.cursor_mark)
        )

    def _set_cursor_mark(self, mark: Mark | None) -> None:
        if mark is not self.cursor_mark:
            self.cursor_mark = mark
            self.post_message(self.CursorMark(self, mark))

    def action_next_mark(self) -> None:
        self._go_to(self.marks.after(self.selection.end, self.shown, self.cursor_mark))

    def action_previous_mark(self) -> None:
        self._go_to(self.marks.before(self.selection.end, self.shown, self.cursor_mark))

    def _go_to(self, mark: Mark | None) -> None:
        if mark is None:
            self.notify("No marked findings to move to.", timeout=2)
            return
        self.move_cursor(mark.start)  # the cursor, not a selection: typing never replaces
        self.scroll_cursor_visible()
        self._set_cursor_mark(mark)
