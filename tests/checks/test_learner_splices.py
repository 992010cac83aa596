"""grammar.comma-splice on the real spaCy pipeline: two sentences joined by a comma alone
are flagged; a comma after a subordinate opening, a reporting verb or in a series is not."""

from __future__ import annotations

import pytest

from psassist.engines.nlp import Pipeline
from tests.checks.rule_findings import analysed, learner_findings


def _splices(pipeline: Pipeline, text: str) -> list[tuple[str, tuple[str, ...]]]:
    """(flagged words, suggestions) of each comma-splice finding in `text`."""
    found = learner_findings(analysed(pipeline, text), "psassist.checks.learner.joined_clauses")
    return [(text[f.start : f.end], tuple(f.suggestions)) for f in found]


@pytest.mark.parametrize(
    ("text", "words", "fixes"),
    [
        (
            "His blood pressure was very high, we started him on a drip.",
            ", we",
            ("; we", ". We"),
        ),
        (
            "My mother was a nurse, she worked nights for twenty years.",
            ", she",
            ("; she", ". She"),
        ),
        (
            "The clinic was busy, there were forty patients waiting.",
            ", there",
            ("; there", ". There"),
        ),
        (
            "This program is ideal for me, it offers strong mentorship.",
            ", it",
            ("; it", ". It"),
        ),
        (
            "When the night shift ended, I went to the library, i read about sepsis.",
            ", i",
            ("; i", ". I"),
        ),
    ],
)
def test_comma_splice_is_flagged(
    pipeline: Pipeline, text: str, words: str, fixes: tuple[str, str]
) -> None:
    assert _splices(pipeline, text) == [(words, fixes)]


@pytest.mark.parametrize(
    "text",
    [
        "When his blood pressure rose, we started him on a drip.",
        "Had we known about the allergy, we would have chosen another drug.",
        "Had the scan come back an hour later, we might have missed the window.",
        "If the tired, hungry residents leave early, they miss the handover.",
        "I came, I saw, I conquered.",
        "I listen to families, I explain each step, and I follow up the next day.",
        "I think, it is a good idea.",
        'He said, "We should wait for the scan."',
        "She was, I think, the best teacher in the program.",
        "I was exhausted after the shift, I admit.",
        "The night was long, but I stayed with her until morning.",
        "Whether we like it or not, we must document everything.",
        "Was the night long, did you sleep at all?",
        "The more patients I saw, the more I learned.",
        "However hard I tried, I could not save him.",
    ],
)
def test_near_miss_is_not_flagged(pipeline: Pipeline, text: str) -> None:
    assert _splices(pipeline, text) == []
