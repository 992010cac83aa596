"""Saves are atomic: a crash between writing and renaming loses nothing, and is recovered."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from psassist.workspace import Workspace, WorkspaceError
from psassist.workspace.atomic import TEMP_SUFFIX, is_temp_name, target_of_temp

CRASHING_WRITER = textwrap.dedent("""
    import os, sys
    from psassist.workspace import Workspace

    real_replace = os.replace

    def crash(source, target, *args, **kwargs):
        if str(target).endswith("drafts/main.txt"):
            os._exit(9)  # the power goes out after the new text is on disk, before the rename
        return real_replace(source, target, *args, **kwargs)

    os.replace = crash
    workspace = Workspace.open(sys.argv[1])
    workspace.write_text("drafts/main.txt", "the new text\\n")
""")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_crash_between_write_and_rename_keeps_old_text_and_recovers_new(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    with Workspace.open(root) as workspace:
        workspace.write_text("drafts/main.txt", "the old text\n")

    result = subprocess.run(
        [sys.executable, "-c", CRASHING_WRITER, str(root)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 9, result.stderr

    drafts = root / "drafts"
    assert (drafts / "main.txt").read_text(encoding="utf-8") == "the old text\n"
    leftovers = [p for p in drafts.iterdir() if is_temp_name(p.name)]
    assert len(leftovers) == 1  # what the crashed save wrote is still on disk

    with Workspace.open(root, readonly=True) as reader:  # readers ignore the leftover
        assert reader.documents("drafts") == ["drafts/main.txt"]
        assert reader.read_text("drafts/main.txt") == "the old text\n"

    with Workspace.open(root) as workspace:  # the next writer keeps it as a version
        assert not [p for p in drafts.iterdir() if is_temp_name(p.name)]
        versions = workspace.history("drafts/main.txt")
        # The save had already copied the old text into the history before it crashed.
        assert [v.recovered for v in versions] == [False, True]
        assert workspace.read_version("drafts/main.txt", 1) == b"the old text\n"
        assert workspace.read_version("drafts/main.txt", 2) == b"the new text\n"
        assert workspace.read_text("drafts/main.txt") == "the old text\n"


def test_failed_rename_reports_one_line_and_keeps_old_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Workspace.open(tmp_path / "ws") as workspace:
        workspace.write_text("answers.toml", 'opening = "first"\n')

        def refuse(*args: object, **kwargs: object) -> None:
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(os, "replace", refuse)
        with pytest.raises(WorkspaceError) as caught:
            workspace.write_text("answers.toml", 'opening = "second"\n')
        monkeypatch.undo()
        assert "No space left on device" in str(caught.value)
        assert "\n" not in str(caught.value)
        assert workspace.read_text("answers.toml") == 'opening = "first"\n'
        assert not [p for p in workspace.root.iterdir() if p.name.endswith(TEMP_SUFFIX)]


def test_files_are_private_and_folders_too(tmp_path: Path) -> None:
    if sys.platform == "win32":
        pytest.skip("POSIX permissions")
    root = tmp_path / "new" / "ws"
    with Workspace.open(root) as workspace:
        workspace.write_text("drafts/main.txt", "one\n")
        workspace.write_text("drafts/main.txt", "two\n")
        assert _mode(root) == 0o700
        assert _mode(root / "drafts") == 0o700
        assert _mode(root / "drafts" / "main.txt") == 0o600
        assert _mode(root / "workspace.toml") == 0o600
        assert _mode(root / ".lock") == 0o600
        version = workspace.history("drafts/main.txt")[0]
        assert _mode(version.path) == 0o600
        assert _mode(version.path.parent) == 0o700


def test_existing_folders_keep_their_permissions(tmp_path: Path) -> None:
    if sys.platform == "win32":
        pytest.skip("POSIX permissions")
    root = tmp_path / "ws"
    root.mkdir(mode=0o755)
    os.chmod(root, 0o755)
    with Workspace.open(root):
        pass
    assert _mode(root) == 0o755


def test_temp_names_map_back_to_their_target() -> None:
    assert target_of_temp(".main.txt.k2j3h4g5" + TEMP_SUFFIX) == "main.txt"
    assert is_temp_name(".x.abc" + TEMP_SUFFIX)
    assert not is_temp_name("x.txt")
