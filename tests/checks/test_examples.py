"""The meta-test: every rule flags its own example and leaves its near miss alone.

The examples live in each rule's definition (and `psassist rules ID` shows them); rules
that need LanguageTool are checked against a real server.
"""

from __future__ import annotations

import pytest

from psassist.checks.analysis import CheckOptions
from psassist.checks.checker import Checker
from psassist.checks.registry import all_rules
from psassist.findings import Needs, Rule

OFFLINE = [r for r in all_rules() if r.needs is not Needs.LANGUAGETOOL]
GRAMMAR = [r for r in all_rules() if r.needs is Needs.LANGUAGETOOL]


def _ids(rules: list[Rule]) -> list[str]:
    return [r.id for r in rules]


def _rules_found(checker: Checker, rule: Rule, text: str) -> list[str]:
    report = checker.check_text(text, "example.txt", CheckOptions.for_example(rule.example))
    return [f.finding.rule for f in report.findings]


def test_every_rule_has_a_distinct_example_and_near_miss() -> None:
    for rule in all_rules():
        example = rule.example
        assert example.flag.strip() and example.near_miss.strip(), rule.id
        assert example.flag != example.near_miss, rule.id


@pytest.mark.parametrize("rule", OFFLINE, ids=_ids(OFFLINE))
def test_rule_flags_its_example(offline_checker: Checker, rule: Rule) -> None:
    assert rule.id in _rules_found(offline_checker, rule, rule.example.flag)


@pytest.mark.parametrize("rule", OFFLINE, ids=_ids(OFFLINE))
def test_rule_spares_its_near_miss(offline_checker: Checker, rule: Rule) -> None:
    assert rule.id not in _rules_found(offline_checker, rule, rule.example.near_miss)


@pytest.mark.languagetool
@pytest.mark.parametrize("rule", GRAMMAR, ids=_ids(GRAMMAR))
def test_languagetool_rule_flags_its_example(grammar_checker: Checker, rule: Rule) -> None:
    assert rule.id in _rules_found(grammar_checker, rule, rule.example.flag)


@pytest.mark.languagetool
@pytest.mark.parametrize("rule", GRAMMAR, ids=_ids(GRAMMAR))
def test_languagetool_rule_spares_its_near_miss(grammar_checker: Checker, rule: Rule) -> None:
    assert rule.id not in _rules_found(grammar_checker, rule, rule.example.near_miss)
