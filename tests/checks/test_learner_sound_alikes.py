"""grammar.confusable for words that sound or look like the word meant (there/their,
that/than, to/too, decease/disease, adds/ads, fell/feel, board/broad, fore/for, safe/save,
rise/raise, brake/break, population/pollution), on real spaCy.

The sentences are our own.
"""

from __future__ import annotations

import pytest

from psassist.engines.nlp import Pipeline
from tests.checks.rule_findings import analysed, learner_findings

RULE = "grammar.confusable"
MODULES = ("psassist.checks.learner.sound_alikes", "psassist.checks.learner.near_spellings")


def _found(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    analysis = analysed(pipeline, text)
    found = [f for module in MODULES for f in learner_findings(analysis, module)]
    return [(text[f.start : f.end], f.suggestions[0]) for f in found if f.rule == RULE]


@pytest.mark.parametrize(
    ("text", "words", "fix"),
    [
        ("Residents need time to show there clinical skill.", "there", "their"),
        ("Many nurses study in there free time.", "there", "their"),
        ("Some of there families travel for two days.", "there", "their"),
        ("The villagers built the clinic with there own hands.", "there", "their"),
        ("Rural doctors need more practical training that theoretical lectures.", "that", "than"),
        ("My clinical English is better that before.", "that", "than"),
        ("We vaccinated more that 300 children in one week.", "that", "than"),
        ("By the time we arrived it was to late for surgery.", "to", "too"),
        ("The waiting room looked to crowded, so we opened a second one.", "to", "too"),
        ("In winter there are to many patients.", "to", "too"),
        ("Rheumatic heart decease is common in my country.", "decease", "disease"),
        ("Families trusted the adds they saw on television.", "adds", "ads"),
        ("A child may fell afraid in the emergency room.", "fell", "feel"),
        ("The clinic exposed me to a board range of pathology.", "board", "broad"),
        ("Families waited fore hours to see the only doctor.", "fore", "for"),
        ("The program should rise awareness of hypertension in villages.", "rise", "raise"),
        ("Early surgery can safe the patient's leg.", "safe", "save"),
        ("Residency is my chance of braking out of routine.", "braking", "breaking"),
        ("Air population from the factories worsened his asthma.", "population", "pollution"),
    ],
)
def test_flags(pipeline: Pipeline, text: str, words: str, fix: str) -> None:
    assert _found(pipeline, text) == [(words, fix)]


@pytest.mark.parametrize(
    "text",
    [
        "Is there a cardiologist on call tonight?",
        "I went there every day for a year.",
        "I worked there three years before residency.",
        "There patients were waiting in the corridor.",
        "I met there many patients from the north.",
        "I gained there valuable experience in triage.",
        "Most of their patients are farmers.",
        "I saw more patients that needed urgent care.",
        "It is better that way for the family.",
        "It is more likely that the fever is viral.",
        "The more that I read, the more I wanted to learn.",
        "Her condition was close to perfect after the operation.",
        "The team moved to remote areas in the summer.",
        "I have been to more than ten district hospitals.",
        "The plan is to only admit stable patients.",
        "After his decease, the family sold the pharmacy.",
        "This adds to the cost of every visit.",
        "The new protocol adds two steps to triage.",
        "The workers will fell the old trees near the clinic.",
        "I fell asleep after my first night shift.",
        "I passed my board exams on the first attempt.",
        "The board reviewed my application in March.",
        "Patient safety came to the fore during the outbreak.",
        "The dog injured its fore legs.",
        "Her fever continued to rise the whole night.",
        "Blood pressure can rise a little after meals.",
        "We moved the children to safe places before the flood.",
        "The driver was braking hard on the wet road.",
        "The rural population of my province is growing.",
    ],
)
def test_spares(pipeline: Pipeline, text: str) -> None:
    assert _found(pipeline, text) == []
