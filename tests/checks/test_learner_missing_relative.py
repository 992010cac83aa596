"""grammar.missing-relative: "There are many people think ..." (real spaCy)."""

from __future__ import annotations

import pytest

from psassist.checks.checker import Checker
from tests.checks.rule_findings import rule_findings

RULE = "grammar.missing-relative"


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        (
            "There are many people think that medicine is an easy life.",
            "people think",
            "people who think",
        ),
        ("There is a man wants to see the doctor.", "man wants", "man who wants"),
        (
            "There were many patients died of cholera before the vaccine came.",
            "patients died",
            "patients who died",
        ),
        (
            "In our district there are few clinics can treat burns.",
            "clinics can",
            "clinics that can",
        ),
        (
            "There are many families can't afford the bus fare.",
            "families can't",
            "families who can't",
        ),
    ],
)
def test_flags_a_missing_subject_relative(
    offline_checker: Checker, text: str, span: str, fix: str
) -> None:
    found = rule_findings(offline_checker, text, RULE)
    assert [s for s, _ in found] == [span]
    assert found[0][1][0] == fix


@pytest.mark.parametrize(
    "text",
    [
        "There are many people who think that medicine is an easy life.",
        "There was a time people thought tuberculosis was a curse.",
        "There is a chance the clinic closes early.",
        "There are days I wonder why I chose surgery.",
        "There is little the nurses could do for him.",
        "There is not much families can do about the cost.",
        "There are a few letter sounds we practise with aphasic patients.",
        "And Then There Were None is a novel I read in medical school.",
    ],
)
def test_leaves_complete_relative_clauses_alone(offline_checker: Checker, text: str) -> None:
    assert rule_findings(offline_checker, text, RULE) == []
