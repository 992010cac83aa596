"""The list of findings; its keys act on the highlighted finding and show only here."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.binding import Binding, BindingType
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from psassist.findings import LocatedFinding, Severity
from psassist.report.safe import safe_text
from psassist.tui.session import grouped

#: One colour per severity, readable on the light and the dark theme.
SEVERITY_STYLE = {
    Severity.ERROR: "bold red3",
    Severity.WARNING: "dark_orange3",
    Severity.INFO: "dodger_blue2",
}


class FindingsList(OptionList):
    """Findings by category; Enter selects one (the screen jumps to it), a, i and w act on it.

    `shown` maps each option to its finding (None for the category headings), so the
    screen asks `current` rather than counting options itself.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "a",
            "screen.apply",
            "Apply fix",
            id="findings.apply",
            tooltip="Replace the span with the first suggestion",
        ),
        Binding(
            "i",
            "screen.ignore",
            "Ignore rule",
            id="findings.ignore",
            tooltip="Hide this rule's findings for this draft",
        ),
        Binding(
            "w",
            "screen.add_word",
            "Add word",
            id="findings.add_word",
            tooltip="Add the word to your personal dictionary",
        ),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.shown: list[LocatedFinding | None] = []

    @property
    def current(self) -> LocatedFinding | None:
        index = self.highlighted
        if index is None or index >= len(self.shown):
            return None
        return self.shown[index]

    def show(self, findings: list[LocatedFinding]) -> None:
        """List `findings`, staying on the highlighted one (or the one after it)."""
        previous = self.highlighted
        keep = self.current
        self.clear_options()
        shown: list[LocatedFinding | None] = []
        for category, group in grouped(findings):
            self.add_option(
                Option(Text(f"{category.value} ({len(group)})", style="bold"), disabled=True)
            )
            shown.append(None)
            for located in group:
                finding = located.finding
                prompt = Text("● ", style=SEVERITY_STYLE[finding.severity])
                prompt.append(safe_text(finding.message))
                prompt.append(f" · line {located.line}", style="dim")
                self.add_option(Option(prompt))
                shown.append(located)
        self.shown = shown
        if not findings:
            self.add_option(Option(Text("No findings."), disabled=True))
            return
        # Stay on the same finding (or the one after it) so the view does not jump.
        index = next(
            (
                i
                for i, f in enumerate(shown)
                if f is not None
                and keep is not None
                and f.finding.rule == keep.finding.rule
                and f.finding.start >= keep.finding.start - 5
            ),
            None,
        )
        if index is None:
            index = min(previous if previous is not None else 1, len(shown) - 1)
            if shown[index] is None:
                index = min(index + 1, len(shown) - 1)
        self.highlighted = index
