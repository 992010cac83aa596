"""Compound modifiers that need a hyphen before the noun they describe ("a 12-hour shift").

Learners write "a 12 hour shift", "a first generation student", "a stress related illness".
US style (AP, Chicago) hyphenates such a modifier only *before* a noun, never after a verb
("the shift lasted 12 hours"), and never after an -ly adverb ("a highly motivated student").
Open compounds that US style accepts ("high school student", "health care") are left
alone: the rule only joins patterns the style guides name, and only when spaCy's parse
says the words modify a noun that follows.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from psassist.checks.analysis import Analysis, Token
from psassist.checks.learner.words import neighbour, word_set
from psassist.checks.registry import define, reports
from psassist.findings import Category, Example, Finding, Needs, Severity, Source

COMPOUND_HYPHEN = define(
    "grammar.compound-hyphen",
    Category.GRAMMAR,
    Severity.WARNING,
    "Compound modifier without a hyphen",
    "Before a noun, words that describe it together take a hyphen (a 12-hour shift, a "
    "first-generation student, a well-known physician); a US reader notices when it is "
    "missing. A warning until its precision is measured: the parse can misjudge what the "
    "words modify.",
    sources=(
        Source(
            "AP Stylebook and Chicago Manual of Style 7.86 on compound modifiers, as quoted "
            'in "Hyphenating Compound Modifiers with Words Ending in -ly"',
            "https://dragoman.ist/compound-modifiers-with-words-ending-in-ly/",
        ),
        Source(
            'GrammarBook, "Hyphens with Numbers"',
            "http://data.grammarbook.com/blog/numbers/hyphens-with-numbers/",
        ),
        Source(
            'Erin Wright, "Hyphenate Numbers with Units of Time"',
            "https://erinwrightwriting.com/hyphenate-numbers-with-units-of-time/",
        ),
        Source(
            'ProofreadNOW, "More Compound Adjectives" (noun + adjective: cost-effective)',
            "https://www.proofreadnow.com/blog/bid/78313/more-compound-adjectives",
        ),
        Source(
            'Papercheck Writing Style Guide, "Adjectives, Adverbs, and Nouns" (ordinal + noun '
            "+ noun: third-floor apartment)",
            "https://writing-style-guide.papercheck.com/index.php?title=Adjectives,_Adverbs,_and_Nouns&oldid=47",
        ),
        Source(
            "Bright Hub, hyphens with well/ill/better and participles",
            "http://www.brighthub.com/education/languages/articles/26834.aspx",
        ),
    ),
    example=Example(
        flag="I worked a 12 hour shift in the emergency room.",
        near_miss="The shift in the emergency room lasted 12 hours.",
    ),
    needs=Needs.PARSER,
    replaces=True,
)

#: Units that make "<number> <unit>" one modifier: a 12-hour shift, a 500-bed hospital.
_UNITS = word_set("""
second minute hour day night week month year semester decade century mile kilometer meter
foot inch pound kilogram bed page member step point credit
""")
_ORDINALS = word_set("""
first second third fourth fifth sixth seventh eighth ninth tenth 1st 2nd 3rd 4th 5th 6th
""")
#: Nouns that name a rank in a series, so ordinal + noun is one modifier ("a first-year
#: resident", "second-line therapy"). Any other noun after an ordinal belongs to the noun
#: phrase it ranks: "his first bone marrow biopsy" is the first of his biopsies.
_RANKED = word_set("""
generation year line degree floor row trimester semester grade quarter round order tier
party
""")
#: Adjectives that join a noun before them into one modifier: "drug-resistant",
#: "cost-effective", "HIV-positive", "gluten-free".
_NOUN_ADJECTIVES = word_set("""
resistant free effective intensive sensitive dependent specific positive negative friendly
tolerant deficient proof
""")
_DEGREE_ADVERBS = frozenset({"well", "ill", "better", "best", "lesser", "little"})
#: Modifiers the style guides hyphenate before a noun; other adjective + noun pairs
#: ("high school student") are open compounds and stay unflagged.
_FIXED = (
    ("full", "time"),
    ("part", "time"),
    ("long", "term"),
    ("short", "term"),
    ("high", "quality"),
    ("low", "income"),
    ("high", "income"),
    ("middle", "income"),
    ("low", "cost"),
    ("high", "risk"),
    ("low", "risk"),
    ("real", "world"),
    ("middle", "class"),
    ("working", "class"),
    ("last", "minute"),
    ("end", "stage"),
    ("large", "scale"),
    ("small", "scale"),
    ("open", "ended"),
    ("hands", "on"),
    ("open", "minded"),
    ("like", "minded"),
    ("kind", "hearted"),
    ("warm", "hearted"),
    ("one", "on", "one"),
    ("face", "to", "face"),
    ("day", "to", "day"),
    ("end", "of", "life"),
    ("up", "to", "date"),
    ("state", "of", "the", "art"),
)
_FIXED_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _phrase in _FIXED:
    _FIXED_BY_FIRST.setdefault(_phrase[0], []).append(_phrase)
_NOUNISH = frozenset({"NOUN", "PROPN"})


def _spaced(analysis: Analysis, words: list[Token]) -> bool:
    """The words are separated by exactly one space each (not already hyphenated)."""
    return all(analysis.text[a.end : b.start] == " " for a, b in pairwise(words))


def _noun_follows(analysis: Analysis, last: Token, index: int) -> bool:
    """A noun comes next, maybe after one adjective ("a 12 hour night shift")."""
    following = neighbour(analysis, index, 1)
    if following is not None and following.pos == "ADJ":
        following = neighbour(analysis, index, 2)
    return following is not None and following.pos == "NOUN" and following.tag != "VBG"


def _modifies_right(analysis: Analysis, token: Token, index: int) -> bool:
    """The parse attaches the token to a noun on its right (a modifier, not an object)."""
    return token.head > index and analysis.tokens[token.head].pos in _NOUNISH


def _numeric(analysis: Analysis, i: int, token: Token) -> int | None:
    """ "12 hour shift": a number and a singular unit before a noun; returns the last index."""
    unit = neighbour(analysis, i, 1)
    if token.tag != "CD" or unit is None or unit.lower not in _UNITS or unit.tag != "NN":
        return None
    if token.lower in {"one", "1"} and i > 0 and analysis.tokens[i - 1].lower in {"the", "this"}:
        return None  # "the one day I remember"
    before = neighbour(analysis, i, -1)
    if token.lower == "one" and (before is None or before.lower not in {"a", "an"}):
        return None  # "One night nurses called", "I will one day work": a time, not a modifier
    old = neighbour(analysis, i, 2)
    if old is not None and old.lower == "old" and unit.lower in {"year", "month", "week", "day"}:
        return i + 2 if _noun_follows(analysis, old, i + 2) else None
    return i + 1 if _modifies_right(analysis, unit, i + 1) else None


def _ordinal(analysis: Analysis, i: int, token: Token) -> int | None:
    """ "first generation student": an ordinal and a noun that together modify a noun."""
    noun = neighbour(analysis, i, 1)
    if token.lower not in _ORDINALS or noun is None or noun.tag != "NN":
        return None
    if noun.lower not in _RANKED or noun.dep != "compound":
        return None
    return i + 1 if _modifies_right(analysis, noun, i + 1) else None


def _participle(analysis: Analysis, i: int, token: Token) -> int | None:
    """ "stress related illness", "life saving treatment": noun + participle before a noun."""
    participle = neighbour(analysis, i, 1)
    if token.tag != "NN" or participle is None or participle.tag not in {"VBN", "VBG"}:
        return None
    if token.head != i + 1 or participle.dep not in {"amod", "compound"}:
        return None
    after = neighbour(analysis, i, 2)
    if after is None or after.pos != "NOUN" or participle.head != i + 2:
        return None
    return i + 1


def _noun_adjective(analysis: Analysis, i: int, token: Token) -> int | None:
    """ "drug resistant tuberculosis", "cost effective care": noun + adjective before a noun."""
    adjective = neighbour(analysis, i, 1)
    if token.tag not in {"NN", "NNP"} or adjective is None or adjective.tag != "JJ":
        return None
    if adjective.lower not in _NOUN_ADJECTIVES or not _modifies_right(analysis, adjective, i + 1):
        return None
    if token.head not in (i + 1, adjective.head):
        return None  # the noun belongs elsewhere: "the test negative results" is not one idea
    after = neighbour(analysis, i, 2)
    return i + 1 if after is not None and after.pos == "NOUN" and after.tag != "VBG" else None


def _degree(analysis: Analysis, i: int, token: Token) -> int | None:
    """ "well known physician": well/ill/better + participle or adjective before a noun."""
    word = neighbour(analysis, i, 1)
    if token.lower not in _DEGREE_ADVERBS or token.pos != "ADV" or word is None:
        return None
    before = neighbour(analysis, i, -1)
    if before is not None and before.lower == "as":
        return None  # "as well trained staff" is "as well as"
    if word.tag not in {"VBN", "JJ"} or token.head != i + 1 or word.dep != "amod":
        return None
    return i + 1 if _modifies_right(analysis, word, i + 1) else None


def _fixed(analysis: Analysis, i: int, token: Token) -> int | None:
    """A listed modifier ("full time", "end of life") followed by the noun it describes."""
    for phrase in _FIXED_BY_FIRST.get(token.lower, ()):
        last = i + len(phrase) - 1
        words = [neighbour(analysis, i, k) for k in range(len(phrase))]
        if any(w is None or w.lower != p for w, p in zip(words, phrase, strict=True)):
            continue
        before = neighbour(analysis, i, -1)
        if before is not None and before.lower in {"from", "to"}:
            continue  # "from day to day"
        tail = analysis.tokens[last]
        if len(phrase) == 2 and tail.head <= last:
            continue  # "I work full time": the parse ties it to the verb
        if _noun_follows(analysis, tail, last):
            return last
    return None


#: Words that can start a pattern besides numbers and singular nouns.
_FIRST_WORDS = _ORDINALS | _DEGREE_ADVERBS | frozenset(_FIXED_BY_FIRST)
_PATTERNS = (_numeric, _ordinal, _participle, _noun_adjective, _degree, _fixed)


@reports(COMPOUND_HYPHEN)
def check_compound_hyphens(analysis: Analysis) -> Iterator[Finding]:
    tokens = analysis.tokens
    for i, token in enumerate(tokens):
        if token.tag not in {"CD", "NN", "NNP"} and token.lower not in _FIRST_WORDS:
            continue  # cheap test first: most tokens start no pattern
        if analysis.text[token.start - 1 : token.start] in ("-", "\u2010", "\u2011"):
            continue  # "a 400-bed teaching hospital": the word ends a compound already joined
        for pattern in _PATTERNS:
            last = pattern(analysis, i, token)
            if last is None:
                continue
            words = tokens[i : last + 1]
            if not _spaced(analysis, words):
                break
            joined = "-".join(w.text for w in words)
            noun = next((t for t in tokens[last + 1 : last + 3] if t.pos == "NOUN"), None)
            described = f' "{noun.text}"' if noun is not None else " the noun after it"
            yield COMPOUND_HYPHEN.finding(
                words[0].start,
                words[-1].end,
                f'"{analysis.text[words[0].start : words[-1].end]}" describes{described} as '
                f'one idea, so before the noun it takes hyphens: "{joined}". After a verb '
                'it needs none ("the shift lasted 12 hours").',
                [joined],
            )
            break
