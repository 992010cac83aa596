"""`psassist rules`: a rule's page shows its sources, the engine it needs and its examples."""

from __future__ import annotations

import json

import pytest

from psassist.checks.registry import get_rule
from psassist.cli.main import main

from .expect import assert_one_line_error


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["rules", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_a_rule_page_shows_sources_needs_and_examples(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "style.passive-voice")
    rule = get_rule("style.passive-voice")
    assert code == 0
    for source in rule.sources:
        assert source.title in out and source.url in out
    assert "needs: spacy" in out
    assert f"flagged:     {rule.example.flag}" in out
    assert f"near miss:   {rule.example.near_miss}" in out
    assert "../shared" not in out and "CHECKS.md" not in out


def test_an_example_with_options_says_how_it_is_checked(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = _run(capsys, "eras.other-program")
    assert "example (checked with --program 'Lakeview Hospital'):" in out


def test_a_long_example_is_shortened_on_the_terminal_only(
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, out, _ = _run(capsys, "eras.character-limit")
    assert "(28,005 characters in all)" in out
    _, out, _ = _run(capsys, "eras.character-limit", "--format", "json")
    (rule,) = json.loads(out)
    assert len(rule["example"]["flagged"]) == 28_005


def test_json_has_sources_and_examples(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "--format", "json")
    rules = json.loads(out)
    assert code == 0 and rules
    for rule in rules:
        assert rule["sources"] and all(
            s["url"].startswith(("https://", "http://")) for s in rule["sources"]
        )
        assert rule["example"]["flagged"] and rule["example"]["near_miss"]
        assert rule["needs"] in (None, "spacy", "languagetool", "harper")
    overlap = next(r for r in rules if r["id"] == "originality.overlap")
    assert overlap["example"]["compared_with"][0]["name"] == "other.txt"


def test_unknown_rule_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "style.nonsense")
    assert_one_line_error(code, err, "no rule or category named 'style.nonsense'")
