"""The one table of rules and the checks that report them.

`psassist rules`, the README and the checker all read it. The rule families are listed
once, here: importing a family module defines its rules and registers its checks.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from psassist.checks.analysis import Analysis
from psassist.findings import Category, Example, Finding, Needs, Rule, Severity, Source

#: A function that turns an analysis into findings of one or more rules.
RuleCheck = Callable[[Analysis], Iterable[Finding]]

#: The rule families, in the order the checker runs them.
RULE_FAMILIES = (
    "readability",
    "style_words",
    "style_sentences",
    "style_content",
    "eras",
    "privacy",
    "originality",
    "learner",
    "grammar",
    "harper_rules",
)


@dataclass(frozen=True)
class RegisteredCheck:
    """A check with the engine its rules need, so the checker can skip it centrally."""

    run: RuleCheck
    rules: tuple[Rule, ...]
    needs: Needs | None


_RULES: dict[str, Rule] = {}
_CHECKS: list[RegisteredCheck] = []


def define(
    id: str,
    category: Category,
    severity: Severity,
    title: str,
    rationale: str,
    *,
    sources: Sequence[Source],
    example: Example,
    needs: Needs | None = None,
    replaces: bool = False,
) -> Rule:
    """Register a rule at import time; a duplicate id is a programming error."""
    if id in _RULES:
        raise ValueError(f"rule id {id!r} defined twice")
    if not id.startswith(category.value + "."):
        raise ValueError(f"rule id {id!r} must start with its category {category.value!r}")
    if not sources:
        raise ValueError(f"rule {id!r} cites no source")
    rule = Rule(id, category, severity, title, rationale, tuple(sources), example, needs, replaces)
    _RULES[id] = rule
    return rule


def reports(*rules: Rule) -> Callable[[RuleCheck], RuleCheck]:
    """Register the decorated function as the check that reports `rules`.

    It runs only when the engine those rules need is there; the rules of one check must
    need the same engine.
    """
    needs = {rule.needs for rule in rules}
    if len(needs) != 1:
        raise ValueError(
            f"a check reports one or more rules that need the same engine: {[r.id for r in rules]}"
        )
    (need,) = needs

    def register(check: RuleCheck) -> RuleCheck:
        _CHECKS.append(RegisteredCheck(check, rules, need))
        return check

    return register


def all_rules() -> list[Rule]:
    _load_rule_families()
    return sorted(_RULES.values(), key=lambda r: (r.category.value, r.id))


def get_rule(rule_id: str) -> Rule:
    _load_rule_families()
    return _RULES[rule_id]


def rule_checks() -> list[RegisteredCheck]:
    """Every registered check, family by family in RULE_FAMILIES order."""
    _load_rule_families()
    return sorted(_CHECKS, key=_family_order)


def _family_order(check: RegisteredCheck) -> int:
    # Stable sort: within a family, checks keep the order they are defined in.
    # psassist.checks.FAMILY or psassist.checks.FAMILY.module (the learner package).
    return RULE_FAMILIES.index(check.run.__module__.split(".")[2])


def _load_rule_families() -> None:
    for family in RULE_FAMILIES:
        importlib.import_module(f"psassist.checks.{family}")
