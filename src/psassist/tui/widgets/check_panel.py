"""The editor's side panel: scores, counts, the findings, one finding's detail, the trend.

Each part is a widget that knows how to show one thing from a check, and the panel
shows a whole check, so the editor screen only says what changed.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import OptionList, Static

from psassist.checks.eras import ERAS_CHARACTER_LIMIT
from psassist.findings import LocatedFinding, Report, Severity
from psassist.report.safe import safe_text
from psassist.tui.session import plural, replacements
from psassist.tui.widgets.findings import SEVERITY_STYLE, FindingsList
from psassist.tui.widgets.version_trend import VersionTrend


class CheckStats(Static):
    """Characters against the ERAS limit, words, paragraphs and the readability scores."""

    def show(self, report: Report) -> None:
        stats, scores = report.stats, report.readability
        line = Text()
        if stats is not None:
            over = stats.characters > ERAS_CHARACTER_LIMIT
            line.append(
                f"{stats.characters:,} / {ERAS_CHARACTER_LIMIT:,} characters",
                style="bold red" if over else "bold",
            )
            line.append(f" · {stats.words} words · {plural(stats.paragraphs, 'paragraph')}")
        if scores is not None:
            line.append(
                f"\nReading ease {scores.flesch_reading_ease:.0f} · grade "
                f"{scores.flesch_kincaid_grade:.1f} · fog {scores.gunning_fog:.1f}"
            )
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
        # LanguageTool's own rule id, when there is one, is shown here only, not in the list.
        engine_rule = f"[{finding.source_rule}] " if finding.source_rule else ""
        text = Text(f"{finding.rule} {engine_rule}", style="dim")
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


class CheckPanel(Vertical):
    """The editor's right-hand side: scores, counts, findings, detail and the version chart."""

    def compose(self) -> ComposeResult:
        yield CheckStats(id="stats")
        yield SeverityCounts(id="counts")
        yield FindingsList(id="findings")
        yield FindingDetail(id="detail")
        yield Static(Text("Findings across saved versions", style="dim"), id="trend-label")
        yield VersionTrend(id="trend")

    def on_mount(self) -> None:
        self.query_one(FindingsList).border_title = "Findings"
        self.query_one(CheckStats).update(Text("Checking…", style="dim"))

    @property
    def current(self) -> LocatedFinding | None:
        """The highlighted finding, if a finding (not a heading) is highlighted."""
        return self.query_one(FindingsList).current

    def show(self, report: Report, disabled_rules: frozenset[str]) -> None:
        """A check's result, without the findings of the rules ignored for this draft."""
        findings = [f for f in report.findings if f.finding.rule not in disabled_rules]
        self.query_one(CheckStats).show(report)
        self.query_one(SeverityCounts).show(findings)
        self.query_one(FindingsList).show(findings)
        if not findings:
            self.query_one(FindingDetail).show(None)

    @on(OptionList.OptionHighlighted, "#findings")
    def _highlighted(self) -> None:
        self.query_one(FindingDetail).show(self.current)
