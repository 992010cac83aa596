"""Numbers and times before a singular noun: does the number count the noun?

Part of grammar.noun-number (noun_number.py). "three month" counts months and wants the
plural; these do not count the noun and stay singular: labels and units ("Step 2 score",
"5 mg", "bed 4"), years, a number inside a modifier of one thing ("an 8 AM meeting", "a
9 to 5 shift", "a 3,000 limit"), a number after a pronoun ("you two lie") and a time named
from now ("these next week", "300 next year").
"""

from __future__ import annotations

from psassist.checks.analysis import Analysis
from psassist.checks.learner.determiners import number_value, words
from psassist.checks.learner.singular_nouns import modifies
from psassist.checks.learner.syntax import child_deps, next_word, previous_word
from psassist.checks.learner.words import TIME_UNITS

#: "these next week", "300 next year": a time named from now, not a count.
_TIME_FROM_NOW = frozenset({"next", "last", "coming", "past"})


def time_from_now(analysis: Analysis, index: int) -> bool:
    """ "start these next week", "300 next year": the time word names when, not how many."""
    tokens = analysis.tokens
    if tokens[index].lower not in TIME_UNITS | {"time", "weekend"}:
        return False
    return any(
        tokens[child].lower in _TIME_FROM_NOW
        for child in child_deps(analysis, index).get("amod", [])
    )


def counts_the_noun(analysis: Analysis, word: int, index: int) -> bool:
    """A number above one counting this noun, not a label, a unit or a year."""
    tokens = analysis.tokens
    number = tokens[word]
    noun = tokens[index]
    value = number_value(number)
    if value is None or value < 2 or not modifies(analysis, word, index):
        return False
    if number.text.isdigit() and len(number.text) == 4:
        return False  # a year
    if noun.lemma in words().after_number or len(noun.text) < 3:
        return False
    if any(tokens[k].pos in ("NOUN", "PROPN") for k in range(word + 1, index)):
        return False  # "our 24 bed unit": the number counts beds (grammar.compound-hyphen)
    if _after_one_article(analysis, word):
        return False  # "an 8 AM meeting", "a 9 to 5 shift", "a 3,000 limit": a modifier
    before = previous_word(tokens, word)
    if before is not None and (
        before.pos in ("NOUN", "PROPN", "SYM", "PRON")
        or before.text in ("$", "#", "£", "€", "/", "-", "+")
        or (
            before.text[:1].isupper()
            and before.start != tokens[analysis.sentences[number.sentence].first_token].start
        )
    ):
        return False  # "Step 2 score", "$5 bill", "bed 4"
    following = next_word(tokens, index)
    return following is None or following.lower not in ("old", "-")


def _after_one_article(analysis: Analysis, word: int) -> bool:
    """ "a" or "an" before the number (across a range or adjectives): the number and the
    noun together describe one thing."""
    tokens = analysis.tokens
    j = word - 1
    while j >= 0 and tokens[j].sentence == tokens[word].sentence:
        token = tokens[j]
        if token.lower in ("a", "an"):
            return True
        if not (
            token.like_num or token.pos == "ADJ" or token.lower in ("to", "by", "-", "and", "or")
        ):
            return False
        j -= 1
    return False
