"""Phrase rules on the ways applicants really write: letter formulas, acronyms, curly quotes."""

from __future__ import annotations

import pytest

from psassist.checks.checker import Checker


def _cliches(checker: Checker, text: str) -> list[str]:
    report = checker.check_text(text)
    return [
        text[f.finding.start : f.finding.end]
        for f in report.findings
        if f.finding.rule == "style.cliche"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "My name is Rahul and I am applying to internal medicine.",
        "I look forward to joining your esteemed program.",
        "Thank you for considering my application.",
        "Dear Program Director,\n\nI am applying to pediatrics.",
    ],
)
def test_letter_formulas_are_flagged(offline_checker: Checker, text: str) -> None:
    assert _cliches(offline_checker, text)


@pytest.mark.parametrize(
    "text",
    [
        "The patient told me her name is a secret she keeps from her family.",
        "I thanked the nurses for their patience during my first week.",
    ],
)
def test_letter_near_misses_pass(offline_checker: Checker, text: str) -> None:
    assert not _cliches(offline_checker, text)


def test_curly_apostrophes_still_match(offline_checker: Checker) -> None:
    assert _cliches(offline_checker, "Ever since I was a child, I\u2019ve wanted this.")


@pytest.mark.parametrize(
    "text",
    [
        "She was admitted with heart failure on her second day in the village.",
        "Her kidneys failed, and we started dialysis that night.",
        "I passed Step 1 and Step 2 CK on my first attempt.",
    ],
)
def test_clinical_failure_is_not_a_red_flag(offline_checker: Checker, text: str) -> None:
    rules = [f.finding.rule for f in offline_checker.check_text(text).findings]
    assert "style.red-flag-unexplained" not in rules


@pytest.mark.parametrize(
    "text",
    [
        "I failed Step 1 in 2020.",
        "I passed Step 2 CK on my second attempt.",
        "I took a leave of absence in my fourth year.",
    ],
)
def test_own_setbacks_are_red_flags(offline_checker: Checker, text: str) -> None:
    rules = [f.finding.rule for f in offline_checker.check_text(text).findings]
    assert "style.red-flag-unexplained" in rules


def test_dialogue_opening_is_not_an_epigraph(offline_checker: Checker) -> None:
    text = (
        "\u201cDoctor, will my baby be okay?\u201d the young mother asked me in the "
        "neonatal unit. I stayed with her until morning."
    )
    rules = [f.finding.rule for f in offline_checker.check_text(text).findings]
    assert "style.opening-quotation" not in rules


def test_epigraph_opening_is_flagged(offline_checker: Checker) -> None:
    text = (
        '"The good physician treats the disease." Ever since my first rotation I '
        "have tried to live by this."
    )
    rules = [f.finding.rule for f in offline_checker.check_text(text).findings]
    assert "style.opening-quotation" in rules


def test_hard_wrapped_lines_are_one_paragraph() -> None:
    from psassist.checks.analysis import split_paragraphs

    wrapped = (
        "During my internship I admitted patients\nevery night and presented them to\n"
        "the consultant each morning. I learned\nto be brief.\n"
    )
    assert len(split_paragraphs(wrapped)) == 1
    one_per_line = "I admitted patients.\nI presented them.\nI learned to be brief.\n"
    assert len(split_paragraphs(one_per_line)) == 3
