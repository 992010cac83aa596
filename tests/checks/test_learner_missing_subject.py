"""grammar.missing-subject: the empty subject "it" left out (real spaCy)."""

from __future__ import annotations

import pytest

from psassist.checks.checker import Checker
from tests.checks.rule_findings import rule_findings

RULE = "grammar.missing-subject"


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        ("Is important to examine every patient twice.", "Is", "It is"),
        ("Was difficult for me to leave my family in Bogotá.", "Was", "It was"),
        ("In my village is common to see children with malaria.", "is", "it is"),
        ("Doesn't matter if you fail once; you try again.", "Does", "It does"),
        ("For an intern is clear that sleep is a luxury.", "is", "it is"),
    ],
)
def test_flags_a_missing_empty_it(offline_checker: Checker, text: str, span: str, fix: str) -> None:
    found = rule_findings(offline_checker, text, RULE)
    assert [s for s, _ in found] == [span]
    assert found[0][1][0] == fix


@pytest.mark.parametrize(
    "text",
    [
        "It is important to examine every patient twice.",
        "Is it important to examine every patient twice?",
        "The drug is cheap and is easy to use.",
        "It doesn't matter if you fail once.",
        "What matters is that you try again.",
        "This work is important to me.",
        "We saw as many patients as was possible to see in a day.",
        "Learning Spanish was difficult for me.",
    ],
)
def test_leaves_sentences_with_a_subject_alone(offline_checker: Checker, text: str) -> None:
    assert rule_findings(offline_checker, text, RULE) == []
