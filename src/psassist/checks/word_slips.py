"""How far a flagged word is from a common English word: the evidence that tells a typo
from a rare name ("Hospitl" is one slip from "Hospital"; "Olawale" is no slip from any).

Pure word arithmetic (edit distance and wordfreq's Zipf scale), kept apart from the
spelling rule that weighs it against where the word stands.
"""

from __future__ import annotations

from collections.abc import Sequence

from psassist.checks.frequency import zipf

#: A suggestion at least this frequent (Zipf scale, wordfreq) is a "common word".
_COMMON_ZIPF = 3.5


def one_edit_apart(a: str, b: str) -> bool:
    """One insertion, deletion, substitution or swap of neighbours turns a into b."""
    return a != b and abs(len(a) - len(b)) <= 1 and edits(a, b) == 1


def near_common_word(word: str, suggestions: Sequence[str]) -> bool:
    """A suggestion one typo away is a common word ("Hospitl" -> "Hospital"), or splits
    the word into very common words ("Ofcourse" -> "Of course")."""
    return any(
        _split_into_common_words(word, s)
        if " " in s
        else one_edit_apart(word.lower(), s.lower()) and is_common(s)
        for s in suggestions
    )


#: Each part of a split suggestion must be this frequent: "Of course" (7.4, 5.4) is a
#: run-together typo; "Ben ha" (4.7, 4.6) for the city "Benha" splits a name.
_SPLIT_PART_ZIPF = 5.0


def _split_into_common_words(word: str, suggestion: str) -> bool:
    parts = suggestion.split()
    return "".join(parts).lower() == word.lower() and all(
        zipf(part) >= _SPLIT_PART_ZIPF for part in parts
    )


#: A sentence-initial word this long, two typos from a common word, is a misspelling.
_LONG_WORD = 7


def slip_of_a_long_common_word(word: str, suggestions: Sequence[str]) -> bool:
    """Two typos from a common word of the same start ("Gouverment" -> "Government"):
    names that short a distance from a long common word are rare."""
    return len(word) >= _LONG_WORD and any(
        s[:1].lower() == word[:1].lower() and is_common(s) and edits(word.lower(), s.lower()) <= 2
        for s in suggestions
    )


def edits(a: str, b: str) -> int:
    """Insertions, deletions, substitutions and swaps of neighbours that turn a into b."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        row = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                row[j] = min(row[j], previous2[j - 2] + 1)
        previous2, previous = previous, row
    return previous[len(b)]


def is_common(word: str) -> bool:
    """A frequent English word, not a rare one or a name ("Karin" for "Karim")."""
    return zipf(word) >= _COMMON_ZIPF
