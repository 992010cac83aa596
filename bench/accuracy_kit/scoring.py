"""Which findings count, and how they match gold spans: recall, precision, per rule.

A finding catches a gold span when their character ranges overlap (a zero-width finding
counts as covering one character). Recall is the share of gold spans caught by at least
one counted finding; precision is the share of counted findings that overlap some gold
span. Everything is computed on global offsets of the checked texts, so batching many
sentences into one text changes nothing here.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

#: The label of LanguageTool's raw matches, which have no severity.
NO_SEVERITY = "-"


@dataclass(frozen=True)
class Hit:
    """One finding of either system, reduced to what scoring needs."""

    start: int
    end: int
    rule: str
    category: str
    severity: str  # "error" | "warning" | "info", or NO_SEVERITY for LanguageTool alone


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    label: str  # the error type, or "region" for JFLEG


@dataclass
class CheckedText:
    """One checked text with its gold: errors, near misses, and whether it is clean."""

    name: str
    text: str
    errors: list[Gold]
    near_misses: list[Gold] = field(default_factory=list)
    clean: bool = False


def overlaps(hit: Hit, start: int, end: int) -> bool:
    hit_end = max(hit.end, hit.start + 1)
    return hit.start < end and hit_end > start


@dataclass
class RuleScore:
    findings: int = 0
    correct: int = 0
    caught: int = 0  # gold spans this rule caught

    @property
    def precision(self) -> float | None:
        return self.correct / self.findings if self.findings else None


@dataclass
class Score:
    """The figures for one system variant on one data set."""

    gold: int = 0
    caught: int = 0
    findings: int = 0
    correct: int = 0
    gold_by_label: Counter[str] = field(default_factory=Counter)
    caught_by_label: Counter[str] = field(default_factory=Counter)
    by_rule: dict[str, RuleScore] = field(default_factory=lambda: defaultdict(RuleScore))
    by_category: dict[str, RuleScore] = field(default_factory=lambda: defaultdict(RuleScore))
    near_misses: Counter[str] = field(default_factory=Counter)
    near_miss_flagged: Counter[str] = field(default_factory=Counter)
    clean_findings: int = 0
    clean_errors: list[tuple[str, Hit, str]] = field(default_factory=list)
    missed: list[tuple[str, Gold, str]] = field(default_factory=list)
    false_alarms: list[tuple[str, Hit, str]] = field(default_factory=list)

    @property
    def recall(self) -> float | None:
        return self.caught / self.gold if self.gold else None

    @property
    def precision(self) -> float | None:
        return self.correct / self.findings if self.findings else None


def score(texts: Iterable[tuple[CheckedText, list[Hit]]], counts: Callable[[Hit], bool]) -> Score:
    """Score the hits that `counts` keeps against each text's gold."""
    result = Score()
    for checked, hits in texts:
        counted = [h for h in hits if counts(h)]
        _score_text(result, checked, counted)
    return result


def _score_text(result: Score, checked: CheckedText, counted: list[Hit]) -> None:
    result.findings += len(counted)
    for gold in checked.errors:
        result.gold += 1
        result.gold_by_label[gold.label] += 1
        catchers = [h for h in counted if overlaps(h, gold.start, gold.end)]
        if catchers:
            result.caught += 1
            result.caught_by_label[gold.label] += 1
        else:
            result.missed.append((checked.name, gold, checked.text[gold.start : gold.end]))
        for rule in {h.rule for h in catchers}:
            result.by_rule[rule].caught += 1
        for category in {h.category for h in catchers}:
            result.by_category[category].caught += 1
    for hit in counted:
        right = any(overlaps(hit, g.start, g.end) for g in checked.errors)
        result.correct += right
        if not right:
            result.false_alarms.append(
                (checked.name, hit, checked.text[hit.start : max(hit.end, hit.start + 1)])
            )
        for table, key in ((result.by_rule, hit.rule), (result.by_category, hit.category)):
            table[key].findings += 1
            table[key].correct += right
        if checked.clean:
            result.clean_findings += 1
            if hit.severity == "error":
                result.clean_errors.append(
                    (checked.name, hit, checked.text[hit.start : max(hit.end, hit.start + 1)])
                )
    for near in checked.near_misses:
        result.near_misses[near.label] += 1
        if any(overlaps(h, near.start, near.end) for h in counted):
            result.near_miss_flagged[near.label] += 1


# -- which findings count ---------------------------------------------------------------

#: psassist categories that are not about language (everything else counts, so a new
#: learner-grammar category is counted without touching this file).
NOT_LANGUAGE = frozenset({"style", "readability", "eras", "privacy", "originality"})


def is_language(hit: Hit) -> bool:
    return hit.category not in NOT_LANGUAGE


def warning_or_error(hit: Hit) -> bool:
    return is_language(hit) and hit.severity in ("warning", "error")


def any_severity(hit: Hit) -> bool:
    return is_language(hit)


def error_only(hit: Hit) -> bool:
    return is_language(hit) and hit.severity == "error"


def every_match(hit: Hit) -> bool:
    return True


def ratio(numerator: float | None, denominator: float | None) -> float | None:
    if numerator is None or not denominator:
        return None
    return numerator / denominator
