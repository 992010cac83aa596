"""What one check of one file produced; rendered as text or JSON, shown in the UI."""

from __future__ import annotations

from dataclasses import dataclass, field

from psassist.checks.model import Finding, Severity


@dataclass(frozen=True)
class EngineStatus:
    status: str  # languagetool: "ok" | "unavailable" | "off"; spacy: "ok" | "fallback"
    detail: str


@dataclass(frozen=True)
class Stats:
    characters: int
    words: int
    sentences: int
    paragraphs: int


@dataclass(frozen=True)
class Readability:
    flesch_reading_ease: float
    flesch_kincaid_grade: float
    gunning_fog: float
    automated_readability_index: float
    hard_sentences: int
    very_hard_sentences: int


@dataclass(frozen=True)
class LocatedFinding:
    """A finding with its 1-based line and column, for people and editors."""

    finding: Finding
    line: int
    column: int


@dataclass
class Report:
    path: str
    text: str = ""
    error: str | None = None
    stats: Stats | None = None
    readability: Readability | None = None
    engines: dict[str, EngineStatus] = field(default_factory=dict)
    findings: list[LocatedFinding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """The file was read and checked (findings or not)."""
        return self.error is None

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.finding.severity is severity)

    def fails(self, threshold: Severity) -> bool:
        return any(f.finding.severity.rank >= threshold.rank for f in self.findings)
