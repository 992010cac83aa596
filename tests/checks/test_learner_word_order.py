"""grammar.word-order: fixed word orders learners change ("a such case", "the one of the
reasons", "no matter how the shift is long", "I did not know why was it wrong")
(real spaCy)."""

from __future__ import annotations

import pytest

from psassist.checks.checker import Checker
from tests.checks.rule_findings import rule_findings

RULE = "grammar.word-order"


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        ("In a such situation we referred the child to the district hospital.", "a such", "such a"),
        ("It was a such important lesson for me as an intern.", "a such", "such an"),
        ("A such case taught me to listen before I examine.", "A such", "Such a"),
        ("She was a so kind nurse that every patient asked for her.", "a so kind", "such a kind"),
        ("The one of the reasons I chose surgery is my father.", "The one", "One"),
        ("Our clinic was the one of the busiest centers in the province.", "the one", "one"),
        (
            "No matter how the night shift is long, I keep my patients safe.",
            "the night shift is long",
            "long the night shift is",
        ),
        (
            "I finish every note no matter how it is late.",
            "it is late",
            "late it is",
        ),
        (
            "I always explain the plan, no matter how my patients feel tired.",
            "my patients feel tired",
            "tired my patients feel",
        ),
    ],
)
def test_flags_fixed_orders(offline_checker: Checker, text: str, span: str, fix: str) -> None:
    found = rule_findings(offline_checker, text, RULE)
    assert [s for s, _ in found] == [span]
    assert found[0][1][0] == fix


@pytest.mark.parametrize(
    "text",
    [
        "In such a situation we referred the child to the district hospital.",
        "It was so good a lecture that I stayed late.",
        "She is a so-called expert in tropical medicine.",
        "One of the reasons I chose surgery is my father.",
        "The one of the two brothers who stayed was my patient.",
        "He was the one of us who always stayed late.",
        "No matter how long the night shift is, I keep my patients safe.",
        "No matter how hard I tried, the child would not eat.",
        "No matter how the test is scored, the result stays the same.",
        "No matter how it is good news, we still call the family.",
    ],
)
def test_spares_fixed_orders(offline_checker: Checker, text: str) -> None:
    assert rule_findings(offline_checker, text, RULE) == []
