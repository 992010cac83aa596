"""Real words one letter away from the word meant: "heart decease", "in the adds", "may fell
afraid", "a board range", "cars fore many things".

Each written word is correct English somewhere ("decease" is death, "adds" a verb, "fell"
the past of "fall", "board" a plank or a committee, "fore" the front), so a spell checker
passes it. The slot shows which word was meant: a noun modifier before "decease", a
determiner before "adds", a modal before "fell", a word of extent after "board", a noun
phrase after "fore". Findings use grammar.confusable.
"""

from __future__ import annotations

from collections.abc import Iterator

from psassist.checks.analysis import Analysis, Token
from psassist.checks.learner.confusables import CONFUSABLE
from psassist.checks.learner.syntax import match_case
from psassist.checks.learner.words import neighbour, word_set
from psassist.checks.registry import reports
from psassist.findings import Finding


def _finding(token: Token, right: str, why: str) -> Finding:
    fixed = match_case(right, token.text)
    return CONFUSABLE.finding(token.start, token.end, f'{why}: "{fixed}".', [fixed])


def _disease(analysis: Analysis, i: int, token: Token) -> Finding | None:
    """ "heart decease", "chronic deceases", "decease control": "decease" means death and
    takes no describing word or plural; "his decease", "after the decease of" are right."""
    if token.lower not in {"decease", "deceases"}:
        return None
    before, after = neighbour(analysis, i, -1), neighbour(analysis, i, 1)
    described = before is not None and before.pos in {"ADJ", "NOUN", "PROPN"}
    modifies = after is not None and after.pos == "NOUN" and token.lower == "decease"
    if not (described or modifies) or token.pos == "VERB":
        return None  # "it deceases the value" is another slip ("decreases")
    right = "diseases" if token.lower == "deceases" else "disease"
    return _finding(token, right, '"decease" means death; the word for an illness is "disease"')


#: Words that start a noun phrase: after them "adds" is a noun, so "ads" was meant.
_NOUN_STARTERS = word_set("""
the these those such many several some most all their our my your his her its
""")
#: Of those, the ones that are never a verb's subject or object themselves.
_DETERMINERS_ONLY = word_set("the their our my your")


def _ads(analysis: Analysis, i: int, token: Token) -> Finding | None:
    """ "in the adds", "misleading adds": a noun slot, so the short "advertisements"."""
    if token.lower != "adds":
        return None
    before, after = neighbour(analysis, i, -1), neighbour(analysis, i, 1)
    if before is None:
        return None
    starts = before.lower in _NOUN_STARTERS
    two_before = neighbour(analysis, i, -2)
    described = before.tag == "JJ" and two_before is not None and two_before.lower in _NOUN_STARTERS
    if not (starts or described):
        return None
    if after is not None and after.lower in {"to", "up"}:
        return None  # "all this adds up", "the new drug adds to the cost"
    if before.lower not in _DETERMINERS_ONLY and (
        after is not None and after.pos in {"DET", "PRON", "NUM", "NOUN", "PROPN"}
    ):
        return None  # "this adds to", "the new drug adds two steps": a verb with its object
    return _finding(token, "ads", '"adds" is a verb (adds up); short for advertisements is "ads"')


#: Words after which only a bare verb fits.
_VERB_SLOT = word_set("to will would can could should must may might shall cannot do does did")


def _feel(analysis: Analysis, i: int, token: Token) -> Finding | None:
    """ "may fell afraid", "to fell comfortable": after a modal the verb is bare, and "fell"
    (to cut down) takes a tree, not an adjective; the verb meant is "feel"."""
    if token.lower != "fell":
        return None
    before, after = neighbour(analysis, i, -1), neighbour(analysis, i, 1)
    if before is not None and before.lower in {"not", "n't", "never"}:
        before = neighbour(analysis, i, -2)
    if before is None or after is None or before.lower not in _VERB_SLOT:
        return None
    if not (after.pos in {"ADJ", "ADV"} or after.lower in {"like", "that", "as"}):
        return None
    return _finding(token, "feel", '"fell" is the past of "fall"; the verb meant is "feel"')


#: Nouns of extent that "broad" describes: "a broad range of", "broad knowledge of".
_EXTENT_NOUNS = word_set("range spectrum variety array scope overview")
#: "board knowledge" may be knowledge for board exams; with "of"/"on" after, it is wide.
_KNOWING_NOUNS = word_set("knowledge understanding")


def _broad(analysis: Analysis, i: int, token: Token) -> Finding | None:
    """ "a board range of", "board knowledge on many subjects": wide is "broad"."""
    if token.lower != "board":
        return None
    after, then = neighbour(analysis, i, 1), neighbour(analysis, i, 2)
    if after is None:
        return None
    extent = after.lower in _EXTENT_NOUNS
    knowing = after.lower in _KNOWING_NOUNS and then is not None and then.lower in {"of", "on"}
    if not (extent or knowing):
        return None
    return _finding(token, "broad", '"board" is a plank or a committee; wide is "broad"')


#: Words before "fore" that keep it the front part: "the fore", "its fore legs", "to the fore".
_FRONT_OF = word_set("the a its their his her my our your there to")


def _for(analysis: Analysis, i: int, token: Token) -> Finding | None:
    """ "we need cars fore many things": before a noun phrase the preposition is "for";
    "fore" is the front ("to the fore", "its fore legs", "fore and aft")."""
    if token.lower != "fore":
        return None
    before, after = neighbour(analysis, i, -1), neighbour(analysis, i, 1)
    if before is None or after is None or before.lower in _FRONT_OF:
        return None
    if after.pos not in {"DET", "PRON", "NUM", "ADJ", "PROPN"} and after.tag != "NNS":
        return None
    return _finding(token, "for", '"fore" means the front part; the preposition is "for"')


_WORDS = (_disease, _ads, _feel, _broad, _for)


@reports(CONFUSABLE)
def check_near_spellings(analysis: Analysis) -> Iterator[Finding]:
    for i, token in enumerate(analysis.tokens):
        if token.lower not in {"decease", "deceases", "adds", "fell", "board", "fore"}:
            continue
        for word in _WORDS:
            finding = word(analysis, i, token)
            if finding is not None:
                yield finding
                break
