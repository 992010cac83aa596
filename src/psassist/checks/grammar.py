"""Grammar and spelling from LanguageTool, filtered through the medical vocabulary.

LanguageTool's matches become findings here; the checker does the talking to the
server. A program director called poor grammar and spelling "a deal breaker" (ACP, Ask
the Program Director), so spelling and grammar are errors; LanguageTool's style hints are
info. Unknown capitalised words that the entity recognizer calls a name or place are
only info: no dictionary knows every applicant's hometown or mentor.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Protocol

from psassist.checks import sources
from psassist.checks.analysis import Analysis
from psassist.checks.registry import define
from psassist.checks.vocabulary import Vocabulary
from psassist.findings import Category, Example, Finding, Needs, Severity

SPELLING = define(
    "spelling.misspelling", Category.SPELLING, Severity.ERROR,
    "Misspelled word",
    "Program directors call spelling mistakes a deal breaker, and MyERAS has no spell check.",
    sources=(sources.LANGUAGETOOL, sources.ACP_ASK_THE_PD, sources.AAMC_CERTIFY),
    example=Example(flag="I recieved a warm welcome.",
                    near_miss="I received a warm welcome and managed hyperkalemia."),
    needs=Needs.LANGUAGETOOL,
    replaces=True,
)
UNKNOWN_NAME = define(
    "spelling.unknown-name", Category.SPELLING, Severity.INFO,
    "Name not in the dictionary",
    "Names of people and places, and institution acronyms, are often missing from "
    "dictionaries; check the spelling once and add it to your dictionary.",
    sources=(sources.LANGUAGETOOL,),
    example=Example(flag="I trained with Dr. Oluwaseyi Adebanjo in Ibadan.",
                    near_miss="I trained with Dr. Smith in Boston."),
    needs=Needs.LANGUAGETOOL,
    replaces=True,
)
BRITISH = define(
    "spelling.british", Category.SPELLING, Severity.WARNING,
    "British spelling",
    "Many IMGs learned British spelling; US program directors read US spelling, and one "
    "statement should not mix the two.",
    sources=(sources.LANGUAGETOOL,),
    example=Example(flag="I practised paediatrics in a busy centre.",
                    near_miss="I practiced pediatrics in a busy center."),
    needs=Needs.LANGUAGETOOL,
    replaces=True,
)
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
_NAME_LABELS = frozenset({"PERSON", "GPE", "ORG", "NORP", "FAC", "LOC"})


def _entity_label(analysis: Analysis, start: int, end: int) -> str | None:
    for entity in analysis.entities:
        if entity.start <= start and end <= entity.end:
            return entity.label
    return None


def _spelling(analysis: Analysis, match: LanguageToolMatch,
              vocabulary: Vocabulary) -> Finding | None:
    start, end = match.offset, match.offset + match.length
    word = analysis.text[start:end]
    suggestions = match.replacements[:5]
    # Before the vocabulary: medical dictionaries hold British forms (paediatrics).
    american = _american_form(word, suggestions)
    if american is not None and _in_proper_name(analysis, start, word):
        return None  # "Kenya Paediatric Association" is spelled as its owners spell it
    if american is not None:
        return BRITISH.finding(
            start, end, f"\"{word}\" is British spelling; US readers expect \"{american}\"",
            [american])
    if vocabulary.knows(word):
        return None
    if _is_acronym(word):
        return UNKNOWN_NAME.finding(
            start, end, f"acronym \"{word}\" is not in the dictionary; spell it out once if "
            "a US reader may not know it, and add it to your dictionary", suggestions)
    if _looks_like_name(analysis, start, word):
        return UNKNOWN_NAME.finding(
            start, end, f"\"{word}\" is not in the dictionary; if it is a name, check its "
            "spelling and add it to your dictionary", suggestions)
    return SPELLING.finding(start, end, f"possible misspelling \"{word}\"", suggestions)


# Single substitutions that turn a British spelling into the American one:
# organise, analyse, colour, centre, paediatrics, oedema, catalogue, travelled,
# practise, licence, programme, enrol, judgement, ageing.
_BRITISH_TO_AMERICAN = (
    ("isation", "ization"), ("ise", "ize"), ("yse", "yze"), ("our", "or"), ("tre", "ter"),
    ("ae", "e"), ("oe", "e"), ("ogue", "og"), ("ll", "l"), ("s", "c"), ("c", "s"),
    ("mme", "m"), ("l", "ll"), ("gement", "gment"), ("eing", "ing"),
)


def _american_form(word: str, suggestions: tuple[str, ...]) -> str | None:
    """The suggestion that is this word's American spelling, if there is one."""
    wanted = {s.lower(): s for s in suggestions}
    lower = word.lower()
    for british, american in _BRITISH_TO_AMERICAN:
        start = lower.find(british)
        while start != -1:
            candidate = lower[:start] + american + lower[start + len(british):]
            if candidate in wanted:
                return wanted[candidate]
            start = lower.find(british, start + 1)
    return None


def _in_proper_name(analysis: Analysis, start: int, word: str) -> bool:
    """A capitalised word inside an organisation's name or between capitalised words."""
    if not word[:1].isupper():
        return False
    if _entity_label(analysis, start, start + len(word)) in _NAME_LABELS:
        return True
    starts = analysis.memo("sentence_starts", lambda: {s.start for s in analysis.sentences})
    before = analysis.text[max(0, start - 30):start].split()
    after = analysis.text[start + len(word):start + len(word) + 30].split()
    neighbours = (before[-1:] if start not in starts else []) + after[:1]
    return any(w[:1].isupper() for w in neighbours)


def _is_acronym(word: str) -> bool:
    """AIIMS, PGIMER, KEMU: capitals (and digits) chosen on purpose, not a typo."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _looks_like_name(analysis: Analysis, start: int, word: str) -> bool:
    if not word[:1].isupper() or word.isupper():
        return False
    label = _entity_label(analysis, start, start + len(word))
    if label in _NAME_LABELS:
        return True
    starts = analysis.memo("sentence_starts", lambda: {s.start for s in analysis.sentences})
    tokens = analysis.memo("tokens_by_start", lambda: {t.start: t for t in analysis.tokens})
    token = tokens.get(start)
    return token is not None and token.pos == "PROPN" and start not in starts


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
            finding = _spelling(analysis, match, vocabulary)
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
