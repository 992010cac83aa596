"""Real words a letter away from the word meant: "heart decease", "in the adds", "may fell
afraid", "a board range", "cars fore many things", "to safe lives", "rise awareness",
"braking out of", "air population".

Each written word is correct English somewhere ("decease" is death, "adds" a verb, "fell"
the past of "fall", "board" a plank or a committee, "fore" the front, "safe" an
adjective, "rise" a verb with no object, "brake" to slow a car), so a spell checker passes
it. The slot shows which word was meant: a noun modifier before "decease", a determiner
before "adds", a modal before "fell" or "safe", a word of extent after "board", a noun
phrase after "fore", an object after "rise". Findings use grammar.confusable.
"""

from __future__ import annotations

from collections.abc import Iterator

from psassist.checks.analysis import Analysis, Token
from psassist.checks.learner.confusables import CONFUSABLE, confusable_finding
from psassist.checks.learner.syntax import child_deps
from psassist.checks.learner.words import inflect, neighbour, word_set
from psassist.checks.registry import reports
from psassist.findings import Finding

#: The written words this module looks at ("rise" by its lemma).
_WATCHED = word_set("""
decease deceases adds fell board fore safe brake brakes braking braked population
""")


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
    return confusable_finding(
        token, right, '"decease" means death; the word for an illness is "disease"'
    )


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
    return confusable_finding(
        token, "ads", '"adds" is a verb (adds up); short for advertisements is "ads"'
    )


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
    return confusable_finding(
        token, "feel", '"fell" is the past of "fall"; the verb meant is "feel"'
    )


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
    return confusable_finding(token, "broad", '"board" is a plank or a committee; wide is "broad"')


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
    return confusable_finding(token, "for", '"fore" means the front part; the preposition is "for"')


#: Objects that make "safe" after "to" or a modal the verb "save": "to safe lives".
_SAVED_THINGS = word_set("lives life time money energy costs resources")


def _save(analysis: Analysis, i: int, token: Token) -> Finding | None:
    """ "to safe the environment", "could safe his life": an object follows, so the verb
    "save"; "moved to safe places" (an adjective before its noun) is left alone."""
    if token.lower != "safe":
        return None
    before, after = neighbour(analysis, i, -1), neighbour(analysis, i, 1)
    if before is not None and before.lower in {"not", "n't", "never"}:
        before = neighbour(analysis, i, -2)
    if before is None or after is None or before.lower not in _VERB_SLOT - {"do", "does", "did"}:
        return None
    objects = (after.pos in {"DET", "PRON"} and after.tag != "WDT") or after.lower in _SAVED_THINGS
    if not objects or after.lower in {"enough", "and"}:
        return None
    return confusable_finding(
        token, "save", '"safe" is an adjective; to keep from harm or loss is "save"'
    )


#: Nouns of time after "rise" ("rise the next morning"), which are not its object.
_TIME_NOUNS = word_set("morning day night week month year time evening afternoon hour")


def _raise(analysis: Analysis, i: int, token: Token) -> Finding | None:
    """ "should rise the tax", "to rise awareness": "rise" takes no object; "raise" does."""
    if token.lemma != "rise" or token.pos != "VERB" or token.lower.startswith("ros"):
        return None
    objects = child_deps(analysis, i).get("dobj", [])
    if not objects:
        return None
    thing = analysis.tokens[objects[0]]
    if thing.pos not in {"NOUN", "PRON"} or thing.lower in _TIME_NOUNS or thing.tag == "JJS":
        return None
    right = inflect("raise", token.tag)
    return confusable_finding(
        token, right, '"rise" takes no object; to lift or increase something is "raise"'
    )


#: Particles that make "braking" the verb "break": "braking out of", "brake up".
_BREAK_PARTICLES = word_set("out up free through")


def _break(analysis: Analysis, i: int, token: Token) -> Finding | None:
    """ "braking out of your routine": to brake is to slow a vehicle; "break out" was meant."""
    if token.lower not in {"brake", "brakes", "braking", "braked"}:
        return None
    after = neighbour(analysis, i, 1)
    if after is None or after.lower not in _BREAK_PARTICLES:
        return None
    right = {"brake": "break", "brakes": "breaks", "braking": "breaking", "braked": "broke"}
    fixed = right[token.lower]
    return confusable_finding(
        token, fixed, f'to brake is to slow a vehicle; "{fixed} {after.lower}" was meant'
    )


#: What pollutes: "air population" can only be "air pollution".
_POLLUTED = word_set("air noise soil light plastic environmental")


def _pollution(analysis: Analysis, i: int, token: Token) -> Finding | None:
    if token.lower != "population":
        return None
    before, after = neighbour(analysis, i, -1), neighbour(analysis, i, 1)
    if before is None or before.lower not in _POLLUTED:
        return None
    if after is not None and after.pos == "NOUN":
        return None  # "noise population density" is a compound of its own
    return confusable_finding(
        token,
        "pollution",
        '"population" is the people living somewhere; dirt in the air, water or soil is '
        '"pollution"',
    )


_WORDS = (_disease, _ads, _feel, _broad, _for, _save, _raise, _break, _pollution)


@reports(CONFUSABLE)
def check_near_spellings(analysis: Analysis) -> Iterator[Finding]:
    for i, token in enumerate(analysis.tokens):
        if token.lower not in _WATCHED and token.lemma != "rise":
            continue
        for word in _WORDS:
            finding = word(analysis, i, token)
            if finding is not None:
                yield finding
                break
