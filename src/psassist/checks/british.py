"""British spelling: only where the US form is the same word, spelled the US way.

"successfull" is not the British form of "successful": British English doubles a final
l only before a suffix that starts with a vowel (travelled, counselling). Each pattern
here is one of the systematic British/American differences, at the place in a word where
it occurs, as listed in Wikipedia, "American and British English spelling differences"
(https://en.wikipedia.org/wiki/American_and_British_English_spelling_differences).
The American form must also be a word the US speller knows.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

#: (British pattern, American replacement); each pattern matches where the difference is.
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), american)
    for pattern, american in (
        (r"is(?=(e|es|ed|ing|er|ers|ation|ations|ational)$)", "iz"),  # organise, realisation
        (r"ys(?=(e|es|ed|ing|er|ers)$)", "yz"),  # analyse, paralysed
        (r"(?<=[a-z]{2})our(?=(|s|ed|ing|ite|ites|ful|able|ably|less|er|ers)$)", "or"),
        (r"tre(?=(|s|d)$)", "ter"),  # centre, litre, theatre, centred
        (r"(?<=[a-z])ae(?=[a-z]{2})", "e"),  # paediatrics, anaemia, haemorrhage
        (r"(?<=[a-z])oe(?=[a-z])", "e"),  # oedema, oesophagus, diarrhoea
        (r"^oe(?=[a-z]{3})", "e"),  # oedema
        (r"ogue(?=(|s)$)", "og"),  # catalogue, dialogue
        (r"(?<=[aeiou])ll(?=(ed|ing|er|ers|or|ors|ation|ations)$)", "l"),  # travelled
        (r"(?<=[a-z])l(?=(|s|ment|ments|ful|fully)$)", "ll"),  # enrol, fulfil, skilful
        # Only these: "expence" or "sentense" are misspellings, not British.
        (r"(?<=^(lic|def|off)en)ce(?=(|s)$)", "se"),  # licence, defence
        (r"(?<=^practi)s(?=(e|es|ed|ing)$)", "c"),  # practise (verb) -> practice
        (r"mme(?=(|s)$)", "m"),  # programme
        (r"gement(?=(|s)$)", "gment"),  # judgement, acknowledgement
        (r"(?<=[a-z]g)eing$", "ing"),  # ageing
    )
)


def american_form(
    word: str, known: Callable[[str], bool], suggestions: Iterable[str] = ()
) -> str | None:
    """The US spelling of this British spelling, or None if it is not one.

    Prefers the engine's own suggestion with that spelling (it keeps the writer's
    capitals), else the form itself when the US speller knows it.
    """
    wanted = {s.lower(): s for s in suggestions}
    lower = word.lower()
    for pattern, american in _PATTERNS:
        for match in pattern.finditer(lower):
            candidate = lower[: match.start()] + american + lower[match.end() :]
            if candidate == lower:
                continue
            if candidate in wanted and known(wanted[candidate]):
                return wanted[candidate]
            styled = _with_case_of(word, candidate)
            if known(styled):
                return styled
    return None


def _with_case_of(original: str, candidate: str) -> str:
    if original.isupper():
        return candidate.upper()
    if original[:1].isupper():
        return candidate[:1].upper() + candidate[1:]
    return candidate
