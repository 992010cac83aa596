"""`psassist` with no command opens the app; every other command runs without Textual."""

from __future__ import annotations

import subprocess
import sys

from psassist.cli.main import build_parser, main


def test_commands_never_import_textual() -> None:
    code = (
        "import sys; from psassist.cli import main; "
        "main.build_parser().parse_args(['check', 'x.txt']); print('textual' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_help_says_how_to_open_your_own_workspace() -> None:
    text = build_parser().format_help()
    assert "psassist --workspace DIR" in text
    assert "open the app" in text


def test_without_a_terminal_the_app_explains_itself(capsys: object) -> None:
    # pytest's stdin is not a terminal: the app must not start and must say why.
    assert main([]) == 2
    assert "needs a terminal" in capsys.readouterr().err  # type: ignore[attr-defined]


def test_a_folder_that_is_not_a_workspace_is_one_line(tmp_path: object, capsys: object) -> None:
    """Refused before the app starts: one line and exit 2, never the app's traceback."""
    from pathlib import Path

    folder = Path(str(tmp_path)) / "notes"
    folder.mkdir()
    (folder / "draft.txt").write_text("My statement.", encoding="utf-8")
    assert main(["--workspace", str(folder)]) == 2
    err = capsys.readouterr().err  # type: ignore[attr-defined]
    assert err.count("\n") == 1 and "is not a psassist workspace" in err
    assert sorted(p.name for p in folder.iterdir()) == ["draft.txt"]  # nothing was written
