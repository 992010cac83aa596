"""The learner grammar layer on the real spaCy pipeline: what each rule flags, and what not."""

from __future__ import annotations

import pytest

from psassist.checks.learner import without_languagetool_duplicates
from psassist.engines.nlp import Pipeline
from psassist.findings import Category, Finding, Severity
from tests.checks.rule_findings import analysed, learner_findings


def _found(pipeline: Pipeline, text: str, rule: str) -> list[tuple[str, str]]:
    """(flagged words, first suggestion) of `rule` in `text`."""
    found = learner_findings(analysed(pipeline, text))
    return [(text[f.start : f.end], f.suggestions[0]) for f in found if f.rule == rule]


@pytest.mark.parametrize(
    ("text", "words", "fix"),
    [
        ("I worked a 12 hour shift in the emergency room.", "12 hour", "12-hour"),
        (
            "As a first generation student, I struggled at first.",
            "first generation",
            "first-generation",
        ),
        ("She has a stress related illness.", "stress related", "stress-related"),
        ("He is a well known physician in our city.", "well known", "well-known"),
        ("He was a 5 year old boy with fever.", "5 year old", "5-year-old"),
        ("She had a full time job in a clinic.", "full time", "full-time"),
        ("We focus on end of life care.", "end of life", "end-of-life"),
    ],
)
def test_compound_hyphen_flags(pipeline: Pipeline, text: str, words: str, fix: str) -> None:
    assert _found(pipeline, text, "grammar.compound-hyphen") == [(words, fix)]


@pytest.mark.parametrize(
    "text",
    [
        "The shift lasted 12 hours yesterday.",
        "The physician is well known in our city.",
        "She was a highly motivated student.",
        "I was a high school student in Lahore.",
        "I work full time as a volunteer.",
        "I worked a 12-hour shift and a well-known surgeon taught me.",
        "We studied health care policy in public health school.",
        "I keep a first aid kit in my car.",
        "Things changed from day to day.",
    ],
)
def test_compound_hyphen_spares(pipeline: Pipeline, text: str) -> None:
    assert _found(pipeline, text, "grammar.compound-hyphen") == []


@pytest.mark.parametrize(
    ("text", "words", "fix"),
    [
        ("I was interested for cardiology since childhood.", "interested for", "interested in"),
        ("We discussed about the case.", "discussed about", "discussed"),
        ("I want to emphasize on teamwork.", "emphasize on", "emphasize"),
        ("She is married with him.", "married with", "married to"),
        ("I graduated medical school in 2015.", "graduated", "graduated from"),
        ("I had to cope up with the stress.", "cope up", "cope"),
        ("The outcome depends of the dose.", "depends of", "depends on"),
    ],
)
def test_preposition_flags(pipeline: Pipeline, text: str, words: str, fix: str) -> None:
    assert _found(pipeline, text, "grammar.preposition") == [(words, fix)]


@pytest.mark.parametrize(
    "text",
    [
        "I was interested in cardiology for years.",
        "She is married with two children.",
        "We discussed the case and talked about it later.",
        "I graduated from medical school in 2015.",
        "My approach to patients is simple.",
        "I had to cope with the stress.",
        "The emphasis on teamwork impressed me.",
    ],
)
def test_preposition_spares(pipeline: Pipeline, text: str) -> None:
    assert _found(pipeline, text, "grammar.preposition") == []


@pytest.mark.parametrize(
    ("text", "words", "fix"),
    [
        ("I did not want to loose the patient.", "loose", "lose"),
        ("He gave me good advise about residency.", "advise", "advice"),
        ("I advice my juniors to read daily.", "advice", "advise"),
        ("It was more difficult then I expected.", "then", "than"),
        ("She worked much more then others.", "then", "than"),
        ("I want to council patients about smoking.", "council", "counsel"),
        ("I was deeply effected by her death.", "effected", "affected"),
        ("The program has its a good reputation.", "its", "it's"),
        ("Each hospital has it's own rules.", "it's", "its"),
        ("But its very expensive to do it every year.", "its", "it's"),
        ("Stress will effect them.", "effect", "affect"),
    ],
)
def test_confusable_flags(pipeline: Pipeline, text: str, words: str, fix: str) -> None:
    assert _found(pipeline, text, "grammar.confusable") == [(words, fix)]


