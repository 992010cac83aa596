"""One draft, one verdict: the editor, the tracker and `psassist check` on the draft's file
agree on its errors, before and after the user ignores a rule in the editor (`i`).

All three run the real checker on the real spaCy pipeline; none uses LanguageTool (the
tracker never does, and the test app runs without it), so the rule ignored here is one
of the checker's own: a doubled word, an error.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from psassist.checks.checker import Checker
from psassist.cli.main import main
from psassist.config import Settings
from psassist.engines.nlp import Pipeline
from psassist.findings import Severity
from psassist.tracker import assess_statements
from psassist.tui.screens.editor import EditorScreen
from psassist.tui.widgets.findings import FindingsList
from psassist.workspace import Workspace
from tests.tui.conftest import AppFactory
from tests.tui.helpers import open_editor, until

pytestmark = pytest.mark.anyio
SIZE = (120, 40)
DRAFT = "im-main"
RULE = "grammar.doubled-word"


def editor_errors(editor: EditorScreen) -> list[str]:
    """The error findings the editor lists, by rule."""
    shown = editor.query_one(FindingsList).shown
    return sorted(
        f.finding.rule for f in shown if f is not None and f.finding.severity is Severity.ERROR
    )


def tracker_errors(workspace: Path, pipeline: Pipeline) -> int:
    with Workspace.open(workspace, readonly=True) as ws:
        statuses = assess_statements(
            ws, lambda: Checker(Settings(), grammar=False, pipeline=pipeline), 28_000
        )
    return next(s.errors for s in statuses if s.name == DRAFT)


def check_errors(workspace: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    """`psassist check --format json WORKSPACE/drafts/DRAFT.txt`, errors by rule."""
    main(["check", "--no-grammar", "--format", "json", str(workspace / "drafts" / f"{DRAFT}.txt")])
    out, _ = capsys.readouterr()
    findings = json.loads(out)["results"][0]["findings"]
    return sorted(f["rule"] for f in findings if f["severity"] == "error")


async def test_editor_tracker_and_check_agree_on_an_ignored_rule(
    workspace: Path, make_app: AppFactory, pipeline: Pipeline, capsys: pytest.CaptureFixture[str]
) -> None:
    draft_file = workspace / "drafts" / f"{DRAFT}.txt"
    draft_file.write_text(
        "I saw the the patient at night.\n\n" + draft_file.read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    # `psassist check` runs between the app's sessions: the app captures standard output.
    app = make_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        before = editor_errors(await open_editor(pilot, app, DRAFT))
    assert RULE in before
    assert tracker_errors(workspace, pipeline) == len(before)
    assert check_errors(workspace, capsys) == before

    app = make_app(workspace)
    async with app.run_test(size=SIZE) as pilot:
        editor = await open_editor(pilot, app, DRAFT)
        findings = editor.query_one(FindingsList)
        findings.focus()
        findings.highlighted = next(
            i for i, f in enumerate(findings.shown) if f is not None and f.finding.rule == RULE
        )
        await pilot.press("i")
        await until(pilot, lambda: RULE not in editor_errors(editor), what="the ignore")
        after = editor_errors(editor)

    assert after == [rule for rule in before if rule != RULE]
    assert tracker_errors(workspace, pipeline) == len(after)
    assert check_errors(workspace, capsys) == after
