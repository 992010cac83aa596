"""A missing comma before a "which" clause that adds a comment ("... Kyoto which is ...").

A "which" clause after a proper name, or one that comments on a whole statement ("I
passed, which surprised me"), is nonessential: US handbooks set it off with a comma.
Restrictive "which" after a common noun ("the book which I read") is left alone: US
usage is divided there. The parse decides: a "which" clause spaCy cannot attach to the
noun before it as a defining relative clause is a comment on the statement.
"""

from __future__ import annotations

from collections.abc import Iterator

from psassist.checks.analysis import Analysis, is_word
from psassist.checks.learner.clauses import with_comma_after
from psassist.checks.learner.words import word_set
from psassist.checks.registry import define, reports
from psassist.findings import Category, Example, Finding, Needs, Severity, Source

COMMA_BEFORE_WHICH = define(
    "grammar.comma-before-which",
    Category.GRAMMAR,
    Severity.WARNING,
    'Missing comma before a nonessential "which" clause',
    'A "which" clause that adds a comment (after a name, or about a whole statement) is '
    "nonessential and set off by a comma. A warning: the parse can misread a defining "
    "clause as a comment.",
    sources=(
        Source(
            'Purdue OWL, "Extended Rules for Using Commas"',
            "https://owl.purdue.edu/owl/general_writing/punctuation/commas/"
            "extended_rules_for_commas.html",
        ),
    ),
    example=Example(
        flag="I trained in Kyoto which is a beautiful city.",
        near_miss="I trained in Kyoto, which is a beautiful city.",
    ),
    needs=Needs.PARSER,
    replaces=True,
)

#: Words after which "which" is not a relative pronoun starting a new clause ("in which").
_NOT_BEFORE = frozenset({"ADP", "VERB", "AUX", "SCONJ", "CCONJ", "PRON", "ADV", "PART"})
#: Clause labels that show the parse did not read the clause as defining the noun.
_COMMENT_CLAUSES = frozenset({"ccomp", "advcl", "conj", "ROOT"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: Verbs whose object can be an indirect question ("I asked my mentor which was best").
_QUESTION_VERBS = word_set("""
ask wonder know decide tell show explain see understand choose learn determine consider
remember forget question find discover guess predict
""")


def _is_comment(analysis: Analysis, i: int) -> bool:
    tokens = analysis.tokens
    which, before = tokens[i], tokens[i - 1]
    verb = tokens[which.head]
    if which.dep not in {"pobj", "det"} and verb.dep in _COMMENT_CLAUSES:
        return not (verb.dep == "ccomp" and tokens[verb.head].lemma in _QUESTION_VERBS)
    # "Kyoto which is ...": a name needs no defining clause.
    return (
        which.dep in _SUBJECTS
        and verb.dep == "relcl"
        and verb.head == i - 1
        and before.pos == "PROPN"
    )


@reports(COMMA_BEFORE_WHICH)
def check_comma_before_which(analysis: Analysis) -> Iterator[Finding]:
    tokens = analysis.tokens
    for i in range(1, len(tokens)):
        which, before = tokens[i], tokens[i - 1]
        if which.lower != "which" or before.sentence != which.sentence:
            continue
        if not is_word(before) or before.pos in _NOT_BEFORE or not _is_comment(analysis, i):
            continue
        yield COMMA_BEFORE_WHICH.finding(
            before.start,
            which.end,
            'Put a comma before "which": the clause adds a comment, not a definition, and '
            "is set off from the rest of the sentence.",
            [with_comma_after(analysis, before.start, i - 1, i)],
        )
