"""grammar.stray-capital on the real spaCy pipeline: a function word capitalised in
mid-sentence is marked with its lower-case form; titles, names, quotations, sentence
starts, headings and text after a colon, semicolon, dash or bracket keep their capitals."""

from __future__ import annotations

import pytest

from psassist.checks.checker import Checker
from tests.checks.rule_findings import rule_findings

RULE = "grammar.stray-capital"

FLAGS: list[tuple[str, str]] = [
    # (text, the flagged word)
    ("Likewise, The night shifts taught me to stay calm.", "The"),
    ("For example, When I worked in the clinic, I learned patience.", "When"),
    ("I stayed late because If I left, no one would watch the ward.", "If"),
    ("So It was the hardest month of my training.", "It"),
    ("Moreover, It showed me how much families trust their doctors.", "It"),
    ("My mentor was strict, but She always explained her reasons.", "She"),
    ("I saw how poverty shapes health, and This is why I chose family medicine.", "This"),
    ("In addition, We started a weekly clinic for diabetic patients.", "We"),
]

NEAR_MISSES: list[str] = [
    # Sentence and paragraph starts, and the pronoun "I".
    "When I was young, I wanted to help.",
    "My father was a farmer.\n\nThe village had no doctor.",
    "I worked hard. The results showed it.",
    # Titles and names.
    "I read Gone With The Wind during my internship.",
    "As a child I loved The Lord of The Rings and read it twice.",
    "I studied at the University Of Lagos for six years.",
    "I presented our audit in The Hague in 2019.",
    "I went home in May last year.",
    # Quotations, questions, and marks that may open a new clause.
    'My mentor said, "When in doubt, examine the patient again."',
    "I kept asking myself, Why did I choose medicine?",
    "My mentor had one rule: The patient comes first.",
    "I was exhausted; The next day was worse.",
    "I was exhausted (The ward was full) but stayed.",
    "I was exhausted - The ward was full - but I stayed.",
    # Letters, reverential capitals, and letters used as symbols.
    "Dear Dr. Okafor, It was a pleasure to meet you.",
    "I thank God for His guidance through every exam.",
    "My first grade was an A in anatomy.",
    "Here a and b are constants, No is the group number.",
    # Headings and all-caps text.
    "Why I Chose Family Medicine\n\nI grew up in a small town.",
    "WHEN I WAS YOUNG, THE VILLAGE HAD NO DOCTOR.",
]


@pytest.mark.parametrize(("text", "word"), FLAGS)
def test_capitalised_function_word_in_mid_sentence_is_flagged(
    offline_checker: Checker, text: str, word: str
) -> None:
    found = rule_findings(offline_checker, text, RULE)
    assert found == [(word, (word.lower(),))]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_capitals_that_belong_are_spared(offline_checker: Checker, text: str) -> None:
    assert rule_findings(offline_checker, text, RULE) == []
