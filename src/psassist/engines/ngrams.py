"""Web counts of words and word pairs: how often English writers put two words side by side.

Why: a pair of common words that writers almost never write together ("responsible the",
"this animals", "is travel") is a sign that a word is missing or in the wrong form, and
part of speech alone cannot see it. The counts are Peter Norvig's tallies from Google's
Web Trillion Word Corpus, as shipped in the wordsegment package (Apache-2.0): the 333,000
commonest words and the 286,000 commonest pairs, each pair seen at least 100,000 times.
They are read in place from the installed package; psassist copies and ships none of them.

Only words written at least `MIN_WORD_COUNT` times are kept, and only pairs of such
words: rarer words never make a pair common enough to miss. That keeps the table near
30 MB. It is loaded once per process, on first use, behind a lock.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from importlib import resources

#: A listed pair was seen at least this often; an unlisted pair, less often.
PAIR_CUTOFF = 100_000
#: Words rarer than this are left out of the table (about the 26,000 commonest remain).
MIN_WORD_COUNT = 1_000_000
_PACKAGE = "wordsegment"


@dataclass(frozen=True)
class PairCounts:
    """Word and pair counts from one corpus; `total` is its number of words."""

    words: dict[str, int]
    pairs: dict[str, int]
    total: int

    def word(self, word: str) -> int:
        return self.words.get(word, 0)

    def pair(self, first: str, second: str) -> int:
        """How often `first second` was written; 0 means fewer than `PAIR_CUTOFF` times."""
        return self.pairs.get(f"{first} {second}", 0)

    def expected(self, first: str, second: str) -> float:
        """How often the pair would be written if the two words were placed at random."""
        return self.word(first) * self.word(second) / self.total


_lock = threading.Lock()
_loaded: list[PairCounts | None] = []
#: Set once a background read has started: a checker built per request starts no other.
_started: list[bool] = []


def pair_counts() -> PairCounts | None:
    """The shared table, or None when the wordsegment package is not installed."""
    with _lock:
        if not _loaded:
            _loaded.append(_read())
        return _loaded[0]


def load_in_background() -> None:
    """Start reading the table in a daemon thread (about a second), so a checker built
    while spaCy loads finds it ready; `pair_counts()` waits for it if it is not."""
    with _lock:
        if _loaded or _started:
            return
        _started.append(True)
    threading.Thread(target=pair_counts, name="psassist-ngrams", daemon=True).start()


def describe() -> dict[str, object]:
    """What `psassist doctor` shows about the counts."""
    counts = pair_counts()
    if counts is None:
        return {"ok": False, "detail": f"the {_PACKAGE} package is not installed"}
    return {
        "ok": True,
        "source": f"{_PACKAGE} (Apache-2.0): Google Web Trillion Word Corpus counts",
        "words": len(counts.words),
        "pairs": len(counts.pairs),
    }


def _read() -> PairCounts | None:
    try:
        folder = resources.files(_PACKAGE)
        unigrams = (folder / "unigrams.txt").read_text(encoding="utf-8")
        bigrams = (folder / "bigrams.txt").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        return None
    words: dict[str, int] = {}
    total = 0
    for line in unigrams.splitlines():
        word, _, count_text = line.partition("\t")
        count = int(count_text)
        total += count
        if count >= MIN_WORD_COUNT:
            words[word] = count
    pairs: dict[str, int] = {}
    for line in bigrams.splitlines():
        pair, _, count_text = line.partition("\t")
        first, _, second = pair.partition(" ")
        if first in words and second in words:
            # The list holds some pairs twice (once per original spelling): add them up.
            pairs[pair] = pairs.get(pair, 0) + int(count_text)
    return PairCounts(words, pairs, total)
