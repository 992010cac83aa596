"""What the UI needs beyond the shared packages, in plain Python (no Textual here).

- opening the workspace, falling back to read-only when another process holds it;
- turning offsets into editor locations and grouping findings by category;
- short labels and the suggestions a key may apply.

Anything a second front end would need (ignored rules, the personal dictionary, the
paragraph cache, re-render and export) lives in the package that owns it, not here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from psassist.checks.registry import get_rule
from psassist.findings import Category, LocatedFinding
from psassist.report.safe import safe_text
from psassist.workspace import Workspace, WorkspaceLocked


@dataclass(frozen=True)
class OpenedWorkspace:
    workspace: Workspace
    readonly_reason: str | None  # why it is read-only, or None when we may write


def open_workspace(path: Path) -> OpenedWorkspace:
    """Open for writing; when another process holds the lock, read-only with the reason."""
    try:
        return OpenedWorkspace(Workspace.open(path), None)
    except WorkspaceLocked as exc:
        return OpenedWorkspace(Workspace.open(path, readonly=True), str(exc))


# -- findings in the editor ------------------------------------------------------------------


def location(text: str, offset: int) -> tuple[int, int]:
    """(row, column), 0-based, of a code-point offset: what Textual's TextArea uses."""
    offset = max(0, min(offset, len(text)))
    row = text.count("\n", 0, offset)
    line_start = text.rfind("\n", 0, offset) + 1
    return row, offset - line_start


CATEGORY_ORDER: tuple[Category, ...] = tuple(Category)


def grouped(findings: Iterable[LocatedFinding]) -> list[tuple[Category, list[LocatedFinding]]]:
    """Findings by category, in the catalog's category order, each group in text order."""
    groups: dict[Category, list[LocatedFinding]] = {}
    for located in findings:
        groups.setdefault(located.finding.category, []).append(located)
    return [(c, groups[c]) for c in CATEGORY_ORDER if c in groups]


def word_count_label(words: int, budget: int) -> str:
    return f"{words} / about {budget} words"


def plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def display(text: str) -> str:
    """Multi-line user text for a Static: every line made safe, line breaks kept."""
    return "\n".join(safe_text(line) for line in text.split("\n"))


def replacements(rule: str, suggestions: Sequence[str]) -> list[str]:
    """The suggestions that can replace the span, or [] when they are advice."""
    try:
        replaces = get_rule(rule).replaces
    except KeyError:
        return []
    return [s for s in suggestions if s] if replaces else []
