"""A plural written with a possessive apostrophe: "we face the failure's and the fears".

An apostrophe never makes a noun plural; 's marks a possessive, and a possessive noun
is followed by what it owns. When 's ends the noun phrase instead (a conjunction, a
clause opener or the end of the sentence follows), the writer most likely meant the
plural. Reported under grammar.noun-number: to the reader it is the noun's number.

Left alone: elliptical possessives ("steadier than the surgeon's", "at my aunt's", "a
friend of my father's"), coordinated possessives ("the patient's and the family's
wishes"), names and capitalised words ("McDonald's"), letters ("p's and q's") and
fixed phrases ("do's and don'ts").
"""

from __future__ import annotations

from collections.abc import Iterator

from psassist.checks.analysis import Analysis
from psassist.checks.learner import lexicon
from psassist.checks.learner.noun_number import NOUN_NUMBER
from psassist.checks.learner.syntax import match_case, next_word, previous_word
from psassist.checks.learner.words import word_set
from psassist.checks.registry import reports
from psassist.findings import Finding

#: Words before a possessive whose owned noun is understood ("than the surgeon's").
_ELLIPSIS = word_set("than as at to from of by in")
_POSSESSIVE_ENDINGS = frozenset({"'s", "\u2019s"})


@reports(NOUN_NUMBER)
def plural_apostrophe(analysis: Analysis) -> Iterator[Finding]:
    tokens = analysis.tokens
    for index, mark in enumerate(tokens):
        if mark.lower not in _POSSESSIVE_ENDINGS or mark.tag != "POS" or index == 0:
            continue
        noun = tokens[index - 1]
        if (
            noun.tag != "NN"
            or noun.sentence != mark.sentence
            or noun.end != mark.start
            or not noun.text.isalpha()
            or not noun.text.islower()
            or len(noun.text) < 3
            or noun.ent_type
        ):
            continue
        plural = lexicon.written_plural(noun.lemma)
        if plural is None or not _ends_its_phrase(analysis, index):
            continue
        if _elliptical(analysis, index - 1):
            continue
        fix = match_case(plural, noun.text)
        yield NOUN_NUMBER.finding(
            noun.start,
            mark.end,
            f'"{noun.text}{mark.text}" is a possessive, but nothing after it belongs to the '
            f'{noun.text}; an apostrophe never makes a plural: "{fix}"',
            [fix, noun.text],
        )


def _ends_its_phrase(analysis: Analysis, index: int) -> bool:
    """Nothing owned follows: a conjunction (not another possessive), a clause opener,
    or the end of the sentence."""
    tokens = analysis.tokens
    following = next_word(tokens, index)
    if following is None:
        return index + 1 < len(tokens) and tokens[index + 1].text in (".", "!", "?", ";")
    if following.tag == "IN" and following.lower in ("that", "because", "since", "while"):
        return True
    if following.tag != "CC":
        return False
    ahead = tokens[index + 2 : index + 6]
    return not any(
        t.lower in _POSSESSIVE_ENDINGS or t.text in ("'", "\u2019") or t.tag == "PRP$"
        for t in ahead
    )  # "my mentor's and my own mistakes": a second owner shares the noun


def _elliptical(analysis: Analysis, noun: int) -> bool:
    """ "than the surgeon's", "at my aunt's": the owned noun is understood."""
    tokens = analysis.tokens
    j = noun - 1
    while j >= 0 and tokens[j].sentence == tokens[noun].sentence and noun - j <= 4:
        word = tokens[j]
        if word.lower in _ELLIPSIS:
            return True
        if word.pos not in ("DET", "ADJ", "PRON", "NUM") and word.tag != "PRP$":
            return False
        j -= 1
    before = previous_word(tokens, noun)
    return before is None
