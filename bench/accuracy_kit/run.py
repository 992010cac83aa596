"""Turn the data sets into checkable texts, and run both systems over them.

psassist is the real Checker (spaCy and its own LanguageTool calls); LanguageTool alone
is a separate request for the same text with LanguageTool's defaults, so the comparison
stays fair however psassist later changes what it asks LanguageTool for.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from psassist.checks.analysis import CheckOptions
from psassist.checks.checker import Checker
from psassist.checks.grammar import LanguageToolMatch
from psassist.findings import Report

from .corpus import Document
from .jfleg import Sentence, detokenize, error_regions, region_chars
from .scoring import NO_SEVERITY, CheckedText, Gold, Hit

#: JFLEG sentences per checked text: few requests, each well under LanguageTool's limits.
SENTENCES_PER_TEXT = 40


class MatchSource(Protocol):
    """What LanguageTool alone needs: LanguageToolClient fits."""

    def check(self, text: str) -> Sequence[LanguageToolMatch]: ...


class EngineMissing(RuntimeError):
    """LanguageTool did not run inside psassist, so its figures would mean nothing."""


def corpus_texts(documents: Iterable[Document]) -> list[CheckedText]:
    return [
        CheckedText(
            name=doc.name,
            text=doc.text,
            errors=[Gold(s.start, s.end, s.type) for s in doc.errors],
            near_misses=[Gold(s.start, s.end, s.type) for s in doc.near_misses],
            clean=doc.clean,
        )
        for doc in documents
    ]


def jfleg_texts(
    sentences: Sequence[Sentence], per_text: int = SENTENCES_PER_TEXT
) -> list[CheckedText]:
    """Sentences joined as paragraphs (blank lines between), gold regions in text offsets."""
    texts: list[CheckedText] = []
    for first in range(0, len(sentences), per_text):
        pieces: list[str] = []
        gold: list[Gold] = []
        offset = 0
        for sentence in sentences[first : first + per_text]:
            text, spans = detokenize(sentence.tokens)
            for region in error_regions(sentence):
                start, end = region_chars(region, spans)
                gold.append(Gold(offset + start, offset + end, "region"))
            pieces.append(text)
            offset += len(text) + 2
        last = min(first + per_text, len(sentences))
        texts.append(CheckedText(f"jfleg[{first}:{last}]", "\n\n".join(pieces) + "\n", gold))
    return texts


def psassist_hits(checker: Checker, texts: Sequence[CheckedText]) -> list[list[Hit]]:
    """Every finding of the real checker on each text (the scorer picks what counts)."""
    reports = checker.check_many((t.text, t.name, CheckOptions()) for t in texts)
    return [_hits_of(report, checked) for report, checked in zip(reports, texts, strict=True)]


def _hits_of(report: Report, checked: CheckedText) -> list[Hit]:
    status = report.engines.get("languagetool")
    if status is None or status.status != "ok":
        detail = status.detail if status else "no status"
        raise EngineMissing(f"LanguageTool did not run in psassist: {detail}")
    harper = report.engines.get("harper")
    if harper is None or harper.status != "ok":
        raise EngineMissing(f"Harper did not run in psassist: {harper.detail if harper else ''}")
    if report.text != checked.text:
        raise EngineMissing(f"{checked.name}: the checker changed the text; offsets would drift")
    hits = []
    for located in report.findings:
        f = located.finding
        # The engine's own rule behind a finding, so per-rule figures split LanguageTool's
        # many rules apart.
        source = f.source_rule
        rule = f"{f.rule}[{source}]" if source and source != f.rule else f.rule
        hits.append(Hit(f.start, f.end, rule, f.category.value, f.severity.value))
    return hits


def languagetool_hits(client: MatchSource, texts: Sequence[CheckedText]) -> list[list[Hit]]:
    """LanguageTool's raw matches, all of them, as its own user would see them."""
    result = []
    for checked in texts:
        result.append(
            [
                Hit(m.offset, m.offset + m.length, m.rule_id, m.category_id, NO_SEVERITY)
                for m in client.check(checked.text)
            ]
        )
    return result
