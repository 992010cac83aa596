"""grammar.double-determiner: two determiners before one noun ("the these reasons", "a my
friend", "for a many years") (real spaCy)."""

from __future__ import annotations

import pytest

from psassist.checks.checker import Checker
from tests.checks.rule_findings import rule_findings

RULE = "grammar.double-determiner"


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        ("For the these reasons, I chose internal medicine.", "the these", "these"),
        ("I presented the my patients at the morning report.", "the my", "my"),
        ("A my colleague from Lahore joined the program.", "A my", "My"),
        ("He is a my friend from medical school.", "a my", "my"),
        ("I have worked in rural clinics for a many years.", "a many", "many"),
        ("The another reason is the research culture.", "The another", "Another"),
        ("We discussed the those cases with the team.", "the those", "those"),
        ("It was a another reason to stay in Nairobi.", "a another", "another"),
        ("We saw the some patients twice a week.", "the some", "some"),
        ("The every morning round started at six.", "The every", "Every"),
        ("The most of the residents spoke Arabic.", "The most", "Most"),
        ("I knew the most of them by name.", "the most", "most"),
    ],
)
def test_flags(offline_checker: Checker, text: str, span: str, fix: str) -> None:
    found = rule_findings(offline_checker, text, RULE)
    assert [s for s, _ in found] == [span]
    assert found[0][1][0] == fix


@pytest.mark.parametrize(
    "text",
    [
        "For all these reasons, I chose internal medicine.",
        "Both my parents are physicians.",
        "I have seen a great many patients with malaria.",
        "I have seen a good many cases like hers.",
        "Many a night I stayed in the ward.",
        "Half the residents came from abroad.",
        "I told the nurse that my patient was stable.",
        "Is this the way to the clinic?",
        "We moved the records to a many-to-many table.",
        "We trained at the Our Lady of Fatima hospital.",
        "I tried to make the most of the chance to teach.",
        "We made the most of our time in the village.",
        "I enjoyed surgery the most of all my rotations.",
        "The district served the some 300 families of the valley.",
        "The few who stayed became my closest friends.",
    ],
)
def test_spares(offline_checker: Checker, text: str) -> None:
    assert rule_findings(offline_checker, text, RULE) == []
