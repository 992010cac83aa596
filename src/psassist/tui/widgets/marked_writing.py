"""The writing column of the editor: the marked text, the legend, and the finding at the cursor.

The legend and the status line draw themselves from the text area on every render, so a
theme switch or a toggled category restyles them with the marks.
"""

from __future__ import annotations

import re
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual import on
from textual.app import ComposeResult, RenderResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widget import Widget

from psassist.findings import Category, Report, Severity
from psassist.report.safe import safe_text
from psassist.tui.marks import Mark
from psassist.tui.session import replacements
from psassist.tui.widgets.marked_text_area import (
    CATEGORY_KEYS,
    SEVERITY_LOOK,
    MarkedTextArea,
)

_LT_ID = re.compile(r"^\[[A-Z0-9_]+\] ")  # LanguageTool's rule id: noise in one line

#: The editor screen's keys for the categories (they work wherever the focus is).
TOGGLE_BINDINGS: list[BindingType] = [
    Binding(
        key,
        f"toggle_marks('{category.value}')",
        f"{category.value} marks",
        id=f"editor.marks.{category.value}",
        show=False,
        tooltip=f"Show or hide the {category.value} marks in the text",
    )
    for category, key in CATEGORY_KEYS.items()
]
#: The same as command palette entries (title, help, action).
TOGGLE_COMMANDS: tuple[tuple[str, str, str], ...] = tuple(
    (
        f"marks: show or hide {category.value}",
        key.replace("alt+", "Alt+"),
        f"toggle_marks('{category.value}')",
    )
    for category, key in CATEGORY_KEYS.items()
)


class _FromTextArea(Widget):
    """A line that draws itself from the writing column's text area."""

    @property
    def area(self) -> MarkedTextArea:
        return self.screen.query_one(MarkedTextArea)


class MarkLegend(_FromTextArea):
    """Each category in its mark style with its key; a hidden one struck through."""

    def render(self) -> RenderResult:
        area = self.area
        legend = Text()
        legend.append("Alt+", style="dim")
        for category, key in CATEGORY_KEYS.items():
            style = (
                Style(dim=True, strike=True)
                if category in area.hidden
                else area.mark_style(category, Severity.WARNING)
            )
            legend.append(f"{key.removeprefix('alt+')} ", style="bold")
            legend.append(category.value, style=style)
            legend.append("  ")
        legend.append("· ", style="dim")
        for severity in Severity:
            legend.append(severity.value, style=SEVERITY_LOOK[severity])  # no colour: the cue
            legend.append(" " if severity is not Severity.INFO else "")
        return legend


class MarkStatus(_FromTextArea):
    """The finding under the cursor: what it says and the fix, with the keys that act."""

    DEFAULT_CSS: ClassVar[str] = "MarkStatus { height: 2; }"

    mark: Mark | None = None

    def show(self, mark: Mark | None) -> None:
        self.mark = mark
        self.refresh()

    def render(self) -> RenderResult:
        mark = self.mark
        if mark is None:
            return Text("F8 / Shift+F8: the next / previous marked finding", style="dim")
        finding = mark.finding
        line = Text()
        line.append(
            f"{finding.category.value} {finding.severity.value}",
            style=self.area.mark_style(finding.category, finding.severity),
        )
        line.append(" " + safe_text(_LT_ID.sub("", finding.message, count=1)))
        line.truncate(max(self.size.width, 1), overflow="ellipsis")
        fixes = replacements(finding.rule, finding.suggestions)
        second = Text()
        if fixes:
            second.append("Fix: ", style="bold")
            second.append(safe_text(fixes[0]))
            second.append("  Ctrl+F applies", style="dim")
        elif finding.suggestions:
            second.append("Advice: ", style="bold")
            second.append(safe_text(finding.suggestions[0]))
        second.append("  Ctrl+R ignores the rule", style="dim")
        second.truncate(max(self.size.width, 1), overflow="ellipsis")
        return Text("\n").join([line, second])


class MarkedWriting(Vertical):
    """The text with its marks, the legend under it, and the finding at the cursor."""

    def __init__(self, *, read_only: bool, id: str | None = None) -> None:
        super().__init__(id=id)
        self._read_only = read_only

    def compose(self) -> ComposeResult:
        yield MarkedTextArea(id="text", soft_wrap=True, read_only=self._read_only)
        yield MarkLegend(id="legend")
        yield MarkStatus(id="mark-status")

    def show(self, report: Report, disabled_rules: frozenset[str]) -> None:
        """Mark a check's findings (the text has not changed since), but ignored rules'."""
        self.query_one(MarkedTextArea).show_findings(
            report.text, [f for f in report.findings if f.finding.rule not in disabled_rules]
        )

    @on(MarkedTextArea.CursorMark)
    def _cursor_mark(self, event: MarkedTextArea.CursorMark) -> None:
        self.query_one(MarkStatus).show(event.mark)

    def toggle(self, category: Category) -> None:
        """Show or hide a category's marks; the legend strikes out the hidden ones."""
        self.query_one(MarkedTextArea).toggle(category)
        self.query_one(MarkLegend).refresh()
