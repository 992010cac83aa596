"""Grammar and spelling from LanguageTool; spelling is judged in psassist.checks.spelling.

LanguageTool's matches become findings here; the checker does the talking to the
server. A program director called poor grammar and spelling "a deal breaker" (ACP, Ask
the Program Director), so spelling and grammar are errors; LanguageTool's style hints are
info.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol

from psassist.checks import sources
from psassist.checks.analysis import Analysis
from psassist.checks.registry import define
from psassist.checks.spelling import spelling_finding
from psassist.checks.vocabulary import Vocabulary
from psassist.findings import Category, Example, Finding, Needs, Severity

GRAMMAR = define(
    "grammar.languagetool", Category.GRAMMAR, Severity.ERROR,
    "Grammar or usage error",
    "Grammar errors in a one-page statement suggest carelessness to a reader who has "
    "only this page.",
    sources=(sources.LANGUAGETOOL, sources.ACP_ASK_THE_PD),
    example=Example(flag="The patients was very sick.", near_miss="The patients were sick."),
    needs=Needs.LANGUAGETOOL,
    replaces=True,
)
LT_STYLE = define(
    "style.languagetool", Category.STYLE, Severity.INFO,
    "Style suggestion from LanguageTool",
    "Wordiness, redundancy and register hints from LanguageTool's style rules.",
    sources=(sources.LANGUAGETOOL,),
    example=Example(flag="The end result was a free gift.", near_miss="The result was a gift."),
    needs=Needs.LANGUAGETOOL,
    replaces=True,
)


class LanguageToolMatch(Protocol):
    """What the grammar rules read from a LanguageTool match."""

    @property
    def offset(self) -> int: ...
    @property
    def length(self) -> int: ...
    @property
    def rule_id(self) -> str: ...
    @property
    def category_id(self) -> str: ...
    @property
    def issue_type(self) -> str: ...
    @property
    def message(self) -> str: ...
    @property
    def replacements(self) -> tuple[str, ...]: ...


#: LanguageTool rules that psassist's own rules already cover, with a better message.
COVERED_ELSEWHERE = frozenset({
    "ENGLISH_WORD_REPEAT_RULE",  # style.doubled-word
    "ENGLISH_WORD_REPEAT_BEGINNING_RULE",  # style.sentence-openings
    "EN_QUOTES",  # eras.plain-text
    "DASH_RULE",  # eras.plain-text
    "WORD_REPEAT_BEGINNING_RULE",
})
#: Rules whose advice contradicts ERAS's plain text (accents in "Guillain-Barré", "café").
_CONFLICTING_PREFIXES = ("EN_DIACRITICS",)
_STYLE_CATEGORIES = frozenset({
    "STYLE", "REDUNDANCY", "PLAIN_ENGLISH", "WIKIPEDIA", "TYPOGRAPHY", "REPETITIONS_STYLE",
    "CREATIVE_WRITING", "TEXT_ANALYSIS",
})
_STYLE_ISSUES = frozenset({"style", "register", "locale-violation", "typographical"})
# Only these are errors: LanguageTool's other rules (possible typos such as WHOM_WHO,
# punctuation, casing) misfire often enough on correct prose to be warnings.
_SERIOUS_CATEGORIES = frozenset({"GRAMMAR", "CONFUSED_WORDS"})
#: LanguageTool's dictionary spell checkers; other TYPOS rules are grammar patterns.
_DICTIONARY_RULE_PREFIXES = ("MORFOLOGIK_RULE", "HUNSPELL_RULE", "SPELLING_RULE")

def findings_from_languagetool(
    analysis: Analysis, matches: Iterable[LanguageToolMatch], vocabulary: Vocabulary
) -> Iterator[Finding]:
    text_length = len(analysis.text)
    for match in matches:
        if match.rule_id in COVERED_ELSEWHERE or match.rule_id.startswith(_CONFLICTING_PREFIXES):
            continue
        start, end = match.offset, match.offset + match.length
        if not 0 <= start <= end <= text_length:
            continue
        if match.rule_id.startswith(_DICTIONARY_RULE_PREFIXES):
            finding = spelling_finding(analysis, start, end, match.replacements, vocabulary)
            if finding is not None:
                yield finding
        elif match.category_id in _STYLE_CATEGORIES or match.issue_type in _STYLE_ISSUES:
            yield LT_STYLE.finding(start, end, match.message, match.replacements[:5],
                                   source_rule=match.rule_id)
        else:
            severity = (Severity.ERROR if match.category_id in _SERIOUS_CATEGORIES
                        else Severity.WARNING)
            yield GRAMMAR.finding(start, end, match.message, match.replacements[:5],
                                  severity=severity, source_rule=match.rule_id)
