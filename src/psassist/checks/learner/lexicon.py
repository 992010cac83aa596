"""Noun countability for the learner rules, from kept packages and a curated list.

- lemminflect (MIT) carries the NIH SPECIALIST lexicon's inflections: a noun listed with
  no plural but itself can be uncountable, one with only a distinct plural is count-only.
- wordfreq (Apache-2.0 code; its frequency data is CC BY-SA 4.0 and stays in the
  installed package, nothing is copied here) tells how often each form is written: a
  plural that is almost never written ("knowledges") marks an uncountable noun.
- data/countability.toml corrects both for the words applicants actually use.

Everything is looked up per word and cached, and the packages load on first use, so a
text without nouns pays nothing and a warm check pays a dictionary lookup per noun.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from importlib import resources
from typing import Any

from psassist.checks.frequency import zipf
from psassist.engines.ngrams import pair_counts

#: A plural written less often than this (Zipf scale: 1 = once per 100 million words)...
RARE_PLURAL_ZIPF = 2.6
#: ...and at least this much rarer than its singular (2.2 ≈ 160 times) is an error form.
RARE_PLURAL_GAP = 2.2
#: Below this the singular itself is too rare for its plural's rarity to mean anything.
COMMON_SINGULAR_ZIPF = 3.3
#: A count-only noun whose plural is written at least this often is safely countable...
USED_PLURAL_ZIPF = 2.5
#: ...and at least a sixteenth as often as its singular ("oil": no, "doctor": yes).
COUNT_PLURAL_GAP = 1.2
#: A rarer count-only noun ("radiologist") counts when its plural is written at least
#: this often and nearly as often as its singular (a quarter as often).
RARE_COUNT_PLURAL_ZIPF = 1.5
RARE_COUNT_PLURAL_GAP = 0.6


@dataclass(frozen=True)
class CuratedLists:
    uncountable: frozenset[str]
    article_with_modifier: frozenset[str]
    countable_plurals: frozenset[str]
    countable: frozenset[str]
    bare_groups: frozenset[str]
    unique_roles: frozenset[str]
    bare_after: dict[str, frozenset[str]]
    bare_objects: dict[str, frozenset[str]]
    #: Latin plurals English keeps, each with its singular ("media" -> "medium").
    latin_plurals: dict[str, str]


@functools.cache
def curated() -> CuratedLists:
    text = (
        resources.files("psassist.checks.learner")
        .joinpath("data", "countability.toml")
        .read_text("utf-8")
    )
    data: dict[str, Any] = tomllib.loads(text)
    return CuratedLists(
        uncountable=frozenset(data["uncountable"]),
        article_with_modifier=frozenset(data["article_with_modifier"]),
        countable_plurals=frozenset(data["countable_plurals"]),
        countable=frozenset(data["countable"]),
        bare_groups=frozenset(data["bare_groups"]),
        unique_roles=frozenset(data["unique_roles"]),
        bare_after={k: frozenset(v) for k, v in data["bare_after"].items()},
        bare_objects={k: frozenset(v) for k, v in data["bare_objects"].items()},
        latin_plurals=dict(data["latin_plurals"]),
    )


@functools.lru_cache(maxsize=8192)
def _noun_forms(lemma: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(singular forms, plural forms) lemminflect knows for a noun lemma."""
    import lemminflect

    forms = lemminflect.getAllInflections(lemma, upos="NOUN")
    return tuple(forms.get("NN", ())), tuple(forms.get("NNS", ()))


def is_uncountable(lemma: str) -> bool:
    """Curated uncountable: 'a/an' before it is wrong whatever the context."""
    return lemma in curated().uncountable


def is_countable(lemma: str) -> bool:
    """Count-only in SPECIALIST, with a plural people actually write (doctor, patient)."""
    lists = curated()
    if lemma in lists.countable:
        return True
    if lemma in lists.uncountable or lemma in lists.bare_groups:
        return False
    singulars, plurals = _noun_forms(lemma)
    if lemma not in singulars or not plurals or lemma in plurals:
        return False
    plural_zipf = max(zipf(p) for p in plurals)
    gap = zipf(lemma) - plural_zipf
    if plural_zipf >= RARE_COUNT_PLURAL_ZIPF and gap <= RARE_COUNT_PLURAL_GAP:
        return True  # a rarer role or thing, written in the plural nearly as often
    return plural_zipf >= USED_PLURAL_ZIPF and gap <= COUNT_PLURAL_GAP


#: A noun the lexicon also lists as a mass noun is still counted in practice when its
#: plural is written at least this nearly as often (Zipf gap; 0.8 = a sixth as often).
MOSTLY_COUNTED_GAP = 0.8


def is_mostly_countable(lemma: str) -> bool:
    """Countable or used as one ("situation", "chance"): trust it only where the context
    (an adjective, a role after "become") already says a single thing is meant."""
    if is_countable(lemma):
        return True
    lists = curated()
    if lemma in lists.uncountable or lemma in lists.bare_groups:
        return False
    singulars, plurals = _noun_forms(lemma)
    distinct = [p for p in plurals if p != lemma]
    if lemma not in singulars or not distinct:
        return False
    return zipf(lemma) - max(zipf(p) for p in distinct) <= MOSTLY_COUNTED_GAP


def latin_singular(plural: str) -> str | None:
    """The singular of a Latin plural English keeps ("criteria" -> "criterion"), or None."""
    return curated().latin_plurals.get(plural)


