"""grammar.compared-with: "comparing with/to" where nothing does the comparing (real
spaCy)."""

from __future__ import annotations

import pytest

from psassist.checks.checker import Checker
from tests.checks.rule_findings import rule_findings

RULE = "grammar.compared-with"


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        (
            "Comparing with my home country, the clinics here are well equipped.",
            "Comparing with",
            "Compared with",
        ),
        (
            "But comparing to my old hospital, the wards here are quiet.",
            "comparing to",
            "compared to",
        ),
        (
            "Our district clinic was small comparing to the city hospital.",
            "comparing to",
            "compared to",
        ),
    ],
)
def test_flags(offline_checker: Checker, text: str, span: str, fix: str) -> None:
    found = rule_findings(offline_checker, text, RULE)
    assert [s for s, _ in found] == [span]
    assert found[0][1][0] == fix


@pytest.mark.parametrize(
    "text",
    [
        "Compared with my home country, the clinics here are well equipped.",
        "We were comparing with other hospitals in the region.",
        "When comparing to last year, we saw more cases of dengue.",
        "We analysed the data, comparing with earlier studies.",
        "Comparing our results with the guidelines, we changed the protocol.",
        "I spent the evening comparing notes with my co-residents.",
    ],
)
def test_spares(offline_checker: Checker, text: str) -> None:
    assert rule_findings(offline_checker, text, RULE) == []
