"""Grammar and spelling from LanguageTool; spelling is judged in psassist.checks.spelling.

LanguageTool's matches become findings here; the checker does the talking to the
server. A program director called poor grammar and spelling "a deal breaker" (ACP, Ask
the Program Director), but an error must be certain: how loud each LanguageTool rule is
comes from the measured table in psassist.checks.languagetool_severity.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol

from psassist.checks import sources
from psassist.checks.analysis import Analysis
from psassist.checks.languagetool_severity import calibrate
from psassist.checks.registry import define
from psassist.checks.spelling import spelling_finding
from psassist.checks.vocabulary import Vocabulary
from psassist.findings import Category, Example, Finding, Needs, Severity

GRAMMAR = define(
    "grammar.languagetool",
    Category.GRAMMAR,
    Severity.ERROR,
    "Grammar or usage error",
    "Grammar errors in a one-page statement suggest carelessness to a reader who has "
    "only this page.",
    sources=(sources.LANGUAGETOOL, sources.ACP_ASK_THE_PD),
    example=Example(flag="The patients was very sick.", near_miss="The patients were sick."),
    needs=Needs.LANGUAGETOOL,
    replaces=True,
)
LT_STYLE = define(
    "style.languagetool",
    Category.STYLE,
    Severity.INFO,
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
COVERED_ELSEWHERE = frozenset(
    {
        "ENGLISH_WORD_REPEAT_RULE",  # grammar.doubled-word
        "ENGLISH_WORD_REPEAT_BEGINNING_RULE",  # style.sentence-openings
        "EN_QUOTES",  # eras.plain-text
        "DASH_RULE",  # eras.plain-text
        "WORD_REPEAT_BEGINNING_RULE",
    }
)
#: Rules whose advice contradicts ERAS's plain text (accents in "Guillain-Barré", "café").
_CONFLICTING_PREFIXES = ("EN_DIACRITICS", "SAO_PAOLO")
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
            continue
        placed = calibrate(match.rule_id, match.category_id, match.issue_type)
        if placed.severity is Severity.INFO:
            yield LT_STYLE.finding(
                start, end, match.message, match.replacements[:5], source_rule=match.rule_id
            )
        else:
            yield GRAMMAR.finding(
                start,
                end,
                match.message,
                match.replacements[:5],
                severity=placed.severity,
                source_rule=match.rule_id,
            )
