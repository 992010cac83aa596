"""A subject pronoun followed straight by an adjective: "it dangerous", "he very happy".

English needs a form of "be" to link a subject to an adjective; many first languages
(Arabic, Russian, Hindi, Chinese, Indonesian...) do not, so learners drop it. The parse
must agree: the pronoun is the subject of the adjective itself, with no verb, "be" or
auxiliary attached, and only adverbs ("very", "so") between them. "Make it easy" and
"keep you safe" (objects of a verb) are left alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from psassist.checks.analysis import Analysis
from psassist.checks.learner.syntax import child_deps, match_case, previous_word
from psassist.checks.registry import define, reports
from psassist.findings import Category, Example, Finding, Needs, Severity, Source

MISSING_BE = define(
    "grammar.missing-be",
    Category.GRAMMAR,
    Severity.WARNING,
    'Missing "be" before an adjective',
    'A subject needs a verb before an adjective: "it is dangerous", "he was very happy". '
    "Learners whose first language has no linking verb often leave it out.",
    sources=(
        Source(
            'British Council LearnEnglish, "Linking verbs"',
            "https://learnenglish.britishcouncil.org/grammar/english-grammar-reference/linking-verbs",
        ),
    ),
    example=Example(
        flag="During night shifts it very quiet on the ward.",
        near_miss="Good teachers make it easy to ask questions.",
    ),
    needs=Needs.PARSER,
    replaces=True,
)

_BE_FOR = {"i": "am", "he": "is", "she": "is", "it": "is", "we": "are", "they": "are"}
#: Pronouns that are also objects ("make it easy", "keep you safe"): only after no verb.
_ALSO_OBJECTS = frozenset({"it"})
_LINKS = frozenset({"cop", "aux", "auxpass", "neg"})
#: Adjective-tagged words that work as adverbs after a subject ("he alone knows").
_NOT_PREDICATES = frozenset({"alone", "only", "else", "together", "sure", "first", "last"})


@reports(MISSING_BE)
def check_missing_be(analysis: Analysis) -> Iterator[Finding]:
    tokens = analysis.tokens
    for index, pronoun in enumerate(tokens):
        be = _BE_FOR.get(pronoun.lower)
        if be is None or pronoun.dep != "nsubj":
            continue
        head = pronoun.head
        adjective = tokens[head]
        if head <= index or adjective.tag != "JJ" or adjective.lower in _NOT_PREDICATES:
            continue
        if any(tokens[j].pos != "ADV" for j in range(index + 1, head)):
            continue  # only "very", "so", "too" may stand between
        if _LINKS & set(child_deps(analysis, head)):
            continue
        before = previous_word(tokens, index)
        if pronoun.lower in _ALSO_OBJECTS and before is not None and before.pos in ("VERB", "AUX"):
            continue
        fixed = f"{match_case(pronoun.text, pronoun.text)} {be}"
        yield MISSING_BE.finding(
            pronoun.start,
            adjective.end,
            f'a verb is missing: "{fixed} {analysis.text[tokens[index + 1].start : adjective.end]}"'
            f' (or "was"/"were" for the past)',
            [f"{fixed} {analysis.text[tokens[index + 1].start : adjective.end]}"],
        )
