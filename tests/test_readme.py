"""The README's rule table is the registry's, and its commands are the ones CI runs."""

from __future__ import annotations

import re
from pathlib import Path

from psassist.checks.registry import all_rules

REPO = Path(__file__).resolve().parent.parent
README = (REPO / "README.md").read_text(encoding="utf-8")


def test_rule_table_lists_every_rule_once() -> None:
    section = README.split("<!-- rules:start", 1)[1].split("<!-- rules:end -->", 1)[0]
    listed = re.findall(r"^\| `([a-z.-]+)` \|", section, re.MULTILINE)
    assert sorted(listed) == sorted(r.id for r in all_rules()), (
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
        assert rule.title and rule.rationale and rule.source, rule.id
