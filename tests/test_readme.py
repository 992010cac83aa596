"""The README's rule table is the registry's, and its commands are the ones CI runs."""

from __future__ import annotations

from pathlib import Path

import pytest

from psassist.checks.registry import all_rules, define, get_rule
from psassist.cli.rules import markdown_table

REPO = Path(__file__).resolve().parent.parent
README = (REPO / "README.md").read_text(encoding="utf-8")


def test_rule_table_is_the_registry_row_for_row() -> None:
    section = README.split("<!-- rules:start", 1)[1].split("<!-- rules:end -->", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("|")]
    assert rows == markdown_table(all_rules()), (
        "README rule table is stale: regenerate it with `psassist rules --format markdown`"
    )


def test_ci_runs_the_readme_test_command_after_the_house_rules() -> None:
    install, test = "scripts/install --dev", ".venv/bin/python -m pytest"
    assert f"{install} && {test}" in README
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert 0 <= ci.find(install) < ci.find("scripts/lint") < ci.find(test)


def test_a_rule_id_cannot_be_taken_twice() -> None:
    taken = all_rules()[0]
    with pytest.raises(ValueError, match="defined twice"):
        define(
            taken.id,
            taken.category,
            taken.severity,
            "another",
            "another",
            sources=taken.sources,
            example=taken.example,
        )
    assert get_rule(taken.id) is taken


def test_every_rule_is_documented() -> None:
    for rule in all_rules():
        assert rule.title and rule.rationale and rule.sources, rule.id
        assert all(s.url.startswith(("https://", "http://")) for s in rule.sources), rule.id
