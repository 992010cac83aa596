"""grammar.because-of and grammar.rather-than: a conjunction before a bare noun phrase
(real spaCy)."""

from __future__ import annotations

import pytest

from psassist.checks.checker import Checker
from tests.checks.rule_findings import rule_findings


@pytest.mark.parametrize(
    ("rule_id", "text", "span", "fix"),
    [
        (
            "grammar.because-of",
            "Many patients missed their visits because the cost of the bus.",
            "because",
            "because of",
        ),
        (
            "grammar.because-of",
            "Two climbers in our unit died because the cold and the lack of oxygen.",
            "because",
            "because of",
        ),
        (
            "grammar.rather-than",
            "Many families drive their own car rather that changing buses twice.",
            "rather that",
            "rather than",
        ),
        (
            "grammar.rather-than",
            "We chose the night bus rather that the train.",
            "rather that",
            "rather than",
        ),
    ],
)
def test_flags(offline_checker: Checker, rule_id: str, text: str, span: str, fix: str) -> None:
    found = rule_findings(offline_checker, text, rule_id)
    assert [s for s, _ in found] == [span]
    assert found[0][1][0] == fix


@pytest.mark.parametrize(
    ("rule_id", "text"),
    [
        ("grammar.because-of", "Many patients missed their visits because the bus cost too much."),
        ("grammar.because-of", "Two climbers died because the cold was unbearable."),
        ("grammar.because-of", "Many patients missed their visits because of the cost."),
        ("grammar.because-of", "I chose medicine just because."),
        ("grammar.because-of", "I stayed because, frankly, there was no one else."),
        ("grammar.because-of", "Because the clinic closed early, we drove to the city."),
        ("grammar.rather-than", "I would rather that you stayed with the patient."),
        ("grammar.rather-than", "I'd rather that we left before dark."),
        ("grammar.rather-than", "The problem is rather that changing the rules takes time."),
        ("grammar.rather-than", "We chose the night bus rather than the train."),
    ],
)
def test_spares(offline_checker: Checker, rule_id: str, text: str) -> None:
    assert rule_findings(offline_checker, text, rule_id) == []
