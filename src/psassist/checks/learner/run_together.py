"""Two words run together without a space ("wentto", "alot", "infact").

A token counts as run together when it is not an English word (wordfreq has never seen
it, nor the medical vocabulary), it splits into two common words, one of them a
function word ("went"+"to", "because"+"of"), and no common word is one typo away
("importand" is "important" misspelled, not "import and"). That last condition keeps medical
compounds ("cardiooncology"), drug names and surnames out: they do not split into a
function word and a common word. A short list adds run-togethers so common that
wordfreq counts them as words ("alot", "infact", "aswell").
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

from psassist.checks.analysis import Analysis, Token
from psassist.checks.frequency import zipf, zipf_uncached
from psassist.checks.learner.syntax import match_case
from psassist.checks.learner.words import FUNCTION_WORDS
from psassist.checks.registry import define, reports
from psassist.checks.vocabulary import Vocabulary
from psassist.findings import Category, Example, Finding, Severity, Source

RUN_TOGETHER = define(
    "grammar.run-together",
    Category.GRAMMAR,
    Severity.WARNING,
    "Words run together",
    '"alot" and "infact" are two words each; readers take a missing space for '
    "carelessness. A warning until its precision is measured: a rare name can split "
    "into two common words.",
    sources=(
        Source(
            "\"It's 'a lot,' not 'alot'\"",
            "http://superstarwriter.blogspot.com/2011/05/its-lot-not-alot.html",
        ),
        Source(
            'Alexandra Brown Editing, "A mistake that will cost you a lot"',
            "https://alexandrabrownediting.com/a-mistake-that-will-cost-you-a-lot",
        ),
        Source("word frequencies from wordfreq", "https://github.com/rspeer/wordfreq"),
    ),
    example=Example(
        flag="I learned alot from my mentor.",
        near_miss="I learned a lot from my mentor about atorvastatin.",
    ),
    replaces=True,
)

#: Run-togethers common enough online that wordfreq lists them; each is two words in
#: edited English (Merriam-Webster has no entry for any of them).
_KNOWN = {
    "alot": "a lot",
    "infact": "in fact",
    "aswell": "as well",
    "eventhough": "even though",
    "atleast": "at least",
    "eachother": "each other",
    "infront": "in front",
    "ofcourse": "of course",
    "alittle": "a little",
    "inspite": "in spite",
    "thankyou": "thank you",
    "incase": "in case",
    "everytime": "every time",
    "forexample": "for example",
    "ontop": "on top",
    "upto": "up to",
    "noone": "no one",
    "becauseof": "because of",
}
#: Unknown to wordfreq means a Zipf frequency below this (its list stops near 1).
_UNKNOWN_BELOW = 1.0
#: The content half must be at least this common (3.5 = about three per million words).
_COMMON_PART = 3.5
#: A real word one typo away, nearly as common as the split, makes it a misspelling.
_TYPO_MARGIN = 1.0


@functools.cache
def _medical_vocabulary() -> Vocabulary:
    """The built-in and medical word lists, read once (the user's words are not needed:
    a name in them would not split into a function word anyway)."""
    return Vocabulary()


def _is_pair(left: str, right: str) -> bool:
    """Two words, one a function word and the other common."""
    if left in FUNCTION_WORDS:
        return right in FUNCTION_WORDS or zipf(right) >= _COMMON_PART
    return right in FUNCTION_WORDS and zipf(left) >= _COMMON_PART


def _split(word: str) -> tuple[float, str] | None:
    """The best split of `word` into a function word and a common word, with its score
    (the rarer half's Zipf frequency)."""
    lower = word.lower()
    best: tuple[float, str] | None = None
    for cut in range(1, len(lower)):
        left, right = lower[:cut], lower[cut:]
        if left in FUNCTION_WORDS:
            other = right
        elif right in FUNCTION_WORDS:
            other = left
        else:
            continue
        # "I" is always a capital, so "imotions" is not "i motions"; "a" only leads.
        if "i" in (left, right) or right == "a" or len(other) < 3:
            continue
        if zipf(other) < _COMMON_PART:
            continue
        if cut > 1 and lower[cut - 1] == lower[cut] and _is_pair(lower[: cut - 1], right):
            return None  # "donnot": "do not" with a doubled letter, or "don not"?
        score = min(zipf(left), zipf(right))
        if best is None or score > best[0]:
            best = (score, f"{word[:cut]} {word[cut:]}")
    return best


_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _nearest_word(word: str, parts: set[str]) -> float:
    """The Zipf frequency of the commonest word one typo away (not one of the halves).

    "importand" is a typo of "important", not "import and"; "arisky" is one deletion from
    "risky", but that is the split itself.
    """
    cuts = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    variants = {a + b[1:] for a, b in cuts if b}
    variants |= {a + b[1] + b[0] + b[2:] for a, b in cuts if len(b) > 1}
    variants |= {a + c + b[1:] for a, b in cuts if b for c in _LETTERS}
    variants |= {a + c + b for a, b in cuts for c in _LETTERS}
    return max((zipf_uncached(v) for v in variants - parts - {word}), default=0.0)


def _candidate(analysis: Analysis, index: int, token: Token) -> bool:
    if not token.is_alpha or len(token.text) < 4 or token.ent_type:
        return False
    if token.text.isupper() and len(token.text) > 1:
        return False  # an acronym
    if not token.text[:1].isupper():
        return True
    # A capital inside a sentence marks a name; at the start it proves nothing.
    return index == analysis.sentences[token.sentence].first_token


@functools.lru_cache(maxsize=20_000)
def _two_words(word: str) -> str | None:
    """The two words `word` runs together, or None; remembered, since typos repeat."""
    lower = word.lower()
    if lower in _KNOWN:
        return match_case(_KNOWN[lower], word)
    if zipf(lower) >= _UNKNOWN_BELOW or _medical_vocabulary().knows(lower):
        return None
    split = _split(word)
    if split is None:
        return None
    score, fixed = split
    if _nearest_word(lower, set(fixed.lower().split())) >= score - _TYPO_MARGIN:
        return None
    return fixed


@reports(RUN_TOGETHER)
def check_run_together(analysis: Analysis) -> Iterator[Finding]:
    for i, token in enumerate(analysis.tokens):
        if not _candidate(analysis, i, token):
            continue
        fixed = _two_words(token.text)
        if fixed is not None:
            yield RUN_TOGETHER.finding(
                token.start,
                token.end,
                f'"{token.text}" is two words run together: "{fixed}".',
                [fixed],
            )
