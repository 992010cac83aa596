"""What one rule found in a text: the helper every learner-rule test file shares."""

from __future__ import annotations

from psassist.checks.checker import Checker


def rule_findings(checker: Checker, text: str, rule_id: str) -> list[tuple[str, tuple[str, ...]]]:
    """(flagged words, suggestions) of each finding of `rule_id` in `text`."""
    report = checker.check_text(text, "learner.txt")
    return [
        (text[f.finding.start : f.finding.end], f.finding.suggestions)
        for f in report.findings
        if f.finding.rule == rule_id
    ]
