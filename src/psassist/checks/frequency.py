"""How common an English word is: wordfreq's Zipf scale, looked up once per word.

Shared by spelling (is a suggestion a common word?) and the learner rules (countability,
run-together words). wordfreq is Apache-2.0; its CC BY-SA 4.0 data stays inside the
installed package and is imported on first use (its list takes about a second to load).
"""

from __future__ import annotations

import functools


@functools.lru_cache(maxsize=50_000)
def zipf(word: str) -> float:
    """Zipf frequency of `word`, case-insensitive (0 unknown, 3 common, 7 "the")."""
    return zipf_uncached(word)


def zipf_uncached(word: str) -> float:
    """The same lookup without the cache, for sweeps over hundreds of made-up variants
    that would only push real words out of it."""
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word.lower(), "en"))
