"""Word lists the learner rules share, loaded once and only when a rule first asks.

Word frequencies come from wordfreq (Apache-2.0 code; its data is CC BY-SA 4.0 and stays
inside the installed package, psassist ships none of it). Inflections come from
lemminflect (MIT). Both are imported lazily: wordfreq's list takes about a second to load.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from psassist.checks.analysis import Analysis, Token


def word_set(words: str) -> frozenset[str]:
    """A set of words written as one spaced string, so long lists stay readable."""
    return frozenset(words.split())


#: Words that make up most run-together pairs ("wentto", "ofthe", "becauseof").
FUNCTION_WORDS = word_set("""
a an the to of in on at for from with by as and or but so if than then that this these
those is are was were be been am has have had do does did not no my your his her its our
their me him us them i you he she we they it can could will would should may might must
""")


#: The present of "be" for each subject pronoun ("I am", "you are", "it is"): the word a
#: missing-be or agreement fix puts after the pronoun.
PRESENT_BE: dict[str, str] = {
    "i": "am",
    "you": "are",
    "he": "is",
    "she": "is",
    "it": "is",
    "we": "are",
    "they": "are",
}

#: The subject pronouns, in lower case.
SUBJECT_PRONOUNS = frozenset(PRESENT_BE)
#: Articles, possessives and demonstratives that can open a subject's noun phrase ("the
#: pain", "my new attending").
PHRASE_OPENERS = word_set("the a an my your his her its our their this that these those")

#: A year as written in a statement: 1990, 2019.
YEAR = re.compile(r"^(19|20)\d\d$")
#: Units a length of time is counted in ("five years", "many months", "a while").
TIME_UNITS = word_set("""
second minute hour day week month year decade century semester term while
""")


def us_form(lemma: str, tag: str) -> str | None:
    """`lemma` in the form of Penn tag `tag` ("counsel", "VBD" -> "counseled"), or None
    when lemminflect does not know it."""
    from lemminflect import getInflection

    forms: Sequence[str] = getInflection(lemma, tag=tag) or ()
    # lemminflect may list the British form first ("counselled", "learnt"): US English
    # prefers the regular -ed form, and of those the one without a doubled consonant.
    if not forms:
        return None
    regular = [f for f in forms if f.endswith("ed")] or list(forms)
    return min(regular, key=len)


def plural_noun(lemma: str) -> str | None:
    """The usual plural of noun `lemma` ("professor" -> "professors"), or None when
    lemminflect knows none. Not `us_form`: lemminflect also lists a mass plural equal to
    the lemma ("professor"), which the shortest-form choice would pick."""
    from lemminflect import getInflection

    forms: Sequence[str] = getInflection(lemma, tag="NNS") or ()
    return next((form for form in forms if form != lemma), None)


def inflect(lemma: str, tag: str) -> str:
    """`lemma` in the form of Penn tag `tag`, or the lemma itself when unknown."""
    return us_form(lemma, tag) or lemma


def neighbour(analysis: Analysis, index: int, step: int) -> Token | None:
    """The token `step` places away in the same sentence, or None."""
    tokens = analysis.tokens
    other = index + step
    if not 0 <= other < len(tokens) or tokens[other].sentence != tokens[index].sentence:
        return None
    return tokens[other]


#: Punctuation that ends a clause or a phrase.
CLAUSE_ENDS = frozenset({",", ";", ":", ".", "!", "?", "\u2014", "--", "(", ")"})


def clause_after(analysis: Analysis, index: int, *, to_subordinator: bool = False) -> list[Token]:
    """The words after token `index` up to the end of its clause: punctuation, or with
    `to_subordinator` the next "that", "if", "because" opening a clause of its own."""
    words: list[Token] = []
    for step in range(1, 40):
        token = neighbour(analysis, index, step)
        if token is None or token.text in CLAUSE_ENDS:
            break
        if to_subordinator and token.pos == "SCONJ" and token.dep == "mark":
            break
        words.append(token)
    return words
