"""Hover: what the finding under the cursor is, why it matters, and where that comes from."""

from __future__ import annotations

from collections.abc import Sequence

from lsprotocol import types

from psassist.findings import Finding
from psassist.lsp.diagnostics import docs_url, known_rule
from psassist.lsp.positions import DocumentText


def _markdown(text: str) -> str:
    """Rule texts are prose; keep Markdown from reading their symbols as formatting."""
    return "".join("\\" + c if c in "\\`*_[]<>#|" else c for c in text)


def describe(finding: Finding) -> str:
    rule = known_rule(finding.rule)
    lines = [
        f"**{_markdown(rule.title if rule else finding.rule)}** "
        f"(`{finding.rule}`, {finding.severity.value})",
        "",
        _markdown(finding.message),
    ]
    if finding.suggestions:
        lines += ["", "Suggestion: " + "; ".join(_markdown(s) for s in finding.suggestions)]
    if rule is not None:
        lines += ["", f"*Why:* {_markdown(rule.rationale)}"]
        for source in rule.sources:
            lines += ["", f"*Source:* [{_markdown(source.title)}]({source.url})"]
    url = docs_url(finding.rule)
    if url:
        lines += ["", f"[{url}]({url})"]
    return "\n".join(lines)


def hover(
    findings: Sequence[Finding], document: DocumentText, position: types.Position
) -> types.Hover | None:
    """The findings whose span holds the cursor, most serious first; None when there are none."""
    offset = document.offset(position)
    here = [f for f in findings if f.start <= offset <= f.end and f.start < f.end]
    if not here:
        return None
    here.sort(key=lambda f: (-f.severity.rank, f.end - f.start))
    start, end = min(f.start for f in here), max(f.end for f in here)
    return types.Hover(
        contents=types.MarkupContent(
            kind=types.MarkupKind.Markdown, value="\n\n---\n\n".join(describe(f) for f in here)
        ),
        range=document.range(start, end),
    )
