"""Where English allows a singular countable noun without a determiner.

The missing-article rule (missing_article.py) asks these before it speaks: a
determiner the parser hung elsewhere, a fixed phrase ("at home", "on call", "day by
day"), a role one person holds ("became chief resident"), a name or a label ("bed 4"),
a clinical mass use ("she described tremor, thirst and fatigue", "a loop of bowel").
"""

from __future__ import annotations

from psassist.checks.analysis import Analysis
from psassist.checks.learner import lexicon
from psassist.checks.learner.syntax import child_deps, next_word, plain, previous_word

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
_GENERIC = frozenset({"man", "mankind", "humankind", "womankind"})


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
    window = tokens[max(0, index - 3) : index + 4]
    if sum(1 for t in window if t.lemma == token.lemma) > 1:
        return True  # "day by day", "from patient to patient", "face to face"
    following = next_word(tokens, index)
    return following is not None and (following.like_num or plain(following) == "'s")


def counted_or_named(analysis: Analysis, index: int) -> bool:
    """ "bed 4", "Step 1", a noun inside a name or title, a verb-noun idiom."""
    tokens = analysis.tokens
    token = tokens[index]
    if token.ent_type in ("ORG", "WORK_OF_ART", "PERSON", "FAC", "EVENT", "LAW", "GPE"):
        return True
    previous = previous_word(tokens, index)
    return previous is not None and previous.text[:1].isupper() and previous.pos == "PROPN"


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


def in_hyphenated_compound(text: str, start: int, end: int) -> bool:
    """Part of a hyphenated modifier ("below-knee amputation"), not a noun on its own."""
    return text[start - 1 : start] == "-" or text[end : end + 1] == "-"
