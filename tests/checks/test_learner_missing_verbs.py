"""Missing or malformed verbs on the real spaCy pipeline: a modal or subject with no "be",
"it's" before a base verb, an adjective as a subject, "I interest in", "you be"."""

from __future__ import annotations

import pytest

from psassist.checks.checker import Checker
from tests.checks.rule_findings import rule_findings

FLAGS: list[tuple[str, str, str, str]] = [
    # (rule, text, the flagged span, the first suggested fix)
    (
        "grammar.missing-be",
        "For rural families this clinic can the only link to a specialist.",
        "can the",
        "can be the",
    ),
    (
        "grammar.missing-be",
        "I believe this rotation will the start of my career in oncology.",
        "will the",
        "will be the",
    ),
    (
        "grammar.missing-be",
        "Without an interpreter the visit would not a real conversation.",
        "would not a",
        "would not be a",
    ),
    (
        "grammar.missing-be",
        "After the night shift I could very tired but happy.",
        "could very tired",
        "could be very tired",
    ),
    (
        "grammar.missing-be",
        "In the monsoon the roads flood and it really very hard to reach the clinic.",
        "it really very hard",
        "it is really very hard",
    ),
    (
        "grammar.missing-be",
        "On Mondays, the wards so busy that nurses skip their breaks.",
        "wards so busy",
        "wards are so busy",
    ),
    (
        "grammar.missing-be",
        "Thousands of patients affected by the flood every year.",
        "patients affected",
        "patients are affected",
    ),
    (
        "grammar.missing-be",
        'In our village the illness has a local name; it called "the shaking".',
        "it called",
        "it is called",
    ),
    (
        "grammar.missing-be",
        "It known as the silent killer among our patients.",
        "It known",
        "It is known",
    ),
    (
        "grammar.verb-form-be-base",
        "When the clinic closes early it's make the wait longer for everyone.",
        "it's make",
        "it makes",
    ),
    (
        "grammar.verb-form-be-base",
        "My father is a surgeon and he's help me with every decision.",
        "he's help",
        "he helps",
    ),
    (
        "grammar.adjective-subject",
        "The important is that every patient understands the plan.",
        "The important",
        "The important thing",
    ),
    (
        "grammar.adjective-subject",
        "During my rotation the interesting was how quickly the team adapted.",
        "the interesting",
        "the interesting thing",
    ),
    (
        "grammar.adjective-subject",
        "The good is that the new ward opened last spring.",
        "The good",
        "The good thing",
    ),
    (
        "grammar.feeling-adjective",
        "Since my first year I interest in caring for older patients.",
        "I interest in",
        "I am interested in",
    ),
    (
        "grammar.feeling-adjective",
        "Many parents concern about the cost of each visit.",
        "parents concern about",
        "parents are concerned about",
    ),
    (
        "grammar.feeling-adjective",
        "After that rotation I interested in cardiology.",
        "I interested in",
        "I am interested in",
    ),
    (
        "grammar.agreement",
        "When you be honest with patients, they trust you.",
        "be",
        "are",
    ),
    (
        "grammar.agreement",
        "Because they be far from the city, many families skip follow-up visits.",
        "be",
        "are",
    ),
]

NEAR_MISSES: list[tuple[str, str]] = [
    ("grammar.missing-be", "Can the patient walk without help?"),
    ("grammar.missing-be", "What will the results show about her kidneys?"),
    ("grammar.missing-be", "Only then could the team begin the transfusion."),
    ("grammar.missing-be", "I worked as hard as I could the whole night."),
    ("grammar.missing-be", "We will all the same keep trying."),
    ("grammar.missing-be", "Patients very sick with sepsis were moved to the unit."),
    ("grammar.missing-be", "With the ward very busy, we waited for a bed."),
    ("grammar.missing-be", "I have never met a nurse so dedicated to her patients."),
    ("grammar.missing-be", "They very much enjoyed the teaching rounds."),
    ("grammar.missing-be", "Many children hurt by cars every year are never seen by a doctor."),
    ("grammar.missing-be", "A guideline written by the hospital's own staff."),
    ("grammar.missing-be", "The hospital said it called the family twice before surgery."),
    ("grammar.missing-be", "It called me back within an hour."),
    ("grammar.missing-be", "The clinic sits on a street with houses arranged by size."),
    # grammar.feeling-adjective gives the one finding, with its preposition.
    ("grammar.missing-be", "After that rotation I interested in cardiology."),
    ("grammar.verb-form-be-base", "Let's go over the plan once more."),
    ("grammar.verb-form-be-base", "It's work I love, even on the hardest nights."),
    ("grammar.verb-form-be-base", "It's cause for concern when a child stops eating."),
    ("grammar.verb-form-be-base", "It's come to my attention that the schedule changed."),
    ("grammar.verb-form-be-base", "The patient's walk was slow but steady."),
    ("grammar.verb-form-be-base", "It's brand new and nobody knows how to use it."),
    ("grammar.adjective-subject", "The poor are the first to lose access to care."),
    ("grammar.adjective-subject", "The elderly need more time during each visit."),
    ("grammar.adjective-subject", "The best is yet to come in my training."),
    ("grammar.adjective-subject", "The most important thing is that every patient is heard."),
    ("grammar.adjective-subject", "There are two reasons. The first is that I love teaching."),
    ("grammar.adjective-subject", "The ideal is that every patient sees the same doctor."),
    ("grammar.adjective-subject", "The same is true for the night nurses."),
    ("grammar.feeling-adjective", "Cardiology interests me more than any other field."),
    ("grammar.feeling-adjective", "My mother worries about my long shifts."),
    ("grammar.feeling-adjective", "This change concerns about half of our patients."),
    ("grammar.feeling-adjective", "Students interested in surgery should apply early."),
    ("grammar.feeling-adjective", "I am interested in internal medicine."),
    ("grammar.feeling-adjective", "Are you interested in joining our research group?"),
    ("grammar.agreement", "The board insisted that he be present at every meeting."),
    ("grammar.agreement", "Whether it be a fever or a rash, parents call us first."),
    ("grammar.agreement", "We decided to let it be and move on."),
]


@pytest.mark.parametrize(("rule_id", "text", "span", "fix"), FLAGS)
def test_rule_flags(offline_checker: Checker, rule_id: str, text: str, span: str, fix: str) -> None:
    found = rule_findings(offline_checker, text, rule_id)
    assert [s for s, _ in found] == [span]
    assert found[0][1][0] == fix


@pytest.mark.parametrize(("rule_id", "text"), NEAR_MISSES)
def test_rule_spares(offline_checker: Checker, rule_id: str, text: str) -> None:
    assert rule_findings(offline_checker, text, rule_id) == []
