"""A missing "be" and "can not" on the real spaCy pipeline: what they flag and spare."""

from __future__ import annotations

import pytest

from psassist.checks.checker import Checker
from tests.checks.rule_findings import rule_findings


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        ("During night shifts it very quiet on the ward.", "it very quiet", "it is very quiet"),
        ("After the exam he very happy.", "he very happy", "he is very happy"),
        ("I glad to help my village.", "I glad", "I am glad"),
        ("My parents were poor but they very proud.", "they very proud", "they are very proud"),
    ],
)
def test_missing_be_is_flagged_with_the_verb(
    offline_checker: Checker, text: str, span: str, fix: str
) -> None:
    assert rule_findings(offline_checker, text, "grammar.missing-be") == [(span, (fix,))]


@pytest.mark.parametrize(
    "text",
    [
        "Good teachers make it easy to ask questions.",
        "He alone knows the answer.",
        "I sure hope she recovers.",
        "It is very quiet on the ward at night.",
        "We were too busy to eat.",
        "I found it difficult at first.",
    ],
)
def test_missing_be_spares_complete_clauses(offline_checker: Checker, text: str) -> None:
    assert rule_findings(offline_checker, text, "grammar.missing-be") == []


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        ("I can not imagine another career.", "can not", "cannot"),
        ("Can not is two words here.", "Can not", "Cannot"),
    ],
)
def test_can_not_is_written_cannot(
    offline_checker: Checker, text: str, span: str, fix: str
) -> None:
    assert rule_findings(offline_checker, text, "grammar.cannot") == [(span, (fix,))]


@pytest.mark.parametrize(
    "text",
    [
        "We can not only treat the disease but also prevent it.",
        "I cannot imagine another career.",
        "A scan can notice what an exam misses.",
    ],
)
def test_cannot_spares_not_only_and_one_word(offline_checker: Checker, text: str) -> None:
    assert rule_findings(offline_checker, text, "grammar.cannot") == []


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        ("I would happy to join your program.", "would happy", "would be happy"),
        ("The night will not easy for the team.", "will not easy", "will not be easy"),
        ("I think there many ways to help.", "there many", "there are many"),
        ("Second, there a lot of patients in the hall.", "there a", "there are a"),
    ],
)
def test_missing_be_after_a_modal_or_there(
    offline_checker: Checker, text: str, span: str, fix: str
) -> None:
    assert rule_findings(offline_checker, text, "grammar.missing-be") == [(span, (fix,))]


@pytest.mark.parametrize(
    "text",
    [
        "We can better understand the patient.",
        "We lived there many years ago.",
        "There, a man stood alone.",
        "There are many ways to help.",
        "I would be happy to join your program.",
        "We used fewer oxygen tanks than we would private clinics.",
    ],
)
def test_missing_be_spares_adverbs_and_full_verbs(offline_checker: Checker, text: str) -> None:
    assert rule_findings(offline_checker, text, "grammar.missing-be") == []
