"""Phrase rules on the ways applicants really write: letter formulas, acronyms, curly quotes."""

from __future__ import annotations

import pytest

from psassist.checks.checker import Checker


def _cliches(checker: Checker, text: str) -> list[str]:
    report = checker.check_text(text)
    return [text[f.finding.start:f.finding.end] for f in report.findings
            if f.finding.rule == "style.cliche"]


@pytest.mark.parametrize("text", [
    "My name is Rahul and I am applying to internal medicine.",
    "I look forward to joining your esteemed program.",
    "Thank you for considering my application.",
    "Dear Program Director,\n\nI am applying to pediatrics.",
])
def test_letter_formulas_are_flagged(offline_checker: Checker, text: str) -> None:
    assert _cliches(offline_checker, text)


@pytest.mark.parametrize("text", [
    "The patient told me her name is a secret she keeps from her family.",
    "I thanked the nurses for their patience during my first week.",
])
def test_letter_near_misses_pass(offline_checker: Checker, text: str) -> None:
    assert not _cliches(offline_checker, text)


def test_curly_apostrophes_still_match(offline_checker: Checker) -> None:
    assert _cliches(offline_checker, "Ever since I was a child, I\u2019ve wanted this.")
