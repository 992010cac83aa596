"""A plural noun after a word that picks out one thing: "a cars", "each students".

One half of grammar.noun-number (noun_number.py defines the rule and builds the
finding). Left alone, because native writers put a plural there on purpose: a plural
that starts a new phrase after a compound ("a service shippers can use", "an exam
students revise for"), a pronoun and its verb ("this costs", "one closes"), "much" as
a pronoun ("not much companies can do"), letter labels ("Division A teams"), a choice
("either numbers changed or ..."), big round numbers ("a zillion things") and the
idioms "a ways off" and "a heads up".
"""

from __future__ import annotations

from dataclasses import dataclass

from psassist.checks.analysis import Analysis, Token
from psassist.checks.learner import lexicon
from psassist.checks.learner.determiners import words
from psassist.checks.learner.syntax import match_case, next_word, previous_word

_DETERMINER_DEPS = frozenset({"det", "amod", "nummod", "quantmod", "predet", "advmod"})
#: Plural numbers that count on their own ("hundreds of times").
_ROUND_NUMBERS = frozenset({"dozen", "hundred", "thousand", "million", "billion"})
#: Words between "a" and a plural that count it themselves ("a zillion things").
_COUNTING_WORDS = _ROUND_NUMBERS | {"couple", "zillion", "gazillion", "bajillion", "few"}
#: Idioms that keep "a" before a plural form: "a ways off", "a heads up".
_A_PLURAL_IDIOMS = {"ways": "", "heads": "up"}
#: Determiners that also stand alone as a subject: "this costs", "one closes".
_PRONOUN_DETERMINERS = frozenset({"this", "that", "one", "much"})
#: Dependencies of a verb heading a clause, which a noun in an object's place never has.
_CLAUSE_DEPS = frozenset({"ROOT", "relcl", "ccomp", "advcl", "dep", "xcomp", "csubj", "pcomp"})


@dataclass(frozen=True)
class NumberSlip:
    """Where the noun's number is wrong, what to say and the fixes."""

    start: int
    end: int
    message: str
    fixes: list[str]


def modifies(analysis: Analysis, word: int, index: int) -> bool:
    """The parse hangs the determiner on this noun (not "these" as a pronoun subject)."""
    token = analysis.tokens[word]
    return token.head == index and token.dep in _DETERMINER_DEPS


def nounlike(token: Token) -> bool:
    """A noun, or a word the parser called an adjective that the lexicon knows as a noun."""
    return token.pos in ("NOUN", "PROPN") or (
        token.pos == "ADJ" and "NOUN" in lexicon.readings(token.text)
    )


def used_as_verb(analysis: Analysis, word: int, index: int) -> bool:
    """ "this costs?", "these cover.", "the old one closes": the determiner is a pronoun
    and the "noun" its verb. The word must read as a verb, the parse must give it the
    place of a clause (not of an object: "we study these subject"), no verb may follow it
    (as in "these measure are") and no preposition may govern the determiner ("in this
    changes" is a noun phrase)."""
    tokens = analysis.tokens
    noun = tokens[index]
    if "VERB" not in lexicon.readings(noun.text) or noun.dep not in _CLAUSE_DEPS:
        return False
    if any(t.pos != "ADV" for t in tokens[word + 1 : index]):
        return False  # only an adverb may stand between a subject and its verb
    before = previous_word(tokens, word)
    if before is not None and before.pos == "ADP":
        return False
    following = index + 1
    while following < len(tokens) and tokens[following].pos == "ADV":
        following += 1
    after = tokens[following] if following < len(tokens) else None
    return after is None or after.pos not in ("VERB", "AUX")


