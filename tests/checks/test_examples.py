"""The meta-test: every rule flags its example and leaves its near miss alone."""

from __future__ import annotations

import pytest

from psassist.checks.checker import Checker
from psassist.checks.registry import all_rules, get_rule

from .examples import EXAMPLES

OFFLINE = sorted(r for r in EXAMPLES if get_rule(r).needs != "languagetool")
GRAMMAR = sorted(r for r in EXAMPLES if get_rule(r).needs == "languagetool")


def test_every_rule_has_examples() -> None:
    assert set(EXAMPLES) == {rule.id for rule in all_rules()}


def _rules_found(checker: Checker, text: str, rule_id: str, near: bool) -> list[str]:
    example = EXAMPLES[rule_id]
    options = example.near_miss_options if near and example.near_miss_options else example.options
    report = checker.check_text(text, "example.txt", options)
    return [f.finding.rule for f in report.findings]


@pytest.mark.parametrize("rule_id", OFFLINE)
def test_rule_flags_its_example(offline_checker: Checker, rule_id: str) -> None:
    assert rule_id in _rules_found(offline_checker, EXAMPLES[rule_id].flag, rule_id, False)


@pytest.mark.parametrize("rule_id", OFFLINE)
def test_rule_spares_its_near_miss(offline_checker: Checker, rule_id: str) -> None:
    assert rule_id not in _rules_found(offline_checker, EXAMPLES[rule_id].near_miss, rule_id,
                                       True)


@pytest.mark.languagetool
@pytest.mark.parametrize("rule_id", GRAMMAR)
def test_languagetool_rule_flags_its_example(grammar_checker: Checker, rule_id: str) -> None:
    assert rule_id in _rules_found(grammar_checker, EXAMPLES[rule_id].flag, rule_id, False)


@pytest.mark.languagetool
@pytest.mark.parametrize("rule_id", GRAMMAR)
def test_languagetool_rule_spares_its_near_miss(grammar_checker: Checker, rule_id: str) -> None:
    assert rule_id not in _rules_found(grammar_checker, EXAMPLES[rule_id].near_miss, rule_id,
                                       True)
