"""The team corpus: statements with planted, labelled errors, and clean statements.

The markup (documented in bench/corpus/README.md) is parsed strictly, so a typo in a
marker fails loudly instead of silently becoming a wrong gold span.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

#: The planted-error types issue 9 lists, in its order; each is planted at least ten times.
ISSUE_TYPES: tuple[str, ...] = (
    "spelling",
    "cap-misspelling",
    "space-before-punct",
    "missing-space",
    "doubled-period",
    "unpaired-quote",
    "lowercase-start",
    "agreement",
    "sva-phrase",
    "missing-article",
    "article-uncountable",
    "uncountable-plural",
    "perfect-finished",
    "stative-progressive",
    "since-for",
    "compound-hyphen",
    "preposition",
    "confusable",
    "run-together",
    "however-splice",
)
#: Types added in the sixth round with the rules that catch them; planted once or twice.
ADDED_TYPES: tuple[str, ...] = (
    "missing-period",
    "missing-subject",
    "missing-relative",
    "so-such",
    "textspeak",
    "word-order",
    "double-determiner",
    "compared-with",
    "stray-capital",
    "missing-be",
    "adjective-subject",
    "feeling-adjective",
)
ERROR_TYPES: tuple[str, ...] = ISSUE_TYPES + ADDED_TYPES
#: The first eight are typos and grammar of the kind LanguageTool is built for.
LANGUAGETOOL_CLASS = frozenset(ISSUE_TYPES[:8])

_MARKER = re.compile(r"\{([^{}]*)\}")
_ERROR = re.compile(r"^(?P<wrong>[^|]+?)=>(?P<right>[^|]*)\|(?P<type>[a-z-]+)$", re.DOTALL)
_NEAR_MISS = re.compile(r"^(?P<text>[^|]+)\|ok:(?P<type>[a-z-]+)$", re.DOTALL)


class CorpusError(ValueError):
    """A malformed marker or file; the message names the file and the line."""


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    type: str
    text: str
    correction: str = ""  # empty for near misses


@dataclass(frozen=True)
class Document:
    name: str
    text: str
    errors: tuple[Span, ...]
    near_misses: tuple[Span, ...]
    clean: bool

    def corrected(self) -> str:
        """The text with every planted error replaced by its correction."""
        out, last = [], 0
        for span in self.errors:
            out.append(self.text[last : span.start])
            out.append(span.correction)
            last = span.end
        out.append(self.text[last:])
        return "".join(out)


def parse(source: str, name: str, clean: bool = False) -> Document:
    """Turn marked-up text into plain text plus gold spans; CorpusError if malformed."""
    pieces: list[str] = []
    errors: list[Span] = []
    near: list[Span] = []
    length = 0
    last = 0
    for marker in _MARKER.finditer(source):
        plain = source[last : marker.start()]
        _reject_stray(plain, source, last, name)
        pieces.append(plain)
        length += len(plain)
        body = marker.group(1)
        where = f"{name}:{source.count(chr(10), 0, marker.start()) + 1}"
        if (error := _ERROR.match(body)) is not None:
            wrong, kind = error["wrong"], error["type"]
            _check_type(kind, where)
            if wrong == error["right"]:
                raise CorpusError(f"{where}: error marker whose correction is unchanged: {body!r}")
            errors.append(Span(length, length + len(wrong), kind, wrong, error["right"]))
            shown = wrong
        elif (miss := _NEAR_MISS.match(body)) is not None:
            _check_type(miss["type"], where)
            shown = miss["text"]
            near.append(Span(length, length + len(shown), miss["type"], shown))
        else:
            raise CorpusError(f"{where}: malformed marker {{{body}}}")
        if clean:
            raise CorpusError(f"{where}: a clean statement may not contain markers")
        pieces.append(shown)
        length += len(shown)
        last = marker.end()
    _reject_stray(source[last:], source, last, name)
    pieces.append(source[last:])
    return Document(name, "".join(pieces), tuple(errors), tuple(near), clean)


def _reject_stray(plain: str, source: str, offset: int, name: str) -> None:
    for token in ("{", "}", "=>"):
        at = plain.find(token)
        if at != -1:
            line = source.count("\n", 0, offset + at) + 1
            raise CorpusError(f"{name}:{line}: stray {token!r} outside a marker")


def _check_type(kind: str, where: str) -> None:
    if kind not in ERROR_TYPES:
        raise CorpusError(f"{where}: unknown type {kind!r} (known: {', '.join(ERROR_TYPES)})")


def load_corpus(root: Path) -> list[Document]:
    """Every planted statement, then every clean one, in file-name order."""
    planted = sorted((root / "planted").glob("*.txt"))
    clean = sorted((root / "clean").glob("*.txt"))
    if not planted and not clean:
        raise CorpusError(f"{root}: no planted/*.txt or clean/*.txt statements")
    return [
        *(parse(p.read_text(encoding="utf-8"), p.name) for p in planted),
        *(parse(p.read_text(encoding="utf-8"), p.name, clean=True) for p in clean),
    ]


def type_counts(documents: list[Document]) -> Counter[str]:
    return Counter(span.type for doc in documents for span in doc.errors)
