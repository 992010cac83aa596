"""The one table of rules: `psassist rules`, the README and the checker all read it."""

from __future__ import annotations

from psassist.findings import Category, Rule, Severity

_RULES: dict[str, Rule] = {}


def define(
    id: str,
    category: Category,
    severity: Severity,
    title: str,
    rationale: str,
    source: str | None = None,
    needs: str | None = None,
    replaces: bool = False,
) -> Rule:
    """Register a rule at import time; a duplicate id is a programming error."""
    if id in _RULES:
        raise ValueError(f"rule id {id!r} defined twice")
    if not id.startswith(category.value + "."):
        raise ValueError(f"rule id {id!r} must start with its category {category.value!r}")
    rule = Rule(id, category, severity, title, rationale, source, needs, replaces)
    _RULES[id] = rule
    return rule


def all_rules() -> list[Rule]:
    _load_rule_modules()
    return sorted(_RULES.values(), key=lambda r: (r.category.value, r.id))


def get_rule(rule_id: str) -> Rule:
    _load_rule_modules()
    return _RULES[rule_id]


def _load_rule_modules() -> None:
    # Importing the rule families registers their rules.
    from psassist.checks import (  # noqa: F401
        eras,
        grammar,
        learner,
        originality,
        privacy,
        readability,
        style,
    )
