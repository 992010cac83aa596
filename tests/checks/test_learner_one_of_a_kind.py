""" "the" dropped before a noun there is only one of ("on internet", "in future"), on the
real spaCy pipeline."""

from __future__ import annotations

import pytest

from psassist.checks.checker import Checker
from tests.checks.rule_findings import rule_findings

MISSING_ARTICLE = "grammar.missing-article"


@pytest.mark.parametrize(
    ("text", "flagged", "fix"),
    [
        ("I read about the condition on internet.", "internet", "the internet"),
        ("I hope to open a clinic in future.", "future", "the future"),
        ("I want to spend rest of my career in rural care.", "rest", "the rest"),
        ("Vaccines changed world forever.", "world", "the world"),
        ("In past, the village had no doctor.", "past", "the past"),
    ],
)
def test_flags_a_one_of_a_kind_noun_without_the(
    offline_checker: Checker, text: str, flagged: str, fix: str
) -> None:
    assert rule_findings(offline_checker, text, MISSING_ARTICLE) == [(flagged, (fix,))]


@pytest.mark.parametrize(
    "text",
    [
        "I read about the condition on the internet.",
        "I hope to open a clinic in the future.",
        "I use internet forums to learn.",  # the noun modifies another
        "We hope to build a better world.",  # an adjective may want "a"
        "She has future plans in oncology.",
        "He walked past the hospital.",
        "I spent the rest of the week on call.",
        "She needed rest after the night shift.",  # "rest" as sleep, not a part
        "The world is changing fast.",
        "Our world-class faculty taught me well.",
    ],
)
def test_spares_a_noun_with_its_article_or_another_use(offline_checker: Checker, text: str) -> None:
    assert rule_findings(offline_checker, text, MISSING_ARTICLE) == []
