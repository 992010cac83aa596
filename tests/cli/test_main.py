"""The top-level command: help, the app entry, and one line instead of a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from psassist.cli.main import main

from .expect import assert_one_line_error


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
    code = main(["--workspace", "somewhere", "check", "a.txt"])
    assert_one_line_error(code, capsys.readouterr().err, "--workspace goes with the app")


def test_unusable_workspace_is_one_escaped_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """A path with an escape sequence in it is shown as text, not run by the terminal."""
    not_a_folder = tmp_path / "red\x1b[31mfile"
    not_a_folder.write_text("a file, not a workspace", encoding="utf-8")
    code = main(["--workspace", str(not_a_folder)])
    err = capsys.readouterr().err
    assert_one_line_error(code, err, "is a file, not a workspace folder", "red\\x1b[31mfile")
    assert "\x1b" not in err


def test_broken_settings_file_is_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The settings file's name is the user's text too: its escape sequence is shown inert."""
    config = tmp_path / "bad\x1b[31m.toml"
    config.write_text("[languagetool\nport = 8081\n", encoding="utf-8")
    monkeypatch.setenv("PSASSIST_CONFIG", str(config))
    code = main(["rules", "style.hedge"])
    err = capsys.readouterr().err
    assert_one_line_error(code, err, "psassist: settings: ", "bad\\x1b[31m.toml")
    assert "\x1b" not in err
