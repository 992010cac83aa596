"""Clause facts the comma rules share: is there a subject with a finite verb, where a
phrase ends.

A comma rule fires only where the parse shows a clause on the other side of the missing
comma; these helpers answer that from spaCy's dependency labels.
"""

from __future__ import annotations

from psassist.checks.analysis import Analysis
from psassist.checks.learner.syntax import children

SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def is_finite(analysis: Analysis, verb: int) -> bool:
    """The verb carries tense itself or through an auxiliary ("went", "will go")."""
    tokens = analysis.tokens
    if tokens[verb].tag in FINITE_TAGS:
        return True
    return any(
        tokens[k].dep in {"aux", "auxpass"} and tokens[k].tag in FINITE_TAGS
        for k in children(analysis)[verb]
    )


def subject_of(analysis: Analysis, verb: int) -> int | None:
    """The verb's subject, if the parse gives it one."""
    tokens = analysis.tokens
    return next((k for k in children(analysis)[verb] if tokens[k].dep in SUBJECTS), None)


def has_clause(analysis: Analysis, lo: int, hi: int) -> bool:
    """tokens[lo:hi] hold a subject and its finite verb."""
    tokens = analysis.tokens
    return any(
        tokens[k].dep in SUBJECTS
        and lo <= tokens[k].head < hi
        and is_finite(analysis, tokens[k].head)
        for k in range(lo, hi)
    )


def left_edge(analysis: Analysis, index: int) -> int:
    """The first token of the phrase `index` heads."""
    kids = children(analysis)
    while kids[index] and kids[index][0] < index:
        index = kids[index][0]
    return index


def right_edge(analysis: Analysis, index: int) -> int:
    """The last token of the phrase `index` heads."""
    kids = children(analysis)
    while kids[index] and kids[index][-1] > index:
        index = kids[index][-1]
    return index


def with_comma_after(analysis: Analysis, start: int, before: int, after: int) -> str:
    """The text from offset `start` to the end of word `after`, with a comma added after
    word `before`: the fix every missing-comma rule offers."""
    tokens = analysis.tokens
    cut = tokens[before].end
    return analysis.text[start:cut] + "," + analysis.text[cut : tokens[after].end]