@pytest.mark.parametrize(
    "text",
    [
        "The suture was loose, so I did not want to lose time.",
        "My mentors advise residents and give good advice.",
        "I finished rounds and then I wrote notes.",
        "If the clinic hires more then costs will rise.",
        "The city council funded the clinic; I counsel patients there.",
        "Her flat affect worried the team.",
        "We hoped to effect change in the clinic.",
        "It's time to go, and the hospital has its own rules.",
        "The program has its very own culture.",
    ],
)
def test_confusable_spares(pipeline: Pipeline, text: str) -> None:
    assert _found(pipeline, text, "grammar.confusable") == []


@pytest.mark.parametrize(
    ("text", "words", "fix"),
    [
        ("I learned alot from her.", "alot", "a lot"),
        ("Infact, I stayed.", "Infact", "In fact"),
        ("I wentto the clinic every day.", "wentto", "went to"),
        ("I saw him becauseof the storm.", "becauseof", "because of"),
    ],
)
def test_run_together_flags(pipeline: Pipeline, text: str, words: str, fix: str) -> None:
    assert _found(pipeline, text, "grammar.run-together") == [(words, fix)]


@pytest.mark.parametrize(
    "text",
    [
        "We studied cardiooncology and immunohistochemistry with neuroprotective agents.",
        "I prescribed atorvastatin and ofloxacin to an inpatient.",
        "It was importand to me.",  # a misspelling of "important", not "import and"
        "They donnot have time.",  # "do not" or "don not"? not certain
        "I met Dr. Intheway in Atwood.",
    ],
)
def test_run_together_spares(pipeline: Pipeline, text: str) -> None:
    assert _found(pipeline, text, "grammar.run-together") == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("I studied hard, however I failed the exam.", ", however"),
        ("I studied hard, however, I failed the exam.", ", however,"),
        ("The night was long, therefore we rotated the calls.", ", therefore"),
        ("As far as I know I agree with this, however some people disagree.", ", however"),
    ],
)
def test_however_splice_flags(pipeline: Pipeline, text: str, words: str) -> None:
    found = _found(pipeline, text, "grammar.however-splice")
    assert [w for w, _ in found] == [words]
    assert found[0][1].startswith("; ")


@pytest.mark.parametrize(
    "text",
    [
        "The results, however, were clear.",
        "However hard I tried, I failed.",
        "If I fail, however, I will try again.",
        "When I arrived, however, the patient had left.",
        "While I was tired, however, I kept going.",
        "I studied hard; however, I failed the exam.",
        "I studied hard. However, I failed the exam.",
    ],
)
def test_however_splice_spares(pipeline: Pipeline, text: str) -> None:
    assert _found(pipeline, text, "grammar.however-splice") == []


def test_every_learner_rule_starts_as_a_warning(pipeline: Pipeline) -> None:
    text = (
        "I worked a 12 hour shift. We discussed about it. I did not want to loose him. "
        "I learned alot. I studied hard, however I failed."
    )
    found = learner_findings(analysed(pipeline, text))
    assert len({f.rule for f in found}) == 5
    assert {f.severity for f in found} == {Severity.WARNING}


def _finding(rule: str, category: Category, start: int, end: int) -> Finding:
    return Finding(rule, category, Severity.WARNING, start, end, "message")


def test_languagetool_keeps_a_span_it_already_flags() -> None:
    ours = [
        _finding("grammar.run-together", Category.GRAMMAR, 10, 14),
        _finding("grammar.confusable", Category.GRAMMAR, 30, 35),
        _finding("style.hedge", Category.STYLE, 10, 14),
    ]
    languagetool = [
        _finding("spelling.misspelling", Category.SPELLING, 10, 14),
        _finding("style.languagetool", Category.STYLE, 30, 35),
    ]
    kept = without_languagetool_duplicates(ours, languagetool)
    assert [f.rule for f in kept] == ["grammar.confusable", "style.hedge"]
