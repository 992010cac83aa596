"""The list of findings; its keys act on the highlighted finding and show only here."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.widgets import OptionList


class FindingsList(OptionList):
    """Enter selects a finding (the screen jumps to it); a, i and w ask the screen to act."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "screen.apply", "Apply fix", id="findings.apply",
                tooltip="Replace the span with the first suggestion"),
        Binding("i", "screen.ignore", "Ignore rule", id="findings.ignore",
                tooltip="Hide this rule's findings for this draft"),
        Binding("w", "screen.add_word", "Add word", id="findings.add_word",
                tooltip="Add the word to your personal dictionary"),
    ]
