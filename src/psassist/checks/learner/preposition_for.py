""" "easy to me to understand": the person an adjective is easy or hard for takes "for".

Before a to-infinitive, the person who finds something easy, hard or necessary is
introduced by "for" ("it was hard for me to sleep"); learners carry over the "to" of
"important to me". Only adjectives of ease, difficulty and need are checked, and only
when a to-infinitive follows the person, so "kind to me" or "important to me" stay quiet.
"""

from __future__ import annotations

from collections.abc import Iterator

from psassist.checks.analysis import Analysis
from psassist.checks.learner.collocations import PREPOSITION
from psassist.checks.learner.words import neighbour, word_set
from psassist.checks.registry import reports
from psassist.findings import Finding

_EASE_ADJECTIVES = word_set("""
easy easier hard harder difficult possible impossible necessary unnecessary dangerous safe
tough convenient
""")
_PERSON_WORDS = word_set("me him her us them you people someone everyone person students")


def _to_infinitive_after(analysis: Analysis, index: int) -> bool:
    """A to-infinitive (or a bare verb, "too hard to an old person do") starts here."""
    word = neighbour(analysis, index - 1, 1)
    if word is None:
        return False
    if word.lower == "to" and word.tag == "TO":
        verb = neighbour(analysis, index, 1)
        return verb is not None and verb.tag == "VB"
    return word.tag in {"VB", "VBP"}


@reports(PREPOSITION)
def check_for_someone(analysis: Analysis) -> Iterator[Finding]:
    tokens = analysis.tokens
    for i, to in enumerate(tokens):
        if to.lower != "to" or to.tag != "IN" or i == 0:
            continue
        adjective = tokens[i - 1]
        if adjective.lower not in _EASE_ADJECTIVES or to.head != i - 1:
            continue
        person = next(
            (j for j in range(i + 1, min(i + 5, len(tokens))) if tokens[j].lower in _PERSON_WORDS),
            None,
        )
        if person is None or any(t.is_punct for t in tokens[i + 1 : person]):
            continue
        if not _to_infinitive_after(analysis, person + 1):
            continue
        fixed = f"{adjective.text} for"
        yield PREPOSITION.finding(
            adjective.start,
            to.end,
            f'the person something is {adjective.lower} for takes "for" before a '
            f'to-infinitive: "{fixed} {tokens[person].text} to ...".',
            [fixed],
        )
