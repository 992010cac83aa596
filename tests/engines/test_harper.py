"""The Harper engine, for real: the harper-py wheel's linter, limited to chosen rules."""

from __future__ import annotations

import pytest

from psassist.engines.harper import HarperEngine, shared_engine


@pytest.fixture(scope="module")
def engine() -> HarperEngine:
    return shared_engine({"AllowTo", "CapitalizePersonalPronouns"})


def test_a_chosen_rule_reports_its_span_message_and_fix(engine: HarperEngine) -> None:
    text = "Yesterday i saw the patient again."
    (lint,) = engine.lint(text) or []
    assert lint.rule == "CapitalizePersonalPronouns"
    assert text[lint.start : lint.end] == "i"
    assert lint.replacements == ("I",)
    assert "capitalized" in lint.message


def test_a_rule_left_out_stays_silent(engine: HarperEngine) -> None:
    # Harper's default rules would ask for an Oxford comma here; this engine has that rule off.
    lints = engine.lint("I saw fever, cough and rash.")
    assert lints == []


def test_lints_in_the_background_and_reports_its_status(engine: HarperEngine) -> None:
    future = engine.start("My parents did not allow to travel alone.")
    assert [lint.rule for lint in future.result() or []] == ["AllowTo"]
    status = engine.status()
    assert status.status == "ok" and "2 rules" in status.detail


def test_one_engine_per_rule_set_per_process() -> None:
    assert shared_engine({"AllowTo"}) is shared_engine(frozenset({"AllowTo"}))
    assert shared_engine({"AllowTo"}) is not shared_engine({"AllowTo", "Spaces"})
