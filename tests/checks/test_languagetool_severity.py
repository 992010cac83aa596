"""The severity table for LanguageTool's matches: typos reach the user, misfires are softened."""

from __future__ import annotations

import pytest

from psassist.checks.checker import Checker
from psassist.checks.languagetool_severity import BY_CATEGORY, BY_RULE, calibrate
from psassist.findings import Severity


def test_every_entry_gives_a_reason() -> None:
    assert all(entry.reason.strip() for entry in (*BY_RULE.values(), *BY_CATEGORY.values()))


@pytest.mark.parametrize(
    ("rule", "category", "issue"),
    [
        ("COMMA_PARENTHESIS_WHITESPACE", "TYPOGRAPHY", "whitespace"),
        ("SENTENCE_WHITESPACE", "TYPOGRAPHY", "whitespace"),
        ("DOUBLE_PUNCTUATION", "PUNCTUATION", "typographical"),
        ("EN_UNPAIRED_QUOTES", "PUNCTUATION", "typographical"),
        ("UPPERCASE_SENTENCE_START", "CASING", "typographical"),
    ],
)
def test_typos_a_reader_sees_are_never_info(rule: str, category: str, issue: str) -> None:
    assert calibrate(rule, category, issue).severity is not Severity.INFO


@pytest.mark.parametrize("rule", ["MUCH_COUNTABLE", "EN_COMPOUNDS_HEALTH_CARE"])
def test_rules_that_misfire_on_correct_prose_are_not_errors(rule: str) -> None:
    assert calibrate(rule, "GRAMMAR", "grammar").severity is not Severity.ERROR


def test_style_hints_stay_info() -> None:
    assert calibrate("SOME_STYLE_RULE", "STYLE", "style").severity is Severity.INFO
    assert calibrate("SOME_NEW_RULE", "REDUNDANCY", "misspelling").severity is Severity.INFO


@pytest.mark.languagetool
def test_typos_reach_the_user_and_correct_prose_does_not_err(grammar_checker: Checker) -> None:
    text = (
        "I worked on the ward.The patient was sick , and tired.. she was afraid. "
        "We saw how much families value time with a doctor."
    )
    report = grammar_checker.check_text(text)
    loud = {
        f.finding.source_rule: f.finding.severity
        for f in report.findings
        if f.finding.category.value == "grammar"
    }
    for rule in (
        "SENTENCE_WHITESPACE",
        "COMMA_PARENTHESIS_WHITESPACE",
        "DOUBLE_PUNCTUATION",
        "UPPERCASE_SENTENCE_START",
    ):
        assert loud.get(rule) in (Severity.WARNING, Severity.ERROR), (rule, loud)
    assert loud.get("MUCH_COUNTABLE") is not Severity.ERROR
