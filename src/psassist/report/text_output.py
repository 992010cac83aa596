"""The human form of reports: one line per finding, the excerpt marked, then a summary."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from psassist.checks.style_sentences import PASSIVE, passive_target
from psassist.eras_facts import STATEMENT_CHARACTER_LIMIT
from psassist.findings import LocatedFinding, Report, Severity
from psassist.report.safe import display_width, safe_text

#: Characters of context shown on each side of a span, and of the span itself.
CONTEXT_WIDTH = 30
SPAN_WIDTH = 70


@dataclass(frozen=True)
class Style:
    """ANSI colours, or nothing when the output is not a terminal."""

    enabled: bool

    def paint(self, text: str, code: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if self.enabled else text

    def severity(self, severity: Severity) -> str:
        code = {"error": "1;31", "warning": "33", "info": "36"}[severity.value]
        return self.paint(severity.value, code)


def _excerpt(text: str, start: int, end: int) -> tuple[str, str] | None:
    """The line around a span, shortened to fit, and a marker line under the span."""
    if start == end:
        return None
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end == -1 else line_end
    span_end = min(end, line_end)
    shown_end = min(span_end, start + SPAN_WIDTH)
    left = max(line_start, start - CONTEXT_WIDTH)
    right = min(line_end, shown_end + CONTEXT_WIDTH)
    before = safe_text(text[left:start])
    inside = safe_text(text[start:shown_end])
    if shown_end < span_end:
        inside += "..."
    after = safe_text(text[shown_end:right]) if shown_end == span_end else ""
    prefix = "..." if left > line_start else ""
    suffix = "..." if right < line_end and after else ""
    line = prefix + before + inside + after + suffix
    marker = " " * display_width(prefix + before) + "^" * max(1, display_width(inside))
    return line, marker


def render_finding(report: Report, located: LocatedFinding, style: Style) -> list[str]:
    f = located.finding
    # The engine's rule id leads the message, as compilers print a warning's own name.
    message = f"[{f.source_rule}] {f.message}" if f.source_rule else f.message
    head = (
        f"{safe_text(report.path)}:{located.line}:{located.column}: "
        f"{style.severity(f.severity)} {style.paint(f.rule, '2')} {safe_text(message)}"
    )
    lines = [head]
    excerpt = _excerpt(report.text, f.start, f.end)
    if excerpt is not None:
        line, marker = excerpt
        lines.append("    " + line)
        lines.append("    " + style.paint(marker, "1;32"))
    shown = [s for s in f.suggestions if s.strip()]
    if shown:
        label = "suggestion" if len(shown) == 1 else "suggestions"
        lines.append(f"    {label}: " + " | ".join(safe_text(s) for s in shown[:5]))
    return lines


def _count(number: int, noun: str) -> str:
    return f"{number:,} {noun}" + ("" if number == 1 else "s")


def render_summary(report: Report, style: Style) -> list[str]:
    if not report.ok or report.stats is None:
        return []
    stats = report.stats
    lines = [
        style.paint(f"{safe_text(report.path)}: summary", "1"),
        f"  length: {stats.characters:,} of {STATEMENT_CHARACTER_LIMIT:,} characters, "
        f"{_count(stats.words, 'word')}, {_count(stats.sentences, 'sentence')}, "
        f"{_count(stats.paragraphs, 'paragraph')}",
    ]
    if report.readability is not None:
        r = report.readability
        lines.append(
            f"  readability: Flesch reading ease {r.flesch_reading_ease:.1f}, "
            f"Flesch-Kincaid grade {r.flesch_kincaid_grade:.1f}, Gunning fog "
            f"{r.gunning_fog:.1f}, ARI {r.automated_readability_index:.1f}; "
            f"hard sentences {r.hard_sentences}, very hard {r.very_hard_sentences}"
        )
    passives = sum(f.finding.rule == PASSIVE.id for f in report.findings)
    if passives:
        lines.append(
            f"  passive voice: {passives} (aim for {passive_target(stats.sentences)} or fewer)"
        )
    lines.append(
        f"  findings: {_count(report.count(Severity.ERROR), 'error')}, "
        f"{_count(report.count(Severity.WARNING), 'warning')}, "
        f"{report.count(Severity.INFO)} info"
    )
    for name, engine in report.engines.items():
        lines.append(f"  {name}: {engine.status} ({safe_text(engine.detail)})")
    return lines


def render_text(
    reports: Sequence[Report], color: bool = False, min_severity: Severity = Severity.INFO
) -> str:
    style = Style(color)
    out: list[str] = []
    for report in reports:
        if not report.ok:
            continue  # read errors go to stderr, one line each
        for located in report.findings:
            if located.finding.severity.rank >= min_severity.rank:
                out.extend(render_finding(report, located, style))
        out.extend(render_summary(report, style))
        out.append("")
    return "\n".join(out)
