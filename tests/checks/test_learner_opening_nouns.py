"""grammar.missing-article on a bare countable noun that opens a sentence (real spaCy):
the capital is only the sentence's, so "Robot can do the work" lacks its article, while
mass nouns, names, kinship words, routines and headings keep their bare capital."""

from __future__ import annotations

import pytest

from psassist.checks.checker import Checker
from tests.checks.rule_findings import rule_findings

RULE = "grammar.missing-article"


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        ("Computer is very useful for every resident on call.", "Computer", "A computer"),
        ("Robot can do the dull work of the night shift.", "Robot", "A robot"),
        ("Patient was admitted to our ward at midnight.", "Patient", "A patient"),
    ],
)
def test_bare_noun_opening_a_sentence_is_flagged(
    offline_checker: Checker, text: str, span: str, fix: str
) -> None:
    found = rule_findings(offline_checker, text, RULE)
    assert [s for s, _ in found] == [span]
    assert found[0][1][0] == fix


@pytest.mark.parametrize(
    "text",
    [
        "Medicine is a lifelong commitment.",
        "Research shows that sleep matters.",
        "Family is the reason I came back home.",
        "Mother told me to rest before the exam.",
        "School starts at eight in my village.",
        "Haven says the tent will hold in a storm.",
        "Robot Surgery Saves Lives",
        "A robot can do the dull work of the night shift.",
        "Computers are very useful for every resident on call.",
    ],
)
def test_mass_nouns_names_and_headings_are_spared(offline_checker: Checker, text: str) -> None:
    assert rule_findings(offline_checker, text, RULE) == []
