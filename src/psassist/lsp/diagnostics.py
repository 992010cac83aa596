"""Findings as LSP diagnostics: the rule id as `code`, the rule's cited source as its docs.

`codeDescription` must be a public address. A rule's docs are its registry entry (what
`psassist rules ID` prints and the hover shows); its address is the web page that entry
cites, when it cites one (the AAMC's ERAS pages, LanguageTool's site). Rules whose
sources are only the team's research notes get no address rather than an invented one.
"""

from __future__ import annotations

import functools

from lsprotocol import types

from psassist.checks.registry import get_rule
from psassist.findings import Finding, Rule, Severity
from psassist.lsp.positions import DocumentText

SOURCE = "psassist"

_SEVERITY = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
}


def known_rule(rule_id: str) -> Rule | None:
    try:
        return get_rule(rule_id)
    except KeyError:
        return None


@functools.cache
def docs_url(rule_id: str) -> str | None:
    """The first public page the rule cites, or None when it cites none."""
    rule = known_rule(rule_id)
    if rule is None or not rule.sources:
        return None
    return rule.sources[0].url


def to_diagnostic(finding: Finding, document: DocumentText) -> types.Diagnostic:
    url = docs_url(finding.rule)
    return types.Diagnostic(
        range=document.range(finding.start, finding.end),
        message=finding.message,
        severity=_SEVERITY[finding.severity],
        code=finding.rule,
        code_description=types.CodeDescription(href=url) if url else None,
        source=SOURCE,
    )
