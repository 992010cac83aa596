"""grammar.missing-to: a missing "to" after want, need, decide... (real spaCy).

Each flag has near misses the parse must leave alone; the sentences are our own.
"""

from __future__ import annotations

import pytest

from psassist.engines.nlp import Pipeline
from tests.checks.rule_findings import analysed, learner_findings

RULE = "grammar.missing-to"


def _found(pipeline: Pipeline, text: str) -> list[tuple[str, str]]:
    """(flagged words, first suggestion) of the rule in `text`."""
    found = learner_findings(analysed(pipeline, text))
    return [(text[f.start : f.end], f.suggestions[0]) for f in found if f.rule == RULE]


@pytest.mark.parametrize(
    ("text", "words", "fix"),
    [
        ("If you want sell it, you need a good image.", "want sell", "want to sell"),
        ("After my residency I decided join a rural clinic.", "decided join", "decided to join"),
        ("I hope see you at the interview.", "hope see", "hope to see"),
        ("She tried explain the diagnosis to the family.", "tried explain", "tried to explain"),
        ("I plan apply to internal medicine programs.", "plan apply", "plan to apply"),
        ("We managed finish the audit on time.", "managed finish", "managed to finish"),
        ("He seems be tired after the call.", "seems be", "seems to be"),
        ("I chose specialize in family medicine.", "chose specialize", "chose to specialize"),
    ],
)
def test_flags_a_missing_to(pipeline: Pipeline, text: str, words: str, fix: str) -> None:
    assert _found(pipeline, text) == [(words, fix)]


@pytest.mark.parametrize(
    "text",
    [
        "I decided to join the program.",
        "We need help with the night shifts.",
        "Patients need care at home.",
        "You need not go tonight.",
        "Need I say more?",
        "I helped organize the clinic.",
        "We let them go home.",
        "I hope you understand my reasons.",
        "The skills we learn shape us.",
        "The car I wanted cost too much.",
        "My plans change every year.",
        "I tried and failed many times.",
        "I chose family medicine.",
        "She offered help to everyone.",
    ],
)
def test_leaves_correct_patterns_alone(pipeline: Pipeline, text: str) -> None:
    assert _found(pipeline, text) == []
