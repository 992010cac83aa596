"""The JFLEG dev split as checkable text plus gold error regions.

JFLEG sentences are tokenized ("society ." , "do n't"); a checker must see normal text, so
tokens are joined back with the spacing English uses, and each token's character span is
kept to map findings onto tokens. A region is an error where at least two of the four
human corrections change it (the split's README). Each correction is aligned to the
source with difflib: a replaced or deleted token is changed by that correction; an
inserted word is a zero-width point between two tokens, caught by a finding that touches
either neighbouring token.
"""

from __future__ import annotations

import difflib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

#: Tokens written without a space before them.
_ATTACH_LEFT = frozenset(
    {
        ".",
        ",",
        "?",
        "!",
        ":",
        ";",
        ")",
        "]",
        "}",
        "%",
        "...",
        "'",
        "n't",
        "'s",
        "'re",
        "'ve",
        "'m",
        "'ll",
        "'d",
        "'S",
        "N'T",
    }
)
#: Tokens written without a space after them.
_ATTACH_RIGHT = frozenset({"(", "[", "{", "$"})
MIN_CORRECTIONS = 2


class JflegError(ValueError):
    """The folder is not a JFLEG split (files missing or of different lengths)."""


@dataclass(frozen=True)
class Region:
    """Source tokens [first, last) changed by enough corrections; first == last is a point
    (an insertion before token `first`)."""

    first: int
    last: int

    @property
    def is_point(self) -> bool:
        return self.first == self.last


@dataclass(frozen=True)
class Sentence:
    tokens: tuple[str, ...]
    corrections: tuple[tuple[str, ...], ...]


def read_jfleg(folder: Path, split: str = "dev") -> list[Sentence]:
    """`dev.src` and `dev.ref0`..`dev.ref3` of one split, line by line."""
    source = folder / f"{split}.src"
    references = sorted(folder.glob(f"{split}.ref[0-9]"))
    if not source.is_file() or len(references) < MIN_CORRECTIONS:
        raise JflegError(f"{folder}: expected {split}.src and {split}.ref0..3 (JFLEG layout)")
    lines = _lines(source)
    columns = [_lines(path) for path in references]
    if any(len(column) != len(lines) for column in columns):
        raise JflegError(f"{folder}: {split}.src and its references differ in line count")
    return [
        Sentence(tuple(line.split()), tuple(tuple(column[i].split()) for column in columns))
        for i, line in enumerate(lines)
    ]


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def detokenize(tokens: tuple[str, ...] | list[str]) -> tuple[str, list[tuple[int, int]]]:
    """Normal text for `tokens`, and each token's (start, end) in that text."""
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    length = 0
    open_quote = False
    glue_next = True  # no space before the first token
    for token in tokens:
        is_quote = token == '"'
        closing = is_quote and open_quote
        if not glue_next and token not in _ATTACH_LEFT and not closing:
            out.append(" ")
            length += 1
        spans.append((length, length + len(token)))
        out.append(token)
        length += len(token)
        glue_next = token in _ATTACH_RIGHT or (is_quote and not open_quote)
        if is_quote:
            open_quote = not open_quote
    return "".join(out), spans


def error_regions(sentence: Sentence, minimum: int = MIN_CORRECTIONS) -> list[Region]:
    """Regions that at least `minimum` corrections change, in source order."""
    changed: Counter[int] = Counter()
    inserted: Counter[int] = Counter()
    for correction in sentence.corrections:
        tokens, gaps = _changes(sentence.tokens, correction)
        changed.update(tokens)
        inserted.update(gaps)
    marked = sorted(i for i, n in changed.items() if n >= minimum)
    regions: list[Region] = []
    for index in marked:
        if regions and regions[-1].last == index:
            regions[-1] = Region(regions[-1].first, index + 1)
        else:
            regions.append(Region(index, index + 1))
    covered = set(marked)
    for gap, n in inserted.items():
        if n >= minimum and gap - 1 not in covered and gap not in covered:
            regions.append(Region(gap, gap))
    return sorted(regions, key=lambda r: (r.first, r.last))


def _changes(source: tuple[str, ...], correction: tuple[str, ...]) -> tuple[set[int], set[int]]:
    """Source tokens this correction replaces or deletes, and gaps where it inserts."""
    tokens: set[int] = set()
    gaps: set[int] = set()
    matcher = difflib.SequenceMatcher(a=source, b=correction, autojunk=False)
    for tag, i1, i2, _j1, _j2 in matcher.get_opcodes():
        if tag in ("replace", "delete"):
            tokens.update(range(i1, i2))
        elif tag == "insert":
            gaps.add(i1)
    return tokens, gaps


def region_chars(region: Region, spans: list[tuple[int, int]]) -> tuple[int, int]:
    """The characters a finding must touch to catch `region`: its tokens, or for a point
    the tokens on either side of the gap."""
    if not spans:
        return (0, 0)
    if region.is_point:
        left = spans[max(region.first - 1, 0)]
        right = spans[min(region.first, len(spans) - 1)]
        return (left[0], right[1])
    return (spans[region.first][0], spans[region.last - 1][1])
