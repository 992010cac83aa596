"""The contract every layer relies on: rules, severities, categories, findings and reports.

It sits below checks and report so that neither has to import the other for its types.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """Higher is more serious, so `--fail-on` can compare."""
        return {"info": 0, "warning": 1, "error": 2}[self.value]


class Category(StrEnum):
    GRAMMAR = "grammar"
    SPELLING = "spelling"
    STYLE = "style"
    READABILITY = "readability"
    ERAS = "eras"
    PRIVACY = "privacy"
    ORIGINALITY = "originality"


@dataclass(frozen=True)
class Rule:
    """A check's identity and documentation; ids are stable and never reused."""

    id: str
    category: Category
    severity: Severity
    title: str
    rationale: str
    source: str | None = None
    needs: str | None = None  # "languagetool" or "spacy" when the rule needs an engine
    #: Its suggestions are replacement text for the span (a fix), not advice.
    replaces: bool = False

    def finding(
        self,
        start: int,
        end: int,
        message: str,
        suggestions: tuple[str, ...] | list[str] = (),
        severity: Severity | None = None,
    ) -> Finding:
        return Finding(
            rule=self.id,
            category=self.category,
            severity=severity or self.severity,
            start=start,
            end=end,
            message=message,
            suggestions=tuple(suggestions),
        )


@dataclass(frozen=True)
class Finding:
    """One problem at one span of the normalized text (offsets in code points)."""

    rule: str
    category: Category
    severity: Severity
    start: int
    end: int
    message: str
    suggestions: tuple[str, ...] = field(default=())

    def sort_key(self) -> tuple[int, int, str]:
        return (self.start, self.end, self.rule)

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
