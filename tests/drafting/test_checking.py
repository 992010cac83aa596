"""A draft's check options: its program, its specialty and its ignored rules, from one place."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from psassist.checks.analysis import CheckOptions
from psassist.drafting.catalog import Catalog
from psassist.drafting.checking import (
    IGNORED,
    draft_check_options,
    draft_file,
    ignore_rule,
    ignored_rules,
)
from psassist.workspace import Workspace, WorkspaceError

from .conftest import SAMPLE_WORKSPACE


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    target = tmp_path / "ws"
    shutil.copytree(SAMPLE_WORKSPACE, target)
    return target


def test_ignored_rules_are_kept_per_draft(tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "ws") as workspace:
        assert ignored_rules(workspace, "a") == frozenset()
        assert ignore_rule(workspace, "a", "style.hedge") == {"style.hedge"}
        ignore_rule(workspace, "b", "style.cliche")
        assert ignore_rule(workspace, "a", "style.cliche") == {"style.hedge", "style.cliche"}
        assert ignored_rules(workspace, "b") == {"style.cliche"}


def test_options_carry_program_specialty_and_ignored_rules(
    workspace: Path, catalog: Catalog
) -> None:
    with Workspace.open(workspace) as ws:
        ignore_rule(ws, "im-quillmere", "style.hedge")
        options = draft_check_options(ws, "im-quillmere", catalog)
        plain = draft_check_options(ws, "im-quillmere", catalog, with_ignored=False)
        other = draft_check_options(ws, "im-main", catalog)
    assert options == CheckOptions(
        program="Quillmere Medical Center",
        specialty="Internal Medicine",
        disabled_rules=frozenset({"style.hedge"}),
    )
    assert plain.disabled_rules == frozenset()
    assert other.program is None and other.disabled_rules == frozenset()


def test_a_hand_written_draft_has_no_program_or_specialty(
    workspace: Path, catalog: Catalog
) -> None:
    (workspace / "drafts" / "mine.txt").write_text("My own words.\n", encoding="utf-8")
    with Workspace.open(workspace) as ws:
        assert draft_check_options(ws, "mine", catalog) == CheckOptions()


def test_a_broken_ignored_file_is_an_error_not_an_empty_list(
    workspace: Path, catalog: Catalog
) -> None:
    (workspace / IGNORED).write_text("im-main = [\n", encoding="utf-8")
    with Workspace.open(workspace, readonly=True) as ws, pytest.raises(WorkspaceError):
        draft_check_options(ws, "im-main", catalog)


def test_a_draft_file_is_recognised_only_inside_a_workspace(
    workspace: Path, tmp_path: Path
) -> None:
    found = draft_file(workspace / "drafts" / "im-main.txt")
    assert found is not None and found.name == "im-main"
    assert found.root == workspace.absolute()
    loose = tmp_path / "elsewhere" / "drafts"
    loose.mkdir(parents=True)
    assert draft_file(loose / "im-main.txt") is None  # no workspace.toml above it
    assert draft_file(workspace / "drafts" / "im-main.toml") is None
    assert draft_file(workspace / "drafts" / ".hidden.txt") is None
    assert draft_file(workspace / "answers.toml") is None