def singular_wanted(analysis: Analysis, word: int, index: int) -> NumberSlip | None:
    """A plural noun after a word that picks out one thing."""
    tokens = analysis.tokens
    noun = tokens[index]
    determiner = tokens[word]
    lower = determiner.lower
    if lower not in words().singular or not modifies(analysis, word, index):
        return None
    if noun.lower in words().plural_in_form or not lexicon.is_plural_form(noun.text, noun.lemma):
        return None
    if _new_phrase_or_label(analysis, word, index):
        return None
    before = previous_word(tokens, word)
    if before is not None and before.lower == "how":
        return None  # "how much detail matters": the verb parsed as the noun
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    if noun.lemma in _ROUND_NUMBERS or (after is not None and after.lower == "ago"):
        return None  # "I did this hundreds of times", "I had one years ago"
    if lower == "that" and (before is None or before.pos != "ADP"):
        return None  # "that" opening a clause ("I knew that patients ...")
    if lower == "one" and before is not None and _one_as_label(before):
        return None  # "the one patients trust", "zero or one children", "season one specials"
    if lower in ("a", "an") and (determiner.dep != "det" or _a_plural_idiom(analysis, index)):
        return None
    if lower in _PRONOUN_DETERMINERS and used_as_verb(analysis, word, index):
        return None
    if lower == "much" and (before is None or before.pos not in ("VERB", "AUX", "ADP")):
        return None  # "not much companies can do", "so much guys": "much" stands alone
    if lower in ("either", "neither") and _offers_a_choice(analysis, index):
        return None  # "either numbers changed or we misread them"
    return _slip(analysis, word, index)


def _new_phrase_or_label(analysis: Analysis, word: int, index: int) -> bool:
    """The determiner and the plural belong to different phrases, or the determiner is a
    label: "a service shippers can use", "a zillion things", "the A pillars"."""
    tokens = analysis.tokens
    determiner = tokens[word]
    between = tokens[word + 1 : index]
    if any(t.tag == "NN" and t.pos == "NOUN" for t in between):
        return True  # "a mistake students make": the singular noun ended the phrase
    if "VERB" in lexicon.readings(tokens[index].text) and any(nounlike(t) for t in between):
        return True  # "the trust a stranger places in us"
    if any(t.lower in _COUNTING_WORDS for t in between):
        return True
    first = tokens[analysis.sentences[determiner.sentence].first_token]
    return determiner.text == "A" and determiner.start != first.start


def _one_as_label(before: Token) -> bool:
    return (
        before.tag in ("DT", "PRP$", "WDT")
        or before.lower in ("only", "or", "to")
        or before.pos in ("NOUN", "PROPN")
    )


def _a_plural_idiom(analysis: Analysis, index: int) -> bool:
    tokens = analysis.tokens
    noun = tokens[index]
    if noun.lower not in _A_PLURAL_IDIOMS:
        return False
    wanted = _A_PLURAL_IDIOMS[noun.lower]
    following = next_word(tokens, index)
    return not wanted or (following is not None and following.lower == wanted)


def _offers_a_choice(analysis: Analysis, index: int) -> bool:
    tokens = analysis.tokens
    last = analysis.sentences[tokens[index].sentence].last_token
    return any(t.lower in ("or", "nor") for t in tokens[index + 1 : last + 1])


def _slip(analysis: Analysis, word: int, index: int) -> NumberSlip:
    tokens = analysis.tokens
    noun = tokens[index]
    determiner = tokens[word]
    lower = determiner.lower
    phrase = analysis.text[determiner.start : noun.start]
    singular = match_case(noun.lemma, noun.text)
    if lower in ("this", "that"):
        plural_word = match_case("these" if lower == "this" else "those", determiner.text)
        fixes = [
            plural_word + analysis.text[determiner.end : noun.start] + noun.text,
            phrase + singular,
        ]
        message = (
            f'"{determiner.text}" points to one thing and "{noun.text}" is plural: write '
            f'"{fixes[0]}" or "{fixes[1]}"'
        )
    elif lower == "much":
        fixes = [match_case("many", determiner.text) + analysis.text[determiner.end : noun.end]]
        message = f'"much" is for uncountable nouns; with "{noun.text}" write "{fixes[0]}"'
    else:
        fixes = [phrase + singular]
        if lower == "another":
            fixes.append(
                match_case("other", determiner.text)
                + analysis.text[determiner.end : noun.start]
                + noun.text
            )
        message = (
            f'"{determiner.text}" goes with one thing, so the noun is singular: '
            + " or ".join(f'"{fix}"' for fix in fixes)
        )
    return NumberSlip(determiner.start, noun.end, message, fixes)
