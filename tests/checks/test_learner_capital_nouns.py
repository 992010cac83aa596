"""grammar.stray-capital on a common noun capitalised in mid-sentence (real spaCy):
"many Doctors", "my Father", "also University students" are marked with the lower-case
word; names, defined terms, specialties, titles and kinship words used as names keep
their capitals."""

from __future__ import annotations

import pytest

from psassist.checks.checker import Checker
from tests.checks.rule_findings import rule_findings

RULE = "grammar.stray-capital"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("I saw many Patients waiting outside the clinic every morning.", "Patients"),
        ("My Father told me that a doctor must listen first.", "Father"),
        ("I admire dedicated Doctors who stay late for their patients.", "Doctors"),
        ("Both medical and University students joined the free clinic.", "University"),
        ("Most Nurses in my ward worked double shifts.", "Nurses"),
    ],
)
def test_capitalised_common_noun_is_flagged(offline_checker: Checker, text: str, span: str) -> None:
    found = rule_findings(offline_checker, text, RULE)
    assert [s for s, _ in found] == [span]
    assert found[0][1][0] == span.lower()


@pytest.mark.parametrize(
    "text",
    [
        "I chose Internal Medicine because I love long-term care.",
        "I rotated through the Department of Surgery in my final year.",
        "I want to pursue Psychiatry because the mind fascinates me.",
        "When Mom called, I was still in the operating room.",
        "I thank the Hospital for its support during my research year.",
        "I am grateful to our Program for this opportunity.",
        "I saw many patients waiting outside the clinic every morning.",
        "My father told me that a doctor must listen first.",
        "I studied at Cairo University for six years.",
        "Doctors Without Borders inspired me to serve abroad.",
    ],
)
def test_names_titles_and_specialties_are_spared(offline_checker: Checker, text: str) -> None:
    assert rule_findings(offline_checker, text, RULE) == []
