"""One writer per workspace; readers are never blocked; a dead writer leaves no stale lock."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from psassist.workspace import Workspace, WorkspaceError, WorkspaceLocked

HOLDER = textwrap.dedent("""
    import sys, time
    from psassist.workspace import Workspace
    workspace = Workspace.open(sys.argv[1])
    print("locked", flush=True)
    time.sleep(60)
""")


def test_second_writer_in_the_same_process_is_refused(tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "ws") as first:
        with pytest.raises(WorkspaceLocked) as caught:
            Workspace.open(tmp_path / "ws")
        message = str(caught.value)
        assert f"psassist process {os.getpid()}" in message
        assert "\n" not in message
        first.write_text("notes.txt", "still mine\n")
    with Workspace.open(tmp_path / "ws") as again:  # released on close
        assert again.read_text("notes.txt") == "still mine\n"


def test_second_process_is_refused_and_named_until_the_holder_dies(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    Workspace.open(root).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(root)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(WorkspaceLocked) as caught:
            Workspace.open(root)
        assert caught.value.pid == holder.pid
        assert f"psassist process {holder.pid}" in str(caught.value)

        with Workspace.open(root, readonly=True) as reader:  # reading still works
            assert reader.documents() == []
    finally:
        holder.kill()
        holder.wait(timeout=30)
    with Workspace.open(root) as workspace:  # the kernel dropped the dead holder's lock
        workspace.write_text("a.txt", "free\n")


def test_readonly_workspace_refuses_writes(tmp_path: Path) -> None:
    Workspace.open(tmp_path / "ws").close()
    with (
        Workspace.open(tmp_path / "ws", readonly=True) as reader,
        pytest.raises(WorkspaceError, match="read-only"),
    ):
        reader.write_text("a.txt", "x")


def test_closed_workspace_refuses_writes(tmp_path: Path) -> None:
    workspace = Workspace.open(tmp_path / "ws")
    workspace.close()
    workspace.close()  # idempotent
    with pytest.raises(WorkspaceError):
        workspace.write_text("a.txt", "x")
