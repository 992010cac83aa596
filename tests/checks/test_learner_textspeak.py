"""spelling.textspeak: chat spellings in a statement (real spaCy)."""

from __future__ import annotations

import pytest

from psassist.checks.checker import Checker
from tests.checks.rule_findings import rule_findings

RULE = "spelling.textspeak"


@pytest.mark.parametrize(
    ("text", "flagged", "fix"),
    [
        ("As u can see, my research years shaped me.", ["u"], "you"),
        ("We r ready to serve this community.", ["r"], "are"),
        ("I chose the night shift coz it paid more.", ["coz"], "because"),
        ("Thank u for reading ur applicant's story.", ["u", "ur"], "you"),
        ("On a busy night, u learn to triage fast.", ["u"], "you"),
        ("I know ur a good listener.", ["ur"], "you're"),
        ("Ur story moved me, and I think ur right.", ["ur"], "you're"),
    ],
)
def test_flags_chat_spellings(
    offline_checker: Checker, text: str, flagged: list[str], fix: str
) -> None:
    found = rule_findings(offline_checker, text, RULE)
    assert [s for s, _ in found] == flagged
    assert found[0][1][0] == fix


@pytest.mark.parametrize(
    "text",
    [
        "We gave 10 u of regular insulin before the meal.",
        "The correlation was strong (r = 0.8).",
        "Vitamin B4 and the letter u were on the quiz.",
        "The ancient city of Ur fascinated my grandfather.",
        "Group A, group B and group r samples were stored apart.",
        "The vowels a, e, i, o, u and y sound different in Hindi.",
    ],
)
def test_leaves_letters_units_and_names_alone(offline_checker: Checker, text: str) -> None:
    assert rule_findings(offline_checker, text, RULE) == []
