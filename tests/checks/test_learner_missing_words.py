"""Missing or wrong prepositions, doubled comparatives and "to" before a bare infinitive.

Real spaCy. Each flag has a near miss the parse must leave alone; the sentences are our own.
"""

from __future__ import annotations

import pytest

from psassist.engines.nlp import Pipeline
from tests.checks.rule_findings import analysed, learner_findings


def _found(pipeline: Pipeline, text: str, rule: str) -> list[tuple[str, str]]:
    """(flagged words, first suggestion) of `rule` in `text`."""
    found = learner_findings(analysed(pipeline, text))
    return [(text[f.start : f.end], f.suggestions[0]) for f in found if f.rule == rule]


@pytest.mark.parametrize(
    ("rule", "text", "words", "fix"),
    [
        (
            "grammar.missing-preposition",
            "I like to listen music after a long shift.",
            "listen music",
            "listen to music",
        ),
        (
            "grammar.missing-preposition",
            "Residents must deal the problems of the night.",
            "deal the",
            "deal with the",
        ),
        (
            "grammar.missing-preposition",
            "The outcome depends the funding we get.",
            "depends the",
            "depends on the",
        ),
        (
            "grammar.missing-preposition",
            "My mentor never failed to reply me.",
            "reply me",
            "reply to me",
        ),
        (
            "grammar.missing-preposition",
            "Please wait me at the entrance.",
            "wait me",
            "wait for me",
        ),
        (
            "grammar.missing-preposition",
            "Nurses and doctors must communicate each other.",
            "communicate each",
            "communicate with each",
        ),
        (
            "grammar.double-comparative",
            "The second rotation was more easier for me.",
            "more easier",
            "easier",
        ),
        (
            "grammar.double-comparative",
            "It was the most worst night of my training.",
            "most worst",
            "worst",
        ),
        (
            "grammar.double-comparative",
            "We had very less time for each patient.",
            "very less",
            "much less",
        ),
        (
            "grammar.causative-to",
            "Her story made me to choose pediatrics.",
            "me to choose",
            "me choose",
        ),
        (
            "grammar.causative-to",
            "The attending let us to examine the patient.",
            "us to examine",
            "us examine",
        ),
        (
            "grammar.causative-to",
            "Good teachers make students to think.",
            "students to think",
            "students think",
        ),
        ("grammar.preposition", "You can trust on the senior nurses.", "trust on", "trust"),
        ("grammar.preposition", "I found myself enjoying in the work.", "enjoying in", "enjoying"),
        (
            "grammar.preposition",
            "The lecturer stressed on hand hygiene.",
            "stressed on",
            "stressed",
        ),
        (
            "grammar.preposition",
            "I entered into medical school at seventeen.",
            "entered into",
            "entered",
        ),
        (
            "grammar.preposition",
            "We reached to the hospital after midnight.",
            "reached to",
            "reached",
        ),
        ("grammar.preposition", "I attended to a conference on sepsis.", "attended to", "attended"),
        (
            "grammar.preposition",
            "On Sundays we went for shopping together.",
            "went for shopping",
            "went shopping",
        ),
        ("grammar.modal-to", "Every intern must to present one case.", "to present", "present"),
        ("grammar.modal-to", "Some patients can't to afford the drugs.", "to afford", "afford"),
        (
            "grammar.preposition",
            "It was difficult to me to sleep after calls.",
            "difficult to",
            "difficult for",
        ),
        (
            "grammar.preposition",
            "Villages are dependent of one clinic.",
            "dependent of",
            "dependent on",
        ),
        (
            "grammar.missing-preposition",
            "I agree the statement in the prompt.",
            "agree the",
            "agree with the",
        ),
        (
            "grammar.missing-preposition",
            "The surgeon explained me the risks.",
            "explained me",
            "explained to me",
        ),
        (
            "grammar.double-comparative",
            "Her clinic is as much as busy as ours.",
            "as much as busy",
            "as busy",
        ),
        ("grammar.preposition", "In clinic we focus in prevention.", "focus in", "focus on"),
        (
            "grammar.preposition",
            "The new data cast doubt in the old guideline.",
            "doubt in",
            "doubt on",
        ),
        (
            "grammar.preposition",
            "Our team is composed by nurses and pharmacists.",
            "composed by",
            "composed of",
        ),
        (
            "grammar.preposition",
            "In 2015 my classmates and I traveled for China.",
            "traveled for",
            "traveled to",
        ),
        (
            "grammar.missing-preposition",
            "As a student I traveled Kenya with a mobile clinic.",
            "traveled Kenya",
            "traveled to Kenya",
        ),
        (
            "grammar.missing-preposition",
            "I wanted to go Boston for the conference.",
            "go Boston",
            "go to Boston",
        ),
    ],
)
def test_flags(pipeline: Pipeline, rule: str, text: str, words: str, fix: str) -> None:
    assert _found(pipeline, text, rule) == [(words, fix)]


