""" "Comparing with older doctors, I ..." for "Compared with older doctors, ...".

"Compared with" and "compared to" work as one preposition: "Compared with my old
hospital, this clinic is small". Learners write the -ing form, which says that someone
is doing the comparing, and the subject after the comma (often "it" or "they") is not.
The check flags "comparing with/to" where nothing can be doing the comparing: at the
start of a sentence (after at most "but" or "however") or straight after a predicate
adjective ("the clinic is small comparing to ..."). "We were comparing with", "when
comparing to", "the data, comparing with earlier studies" and "comparing our data with"
pass.
"""

from __future__ import annotations

from collections.abc import Iterator

from psassist.checks.analysis import Analysis
from psassist.checks.learner.syntax import match_case
from psassist.checks.learner.words import neighbour, word_set
from psassist.checks.registry import define, reports
from psassist.findings import Category, Example, Finding, Needs, Severity, Source

COMPARED_WITH = define(
    "grammar.compared-with",
    Category.GRAMMAR,
    Severity.WARNING,
    '"comparing with" for "compared with"',
    '"Compared with" and "compared to" introduce the thing you measure against: '
    '"Compared with my old hospital, this clinic is small." The -ing form "comparing" '
    "says that someone is doing the comparing, and the subject of the sentence is not. A "
    "warning until its precision is measured.",
    sources=(
        Source(
            'My English Teacher, "Difference between compared to and compared with"',
            "https://www.myenglishteacher.eu/blog/difference-between-compared-to-and-compared-with/",
        ),
        Source(
            'Synonyms Tips, "Compare to vs. Compare with" ("comparing with" is incorrect)',
            "http://synonymstips.blogspot.com/2009/07/compare-to-vs-compare-with.html",
        ),
    ),
    example=Example(
        flag="Comparing with my home country, the clinics here are well equipped.",
        near_miss="Compared with my home country, the clinics here are well equipped.",
    ),
    needs=Needs.PARSER,
    replaces=True,
)

#: Tags of a predicate adjective right before "comparing": "small comparing to".
_ADJECTIVES = frozenset({"JJ", "JJR", "RBR"})
#: Words that may open the sentence before a hanging "comparing".
_CONNECTORS = word_set("and but so however also yet still")


def _hanging(analysis: Analysis, index: int) -> bool:
    """Nothing before "comparing" can be doing the comparing: it opens the sentence
    (after at most a connector) or follows a predicate adjective."""
    tokens = analysis.tokens
    first = analysis.sentences[tokens[index].sentence].first_token
    words = [t for t in tokens[first:index] if not (t.is_punct or t.is_space)]
    if not words or (len(words) == 1 and words[0].lower in _CONNECTORS):
        return True
    return words[-1].tag in _ADJECTIVES


@reports(COMPARED_WITH)
def check_comparing_with(analysis: Analysis) -> Iterator[Finding]:
    for index, token in enumerate(analysis.tokens):
        if token.lower != "comparing":
            continue
        preposition = neighbour(analysis, index, 1)
        if preposition is None or preposition.lower not in {"with", "to"}:
            continue
        if not _hanging(analysis, index):
            continue
        fixed = match_case(f"compared {preposition.lower}", token.text)
        yield COMPARED_WITH.finding(
            token.start,
            preposition.end,
            f'write "{fixed}": "{token.text} {preposition.text}" says that someone is doing '
            "the comparing, and the subject of the sentence is not.",
            [fixed],
        )
