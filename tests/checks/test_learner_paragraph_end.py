"""grammar.missing-period: a paragraph whose last sentence has no end mark (real spaCy)."""

from __future__ import annotations

import pytest

from psassist.checks.checker import Checker
from tests.checks.rule_findings import rule_findings

RULE = "grammar.missing-period"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("I chose internal medicine because my mother needed one", "one"),
        (
            "My first night on call taught me humility.\n\n"
            "I have been working in the district hospital for two years\n\n"
            "That year changed me.",
            "years",
        ),
        ('My mentor always told us "patients remember how you made them feel"', "feel"),
        ("During my internship we managed cholera, snake bites and burns", "burns"),
    ],
)
def test_flags_a_paragraph_without_its_period(
    offline_checker: Checker, text: str, span: str
) -> None:
    found = rule_findings(offline_checker, text, RULE)
    assert [s for s, _ in found] == [span]
    assert found[0][1][0] == span + "."


@pytest.mark.parametrize(
    "text",
    [
        "I chose internal medicine because my mother needed one.",
        "Why would a surgeon leave Lagos for a small town in Ohio?",
        'My mentor always told us, "Patients remember how you made them feel."',
        "We saved him (barely!)",
        "Why I Chose Internal Medicine\n\nMy mother was a nurse.",
        "Personal statement\n\nMy mother was a nurse.",
        "Dear Program Director,\n\nMy mother was a nurse.",
        "My goals for residency:\n\nI want to learn cardiology.",
        "My mother was a nurse.\n\nSincerely\n\nDr. Amina Yusuf",
        "Research Experience at the Aga Khan University\n\nI studied sepsis.",
        "Ambitions, hopes and the long road ahead",
    ],
)
def test_leaves_finished_sentences_headings_and_greetings_alone(
    offline_checker: Checker, text: str
) -> None:
    assert rule_findings(offline_checker, text, RULE) == []
