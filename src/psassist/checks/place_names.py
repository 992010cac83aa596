"""Whether a name spaCy's small model calls a PERSON is really a place.

The small model labels many non-Western places as people ("a farmer from Haryana").
Three kinds of evidence are weighed, none of which alone settles a bare name:

* the words around it: "a farmer from", "born in", "the state of", "Kano State",
  "Giza, Egypt";
* the same words tagged as a place (GPE, LOC) elsewhere in the statement;
* a gazetteer of countries, their first-level subdivisions and capitals, from the
  countryinfo package (MIT; names from Wikipedia; https://pypi.org/project/countryinfo/),
  read in place where it is installed.

Gazetteer names such as Paul, Lola or Chad are also given names, so a gazetteer hit
needs a place preposition before it, or the same name tagged as a place elsewhere.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence

from psassist.checks.analysis import Entity

_PERSON_NOUN = (
    r"(?:farmers?|m[ae]n|wom[ae]n|boys?|girls?|child(?:ren)?|bab(?:y|ies)|mothers?|"
    r"fathers?|teachers?|patients?|students?|workers?|labou?rers?|mechanics?|drivers?|"
    r"shopkeepers?|vendors?|fishermen|fisherman|nurses?|famil(?:y|ies)|people|villagers?|"
    r"gentlem[ae]n|lad(?:y|ies)|grandmothers?|grandfathers?|wi(?:fe|ves)|husbands?|"
    r"sons?|daughters?|refugees?|migrants?|soldiers?|tailors?|herders?|traders?|"
    r"merchants?|housewi(?:fe|ves)|retirees?|pilgrims?|natives?|residents?|survivors?)"
)
_LIVES = r"(?:born|raised|grew up|lived|lives|living|based|hails?|hailed)"
# "came to Ahmed" is a visit to a person; "travelled to Lagos" is a journey.
_ARRIVES = r"(?:came|comes|coming|referred|transferred|moved|travell?ed|travell?ing|migrated)"
# "returned to Ahmed" is back at a bedside, so "returned" is not among them.
_TRAVELS = r"(?:moved|travell?ed|travell?ing|migrated|relocated|flew)"
_PLACE_NOUN = (
    r"(?:state|province|region|governorate|district|county|division|city|capital|town|"
    r"village|country|republic|island|valley|desert|coast|countryside|outskirts|suburbs?)"
)
# "a farmer from", "families in", "born in", "the state of" ("the wife of" names a person).
_PLACE_BEFORE = re.compile(
    rf"(?:\b{_PERSON_NOUN}\s+(?:from|in|near)|\b{_LIVES}\s+(?:in|near|from)|"
    rf"\b{_ARRIVES}\s+from|\b{_TRAVELS}\s+to|"
    rf"\b{_PLACE_NOUN}\s+of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "Kano State", "Punjab province"; and "Giza, Egypt" is checked against the gazetteer.
_PLACE_AFTER = re.compile(rf"\s+{_PLACE_NOUN}\b", re.IGNORECASE)
_THEN_COUNTRY = re.compile(r",\s+(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)")
# Prepositions of place that rarely stand before a person's name...
_IN_OR_NEAR = re.compile(
    r"\b(?:in|near|across|throughout|outside|around|within|all over)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"(?:'s|\u2019s)\b")
_PLACE_LABELS = frozenset({"GPE", "LOC"})


def fold(name: str) -> str:
    """Lower case without accents, so "Sao Paulo" meets "São Paulo"."""
    decomposed = unicodedata.normalize("NFKD", name)
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).lower().split())


@functools.cache
def _place_tables() -> tuple[frozenset[str], frozenset[str]]:
    """(countries, subdivisions and capitals; countries alone), folded, read once (about
    0.3 s); both empty where countryinfo is absent."""
    try:
        from countryinfo import all_countries
    except ImportError:
        return frozenset(), frozenset()
    names: set[str] = set()
    countries: set[str] = set()
    for country in all_countries():
        countries.add(fold(country.name()))
        candidates = [country.name(), *country.provinces(), country.capital()]
        names.update(fold(name) for name in candidates if isinstance(name, str) and name)
    return frozenset(names), frozenset(countries)


def gazetteer() -> frozenset[str]:
    """Country names, first-level subdivisions and capitals, folded; empty if absent."""
    return _place_tables()[0]


def _country_names() -> frozenset[str]:
    return _place_tables()[1]


class PlacesInText:
    """What the whole statement says about which names are places.

    ``tagged``: names the model labels GPE or LOC somewhere (it sometimes labels a
    person so: "a call from Maria" can come out GPE). ``described``: names that place
    words surround at least once ("farmers from Giza"), which then hold for every
    mention ("Giza has few neurologists").
    """

    def __init__(self, text: str, entities: Sequence[Entity]) -> None:
        self.tagged = frozenset(fold(e.text) for e in entities if e.label in _PLACE_LABELS)
        self.described = frozenset(
            fold(e.text)
            for e in entities
            if e.label == "PERSON" and _place_words_around(text, e.start, e.end)
        )


def is_place(
    text: str, start: int, end: int, places: PlacesInText, *, introduced_as_person: bool
) -> bool:
    """Whether the name at text[start:end] is a place rather than a person.

    A name introduced or acting as a patient ("a patient named Jordan", "Jordan was
    admitted") stays a person unless the words around it make it a place outright.
    """
    if _place_words_around(text, start, end):
        return True
    if introduced_as_person or _POSSESSIVE.match(text[end : end + 3]):
        return False
    name = fold(text[start:end])
    if name in places.described:
        return True
    known, tagged = name in gazetteer(), name in places.tagged
    if _IN_OR_NEAR.search(text[max(0, start - 40) : start]):
        return known or tagged
    return known and tagged


def _place_words_around(text: str, start: int, end: int) -> bool:
    """ "a farmer from X", "born in X", "the state of X", "X State", "X, Egypt"."""
    before, after = text[max(0, start - 40) : start], text[end : end + 40]
    if _POSSESSIVE.match(after):
        return False
    return bool(
        _PLACE_BEFORE.search(before) or _PLACE_AFTER.match(after) or _followed_by_country(after)
    )


def _followed_by_country(after: str) -> bool:
    match = _THEN_COUNTRY.match(after)
    return match is not None and fold(match.group("name")) in _country_names()
