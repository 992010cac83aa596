"""A feeling verb used for the person who feels it: "I interest in", "they concern about".

"Interest", "concern", "satisfy", "bore" and their like take the cause of the feeling as
subject ("cardiology interests me"); the person who feels it needs "be" and the -ed
adjective with its preposition: "I am interested in cardiology", "teachers are
concerned about". Learners carry over a reflexive or intransitive verb from their first
language ("je m'intéresse à", "me interesa"). Only a person subject directly before the
verb and the preposition of the adjective directly after it are flagged; "worry about"
is a verb of its own and is left alone, as are "this concerns about half of them" and a
noun before the -ed form ("students interested in surgery should apply").
"""

from __future__ import annotations

from collections.abc import Iterator

from psassist.checks.analysis import Analysis, Token
from psassist.checks.learner.words import PRESENT_BE, inflect, neighbour, word_set
from psassist.checks.registry import define, reports
from psassist.findings import Category, Example, Finding, Needs, Severity, Source

FEELING_ADJECTIVE = define(
    "grammar.feeling-adjective",
    Category.GRAMMAR,
    Severity.WARNING,
    'A feeling needs "be" and the -ed adjective: "I am interested in"',
    '"Interest", "concern", "satisfy", "bore" and "excite" have the cause of the feeling '
    'as their subject ("medicine interests me"). For the person who feels it, use "be" '
    'and the -ed adjective: "I am interested in medicine", "we were concerned about".',
    sources=(
        Source(
            'Crown Academy of English, "Adjectives ending in ING and ED"',
            "https://www.crownacademyenglish.com/adjectives-ending-ing-ed/",
        ),
    ),
    example=Example(
        flag="Since medical school I interest in caring for older patients.",
        near_miss="Since medical school I am interested in caring for older patients.",
    ),
    needs=Needs.PARSER,
    replaces=True,
)

#: Feeling verbs and the prepositions their -ed adjective takes.
_PREPOSITIONS = {
    "interest": word_set("in"),
    "concern": word_set("about"),
    "satisfy": word_set("with"),
    "bore": word_set("with of"),
    "excite": word_set("about"),
    "disappoint": word_set("with in"),
    "fascinate": word_set("by with"),
    "frustrate": word_set("with"),
    "embarrass": word_set("about"),
    "scare": word_set("of"),
    "frighten": word_set("of"),
}
#: "I interested in": the -ed adjective with only "be" left out.
_PARTICIPLES = {inflect(verb, "VBN"): verb for verb in _PREPOSITIONS}
#: The pronouns that name a person who feels, and their "be" (not "it": "it interests").
_BE_FOR = {pronoun: be for pronoun, be in PRESENT_BE.items() if pronoun != "it"}


def feeling_phrase(analysis: Analysis, index: int) -> tuple[Token, Token, str] | None:
    """The subject, the preposition and the fix when token `index` is a feeling verb used
    for the person who feels it ("I interest in"). missing_be.py asks too, so that "I
    interested in" gets this rule's one finding, not a second from missing-be."""
    verb = analysis.tokens[index]
    lemma = _PARTICIPLES.get(verb.lower, verb.lemma.lower())
    prepositions = _PREPOSITIONS.get(lemma)
    if prepositions is None or verb.tag not in ("VB", "VBP", "VBZ", "VBD", "VBN", "JJ", "NN"):
        return None
    subject = neighbour(analysis, index, -1)
    after = neighbour(analysis, index, 1)
    if subject is None or after is None or after.lower not in prepositions:
        return None
    asking = neighbour(analysis, index, -2)
    if asking is not None and (asking.lemma in ("be", "do", "have") or asking.tag == "MD"):
        return None  # "Are you interested in": a question, its verb before the subject
    be = _BE_FOR.get(subject.lower)
    if be is None and subject.tag == "NNS" and verb.lower not in _PARTICIPLES:
        be = "are"
    if be is None:
        return None
    return subject, after, f"{subject.text} {be} {inflect(lemma, 'VBN')} {after.text}"


@reports(FEELING_ADJECTIVE)
def check_feeling_verb(analysis: Analysis) -> Iterator[Finding]:
    for index in range(len(analysis.tokens)):
        found = feeling_phrase(analysis, index)
        if found is None:
            continue
        subject, after, fixed = found
        yield FEELING_ADJECTIVE.finding(
            subject.start,
            after.end,
            f'the person who feels it needs "be" and the -ed adjective: "{fixed}" (or '
            '"was"/"were" for the past)',
            [fixed],
        )
