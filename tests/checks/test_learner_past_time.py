"""grammar.past-time-tense on the real spaCy pipeline: a present or base verb at a
finished time is marked with its past form; the near misses keep a present verb that is
right (a habit, a present memory, a report of a text, a story opener, a future plan)."""

from __future__ import annotations

import datetime

import pytest

from psassist.checks.checker import Checker
from tests.checks.rule_findings import rule_findings

RULE = "grammar.past-time-tense"

FLAGS: list[tuple[str, str, str]] = [
    # (text, the flagged verb, the suggested past form)
    ("Last year I go to Boston for an elective.", "go", "went"),
    # A comma splice after it: the parser hangs the first clause on the second.
    ("Last year I go to a conference in Chicago, it was very interesting.", "go", "went"),
    ("Yesterday my attending tell me to present the case.", "tell", "told"),
    ("In 2018 our hospital opens a new stroke unit.", "opens", "opened"),
    ("Two years ago, my uncle dies of a heart attack.", "dies", "died"),
    ("When I was a child, I want to be a pilot.", "want", "wanted"),
    ("One night an old farmer come to our clinic with chest pain.", "come", "came"),
    ("Ten years ago, my village has no doctor.", "has", "had"),
    ("Last summer we are in Lahore for my cousin's wedding.", "are", "were"),
    ("Two years ago, I see my first delivery in a village hut.", "see", "saw"),
]

NEAR_MISSES: list[str] = [
    "Last year I went to Boston for an elective.",
    "Every year I go to Boston for a conference.",
    "When I was five, I remember watching my grandfather stitch a wound.",
    "In 2019 the health ministry reports that half of the clinics lack nurses.",
    "One night, a frightened mother arrives with her feverish son.",
    "One day I hope to open a clinic in my village.",
    "Last year I read every chapter of that textbook.",
    "Since last year I work in the emergency room.",
    "Last year and this year I work night shifts.",
    "Two years ago I decided to study medicine, and today I work in a rural clinic.",
    '"Last year I go to Boston," the patient told me.',
    "Did you go to Boston last year?",
    "In 2019, I believe, the clinic changed its hours.",
    "When I was a child, I still go to the river with my father on Sundays.",
]


@pytest.mark.parametrize(("text", "span", "fix"), FLAGS)
def test_present_verb_at_finished_time_is_flagged(
    offline_checker: Checker, text: str, span: str, fix: str
) -> None:
    found = rule_findings(offline_checker, text, RULE)
    assert [s for s, _ in found] == [span]
    assert found[0][1] == (fix,)


def test_shared_subject_verbs_both_get_the_past(offline_checker: Checker) -> None:
    found = rule_findings(offline_checker, "Last year I go to Boston and visit my aunt.", RULE)
    assert found == [("go", ("went",)), ("visit", ("visited",))]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_right_present_or_past_is_spared(offline_checker: Checker, text: str) -> None:
    assert rule_findings(offline_checker, text, RULE) == []


def test_a_future_year_is_a_plan_not_an_error(offline_checker: Checker) -> None:
    next_year = datetime.date.today().year + 1
    text = f"In {next_year} I start my residency in Ohio."
    assert rule_findings(offline_checker, text, RULE) == []
