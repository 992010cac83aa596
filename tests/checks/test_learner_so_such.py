"""grammar.so-such: "so" before an adjective and its noun (real spaCy)."""

from __future__ import annotations

import pytest

from psassist.checks.checker import Checker
from tests.checks.rule_findings import rule_findings

RULE = "grammar.so-such"


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        (
            "It was so long shift that I slept in the call room.",
            "so long shift",
            "such a long shift",
        ),
        ("My mentor gave me so good advice.", "so good advice", "such good advice"),
        ("I waited so long time for this match.", "so long time", "such a long time"),
        (
            "Lagos was so unfamiliar place for me.",
            "so unfamiliar place",
            "such an unfamiliar place",
        ),
    ],
)
def test_flags_so_before_adjective_and_noun(
    offline_checker: Checker, text: str, span: str, fix: str
) -> None:
    found = rule_findings(offline_checker, text, RULE)
    assert [s for s, _ in found] == [span]
    assert found[0][1][0] == fix


@pytest.mark.parametrize(
    "text",
    [
        "It was such a long shift that I slept in the call room.",
        "The shift was so long that I slept in the call room.",
        "There were so many patients in the ward.",
        "So only time will tell.",
        "This so-called cure failed our patients.",
        "I was so tired patients noticed it.",
        "It was so important a day for my family.",
        "As long as you try, you learn.",
    ],
)
def test_leaves_so_with_an_adjective_alone(offline_checker: Checker, text: str) -> None:
    assert rule_findings(offline_checker, text, RULE) == []


def test_one_mark_for_so_long_time(offline_checker: Checker) -> None:
    """The missing-article rule's "a so long time" would be wrong; so-such's fix has the "a"."""
    text = "I waited so long time for this match."
    assert rule_findings(offline_checker, text, "grammar.missing-article") == []
    assert rule_findings(offline_checker, text, RULE) == [("so long time", ("such a long time",))]
