"""grammar.unlikely-pair on real spaCy and the real web counts: each flag has a near miss.

The sentences are our own.
"""

from __future__ import annotations

import pytest

from psassist.engines.nlp import Pipeline
from tests.checks.rule_findings import analysed, learner_findings

RULE = "grammar.unlikely-pair"


def _found(pipeline: Pipeline, text: str) -> list[tuple[str, tuple[str, ...]]]:
    found = learner_findings(analysed(pipeline, text), "psassist.checks.learner.word_pairs")
    return [(text[f.start : f.end], f.suggestions) for f in found if f.rule == RULE]


@pytest.mark.parametrize(
    ("text", "near_miss", "words", "fix"),
    [
        (
            "I want to be responsible the care of my own patients.",
            "I want to be responsible for the care of my own patients.",
            "responsible the",
            "responsible for the",
        ),
        (
            "This animals carry the parasite.",
            "These animals carry the parasite.",
            "This animals",
            "These animals",
        ),
        (
            "These subject were hard for me.",
            "These subjects were hard for me.",
            "These subject",
            "These subjects",
        ),
        (
            "Many families are go to the clinic at night.",
            "Many families are going to the clinic at night.",
            "are go",
            "are going",
        ),
        (
            "Soon he will able to walk again.",
            "Soon he will be able to walk again.",
            "will able",
            "will be able",
        ),
        (
            "Despite of the rain we opened the clinic.",
            "Despite the rain we opened the clinic.",
            "Despite of",
            "Despite",
        ),
        (
            "I wanted to spent more time with each patient.",
            "I wanted to spend more time with each patient.",
            "to spent",
            "to spend",
        ),
        (
            "Each books on the shelf was a gift.",
            "Each book on the shelf was a gift.",
            "Each books",
            "Each book",
        ),
    ],
)
def test_flags_the_pair_with_its_fix_and_leaves_the_mended_sentence(
    pipeline: Pipeline, text: str, near_miss: str, words: str, fix: str
) -> None:
    assert _found(pipeline, text) == [(words, (fix,))]
    assert _found(pipeline, near_miss) == []


@pytest.mark.parametrize(
    "text",
    [
        # A relative clause without "that" puts a noun before a pronoun or article.
        "The patients we saw that night were all septic.",
        # "that" may be a conjunction before a noun.
        "The audit showed that operation times had doubled.",
        # Names and "I" are never judged.
        "In Lagos I met Dr. Okafor, who taught me to listen.",
        # Rare but correct open-class pairs are outside the checked word classes.
        "I read everything I could find about screening for kidney disease.",
        "The second is communication across languages and cultures.",
        "Programs could view applications from October.",
        "I was happy the whole time and quiet a lot of the day.",
        "He said that I should verify to the board that I had passed.",
    ],
)
def test_correct_sentences_stay_quiet(pipeline: Pipeline, text: str) -> None:
    assert _found(pipeline, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "What they did is reduce the dose by half.",  # the subject is a clause
        "All I did was tell her the truth.",  # a pseudo-cleft with "do" before "be"
        "She taught me to dose every drug by weight.",  # "to" before a base form
        "We had no science teacher and some travel money.",  # mass nouns after no/some
        "The last thing we check is perfusion.",  # a subject its own clause describes
        "There will be follow up in clinic.",  # a verb and particle made a noun
        "I look forward to seeing patients.",  # "to" as a preposition before -ing
        "Can hot tubs cause fever?",  # a question, not a missing "be"
        "How much do you think this costs?",  # "this" is the subject, "costs" a verb
    ],
)
def test_structures_that_make_a_rare_pair_right_stay_quiet(pipeline: Pipeline, text: str) -> None:
    assert _found(pipeline, text) == []


def test_the_pair_gives_way_to_a_finding_that_names_the_error() -> None:
    from psassist.checks.learner import word_pairs_giving_way
    from psassist.checks.learner.word_pairs import UNLIKELY_PAIR
    from psassist.findings import Category, Finding, Severity

    pair = UNLIKELY_PAIR.finding(0, 11, "rare pair")
    named = Finding("grammar.agreement", Category.GRAMMAR, Severity.WARNING, 5, 11, "agree")
    elsewhere = UNLIKELY_PAIR.finding(20, 28, "rare pair")
    assert word_pairs_giving_way([pair, named, elsewhere]) == [named, elsewhere]
