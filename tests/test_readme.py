"""The README's rule table is the registry's, and its commands are the ones CI runs."""

from __future__ import annotations

from pathlib import Path

from psassist.checks.registry import all_rules
from psassist.cli.rules import markdown_table

REPO = Path(__file__).resolve().parent.parent
README = (REPO / "README.md").read_text(encoding="utf-8")


def test_rule_table_is_the_registry_row_for_row() -> None:
    section = README.split("<!-- rules:start", 1)[1].split("<!-- rules:end -->", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("|")]
    assert rows == markdown_table(all_rules()), (
        "README rule table is stale: regenerate it with `psassist rules --format markdown`"
    )


def test_ci_runs_the_readme_test_command() -> None:
    command = "scripts/install --dev && .venv/bin/python -m pytest"
    assert command in README
    assert command in (REPO / ".ci" / "run").read_text(encoding="utf-8")


def test_rule_ids_are_unique_and_documented() -> None:
    rules = all_rules()
    assert len({r.id for r in rules}) == len(rules)
    for rule in rules:
        assert rule.title and rule.rationale and rule.sources, rule.id
        assert all(s.url.startswith(("https://", "http://")) for s in rule.sources), rule.id
