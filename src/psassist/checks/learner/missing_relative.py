"""A relative pronoun left out where it is the subject: "There are many people think ...".

English may drop "who" or "that" only when it is the object of its clause ("the patient
I saw"); as the subject it must stay ("the patient who saw me"). Learners whose first
language builds the clause differently (Chinese, Korean, Japanese, Turkish) write
"There is a man wants to see you". The rule looks at the one frame where the error is
plain from the words alone: "there" + a form of "be" + a noun phrase + a finite verb
right after the noun, with no pronoun between. "There was a time people thought ..." (a
new subject starts the clause) and "There is a chance the clinic closes" are left alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from psassist.checks.analysis import Analysis, Token
from psassist.checks.learner.clauses import FINITE_TAGS
from psassist.checks.learner.words import word_set
from psassist.checks.registry import define, reports
from psassist.findings import Category, Example, Finding, Needs, Severity, Source

MISSING_RELATIVE = define(
    "grammar.missing-relative",
    Category.GRAMMAR,
    Severity.WARNING,
    'Missing "who" or "that" before a verb',
    'After "there is" or "there are" and a noun, a verb that tells what the noun does '
    'needs "who" or "that" before it: "There are many people who think ...". A warning: '
    "a noun the tagger reads as a verb can look the same.",
    sources=(
        Source(
            'Cambridge Dictionary, English Grammar Today, "Relative pronouns" (who, that as '
            "subject cannot be left out)",
            "https://dictionary.cambridge.org/grammar/british-grammar/relative-pronouns",
        ),
    ),
    example=Example(
        flag="There are many patients need dialysis in our district.",
        near_miss="There are many patients who need dialysis in our district.",
    ),
    needs=Needs.PARSER,
)

_BE_FORMS = word_set("is are was were 's")
_PHRASE_TAGS = frozenset({"DT", "PDT", "JJ", "JJR", "JJS", "CD", "PRP$", "RB"})
_NOUN_TAGS = frozenset({"NN", "NNS"})
_NEGATIONS = frozenset({"n't", "n\u2019t"})
#: Words that head the phrase themselves, so the noun after them starts a new clause.
_QUANTITY_PRONOUNS = word_set("little much nothing something anything everything")
_PERSONS = word_set("""
people person persons man men woman women child children boy boys girl girls student
students doctor doctors patient patients nurse nurses teacher teachers friend friends
parent parents someone somebody anyone anybody everyone everybody resident residents
physician physicians scientist scientists worker workers family families
""")


@reports(MISSING_RELATIVE)
def check_missing_relative(analysis: Analysis) -> Iterator[Finding]:
    tokens = analysis.tokens
    for index, token in enumerate(tokens[:-3]):
        be = tokens[index + 1]
        if token.tag != "EX" or be.lower not in _BE_FORMS or be.text[:1].isupper():
            continue  # "And Then There Were None": a title
        noun = _noun_phrase_end(tokens, index + 2)
        if noun is None or noun + 1 >= len(tokens):
            continue
        verb = tokens[noun + 1]
        if verb.tag not in FINITE_TAGS or not verb.is_alpha or not _agrees(tokens[noun], verb):
            continue
        after = tokens[noun + 2] if noun + 2 < len(tokens) else None
        if after is not None and after.tag in {"PRP", "DT"}:
            continue  # "a few letter sounds we use": the "verb" was a noun
        if after is not None and after.start == verb.end and after.lower not in _NEGATIONS:
            continue  # "a prison cant": a word the tokenizer split ("ca" + "nt")
        end = after.end if after is not None and after.lower in _NEGATIONS else verb.end
        said = analysis.text[verb.start : end]
        pronoun = "who" if tokens[noun].lower in _PERSONS else "that"
        fixed = f"{tokens[noun].text} {pronoun} {said}"
        yield MISSING_RELATIVE.finding(
            tokens[noun].start,
            end,
            f'"{said}" starts a clause about "{tokens[noun].text}", so it needs '
            f'"{pronoun}" before it: "{fixed}".',
            [fixed],
        )


def _noun_phrase_end(tokens: list[Token], start: int) -> int | None:
    """The index of the one noun that ends the phrase starting at `start` ("many young
    people"), or None when the phrase is not a plain determiner-adjective-noun run."""
    k = start
    while k < len(tokens) and tokens[k].tag in _PHRASE_TAGS:
        if tokens[k].lower in _QUANTITY_PRONOUNS:
            return None  # "There is little nurses can do": "little" is the object
        k += 1
    if k >= len(tokens) or tokens[k].tag not in _NOUN_TAGS:
        return None
    if k + 1 < len(tokens) and tokens[k + 1].tag in _NOUN_TAGS | {"NNP", "PRP"}:
        return None  # "a time people thought": a new subject starts a clause
    return k


def _agrees(noun: Token, verb: Token) -> bool:
    """The verb's form fits the noun as its subject ("people think", "a man wants")."""
    if verb.tag in {"VBD", "MD"}:
        return True
    plural = noun.tag == "NNS" or noun.lower in {"people", "children", "men", "women"}
    return (verb.tag == "VBP") == plural
