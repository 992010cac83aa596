"""Keeps a learner rule quiet where LanguageTool already reports the same words.

A reader gains nothing from two findings on one span; LanguageTool's stays because it
was there first and the user may already know it. Learner findings elsewhere stand.
"""

from __future__ import annotations

from collections.abc import Iterable

from psassist.findings import Category, Finding

#: Rule ids of the learner layer (ids are "grammar.<name>").
LEARNER_RULES = frozenset({
    "grammar.compound-hyphen", "grammar.preposition", "grammar.confusable",
    "grammar.run-together", "grammar.however-splice",
})
_LANGUAGETOOL_CATEGORIES = frozenset({Category.GRAMMAR, Category.SPELLING})


def without_languagetool_repeats(findings: list[Finding],
                                 languagetool: Iterable[Finding]) -> list[Finding]:
    """`findings` less the learner findings that overlap a LanguageTool grammar or
    spelling finding."""
    spans = [(f.start, f.end) for f in languagetool if f.category in _LANGUAGETOOL_CATEGORIES]
    if not spans:
        return findings
    return [
        f for f in findings
        if f.rule not in LEARNER_RULES
        or not any(start < f.end and f.start < end for start, end in spans)
    ]
