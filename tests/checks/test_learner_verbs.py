"""Verb forms and simple agreement on the real spaCy pipeline: what each rule flags and spares."""

from __future__ import annotations

import pytest

from psassist.checks.checker import Checker
from psassist.checks.registry import get_rule
from psassist.findings import Category, Severity
from tests.checks.rule_findings import rule_findings

FLAGS: list[tuple[str, str, str, str]] = [
    # (rule, text, the flagged span, the first suggested fix)
    ("grammar.verb-form-base", "With more staff we can helped more families.", "helped", "help"),
    ("grammar.verb-form-base", "Next year she will went to Boston.", "went", "go"),
    ("grammar.verb-form-base", "I didn't went to the lecture.", "went", "go"),
    ("grammar.verb-form-base", "The patient doesn't knows his diagnosis.", "knows", "know"),
    ("grammar.verb-form-base", "We need to reduced waiting times.", "reduced", "reduce"),
    ("grammar.verb-form-base", "I want to learning more about sepsis.", "learning", "learn"),
    ("grammar.verb-form-base", "The fever will causes confusion.", "causes", "cause"),
    ("grammar.verb-form-base", "I asked him to came back on Monday.", "came", "come"),
    ("grammar.verb-form-participle", "I have spend two years in research.", "spend", "spent"),
    ("grammar.verb-form-participle", "She has leave the program.", "leave", "left"),
    ("grammar.verb-form-participle", "They have went home early.", "went", "gone"),
    ("grammar.verb-form-participle", "The samples were took to the lab.", "took", "taken"),
    ("grammar.verb-form-be-base", "The result is depend on the dose.", "is depend", "depends"),
    ("grammar.verb-form-be-base", "Many nurses are believe in this.", "are believe", "believe"),
    ("grammar.verb-form-be-base", "This clinic will be help the poor.", "be help", "help"),
    (
        "grammar.verb-form-be-base",
        "Some nurses are not agree with it.",
        "are not agree",
        "do not agree",
    ),
    ("grammar.verb-form-be-base", "He isn't agree with the plan.", "isn't agree", "doesn't agree"),
    ("grammar.agreement", "She know the protocol well.", "know", "knows"),
    ("grammar.agreement", "He usually bring his own stethoscope.", "bring", "brings"),
    ("grammar.agreement", "They doesn't speak Spanish.", "does", "do"),
    ("grammar.agreement", "In addition it have a long waiting list.", "have", "has"),
    ("grammar.agreement", "People who lives far away miss visits.", "lives", "live"),
    ("grammar.agreement", "Many of my classmates has left.", "has", "have"),
    ("grammar.agreement", "My mother work in a hospital.", "work", "works"),
    ("grammar.agreement", "Every stroke patient are assessed within an hour.", "are", "is"),
    (
        "grammar.agreement",
        "This program help to train young doctors.",
        "program help",
        "program helps",
    ),
    # A bare singular subject: the plural is lemminflect's usual one, not its mass form.
    (
        "grammar.agreement",
        "In my school, professor need us to present cases.",
        "professor need",
        "professors need",
    ),
]

