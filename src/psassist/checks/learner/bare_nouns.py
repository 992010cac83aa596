"""Where English allows a singular countable noun without a determiner.

The missing-article rule (missing_article.py) asks these before it speaks: a
determiner the parser hung elsewhere, a fixed phrase ("at home", "on call", "day by
day"), a role one person holds ("became chief resident"), a name or a label ("bed 4"),
a clinical mass use ("she described tremor, thirst and fatigue", "a loop of bowel").
"""

from __future__ import annotations

import re

from psassist.checks.analysis import Analysis
from psassist.checks.learner import lexicon
from psassist.checks.learner.syntax import child_deps, next_word, plain, previous_word
from psassist.checks.learner.words import TIME_UNITS

_DETERMINING = frozenset({"det", "poss", "nummod", "predet", "quantmod"})
_ROLE_VERBS = frozenset(
    {
        "become",
        "be",
        "elect",
        "appoint",
        "name",
        "remain",
        "serve",
        "work",
        "join",
        "act",
        "function",
    }
)
_KIND_NOUNS = frozenset(
    {
        "kind",
        "sort",
        "type",
        "form",
        "variety",
        "category",
        "brand",
        "species",
        "class",
        "breed",
        "style",
        "version",
        "level",
        "make",
        "model",
    }
)
#: "a lot of opportunity", "most student": the noun's number is the error, not its article.
_QUANTITY_WORDS = frozenset(
    {
        "lot",
        "lots",
        "number",
        "plenty",
        "most",
        "more",
        "many",
        "several",
        "few",
        "all",
        "other",
        "various",
        "numerous",
        "some",
        "any",
        "each",
        "none",
        "one",
        "both",
        "less",
        "fewer",
        "kinds",
        "types",
        "couple",
        "variety",
        "range",
        "majority",
        "half",
    }
)
#: Words after which the next noun is a typo's victim ("there product", "de idea").
_SUSPECT_BEFORE = frozenset(
    {
        "there",
        "they're",
        "you're",
        "de",
        "teh",
        "hte",
        "th",
        "thier",
        "ur",
        "da",
        "tha",
        "or",
        "and",
        "but",
        "nor",
    }
)
#: "a loop of bowel", "a piece of tissue": the noun after "of" is the mass it is cut from.
_PORTIONS = frozenset(
    {
        "loop",
        "piece",
        "segment",
        "portion",
        "part",
        "section",
        "slice",
        "sample",
        "fragment",
        "layer",
        "bit",
        "length",
        "strip",
        "area",
        "amount",
    }
)
_ORDINALS = frozenset(
    {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"}
    | {"tenth", "eleventh", "twelfth", "1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th"}
)
_LETTER_LABEL = re.compile(r"[A-Z][0-9]?[a-z]?|[0-9][A-Za-z]")
_GENERIC = frozenset({"man", "mankind", "humankind", "womankind"})
#: "by end of week", "this time of year", "at start of shift": a point in a stretch of time.
_POINTS_IN_TIME = frozenset({"end", "start", "beginning", "middle", "close", "time"})
_STRETCHES = TIME_UNITS | {"shift", "quarter", "business", "play", "rotation", "weekend"}
#: Verbs that appoint to a role, where "as chair" and "as mentor" need no article.
_APPOINTING = frozenset({"serve", "appoint", "elect", "name", "nominate", "act", "install"})
#: Endings of nouns for a person's role ("mentor", "liaison" aside, mostly agents).
_ROLE_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "ee", "ary", "ess")
_ROLE_NOUNS = frozenset({"liaison", "mentor", "priest", "chief", "judge", "guide", "witness"})


