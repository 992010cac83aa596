"""The top-level command: help, the app entry, and one line instead of a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from psassist.cli.main import main


def test_sample_opens_a_copy(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PSASSIST_CACHE_DIR", str(tmp_path))
    assert main(["--sample"]) == 2  # no terminal under pytest: says so instead of drawing
    assert "needs a terminal" in capsys.readouterr().err
    assert (tmp_path / "sample-workspace" / "workspace.toml").is_file()


def test_help_says_how_to_open_a_workspace(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert "--workspace DIR" in out and "--sample" in out


def test_top_level_workspace_reaches_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    from ..conftest import REPO

    assert main(["--workspace", str(REPO / "samples" / "workspace"), "draft", "list"]) == 0
    assert "im-quillmere" in capsys.readouterr().out


def test_top_level_workspace_with_check_is_an_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--workspace", "somewhere", "check", "a.txt"]) == 2
    assert capsys.readouterr().err.count("\n") == 1
