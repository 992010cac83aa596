"""More learner cases on the real spaCy pipeline: finished times, state verbs, since/for,
confused words, prepositions, hyphens and "however" splices. Each flag has a near miss
that looks alike and must pass."""

from __future__ import annotations

import pytest

from psassist.checks.checker import Checker
from tests.checks.rule_findings import rule_findings

FLAGS: list[tuple[str, str, str, str | None]] = [
    # (rule, text, the flagged span, the suggested fix or None)
    (
        "grammar.perfect-finished-time",
        "I have moved to Karachi in 2015, after my exams.",
        "have moved",
        "moved",
    ),
    (
        "grammar.perfect-finished-time",
        "During my first rotation in 2020, I have delivered twelve babies.",
        "have delivered",
        "delivered",
    ),
    (
        "grammar.perfect-finished-time",
        "One morning, a child with burns has come to our clinic.",
        "has come",
        "came",
    ),
    (
        "grammar.perfect-finished-time",
        "I have chosen that night to become a surgeon.",
        "have chosen",
        "chose",
    ),
    (
        "grammar.perfect-finished-time",
        "My grandfather has passed away when I was twelve.",
        "has passed",
        "passed",
    ),
    (
        "grammar.stative-progressive",
        "The old man was hating the hospital food.",
        "was hating",
        "hated",
    ),
    (
        "grammar.since-for",
        "Patients in my town wait since several weeks before they see a doctor.",
        "since several weeks",
        "for several weeks",
    ),
    ("grammar.confusable", "We now advice new mothers to breastfeed.", "advice", "advise"),
    ("grammar.confusable", "That conversation lead me to pediatrics.", "lead", "led"),
    ("grammar.confusable", "My mentor has lead the stroke unit for years.", "lead", "led"),
    ("grammar.confusable", "The bandage came lose during the night.", "lose", "loose"),
    (
        "grammar.preposition",
        "The surgeon explained about the risks.",
        "explained about",
        "explained",
    ),
    ("grammar.preposition", "We arrived to the clinic at dawn.", "arrived to", "arrived at"),
    ("grammar.preposition", "She arrived to Chicago in July.", "arrived to", "arrived in"),
    ("grammar.preposition", "I participated at a vaccination campaign.", "participated at", None),
    ("grammar.preposition", "The father was angry on the nurses.", "angry on", "angry with"),
    ("grammar.preposition", "I am proud for this small project.", "proud for", "proud of"),
    ("grammar.preposition", "She is good in suturing.", "good in", "good at"),
    ("grammar.compound-hyphen", "We treated drug resistant infections.", "drug resistant", None),
    ("grammar.compound-hyphen", "It was a cost effective plan.", "cost effective", None),
    ("grammar.compound-hyphen", "I am a first year resident.", "first year", "first-year"),
    (
        "grammar.however-splice",
        "Care has improved, however many clinics still lack staff.",
        ", however",
        "; however,",
    ),
    (
        "grammar.however-splice",
        "The exam is hard, however good preparation makes it fair.",
        ", however",
        "; however,",
    ),
]

NEAR_MISSES: list[tuple[str, str]] = [
    ("grammar.perfect-finished-time", "I have never forgotten that night."),
    ("grammar.perfect-finished-time", "I have always loved biology, even when I was small."),
    ("grammar.perfect-finished-time", "I have lived here since the clinic opened in 2015."),
    ("grammar.perfect-finished-time", "As we have seen, when the rains came, cholera followed."),
    ("grammar.perfect-finished-time", "I moved to Karachi in 2015, after my exams."),
    ("grammar.stative-progressive", "The old man hated the hospital food."),
    ("grammar.since-for", "I have worked here since two years after the war ended."),
    ("grammar.confusable", "My advice to new mothers is to breastfeed."),
    ("grammar.confusable", "These conversations lead me to pediatrics."),
    ("grammar.confusable", "This could eventually lead to a new clinic."),
    ("grammar.confusable", "Our team lead guided me through the night."),
    ("grammar.confusable", "Do not lose the bandage."),
    ("grammar.preposition", "The surgeon explained the risks."),
    ("grammar.preposition", "We arrived to find the clinic closed."),
    ("grammar.preposition", "He was angry on behalf of his mother."),
    ("grammar.preposition", "I am so proud for you."),
    ("grammar.preposition", "She is good in a crisis."),
    ("grammar.compound-hyphen", "The infection was drug resistant."),
    ("grammar.compound-hyphen", "One night nurses called me twice about him."),
    ("grammar.compound-hyphen", "I worked at a 400-bed teaching hospital."),
    ("grammar.compound-hyphen", "I hope I will one day work in your program."),
    ("grammar.compound-hyphen", "The results of her first blood test were normal."),
    ("grammar.compound-hyphen", "His first bone marrow biopsy was normal."),
    ("grammar.however-splice", "I tried, however hard it was, to stay awake."),
    ("grammar.however-splice", "However many patients came, we saw them all."),
]


@pytest.mark.parametrize(("rule_id", "text", "span", "fix"), FLAGS)
def test_rule_flags(
    offline_checker: Checker, rule_id: str, text: str, span: str, fix: str | None
) -> None:
    found = rule_findings(offline_checker, text, rule_id)
    assert [s for s, _ in found] == [span]
    if fix is not None:
        assert found[0][1][0] == fix


@pytest.mark.parametrize(("rule_id", "text"), NEAR_MISSES)
def test_rule_spares(offline_checker: Checker, rule_id: str, text: str) -> None:
    assert rule_findings(offline_checker, text, rule_id) == []
