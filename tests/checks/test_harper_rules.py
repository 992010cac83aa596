"""Harper's findings as psassist rules: the chosen rules, real engine, one mark per error."""

from __future__ import annotations

from psassist.checks.analysis import CheckOptions
from psassist.checks.checker import Checker
from psassist.checks.harper_rules import HARPER, RULES
from psassist.engines.harper import shared_engine

from .rule_findings import rule_findings


def test_flags_a_verb_missing_its_object(offline_checker: Checker) -> None:
    found = rule_findings(offline_checker, "My parents did not allow to travel.", HARPER.id)
    assert [words for words, _ in found] == ["allow to travel"]


def test_spares_the_verb_with_its_object(offline_checker: Checker) -> None:
    assert rule_findings(offline_checker, "My parents did not allow me to travel.", HARPER.id) == []


def test_flags_a_wrong_plural_in_a_fixed_phrase_with_the_fix(offline_checker: Checker) -> None:
    found = rule_findings(offline_checker, "I will explain my point of views.", HARPER.id)
    assert found == [("point of views", ("points of view",))]


def test_message_quotes_words_plainly(offline_checker: Checker) -> None:
    report = offline_checker.check_text("I will explain my point of views.", "t")
    (finding,) = [f.finding for f in report.findings if f.finding.rule == HARPER.id]
    assert finding.message == 'The correct plural is "points of view".'


def test_spares_the_right_plural(offline_checker: Checker) -> None:
    assert rule_findings(offline_checker, "I will explain my points of view.", HARPER.id) == []


def test_gives_way_to_psassists_own_finding_on_the_same_words(offline_checker: Checker) -> None:
    # Harper's Discuss rule and psassist's preposition rule both see this error.
    text = "At rounds we discussed about the new admission."
    engine = shared_engine(RULES)
    assert "Discuss" in {lint.rule for lint in engine.lint(text) or []}
    report = offline_checker.check_text(text, "t.txt")
    marks = [f.finding.rule for f in report.findings if f.finding.category.value == "grammar"]
    assert marks == ["grammar.preposition"]


def test_style_advice_harper_gives_is_not_reported(offline_checker: Checker) -> None:
    # Oxford comma and "very good" -> "excellent" are Harper defaults psassist leaves off.
    report = offline_checker.check_text("The ward was very good for fever, cough and rash.", "t")
    assert [f for f in report.findings if f.finding.rule == HARPER.id] == []


def test_can_be_turned_off_per_check(offline_checker: Checker) -> None:
    options = CheckOptions(disabled_rules=frozenset({HARPER.id}))
    report = offline_checker.check_text("My parents did not allow to travel.", "t", options)
    assert [f for f in report.findings if f.finding.rule == HARPER.id] == []


def test_a_checker_without_harper_says_so(pipeline) -> None:  # type: ignore[no-untyped-def]
    from psassist.config import Settings

    checker = Checker(Settings(), grammar=False, harper=False, pipeline=pipeline)
    report = checker.check_text("My parents did not allow to travel.", "t")
    assert [f for f in report.findings if f.finding.rule == HARPER.id] == []
    assert report.engines["harper"].status == "unavailable"
