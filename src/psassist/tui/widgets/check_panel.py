"""The editor's side panel above and below the findings: scores, counts, one finding's detail.

Each is a Static that knows how to show one thing from a check, so the editor screen
only says what changed.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.widgets import Static

from psassist.checks.eras import ERAS_CHARACTER_LIMIT
from psassist.findings import LocatedFinding, Report, Severity
from psassist.report.safe import safe_text
from psassist.tui.session import plural, replacements
from psassist.tui.widgets.findings import SEVERITY_STYLE


class CheckStats(Static):
    """Characters against the ERAS limit, words, paragraphs and the readability scores."""

    def show(self, report: Report) -> None:
        stats, scores = report.stats, report.readability
        line = Text()
        if stats is not None:
            over = stats.characters > ERAS_CHARACTER_LIMIT
            line.append(f"{stats.characters:,} / {ERAS_CHARACTER_LIMIT:,} characters",
                        style="bold red" if over else "bold")
            line.append(f" · {stats.words} words · {plural(stats.paragraphs, 'paragraph')}")
        if scores is not None:
            line.append(f"\nReading ease {scores.flesch_reading_ease:.0f} · grade "
                        f"{scores.flesch_kincaid_grade:.1f} · fog {scores.gunning_fog:.1f}")
        self.update(line)


class SeverityCounts(Static):
    """How many errors, warnings and infos the findings shown hold."""

    def show(self, findings: Sequence[LocatedFinding]) -> None:
        counts = Text()
        for severity in Severity:
            count = sum(1 for f in findings if f.finding.severity is severity)
            counts.append(f"{plural(count, severity.value)}  ", style=SEVERITY_STYLE[severity])
        self.update(counts)


class FindingDetail(Static):
    """The highlighted finding in full: rule, severity, message, and its fix or advice."""

    def show(self, located: LocatedFinding | None) -> None:
        if located is None:
            self.update("")
            return
        finding = located.finding
        text = Text(f"{finding.rule} ", style="dim")
        text.append(f"{finding.severity.value}\n", style=SEVERITY_STYLE[finding.severity])
        text.append(safe_text(finding.message))
        fixes = replacements(finding.rule, finding.suggestions)
        if fixes:
            text.append("\nReplace with: ", style="bold")
            text.append(safe_text(" | ".join(fixes[:3])))
            text.append("  (a applies the first)", style="dim")
        elif finding.suggestions:
            text.append("\nAdvice: ", style="bold")
            text.append(safe_text(finding.suggestions[0]))
        self.update(text)