def determined(analysis: Analysis, index: int) -> bool:
    """It has its own determiner, shares one in a list, or belongs to a possessor."""
    tokens = analysis.tokens
    token = tokens[index]
    deps = child_deps(analysis, index)
    if any(dep in _DETERMINING for dep in deps) or "conj" in deps or token.dep == "conj":
        return True
    if any(tokens[c].dep == "case" for c in deps.get("poss", [])):
        return True
    before = previous_word(tokens, index)
    # A determiner the parser hung elsewhere, a possessive "'s", or an adjective after one.
    for j in range(index - 1, max(-1, index - 5), -1):
        earlier = tokens[j]
        if earlier.sentence != token.sentence:
            break
        if earlier.tag in ("DT", "PRP$", "WP$", "POS", "CD", "PDT") or earlier.lower in (
            "such",
            "per",
            "what",
            "whose",
            "which",
            "either",
            "neither",
            "enough",
            "every",
            "each",
            "another",
            "no",
            "any",
            "that",
            "this",
            "these",
            "those",
        ):
            return True
        if earlier.pos not in ("ADJ", "ADV", "NOUN", "PUNCT", "PROPN", "VERB") or (
            earlier.pos == "VERB" and earlier.tag not in ("VBG", "VBN")
        ):
            break
    return before is not None and plain(before) == "'s"


def fixed_phrase(analysis: Analysis, index: int) -> bool:
    """ "at home", "in person", "kind of patient", "day by day", "served as chair"."""
    tokens = analysis.tokens
    token = tokens[index]
    lists = lexicon.curated()
    if token.lemma in lists.unique_roles or token.lemma in _GENERIC:
        return True
    modifiers = [
        tokens[c] for d in ("amod", "compound") for c in child_deps(analysis, index).get(d, [])
    ]
    if any(m.lemma in lists.unique_roles for m in modifiers):
        return True  # "became chief resident", "head nurse"
    if token.lemma == "grade" and any(m.lower in _ORDINALS for m in modifiers):
        return True  # US school years: "she is in fifth grade"
    head = tokens[token.head]
    if token.dep == "dobj" and token.lemma in lists.bare_objects.get(head.lemma, frozenset()):
        return True
    for adjective in child_deps(analysis, index).get("amod", []):
        if tokens[adjective].lower in _QUANTITY_WORDS or any(
            tokens[c].lower in ("so", "too", "how", "as")
            for c in child_deps(analysis, adjective).get("advmod", [])
        ):
            return True  # "most student", "so unstable trip": the fix is not an article
    before = previous_word(tokens, index)
    if before is not None and plain(before) in _SUSPECT_BEFORE:
        return True
    if token.dep == "pobj":
        if token.lemma in lists.bare_after.get(head.lower, frozenset()):
            return True
        if head.lower == "of" and (
            tokens[head.head].lemma in _KIND_NOUNS or tokens[head.head].lower in _QUANTITY_WORDS
        ):
            return True
    if token.dep in ("attr", "acomp") and head.lemma not in _ROLE_VERBS:
        return True
    if _titled_role(analysis, index) or _point_in_time(analysis, index):
        return True
    if _from_to_pair(analysis, index):
        return True
    window = tokens[max(0, index - 3) : index + 4]
    if sum(1 for t in window if t.lemma == token.lemma) > 1:
        return True  # "day by day", "from patient to patient", "face to face"
    following = next_word(tokens, index)
    return following is not None and (following.like_num or plain(following) == "'s")


def _titled_role(analysis: Analysis, index: int) -> bool:
    """A role held like a title after "as": "served as mentor", "appointed as priest",
    "as director of the program". The noun must name a person's role (a known role noun
    or an agent ending), and "as" must follow a verb that appoints or the role be tied
    to what it is held in; "as psychiatrist, I listen" still lacks its article."""
    tokens = analysis.tokens
    token = tokens[index]
    head = tokens[token.head]
    if token.dep != "pobj" or head.lower != "as":
        return False
    if not (token.lemma in _ROLE_NOUNS or token.lemma.endswith(_ROLE_ENDINGS)):
        return False
    if tokens[head.head].lemma in _APPOINTING:
        return True
    following = next_word(tokens, index)
    return following is not None and following.lower in ("of", "to") and following.head == index


