"""The store: history on every overwrite, restore, safe names, corrupt files left alone."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from psassist.workspace import (
    MARKER,
    DocumentNotFound,
    Workspace,
    WorkspaceError,
    default_workspace,
    workspace_path,
)


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    with Workspace.open(tmp_path / "ws") as opened:
        yield opened


def test_every_overwrite_keeps_the_previous_version(workspace: Workspace) -> None:
    assert workspace.write_text("drafts/a.txt", "one\n") is None
    first = workspace.write_text("drafts/a.txt", "two\n")
    second = workspace.write_text("drafts/a.txt", "three\n")
    assert first is not None and second is not None
    assert (first.number, second.number) == (1, 2)
    assert [
        workspace.read_version("drafts/a.txt", v.number) for v in workspace.history("drafts/a.txt")
    ] == [b"one\n", b"two\n"]
    assert workspace.read_text("drafts/a.txt") == "three\n"


def test_unchanged_text_makes_no_version(workspace: Workspace) -> None:
    workspace.write_text("a.txt", "same\n")
    assert workspace.write_text("a.txt", "same\n") is None
    assert workspace.history("a.txt") == []


def test_restore_keeps_the_current_text_first(workspace: Workspace) -> None:
    workspace.write_text("a.txt", "one\n")
    workspace.write_text("a.txt", "two\n")
    replaced = workspace.restore("a.txt", 1)
    assert replaced is not None and replaced.number == 2
    assert workspace.read_text("a.txt") == "one\n"
    assert workspace.read_version("a.txt", 2) == b"two\n"
    with pytest.raises(DocumentNotFound, match="no version 7"):
        workspace.restore("a.txt", 7)


def test_remove_keeps_a_copy(workspace: Workspace) -> None:
    workspace.write_text("a.txt", "keep me\n")
    version = workspace.remove("a.txt")
    assert not workspace.exists("a.txt")
    assert workspace.read_version("a.txt", version.number) == b"keep me\n"


def test_versions_remember_when_they_were_saved(workspace: Workspace) -> None:
    workspace.write_text("a.txt", "one\n")
    saved = workspace.path("a.txt").stat().st_mtime
    workspace.write_text("a.txt", "two\n")
    (version,) = workspace.history("a.txt")
    assert abs(version.saved.timestamp() - saved) < 1e-3
    assert version.replaced >= version.saved


@pytest.mark.parametrize(
    "name",
    [
        "../escape.txt",
        "/etc/passwd",
        "a/../../b",
        "history/x.txt",
        ".lock",
        "drafts/.hidden",
        "a\\b",
        "",
    ],
)
def test_names_stay_inside_the_workspace(workspace: Workspace, name: str) -> None:
    with pytest.raises(WorkspaceError):
        workspace.write_text(name, "x")


@pytest.mark.parametrize(
    ("name", "content", "line"),
    [
        ("tracker.toml", 'season = "2027"\nstatus = \n', "line 2"),
        ("state.json", '{\n  "a": 1,\n  "b": \n}\n', "line 4"),
    ],
)
def test_corrupt_data_is_reported_with_its_line_and_never_overwritten(
    workspace: Workspace, name: str, content: str, line: str
) -> None:
    path = workspace.path(name)
    path.write_text(content, encoding="utf-8")
    with pytest.raises(WorkspaceError) as caught:
        workspace.read_data(name)
    assert str(path) in str(caught.value) and line in str(caught.value)
    with pytest.raises(WorkspaceError) as refused:
        workspace.write_data(name, {"season": "2028"})
    assert line in str(refused.value)
    assert path.read_text(encoding="utf-8") == content
    assert workspace.history(name) == []


def test_data_round_trips(workspace: Workspace) -> None:
    data = {
        "season": "ERAS 2027",
        "count": 3,
        "done": False,
        "items": [{"id": "token", "note": "two\nlines"}],
    }
    workspace.write_data("tracker.toml", data, header="The tracker's state.")
    assert workspace.read_data("tracker.toml") == data
    assert workspace.read_text("tracker.toml").startswith("# The tracker's state.\n")
    workspace.write_data("state.json", data)
    assert workspace.read_data("state.json") == data
    assert json.loads(workspace.read_text("state.json")) == data


def test_text_must_be_utf8(workspace: Workspace) -> None:
    workspace.path("a.toml").write_bytes(b'x = "caf\xe9"\n')
    with pytest.raises(WorkspaceError, match="line 1: not UTF-8"):
        workspace.read_data("a.toml")


def test_documents_lists_visible_files(workspace: Workspace) -> None:
    workspace.write_text("drafts/b.txt", "b")
    workspace.write_text("drafts/a.txt", "a")
    workspace.write_text("drafts/a.toml", "x = 1\n")
    assert workspace.documents("drafts", ".txt") == ["drafts/a.txt", "drafts/b.txt"]
    assert workspace.documents() == []  # the marker is not a document
    assert workspace.documents("missing") == []


def test_a_new_workspace_ignores_run_time_files_for_git(tmp_path: Path) -> None:
    Workspace.open(tmp_path / "ws").close()
    ignored = (tmp_path / "ws" / ".gitignore").read_text(encoding="utf-8").splitlines()
    assert ".lock" in ignored and ".*.psassist-tmp" in ignored


def test_a_folder_with_other_files_is_not_taken_over(tmp_path: Path) -> None:
    (tmp_path / "Documents").mkdir()
    (tmp_path / "Documents" / "taxes.pdf").write_bytes(b"%PDF")
    with pytest.raises(WorkspaceError, match="not a psassist workspace"):
        Workspace.open(tmp_path / "Documents")
    assert sorted(p.name for p in (tmp_path / "Documents").iterdir()) == ["taxes.pdf"]


def test_readonly_needs_an_existing_workspace(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceError, match="no workspace"):
        Workspace.open(tmp_path / "missing", readonly=True)
    (tmp_path / "plain").mkdir()
    with pytest.raises(WorkspaceError, match="not a psassist workspace"):
        Workspace.open(tmp_path / "plain", readonly=True)


def test_a_newer_format_is_read_but_not_written(tmp_path: Path) -> None:
    Workspace.open(tmp_path / "ws").close()
    (tmp_path / "ws" / MARKER).write_text("format = 99\n", encoding="utf-8")
    with pytest.raises(WorkspaceError, match="newer psassist"):
        Workspace.open(tmp_path / "ws")
    Workspace.open(tmp_path / "ws", readonly=True).close()


def test_a_file_is_not_a_workspace(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(WorkspaceError, match="is a file"):
        Workspace.open(tmp_path / "file")


def test_missing_documents_are_reported(workspace: Workspace) -> None:
    with pytest.raises(DocumentNotFound, match="no such file"):
        workspace.read_text("nothing.txt")
    with pytest.raises(DocumentNotFound):
        workspace.read_version("nothing.txt", 1)


def test_workspace_location_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PSASSIST_WORKSPACE", raising=False)
    assert workspace_path() == default_workspace()
    assert default_workspace().parts[-3:] == (
        "psassist",
        "workspaces",
        "default",
    ) or default_workspace().parts[-2:] == ("workspaces", "default")
    monkeypatch.setenv("PSASSIST_WORKSPACE", str(tmp_path / "env"))
    assert workspace_path() == tmp_path / "env"
    assert workspace_path(tmp_path / "flag") == tmp_path / "flag"


def test_restoring_repairs_a_damaged_data_file_and_keeps_it(workspace: Workspace) -> None:
    workspace.write_data("tracker.toml", {"season": "ERAS 2027"})
    workspace.write_data("tracker.toml", {"season": "ERAS 2028"})
    damaged = 'season = "ERAS 2028\n'
    workspace.path("tracker.toml").write_text(damaged, encoding="utf-8")  # broken by hand
    workspace.restore("tracker.toml", 1)
    assert workspace.read_data("tracker.toml") == {"season": "ERAS 2027"}
    assert workspace.read_version("tracker.toml", 2).decode("utf-8") == damaged
