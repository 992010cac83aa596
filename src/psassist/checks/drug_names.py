"""Drug names, generic and brand, from the drug-named-entity-recognition package.

Fast Data Science's package (MIT; data from DrugBank's CC0 open data, MeSH, Medline Plus,
the NHS and Wikipedia) holds about 100,000 names and synonyms. Unpickling it takes
seconds, so the single-word names are extracted once into psassist's cache, per package
version, and read from there afterwards.
"""

from __future__ import annotations

import bz2
import functools
import pickle
from importlib import metadata, resources
from pathlib import Path

from psassist import locations

PACKAGE = "drug-named-entity-recognition"
SOURCE = (
    "drug-named-entity-recognition by Fast Data Science (MIT; DrugBank open data CC0, "
    "MeSH, Medline Plus, NHS, Wikipedia), https://pypi.org/project/"
    "drug-named-entity-recognition/"
)
#: Shorter synonyms are mostly abbreviations ("apap", "sone") that hide misspellings.
_MIN_LENGTH = 5
#: How many of the most frequent English words a drug name must not be one typo away from.
_COMMON_WORDS = 40000


def _cache_file() -> Path:
    try:
        version = metadata.version(PACKAGE)
    except metadata.PackageNotFoundError:
        version = "absent"
    return locations.cache_dir() / "lexicon" / f"drug-names-{version}.txt"


def _extract() -> list[str]:
    data = resources.files("drug_named_entity_recognition").joinpath("drug_ner_dictionary.pkl.bz2")
    with data.open("rb") as raw, bz2.open(raw) as handle:
        # The package's own data file, installed from PyPI like the code that reads it.
        table = pickle.load(handle)
    names = set()
    for variant in table.get("drug_variant_to_canonical", {}):
        word = str(variant).strip().lower()
        if len(word) >= _MIN_LENGTH and word.isalpha() and word.isascii():
            names.add(word)
    return sorted(_without_typo_lookalikes(names))


def _without_typo_lookalikes(names: set[str]) -> set[str]:
    """Drop brand names one typo from a common word ("relif", "mentol", "pancrease").

    Accepting them would let the writer's typo of that word pass as a drug name. A
    letter missing, added or changed shows as a shared deletion (at the same place for a
    changed letter), which is cheap to index; swapped letters are tried directly.
    """
    from wordfreq import top_n_list

    common = set(top_n_list("en", _COMMON_WORDS))
    common_deletes = {d for word in common for d in _deletes(word)}
    shorter_by_one = {d for d, _ in common_deletes}

    def lookalike(name: str) -> bool:
        deletes = _deletes(name)
        swaps = {name[:i] + name[i + 1] + name[i] + name[i + 2 :] for i in range(len(name) - 1)}
        return (
            name in shorter_by_one
            or any(d in common for d, _ in deletes)
            or bool(deletes & common_deletes)
            or bool(swaps & common)
        )

    return {name for name in names if name in common or not lookalike(name)}


def _deletes(word: str) -> set[tuple[str, int]]:
    """Each way to drop one letter, with the place it was dropped from."""
    return {(word[:i] + word[i + 1 :], i) for i in range(len(word))}


@functools.cache
def drug_names() -> frozenset[str]:
    """Lower-case single-word drug names; empty if the package is missing."""
    cache = _cache_file()
    try:
        return frozenset(cache.read_text(encoding="utf-8").split())
    except OSError:
        pass
    try:
        names = _extract()
    except (ModuleNotFoundError, OSError, pickle.UnpicklingError, EOFError):
        return frozenset()
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        partial = cache.with_suffix(".partial")
        partial.write_text("\n".join(names) + "\n", encoding="utf-8")
        partial.replace(cache)
    except OSError:
        pass  # a read-only cache only costs the next run the same few seconds
    return frozenset(names)
