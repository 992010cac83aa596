"""grammar.word-order: fixed word orders learners change ("a such case", "the one of the
reasons", "no matter how the shift is long", "I did not know why was it wrong")
(real spaCy)."""

from __future__ import annotations

import pytest

from psassist.checks.checker import Checker
from tests.checks.rule_findings import rule_findings

RULE = "grammar.word-order"


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        ("In a such situation we referred the child to the district hospital.", "a such", "such a"),
        ("It was a such important lesson for me as an intern.", "a such", "such an"),
        ("A such case taught me to listen before I examine.", "A such", "Such a"),
        ("She was a so kind nurse that every patient asked for her.", "a so kind", "such a kind"),
        ("The one of the reasons I chose surgery is my father.", "The one", "One"),
        ("Our clinic was the one of the busiest centers in the province.", "the one", "one"),
        (
            "No matter how the night shift is long, I keep my patients safe.",
            "the night shift is long",
            "long the night shift is",
        ),
        (
            "I finish every note no matter how it is late.",
            "it is late",
            "late it is",
        ),
        (
            "I always explain the plan, no matter how my patients feel tired.",
            "my patients feel tired",
            "tired my patients feel",
        ),
        (
            "In my first week I realized how it is important to listen.",
            "it is important",
            "important it is",
        ),
        (
            "The night rotation showed me how the work is hard.",
            "the work is hard",
            "hard the work is",
        ),
        ("At sixteen I was not enough strong to lift him.", "enough strong", "strong enough"),
        ("I am not sure I was enough experienced.", "enough experienced", "experienced enough"),
    ],
)
def test_flags_fixed_orders(offline_checker: Checker, text: str, span: str, fix: str) -> None:
    found = rule_findings(offline_checker, text, RULE)
    assert [s for s, _ in found] == [span]
    assert found[0][1][0] == fix


@pytest.mark.parametrize(
    "text",
    [
        "In such a situation we referred the child to the district hospital.",
        "It was so good a lecture that I stayed late.",
        "She is a so-called expert in tropical medicine.",
        "One of the reasons I chose surgery is my father.",
        "The one of the two brothers who stayed was my patient.",
        "He was the one of us who always stayed late.",
        "No matter how long the night shift is, I keep my patients safe.",
        "No matter how hard I tried, the child would not eat.",
        "No matter how the test is scored, the result stays the same.",
        "No matter how it is good news, we still call the family.",
        "In my first week I realized how important it is to listen.",
        "I learned how the system is organized.",
        "I know how it is done in our hospital.",
        "At sixteen I was not strong enough to lift him.",
        "We never had enough clean water in the ward.",
        "One night shift was enough.",
    ],
)
def test_spares_fixed_orders(offline_checker: Checker, text: str) -> None:
    assert rule_findings(offline_checker, text, RULE) == []


@pytest.mark.parametrize(
    ("text", "span", "fix"),
    [
        ("At first I did not know why was it wrong.", "was it", "it was"),
        ("My attending asked me did I understand the plan.", "did I understand", "if I understood"),
        ("I wonder what is he doing in the ward so late.", "is he", "he is"),
        ("I cannot explain how did it happen so fast.", "did it happen", "it happened"),
        ("I was not sure what should I do next.", "should I", "I should"),
        ("I had no idea how could I help him.", "could I", "I could"),
        ("I realized how important is it to listen to families.", "is it", "it is"),
        ("I never understood why didn't he come back to the clinic.", "didn't he", "he didn't"),
        ("Nobody told me how long would it take.", "would it", "it would"),
        ("The nurse asked the patient does she smoke.", "does she smoke", "if she smokes"),
        ("I did not know why was there no doctor in the village.", "was there", "there was"),
        ("The boy could not tell me where was the pain.", "was the pain", "the pain was"),
        (
            "I saw how important is the role of family doctors in rural areas.",
            "is the role of family doctors",
            "the role of family doctors is",
        ),
        (
            "Nobody explained why did the patient refuse the surgery.",
            "did the patient refuse",
            "the patient refused",
        ),
        ("I did not know when would the results come.", "would the results", "the results would"),
    ],
)
def test_flags_question_order(offline_checker: Checker, text: str, span: str, fix: str) -> None:
    found = rule_findings(offline_checker, text, RULE)
    assert [s for s, _ in found] == [span]
    assert found[0][1][0] == fix


@pytest.mark.parametrize(
    "text",
    [
        "At first I did not know why it was wrong.",
        "My attending asked me if I understood the plan.",
        "I know what is wrong with him.",
        "I wonder who has it now.",
        "Nobody knew what did it.",
        "I asked myself one question: why is it so hard?",
        "Why is it important? Because it saves lives.",
        "I know, is it not obvious?",
        "The question is how can we help.",
        'She asked me, "Did you understand the plan?"',
        "I know what is the cause of his fever.",
        "Nobody knew who had the patient transferred.",
        "I wonder which is the better choice.",
        "He shared an idea which is you can ask the family first.",
        "The boy could not tell me where the pain was.",
    ],
)
def test_spares_question_order(offline_checker: Checker, text: str) -> None:
    assert rule_findings(offline_checker, text, RULE) == []
