"""For any text, the checker returns a report and every span lies inside the text."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from psassist.checks.checker import Checker

_PIECES = st.sampled_from(
    [
        "I ",
        "was ",
        "admitted ",
        "Mrs. Bibi ",
        "the the ",
        "\u201c",
        "\u201d",
        "\u2014",
        "!",
        ". ",
        "\n",
        "\n\n",
        "- ",
        "**",
        "# ",
        "67-year-old ",
        "March 3, 2020 ",
        "passion ",
        "Ever since I was a child ",
        "Riverside Hospital ",
        "join ",
        "\t",
        "\u00a0",
        "\U0001f600",
        "\x1b[31m",
        "\u202e",
        "MRN 123456 ",
        "very ",
        "utilize ",
        "USMLE ",
        "e\u0301",
        "",
    ]
)
TEXTS = st.one_of(
    st.text(max_size=300),
    st.lists(_PIECES, max_size=80).map("".join),
)


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=TEXTS)
def test_checker_never_raises_and_spans_fit(offline_checker: Checker, text: str) -> None:
    report = offline_checker.check_text(text, "prop.txt")
    for located in report.findings:
        finding = located.finding
        assert 0 <= finding.start <= finding.end <= len(text)
        assert located.line >= 1 and located.column >= 1


@pytest.mark.languagetool
@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(text=TEXTS)
def test_grammar_findings_fit_any_text(grammar_checker: Checker, text: str) -> None:
    """LanguageTool's offsets (UTF-16 on the wire) land inside the text whatever it holds."""
    report = grammar_checker.check_text(text, "prop.txt")
    for located in report.findings:
        assert 0 <= located.finding.start <= located.finding.end <= len(text)
