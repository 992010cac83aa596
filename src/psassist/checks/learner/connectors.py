"""A conjunction before a bare noun phrase: "because the cold", "rather that changing buses".

"Because" and "rather than" look alike across languages, but English splits them: the
conjunction "because" opens a clause with its own verb ("because the cold was
unbearable"), the preposition "because of" takes a noun ("because of the cold"); and
"rather than" compares two things, while "rather that" is only the start of a clause
("I would rather that you stayed"). The check is strict: the words after the conjunction,
up to the end of its clause, hold no finite verb, and the parse agrees that a noun (or a
gerund, after "rather") follows.
"""

from __future__ import annotations

from collections.abc import Iterator

from psassist.checks.analysis import Analysis, Token
from psassist.checks.learner.clauses import FINITE_TAGS
from psassist.checks.learner.syntax import child_deps, match_case
from psassist.checks.learner.words import clause_after, neighbour, word_set
from psassist.checks.registry import define, reports
from psassist.findings import Category, Example, Finding, Needs, Severity, Source

BECAUSE_OF = define(
    "grammar.because-of",
    Category.GRAMMAR,
    Severity.WARNING,
    '"because" before a noun, for "because of"',
    '"Because" starts a clause with a subject and a verb ("because the road was closed"); '
    'before a noun alone English uses "because of" ("because of the road"). A warning until '
    "its precision is measured.",
    sources=(
        Source(
            'Cambridge Dictionary, English Grammar Today, "Because, because of"',
            "https://dictionary.cambridge.org/grammar/british-grammar/because-because-of",
        ),
        Source(
            'The TR Company, "Because and because of"',
            "https://thetrcompany.com/en/because-and-because-of/",
        ),
    ),
    example=Example(
        flag="Many patients missed their visits because the cost of the bus.",
        near_miss="Many patients missed their visits because the bus cost too much.",
    ),
    needs=Needs.PARSER,
    replaces=True,
)

RATHER_THAN = define(
    "grammar.rather-than",
    Category.GRAMMAR,
    Severity.WARNING,
    '"rather that" for "rather than"',
    '"Rather than" compares two choices ("the bus rather than the car", "walking rather '
    'than driving"); "rather that" is only right before a clause of its own, as in "I would '
    'rather that you stayed". A warning until its precision is measured.',
    sources=(
        Source(
            'IELTS Practice, "Rather than and would rather"',
            "https://www.ielts-practice.org/rather-than-and-would-rather/",
        ),
        Source(
            'Perfect Your English, "Rather Than vs. Would Rather"',
            "https://perfectyourenglish.com/blog/rather-than-vs-would-rather/",
        ),
    ),
    example=Example(
        flag="Many families drive their own car rather that changing buses twice.",
        near_miss="I would rather that you stayed with the patient.",
    ),
    needs=Needs.PARSER,
    replaces=True,
)

#: Words before "rather that" that make it "would rather" + a clause.
_PREFERENCE = word_set("would 'd \u2019d had sooner")


def _verbless(words: list[Token]) -> bool:
    return bool(words) and not any(t.tag in FINITE_TAGS for t in words)


def _because_noun(analysis: Analysis, index: int) -> bool:
    """ "because the cold and the lack of oxygen": the parse gives "because" a noun object
    and no verb with a tense follows before the clause ends."""
    objects = child_deps(analysis, index).get("pobj", [])
    if not objects or analysis.tokens[objects[0]].pos not in {"NOUN", "PROPN"}:
        return False
    words = clause_after(analysis, index)
    return _verbless(words) and words[0].lower != "of"


@reports(BECAUSE_OF)
def check_because_of(analysis: Analysis) -> Iterator[Finding]:
    for i, token in enumerate(analysis.tokens):
        if token.lower != "because" or not _because_noun(analysis, i):
            continue
        fixed = match_case("because of", token.text)
        yield BECAUSE_OF.finding(
            token.start,
            token.end,
            f'before a noun with no verb of its own, write "{fixed}": "because" needs a '
            "clause with a subject and a verb.",
            [fixed],
        )


def _rather_that(analysis: Analysis, index: int) -> Token | None:
    """The "that" of "rather that" + a gerund or a noun phrase, or None."""
    that = neighbour(analysis, index, 1)
    before = neighbour(analysis, index, -1)
    if that is None or that.lower != "that":
        return None
    if before is not None and before.lower in _PREFERENCE:
        return None  # "I would rather that you stayed"
    words = clause_after(analysis, index + 1, to_subordinator=True)
    if not words or not _verbless(words):
        return None
    first = words[0]
    return that if first.tag == "VBG" or first.pos in {"NOUN", "DET", "ADJ"} else None


@reports(RATHER_THAN)
def check_rather_than(analysis: Analysis) -> Iterator[Finding]:
    for i, token in enumerate(analysis.tokens):
        if token.lower != "rather":
            continue
        that = _rather_that(analysis, i)
        if that is None:
            continue
        fixed = f"{token.text} than"
        yield RATHER_THAN.finding(
            token.start,
            that.end,
            f'to compare two choices, write "{fixed}", not "{token.text} {that.text}".',
            [fixed],
        )
