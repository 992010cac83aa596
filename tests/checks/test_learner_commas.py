"""The learner comma rules on the real spaCy pipeline: what each flags, and what not."""

from __future__ import annotations

import pytest

from psassist.checks.registry import get_rule
from psassist.engines.nlp import Pipeline
from psassist.findings import Category, Severity
from tests.checks.rule_findings import analysed, learner_findings

_COMMA_RULES = (
    "grammar.comma-after-transition",
    "grammar.comma-around-interrupter",
    "grammar.comma-after-introduction",
    "grammar.comma-before-which",
)


def _found(pipeline: Pipeline, text: str) -> list[tuple[str, str, str]]:
    """(rule, flagged words, first suggestion) of every comma rule in `text`."""
    found = learner_findings(analysed(pipeline, text), "psassist.checks.learner.comma")
    return [(f.rule, text[f.start : f.end], f.suggestions[0]) for f in found]


@pytest.mark.parametrize(
    ("text", "rule", "words", "fix"),
    [
        (
            "For example we can see patients on weekends.",
            "grammar.comma-after-transition",
            "For example we",
            "For example, we",
        ),
        (
            "However the clinic stayed open all night.",
            "grammar.comma-after-transition",
            "However the",
            "However, the",
        ),
        (
            "In my opinion it is the best specialty.",
            "grammar.comma-after-transition",
            "In my opinion it",
            "In my opinion, it",
        ),
        (
            "On the other hand each resident needs sleep.",
            "grammar.comma-after-transition",
            "On the other hand each",
            "On the other hand, each",
        ),
        (
            "I was tired; therefore I slept early.",
            "grammar.comma-after-transition",
            "therefore I",
            "therefore, I",
        ),
        (
            "Yes I would choose this specialty again.",
            "grammar.comma-after-transition",
            "Yes I",
            "Yes, I",
        ),
        (
            "As far as I know the program accepts visa holders.",
            "grammar.comma-after-transition",
            "As far as I know the",
            "As far as I know, the",
        ),
        (
            "For example in surgery we operate every day.",
            "grammar.comma-after-transition",
            "For example in",
            "For example, in",
        ),
        (
            "Thus, in my view the rotation was the best part of my training.",
            "grammar.comma-after-transition",
            "in my view the",
            "in my view, the",
        ),
        (
            "Many hospitals in Europe use this system for example.",
            "grammar.comma-around-interrupter",
            "system for example",
            "system, for example",
        ),
        (
            "Every field is competitive, for example if you choose surgery you train longer.",
            "grammar.comma-around-interrupter",
            ", for example if",
            ", for example, if",
        ),
        (
            "A younger resident however will need more support.",
            "grammar.comma-around-interrupter",
            "resident however will",
            "resident, however, will",
        ),
        (
            "The results, however were clear to the whole team.",
            "grammar.comma-around-interrupter",
            ", however were",
            ", however, were",
        ),
        (
            "Students on the other hand need more sleep.",
            "grammar.comma-around-interrupter",
            "Students on the other hand need",
            "Students, on the other hand, need",
        ),
        (
            "I studied every night however I failed the exam.",
            "grammar.comma-around-interrupter",
            "night however I",
            "night; however, I",
        ),
        (
            "When I was a medical student in Lahore I learned to listen.",
            "grammar.comma-after-introduction",
            "Lahore I",
            "Lahore, I",
        ),
        (
            "In the case of elderly patients the best approach is patience.",
            "grammar.comma-after-introduction",
            "patients the",
            "patients, the",
        ),
        (
            "To become a good doctor in my country I studied hard.",
            "grammar.comma-after-introduction",
            "country I",
            "country, I",
        ),
        (
            "On my first night shift I saw the patient.",
            "grammar.comma-after-introduction",
            "shift I",
            "shift, I",
        ),
        (
            "Thus in the years after the war we moved to Karachi.",
            "grammar.comma-after-introduction",
            "war we",
            "war, we",
        ),
        (
            "To treat these patients we needed more beds.",
            "grammar.comma-after-introduction",
            "patients we",
            "patients, we",
        ),
        (
            "I trained in Kyoto which is a beautiful city.",
            "grammar.comma-before-which",
            "Kyoto which",
            "Kyoto, which",
        ),
    ],
)
def test_comma_rules_flag(pipeline: Pipeline, text: str, rule: str, words: str, fix: str) -> None:
    assert _found(pipeline, text) == [(rule, words, fix)]


@pytest.mark.parametrize(
    "text",
    [
        # Commas already there.
        "For example, we can see patients on weekends.",
        # A pair of clauses the parse split at "and": no comma after the "and".
        "If the patient improved and the family agreed we would discharge him.",
        "The results, however, were clear to the whole team.",
        "When I was a medical student in Lahore, I learned to listen.",
        "I trained in Kyoto, which is a beautiful city.",
        # However = in whatever way.
        "However hard I tried, I could not save him.",
        "However you look at it, the result is the same.",
        # Ordinals and phrases that only look like transitions.
        "First impressions matter in an interview.",
        "In addition to the exam we had a practical test.",
        "In general surgery we operate every day.",
        "As a result of the war we moved to Karachi.",
        "Of course.",
        # "No" as a determiner, "as far as" inside the clause.
        "No one in my family had studied medicine.",
        "No doubt the night shifts were hard.",
        "I walked as far as I could before the rain began.",
        # The comma after the opening adverb's phrase is there; the phrase already ends
        # the sentence with its comma.
        "Thus, in my view, the rotation was the best part of my training.",
        "Many hospitals in Europe use this system, for example.",
        "Consider asthma for instance.",
        "Every field is competitive, for example, if you choose surgery you train longer.",
        # Optional in US style: left alone.
        "So I decided to study medicine.",
        "Then the patient asked for water.",
        "Now I work in a family clinic.",
        # Adverbs that need no commas mid-clause (Garner).
        "He therefore began to study again.",
        "I will of course help the new interns.",
        # Short introductions.
        "If I fail I try again.",
        "To do this we needed more beds.",
        "Thus in the years after the war, we moved to Karachi.",
        "Thus in those years we moved to Karachi.",
        "In the morning I round on my patients.",
        "On my first night I saw the patient.",
        # "for example" in brackets, "take X for example", a comma after "while".
        "Some tests (for example blood counts) are cheap.",
        "Take asthma for example, which is common in children.",
        # Indirect questions and defining clauses with "which".
        "I asked my mentor which was best.",
        "The book which I read was long.",
        "The hospital in which I trained was old.",
        # A splice is grammar.however-splice's to report, not a missing comma.
        "I studied hard, however I failed the exam.",
    ],
)
def test_comma_rules_spare(pipeline: Pipeline, text: str) -> None:
    assert _found(pipeline, text) == []


@pytest.mark.parametrize("rule_id", _COMMA_RULES)
def test_comma_rules_are_cited_grammar_warnings(rule_id: str) -> None:
    rule = get_rule(rule_id)
    assert rule.severity is Severity.WARNING
    assert rule.category is Category.GRAMMAR
    assert rule.replaces
    assert rule.sources and all(s.url.startswith(("https://", "http://")) for s in rule.sources)
