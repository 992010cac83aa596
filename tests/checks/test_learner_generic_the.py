""" "the" before an abstract noun meant in general, on the real spaCy pipeline."""

from __future__ import annotations

import pytest

from psassist.checks.checker import Checker
from tests.checks.rule_findings import rule_findings

GENERIC_THE = "grammar.generic-the"


@pytest.mark.parametrize(
    ("text", "flagged", "fix"),
    [
        ("I want to give back to the society.", "the society", "society"),
        ("Doctors serve the humanity every day.", "the humanity", "humanity"),
        ("The knowledge grows when it is shared.", "The knowledge", "Knowledge"),
        ("Hiking lets me spend time in the nature.", "the nature", "nature"),
    ],
)
def test_flags_the_before_a_noun_meant_in_general(
    offline_checker: Checker, text: str, flagged: str, fix: str
) -> None:
    assert rule_findings(offline_checker, text, GENERIC_THE) == [(flagged, (fix,))]


@pytest.mark.parametrize(
    "text",
    [
        "I want to give back to the society that raised me.",  # a clause makes it specific
        "The nature of the illness was unclear.",  # "of" makes it specific
        "I applied the knowledge I gained in clinic.",
        "He spoke about the modern society.",  # an adjective makes it specific
        "All the knowledge in the world could not save him.",
        "The society's president welcomed us.",  # a possessive
        "I want to give back to society.",
    ],
)
def test_spares_the_noun_made_specific(offline_checker: Checker, text: str) -> None:
    assert rule_findings(offline_checker, text, GENERIC_THE) == []