@pytest.mark.parametrize(
    ("rule", "text"),
    [
        ("grammar.missing-preposition", "I like to listen to music after a long shift."),
        ("grammar.missing-preposition", "The dealer dealt the cards before dinner."),
        ("grammar.missing-preposition", "Everything depends, in part, on the funding."),
        ("grammar.missing-preposition", "She waited her turn in the line."),
        ("grammar.missing-preposition", "Wait a minute before you answer."),
        ("grammar.missing-preposition", "The residents helped each other through the night."),
        ("grammar.double-comparative", "More older patients come to the clinic in winter."),
        ("grammar.double-comparative", "The more senior residents taught the interns."),
        ("grammar.double-comparative", "She is the very best teacher I have had."),
        ("grammar.double-comparative", "The second rotation was much easier for me."),
        ("grammar.causative-to", "I made efforts to overcome my fear of public speaking."),
        ("grammar.causative-to", "She made money to pay for medical school."),
        ("grammar.causative-to", "As interns we were made to repeat every history."),
        ("grammar.causative-to", "Her story made me choose pediatrics."),
        ("grammar.preposition", "I trust in the senior nurses."),
        ("grammar.preposition", "I enjoyed in particular the night shifts."),
        ("grammar.preposition", "The stress on the residents was obvious."),
        ("grammar.preposition", "The two hospitals entered into an agreement."),
        ("grammar.preposition", "The swelling reached to her knees."),
        ("grammar.preposition", "The nurse attended to the patient at once."),
        ("grammar.preposition", "On Sundays we went for a walk together."),
        ("grammar.modal-to", "Every intern ought to present one case."),
        ("grammar.modal-to", "Every intern would like to present one case."),
        ("grammar.preposition", "It was important to me to finish the course."),
        ("grammar.preposition", "The lecture was difficult to follow."),
        ("grammar.preposition", "Our clinic is independent of the hospital."),
        ("grammar.missing-preposition", "The two departments agreed the budget in May."),
        ("grammar.missing-preposition", "Friends would describe me as patient."),
        ("grammar.missing-preposition", "The surgeon explained the risks to me."),
        ("grammar.double-comparative", "I enjoyed research as much as clinical work."),
        ("grammar.preposition", "Once the scan was back we could focus in on the lesion."),
        ("grammar.preposition", "We have to focus in 2025 on recruiting nurses."),
        ("grammar.preposition", "The new data cast doubt on the old guideline."),
        ("grammar.preposition", "The hymn we sang was composed by a friend of my father."),
        ("grammar.preposition", "The symphony was composed by Mozart."),
        ("grammar.preposition", "I travel for work twice a year."),
        ("grammar.missing-preposition", "As a student I traveled the country with a clinic."),
        ("grammar.missing-preposition", "I traveled the United States for a month."),
    ],
)
def test_spares(pipeline: Pipeline, rule: str, text: str) -> None:
    assert _found(pipeline, text, rule) == []
