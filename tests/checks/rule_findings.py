"""What rules found in a text: the helpers the learner-rule test files share."""

from __future__ import annotations

from psassist.checks.analysis import Analysis, analyse
from psassist.checks.checker import Checker
from psassist.checks.registry import rule_checks
from psassist.engines.nlp import Pipeline
from psassist.findings import Finding


def rule_findings(checker: Checker, text: str, rule_id: str) -> list[tuple[str, tuple[str, ...]]]:
    """(flagged words, suggestions) of each finding of `rule_id` in `text`."""
    report = checker.check_text(text, "learner.txt")
    return [
        (text[f.finding.start : f.finding.end], f.finding.suggestions)
        for f in report.findings
        if f.finding.rule == rule_id
    ]


def learner_findings(
    analysis: Analysis, module_prefix: str = "psassist.checks.learner."
) -> list[Finding]:
    """What the learner checks in modules under `module_prefix` alone find (no other
    rule family, no LanguageTool, no de-duplication)."""
    return [
        f
        for check in rule_checks()
        if check.run.__module__.startswith(module_prefix)
        for f in check.run(analysis)
    ]


def analysed(pipeline: Pipeline, text: str) -> Analysis:
    return analyse(text, pipeline.nlp, pipeline.has_parser)
