"""Long word sequences shared with other statements.

Copying from sample statements is plagiarism that ERAS investigates (DOMAIN.md section 1,
[OFF] AAMC); a study of 4,975 residency statements found 5.2% with over 10% matching
text (CHECKS.md C20, [segal-2010]). Shingles of consecutive normalised words find a
shared passage even when punctuation or capitalisation differ.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from psassist.checks import sources
from psassist.checks.analysis import Analysis
from psassist.checks.registry import define, reports
from psassist.findings import Category, Example, Finding, Severity

_COPIED = (
    "My years in the district hospital taught me that listening carefully to families "
    "is the quickest way to understand what a sick child really needs from us."
)
OVERLAP = define(
    "originality.overlap",
    Category.ORIGINALITY,
    Severity.WARNING,
    "Passage shared with another statement",
    "ERAS investigates suspected plagiarism and may report it to programs in this and "
    "later seasons; a statement must be your own work.",
    sources=(sources.AAMC_PERSONAL_STATEMENT, sources.SEGAL_2010),
    example=Example(
        flag="On my first day, " + _COPIED,
        near_miss="On my first day, my years in the district hospital taught me that "
        "listening carefully to families mattered.",
        corpus=(("other.txt", "As a nurse wrote: " + _COPIED),),
    ),
)

SHINGLE = 8
#: Shorter shared runs are common phrasing ("I passed USMLE Step 1 and Step 2 CK on my
#: first attempt" is 12 words); from 15 words a match is very unlikely to be chance.
MIN_PASSAGE = 15
#: Passages this long are errors: no applicant writes 30 identical words by accident.
LONG_PASSAGE = 30
#: Segal et al. flagged statements with more than 10% matching text.
SHARE_ERROR = 0.10
_WORD = re.compile(r"[A-Za-z0-9\u00c0-\u024f]+(?:['\u2019][A-Za-z]+)?")


@dataclass(frozen=True)
class Passage:
    start: int
    end: int
    words: int
    other: str


def _words(text: str) -> list[tuple[str, int, int]]:
    return [
        (m.group().lower().replace("\u2019", "'"), m.start(), m.end()) for m in _WORD.finditer(text)
    ]


@functools.lru_cache(maxsize=256)
def _shingles(other_text: str) -> frozenset[tuple[str, ...]]:
    """The corpus side, computed once per text: an editor re-checks against it on every edit."""
    theirs = [w for w, _, _ in _words(other_text)]
    return frozenset(tuple(theirs[i : i + SHINGLE]) for i in range(len(theirs) - SHINGLE + 1))


def shared_passages(text: str, other_text: str, other_name: str) -> list[Passage]:
    """Maximal runs of `text` covered by shingles that also occur in `other_text`."""
    return _shared(_words(text), other_text, other_name)


def _shared(mine: list[tuple[str, int, int]], other_text: str, other_name: str) -> list[Passage]:
    grams = _shingles(other_text)
    if len(mine) < SHINGLE or not grams:
        return []
    covered = [False] * len(mine)
    words = [w for w, _, _ in mine]
    for i in range(len(mine) - SHINGLE + 1):
        if tuple(words[i : i + SHINGLE]) in grams:
            for j in range(i, i + SHINGLE):
                covered[j] = True
    passages: list[Passage] = []
    i = 0
    while i < len(mine):
        if not covered[i]:
            i += 1
            continue
        j = i
        while j + 1 < len(mine) and covered[j + 1]:
            j += 1
        passages.append(Passage(mine[i][1], mine[j][2], j - i + 1, other_name))
        i = j + 1
    return passages


def _same_file(a: str, b: str) -> bool:
    try:
        return Path(a).resolve() == Path(b).resolve()
    except OSError:
        return False


@reports(OVERLAP)
def check_overlap(analysis: Analysis) -> Iterator[Finding]:
    text = analysis.text
    own = " ".join(text.split())
    own_path = analysis.options.own_path
    mine = _words(text)
    total = len(mine) or 1
    for name, other in analysis.options.corpus:
        if " ".join(other.split()) == own or (own_path and _same_file(name, own_path)):
            continue  # the statement itself, found again in the corpus
        passages = [p for p in _shared(mine, other, name) if p.words >= MIN_PASSAGE]
        share = sum(p.words for p in passages) / total
        for passage in passages:
            severe = passage.words >= LONG_PASSAGE or share > SHARE_ERROR
            yield OVERLAP.finding(
                passage.start,
                passage.end,
                f"{passage.words} words in a row also appear in {name} "
                f"({share:.0%} of this statement is shared with it)",
                ["Rewrite the passage in your own words and from your own experience."],
                severity=Severity.ERROR if severe else Severity.WARNING,
            )