NEAR_MISSES: list[tuple[str, str]] = [
    ("grammar.verb-form-base", "Can doctors prescribe this drug?"),
    ("grammar.verb-form-base", "I look forward to meeting the team."),
    ("grammar.verb-form-base", "I am going to swimming lessons."),
    ("grammar.verb-form-base", "What she did helped me most."),
    ("grammar.verb-form-base", "This can be used at home."),
    ("grammar.verb-form-base", "I went to work early."),
    ("grammar.verb-form-base", "Rest led to improved outcomes."),
    ("grammar.verb-form-participle", "You had better rest today."),
    ("grammar.verb-form-participle", "We have access to the records."),
    ("grammar.verb-form-participle", "I have work to do tonight."),
    ("grammar.verb-form-base", "Would switching to the night team help?"),
    ("grammar.verb-form-base", "The garbage can gave off a bad smell."),
    ("grammar.verb-form-base", "Doing all that you can is good enough."),
    ("grammar.verb-form-participle", "I have found my calling."),
    ("grammar.verb-form-participle", "I have to leave early."),
    ("grammar.verb-form-participle", "I have come a long way."),
    ("grammar.verb-form-participle", "The stethoscope my teacher had was older than me."),
    ("grammar.verb-form-participle", "I've got two children and a night job."),
    ("grammar.verb-form-be-base", "All we could do was wait."),
    ("grammar.agreement", "Be sure the man nearest you is awake."),
    ("grammar.agreement", "Without you life has no meaning."),
    ("grammar.agreement", "Phase I corresponds to the acute stage."),
    ("grammar.agreement", "Dr. Hudgins has already sent his letter."),
    ("grammar.agreement", "Catching sepsis early is the whole point."),
    ("grammar.agreement", "These fish carry the parasite to the villages."),
    ("grammar.agreement", "The sheep graze beside the health post."),
    ("grammar.agreement", "What characterizes our residents is their curiosity."),
    ("grammar.verb-form-be-base", "The answer is help from the community."),
    ("grammar.verb-form-be-base", "My main interest is research."),
    ("grammar.verb-form-be-base", "The clinic is open on Sundays."),
    ("grammar.verb-form-be-base", "The mass had been found on the scan."),
    ("grammar.agreement", "I suggest that he go home."),
    ("grammar.agreement", "Let him help with the rounds."),
    ("grammar.agreement", "He and I go to the clinic together."),
    ("grammar.agreement", "The person who lives next door is a nurse."),
    ("grammar.agreement", "Does he know the diagnosis?"),
    ("grammar.agreement", "He put the chart down."),
    ("grammar.agreement", "If it were easy, everyone would do it."),
    ("grammar.agreement", "He need not worry."),
    ("grammar.agreement", "I helped the team win the award."),
    ("grammar.agreement", "Most of the water is clean."),
    ("grammar.agreement", "My team work hard every night."),
    ("grammar.agreement", "In my school, professors need us to present cases."),
    ("grammar.agreement", "The financial help to buy books was welcome."),
    ("grammar.agreement", "I watched the urine begin to fill the bag."),
    ("grammar.agreement", "Whether it be surgery or medicine, I will commit."),
    ("grammar.agreement", '"Everyone stop," the charge nurse said.'),
    ("grammar.agreement", "Smoking and penetrating injury were the main risks."),
    # A curly contraction already agrees; no "fix" that changes nothing.
    ("grammar.agreement", "I\u2019m hoping you\u2019re right about the schedule."),
    # A question: the verb comes before a subject the parser only guesses at.
    ("grammar.agreement", "Do you grammar check your statement?"),
    ("grammar.agreement", "Were async database calls part of the audit?"),
    # The clause may belong to the noun before the phrase ("threads ... that go").
    ("grammar.agreement", "I read the notes on this ward that describe each patient."),
    # "every" counts one by one: noun number asks for "Every patient", not "deserve".
    ("grammar.agreement", "Every patients deserves respect."),
    # "data" takes either verb.
    ("grammar.agreement", "Is there any data that supports this?"),
]


@pytest.mark.parametrize(("rule_id", "text", "span", "fix"), FLAGS)
def test_rule_flags(offline_checker: Checker, rule_id: str, text: str, span: str, fix: str) -> None:
    found = rule_findings(offline_checker, text, rule_id)
    assert [s for s, _ in found] == [span]
    assert found[0][1][0] == fix


@pytest.mark.parametrize(("rule_id", "text"), NEAR_MISSES)
def test_rule_spares(offline_checker: Checker, rule_id: str, text: str) -> None:
    assert rule_findings(offline_checker, text, rule_id) == []


@pytest.mark.parametrize(
    "rule_id",
    ["grammar.verb-form-base", "grammar.verb-form-participle", "grammar.verb-form-be-base"],
)
def test_verb_form_rules_start_as_warnings(rule_id: str) -> None:
    rule = get_rule(rule_id)
    assert rule.severity is Severity.WARNING
    assert rule.category is Category.GRAMMAR
    assert rule.replaces and rule.sources
