"""Personal-statement status from the workspace's drafts and the checker's errors."""

from __future__ import annotations

from pathlib import Path

from psassist.checks.analysis import CheckOptions
from psassist.findings import Category, Finding, LocatedFinding, Report, Severity
from psassist.tracker import Status, assess_statements
from psassist.tracker.statements import TextChecker, derived_status
from psassist.workspace import Workspace


class StubChecker:
    """One error for every line that says ERROR; remembers what it was asked."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, CheckOptions | None]] = []

    def check_text(
        self, text: str, path: str = "<text>", options: CheckOptions | None = None
    ) -> Report:
        self.calls.append((path, options))
        error = Finding("eras.test", Category.ERAS, Severity.ERROR, 0, 1, "bad")
        warning = Finding("style.test", Category.STYLE, Severity.WARNING, 0, 1, "meh")
        findings = [
            LocatedFinding(error if line == "ERROR" else warning, 1, 1)
            for line in text.splitlines()
            if line in ("ERROR", "WARNING")
        ]
        return Report(path=path, findings=findings)


def _assess(workspace: Workspace, stub: StubChecker, limit: int = 100) -> tuple[list[str], int]:
    made: list[int] = []

    def factory() -> TextChecker:
        made.append(1)
        return stub

    found = assess_statements(workspace, factory, limit)
    return [f"{s.name}:{s.reason}" for s in found], len(made)


def test_no_drafts_means_not_started_and_no_checker(tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "ws") as workspace:
        found, made = _assess(workspace, StubChecker())
    assert (found, made) == ([], 0)
    assert derived_status([]) is Status.NOT_STARTED


def test_a_draft_is_ready_within_the_limit_and_without_errors(tmp_path: Path) -> None:
    stub = StubChecker()
    with Workspace.open(tmp_path / "ws") as workspace:
        workspace.write_text("drafts/clean.txt", "A short statement.\nWARNING\n")
        workspace.write_text("drafts/errors.txt", "Text\nERROR\nERROR\n")
        workspace.write_text("drafts/long.txt", "x" * 101)
        found, made = _assess(workspace, stub)
    assert found == [
        "clean:ready",
        "errors:2 errors from the checker",
        "long:101 characters, over the 100 limit",
    ]
    assert made == 1 and len(stub.calls) == 3  # one checker for all the drafts


def test_the_draft_settings_reach_the_checker(tmp_path: Path) -> None:
    stub = StubChecker()
    with Workspace.open(tmp_path / "ws") as workspace:
        workspace.write_data(
            "drafts/im-q.toml",
            {
                "specialty": "internal-medicine",
                "template": "qualities",
                "program": "Quillmere Medical Center",
            },
        )
        workspace.write_text("drafts/im-q.txt", "Text.\n")
        _assess(workspace, stub)
    path, options = stub.calls[0]
    assert path.endswith("im-q.txt")
    assert options == CheckOptions(
        program="Quillmere Medical Center", specialty="Internal Medicine"
    )


def test_derived_status_from_the_drafts() -> None:
    from psassist.tracker import StatementStatus

    ready, bad = StatementStatus("a", 10, 0, 100), StatementStatus("b", 10, 1, 100)
    assert derived_status([bad]) is Status.IN_PROGRESS
    assert derived_status([bad, ready]) is Status.DONE