def singular_of_uncountable_plural(word: str, lemma: str) -> str | None:
    """The singular when `word` is a plural English does not use ("advices" -> "advice")."""
    lists = curated()
    lower = word.lower()
    if lower in lists.countable_plurals or lower == lemma or not lower.endswith("s"):
        return None
    if lemma in lists.uncountable:
        return lemma
    if lower[:-1] in lists.latin_plurals:
        return lower[:-1]  # "medias": the web's Spanish and French "medias" hide the error
    singulars, plurals = _noun_forms(lemma)
    if lemma not in singulars:
        return None
    mass_possible = lemma in plurals or not any(p.endswith("s") for p in plurals)
    if not mass_possible:
        return None
    singular_zipf = zipf(lemma)
    plural_zipf = zipf(lower)
    if (
        singular_zipf >= COMMON_SINGULAR_ZIPF
        and plural_zipf < RARE_PLURAL_ZIPF
        and singular_zipf - plural_zipf > RARE_PLURAL_GAP
    ):
        return lemma
    return None


#: A noun listed as its own plural ("fish", "sheep") is counted without -s when its -s
#: plural is written this much less often (Zipf) than the singular.
ZERO_PLURAL_GAP = 1.0
#: A count-only noun whose plural is written this much less often is mostly a mass noun.
MASS_USE_GAP = 1.8
#: A noun written in the plural at least this nearly as often as in the singular is
#: counted in practice whatever the lexicon lists ("things", "kids", "reasons").
PLURAL_IN_USE_GAP = 0.2


#: Plurals the SPECIALIST lexicon lists under another lemma.
_IRREGULAR_PLURALS = {"person": "people"}


def written_plural(lemma: str) -> str | None:
    """The plural writers use for a countable noun, or None if it is not counted.

    None for curated uncountables and groups, for nouns that are their own plural
    ("sheep", "series") and for nouns whose plural is too rare to be the usual fix.
    """
    lists = curated()
    if lemma in lists.uncountable or lemma in lists.bare_groups:
        return None
    if lemma in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[lemma]
    singulars, plurals = _noun_forms(lemma)
    distinct = [p for p in plurals if p != lemma]
    if lemma not in singulars or not distinct:
        return None
    best = max(distinct, key=zipf)
    gap = zipf(lemma) - zipf(best)
    if lemma in lists.countable:
        return best
    if gap > (ZERO_PLURAL_GAP if lemma in plurals else MASS_USE_GAP):
        return None
    return best


def is_count_only(lemma: str) -> bool:
    """Counted in every sense a writer is likely to mean: "a lot of patient" is wrong,
    where "a lot of experience" is right because experience is also a mass noun."""
    plural = written_plural(lemma)
    if plural is None:
        return False
    if lemma in curated().countable:
        return True
    _, plurals = _noun_forms(lemma)
    gap = zipf(lemma) - zipf(plural)
    return gap <= PLURAL_IN_USE_GAP or (lemma not in plurals and gap <= ZERO_PLURAL_GAP)


def is_usually_plural(lemma: str) -> bool:
    """Written in the plural at least about as often as in the singular ("students")."""
    plural = written_plural(lemma)
    return plural is not None and zipf(lemma) - zipf(plural) <= PLURAL_IN_USE_GAP


def is_plural_form(word: str, lemma: str) -> bool:
    """`word` is a plural of `lemma` and not also a singular ("cars", not "series")."""
    lower = word.lower()
    if lower == lemma or lower in curated().countable_plurals:
        return False
    singulars, plurals = _noun_forms(lemma)
    return lemma in singulars and lower in plurals and lower not in singulars


@functools.lru_cache(maxsize=8192)
def readings(word: str) -> frozenset[str]:
    """The parts of speech (UPOS) lemminflect knows `word` as."""
    import lemminflect

    return frozenset(lemminflect.getAllLemmas(word.lower()))


def written_uncounted(noun: str) -> bool:
    """ "a lot of debate": web English writes "much debate" over 100,000 times
    (`engines.ngrams`), so the noun is used uncounted too and the singular is right."""
    counts = pair_counts()
    return counts is not None and counts.pair("much", noun) > 0


#: Below this share of its uses with "a"/"an" in web English, a singular noun is mostly
#: written uncounted ("service" 1.7 %, "experience" 0.9 %; "car" 3.3 %, "doctor" 8.5 %).
COUNTED_SHARE = 0.018


def rarely_counted(noun: str) -> bool:
    """ "value teaching as much as service": web English seldom writes "a service", so a
    bare "service" is more likely right than a missing article."""
    counts = pair_counts()
    if counts is None or not counts.word(noun):
        return False
    counted = max(counts.pair("a", noun), counts.pair("an", noun))
    return counted < COUNTED_SHARE * counts.word(noun)


def reads_as_plural(word: str) -> bool:
    """ "taxis" tagged singular: the word is the plural of another noun, so a plural
    determiner before it is right."""
    for lemma in readings_lemmas(word):
        if lemma != word.lower() and is_plural_form(word, lemma):
            return True
    return False


def readings_lemmas(word: str) -> tuple[str, ...]:
    """The noun lemmas lemminflect gives `word`."""
    import lemminflect

    return tuple(lemminflect.getAllLemmas(word.lower()).get("NOUN", ()))
