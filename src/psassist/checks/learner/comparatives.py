"""A comparative marked twice ("more better", "most worst") or graded with "very" ("very less").

English marks a comparison once: with -er/-est or with more/most, never both; and a
comparative is strengthened with "much" or "far", not "very". Learners whose language
marks comparison with a separate word ("more") add it to an English -er form. The parse
decides that "more" modifies the comparative itself; "more older patients" (more of
them, who are older) is left alone because "more" there counts the noun.
"""

from __future__ import annotations

from collections.abc import Iterator

from psassist.checks.analysis import Analysis, Token
from psassist.checks.learner.words import neighbour
from psassist.checks.registry import define, reports
from psassist.findings import Category, Example, Finding, Needs, Severity, Source

DOUBLE_COMPARATIVE = define(
    "grammar.double-comparative",
    Category.GRAMMAR,
    Severity.WARNING,
    'Comparison marked twice ("more better") or graded with "very" ("very less")',
    'A comparison takes -er/-est or more/most, not both ("better", not "more better"); a '
    'comparative is strengthened with "much" or "far", not "very" ("much less", "very '
    'little"). A warning until its precision is measured.',
    sources=(
        Source(
            'Cambridge Dictionary, English Grammar Today, "Comparison: adjectives (bigger, '
            'biggest, more interesting)"',
            "https://dictionary.cambridge.org/grammar/british-grammar/"
            "comparison-adjectives-bigger-biggest-more-interesting",
        ),
        Source(
            'Cambridge Dictionary, English Grammar Today, "As ... as"',
            "https://dictionary.cambridge.org/grammar/british-grammar/as-as",
        ),
        Source(
            'Cambridge Dictionary, English Grammar Today, "Very"',
            "https://dictionary.cambridge.org/grammar/british-grammar/very",
        ),
    ),
    example=Example(
        flag="Rotations in surgery felt more harder than medicine.",
        near_miss="Rotations in surgery felt much harder than medicine.",
    ),
    needs=Needs.PARSER,
    replaces=True,
)

_COMPARATIVE_TAGS = frozenset({"JJR", "RBR"})
_SUPERLATIVE_TAGS = frozenset({"JJS", "RBS"})
#: -er words the tagger calls comparatives that take "more" freely or are not graded.
_NOT_COMPARATIVES = frozenset(
    {"more", "most", "less", "least", "further", "farther", "other", "former", "latter"}
)


def _marks_the_comparative(analysis: Analysis, marker: Token, index: int, word: Token) -> bool:
    """`marker` ("more"/"most") grades `word` itself, not the noun after it."""
    if marker.head != index + 1:
        return False
    if word.dep == "amod" and word.head > index + 1:
        noun = analysis.tokens[word.head]
        before = neighbour(analysis, index, -1)
        # "more older patients": "more" counts the patients; "the more better option" does not.
        determined = before is not None and before.pos in {"DET", "PRON"}
        return noun.tag not in {"NNS", "NNPS"} or determined
    return True


def _doubled(analysis: Analysis) -> Iterator[Finding]:
    tokens = analysis.tokens
    for i, marker in enumerate(tokens):
        word = neighbour(analysis, i, 1)
        if word is None or word.lower in _NOT_COMPARATIVES:
            continue
        if marker.lower == "more" and word.tag in _COMPARATIVE_TAGS:
            kind = "comparative"
        elif marker.lower == "most" and word.tag in _SUPERLATIVE_TAGS:
            kind = "superlative"
        else:
            continue
        if not word.lower.endswith(("er", "est")) and word.lower not in {"worse", "worst"}:
            continue
        if not _marks_the_comparative(analysis, marker, i, word):
            continue
        yield DOUBLE_COMPARATIVE.finding(
            marker.start,
            word.end,
            f'"{word.text}" is already a {kind}; drop "{marker.text}": "{word.text}".',
            [word.text],
        )


def _very_comparative(analysis: Analysis) -> Iterator[Finding]:
    tokens = analysis.tokens
    for i, very in enumerate(tokens):
        if very.lower != "very":
            continue
        word = neighbour(analysis, i, 1)
        if word is None or word.tag not in _COMPARATIVE_TAGS or word.lower == "more":
            continue
        if very.head != i + 1:
            continue
        fixes = ["much " + word.text]
        if word.lower == "less":
            fixes.append("very little")
        yield DOUBLE_COMPARATIVE.finding(
            very.start,
            word.end,
            f'a comparative is strengthened with "much" or "far", not "very": "{fixes[0]}".',
            fixes,
        )


def _as_much_as(analysis: Analysis) -> Iterator[Finding]:
    """ "as much as successful as": the "as ... as" frame written twice."""
    tokens = analysis.tokens
    for i in range(len(tokens) - 4):
        first, much, second, word = tokens[i : i + 4]
        if (first.lower, much.lower, second.lower) != ("as", "much", "as"):
            continue
        if word.tag != "JJ" or word.sentence != first.sentence:
            continue
        closing = neighbour(analysis, i + 3, 1)
        if closing is None or closing.lower != "as":
            continue
        fixed = f"{first.text} {word.text}"
        yield DOUBLE_COMPARATIVE.finding(
            first.start,
            word.end,
            f'"as ... as" frames the adjective once: "{fixed} as".',
            [fixed],
        )


@reports(DOUBLE_COMPARATIVE)
def check_double_comparative(analysis: Analysis) -> Iterator[Finding]:
    yield from _doubled(analysis)
    yield from _very_comparative(analysis)
    yield from _as_much_as(analysis)