def _from_to_pair(analysis: Analysis, index: int) -> bool:
    """ "from client to server", "from village to city": a pair of bare ends of a range."""
    tokens = analysis.tokens
    token = tokens[index]
    if token.dep != "pobj":
        return False
    preposition = tokens[token.head]
    if preposition.lower == "from":
        partner = next_word(tokens, index)
    elif preposition.lower == "to":
        partner = previous_word(tokens, token.head)
        if partner is not None and partner.dep == "pobj":
            partner = tokens[partner.head]
    else:
        return False
    wanted = "to" if preposition.lower == "from" else "from"
    return partner is not None and partner.lower == wanted


def _point_in_time(analysis: Analysis, index: int) -> bool:
    """ "by end of week", "end of March", "this time of year": set phrases of time."""
    tokens = analysis.tokens
    token = tokens[index]
    head = tokens[token.head]
    if token.dep == "pobj" and head.lower == "of" and token.lower in _STRETCHES:
        return tokens[head.head].lower in _POINTS_IN_TIME
    if token.lower not in _POINTS_IN_TIME - {"time"}:
        return False
    of = next_word(tokens, index)
    stretch = next_word(tokens, index + 1) if of is not None and of.lower == "of" else None
    return stretch is not None and (stretch.lower in _STRETCHES or stretch.ent_type == "DATE")


def counted_or_named(analysis: Analysis, index: int) -> bool:
    """ "bed 4", "Step 1", a noun inside a name or title, a verb-noun idiom."""
    tokens = analysis.tokens
    token = tokens[index]
    if token.ent_type in ("ORG", "WORK_OF_ART", "PERSON", "FAC", "EVENT", "LAW", "GPE"):
        return True
    previous = previous_word(tokens, index)
    if previous is not None and previous.text[:1].isupper() and previous.pos == "PROPN":
        return True
    if _letter_label(analysis, index):
        return True
    first = analysis.sentences[token.sentence].first_token
    j = index - 1
    while j >= max(first, index - 3) and tokens[j].pos in ("NOUN", "PROPN", "ADJ", "NUM", "X"):
        if len(tokens[j].text) == 1 and tokens[j].text.isupper() and tokens[j].text != "I":
            return True  # "Z wave", "B cell count": a letter names the thing
        j -= 1
    return False


def mass_use(analysis: Analysis, index: int) -> bool:
    """A countable noun used as a mass noun, as clinical English does.

    "She described tremor, thirst and fatigue" (the first of a list of findings), "a
    loop of bowel" (after a word for a portion) and "products such as fish meal" (a kind
    named as an example).
    """
    tokens = analysis.tokens
    token = tokens[index]
    if index + 1 < len(tokens) and tokens[index + 1].text == ",":
        after = next_word(tokens, index + 1)
        rest = tokens[index + 1 : analysis.sentences[token.sentence].last_token]
        if (
            after is not None
            and after.pos in ("NOUN", "ADJ")
            and any(t.lower in ("and", "or") for t in rest[:10])
        ):
            return True
    if token.dep == "pobj" and tokens[token.head].lower == "of":
        return tokens[tokens[token.head].head].lemma in _PORTIONS
    if token.dep == "pobj" and tokens[token.head].lower == "as":
        before = previous_word(tokens, token.head)
        return before is not None and before.lower == "such"
    return False


def _letter_label(analysis: Analysis, index: int) -> bool:
    """A letter right after the noun names it ("device A", "side B", "option 2b"); not
    "I", and not "A" opening the next noun phrase."""
    tokens = analysis.tokens
    label = index + 1
    if label >= len(tokens) or tokens[label].sentence != tokens[index].sentence:
        return False
    text = tokens[label].text
    if text == "I" or not _LETTER_LABEL.fullmatch(text):
        return False
    after = next_word(tokens, label)
    return text != "A" or after is None or after.pos not in ("NOUN", "ADJ", "NUM", "PROPN", "ADV")


def in_hyphenated_compound(text: str, start: int, end: int) -> bool:
    """Part of a hyphenated modifier ("below-knee amputation"), not a noun on its own."""
    return text[start - 1 : start] == "-" or text[end : end + 1] == "-"
