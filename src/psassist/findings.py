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


class Needs(StrEnum):
    """An engine a rule cannot work without; the checker skips the rule when it is missing.

    The values are what `psassist rules --format json` has always printed.
    """

    #: spaCy's trained pipeline (tags, lemmas, the dependency parse), not the blank fallback.
    PARSER = "spacy"
    #: A LanguageTool server; its matches become these rules' findings.
    LANGUAGETOOL = "languagetool"
    #: Harper, the in-process grammar checker; its lints become these rules' findings.
    HARPER = "harper"


@dataclass(frozen=True)
class Source:
    """Where a rule's advice comes from: a page the user can open."""

    title: str
    url: str


@dataclass(frozen=True)
class Example:
    """A text the rule must flag and a near miss it must not, as ruff's rule pages show.

    `program`, `specialty` and `corpus` are what the user would pass to `psassist check`
    (--program, --specialty, --compare); the meta-test checks both texts with them.
    """

    flag: str
    near_miss: str
    program: str | None = None
    specialty: str | None = None
    #: (name, text) of statements to compare against, for the originality rule.
    corpus: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Rule:
    """A check's identity and documentation; ids are stable and never reused."""

    id: str
    category: Category
    severity: Severity
    title: str
    rationale: str
    sources: tuple[Source, ...]
    example: Example
    needs: Needs | None = None
    #: Its suggestions are replacement text for the span (a fix), not advice.
    replaces: bool = False

    def finding(
        self,
        start: int,
        end: int,
        message: str,
        suggestions: tuple[str, ...] | list[str] = (),
        severity: Severity | None = None,
        source_rule: str | None = None,
    ) -> Finding:
        return Finding(
            rule=self.id,
            category=self.category,
            severity=severity or self.severity,
            start=start,
            end=end,
            message=message,
            suggestions=tuple(suggestions),
            source_rule=source_rule,
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
    #: The engine's own rule id behind this finding (LanguageTool's MORFOLOGIK_RULE_EN_US),
    #: for users who want to look it up or report a false alarm upstream.
    source_rule: str | None = None

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
