"""The contract every other part relies on: rules, severities, categories and findings."""

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
