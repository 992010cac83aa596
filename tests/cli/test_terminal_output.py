"""Every command that prints user text prints it through the same escaping.

The workspace, the statement files and a file name all carry the characters that act on a
terminal (a title change, an OSC 52 clipboard write, a screen clear, the C1 CSI, line and
paragraph separators, a right-to-left override, BEL, backspace, carriage return); no
command, export in every format included, may let one reach standard output or error.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from psassist.cli.main import main
from psassist.report.safe import is_unsafe

from ..conftest import REPO

SAMPLE_WORKSPACE = REPO / "samples" / "workspace"
HOSTILE = (
    "title \x1b]0;pwned\x07 clipboard \x1b]52;c;aGk=\x07 clear \x1b[2J c1 \x9b31m "
    "nel \x85 ls \u2028 ps \u2029 rlo \u202e bell \x07 bs \x08 vt \x0b ff \x0c cr \r end"
)
#: What a reader sees of the title sequence once escaped.
OWN_COLOURS = re.compile("\x1b\\[[0-9;]*m")
SHOWN = "\\x1b]0;pwned\\x07"


def _assert_terminal_safe(stream: str, command: list[str], *, line_end: str = "\n") -> None:
    """Nothing unsafe but line ends, tabs and psassist's own colours (SGR; HOSTILE has none)."""
    uncoloured = OWN_COLOURS.sub("", stream.replace(line_end, "\n"))
    raw = [c for c in uncoloured if c not in "\n\t" and is_unsafe(c)]
    assert not raw, f"{command} printed {raw!r}"


@pytest.fixture
def hostile_workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    workspace = tmp_path / "ws"
    shutil.copytree(SAMPLE_WORKSPACE, workspace)
    draft = workspace / "drafts" / "im-main.txt"
    draft.write_text(draft.read_text(encoding="utf-8") + "\n" + HOSTILE + "\n", encoding="utf-8")
    answers = workspace / "answers.toml"
    answers.write_text(
        answers.read_text(encoding="utf-8").replace(
            "The first time I led", "\\u001b]0;pwned\\u0007The first time I led", 1
        ),
        encoding="utf-8",
    )
    (workspace / "templates").mkdir()
    (workspace / "templates" / "evil\x1b]0;x\x07.txt.j2").write_text(
        '{% extends "builtin/story-first.txt.j2" %}', encoding="utf-8"
    )
    monkeypatch.setenv("PSASSIST_WORKSPACE", str(workspace))
    assert main(["tracker", "note", "photo", HOSTILE]) == 0
    assert main(["tracker", "letter", "add", "Dr. " + HOSTILE]) == 0
    return workspace


def _commands(workspace: Path, files: Path) -> list[tuple[list[str], str | None]]:
    """(command, what it must show escaped, or None when it refuses or shows no user text)."""
    statement = files / "statement\x1b]0;x\x07.txt"
    prose = "I want to train in internal medicine because I like long follow-up. " * 20
    statement.write_text(prose + HOSTILE + "\n", encoding="utf-8")
    check = ["check", "--no-grammar", "--no-samples", "--color", "always"]
    commands: list[tuple[list[str], str | None]] = [
        ([*check, str(statement)], "\\x1b]0;x\\x07"),
        ([*check, "--format", "json", str(statement)], None),
        (["draft", "list"], None),
        (["draft", "history", "im-main"], None),
        (["draft", "diff", "im-main", "--color", "always"], SHOWN),
        (["draft", "render", "im-main", "--print"], SHOWN),
        (["draft", "templates"], None),
        (["tracker", "--today", "2026-11-25"], SHOWN),
        (["tracker", "show", "photo"], SHOWN),
        (["tracker", "--format", "json"], None),
        (["tracker", "letter", "list"], SHOWN),
    ]
    for format in ("txt", "md", "docx"):
        for source in ("im-main", str(statement)):
            commands.append(
                (
                    ["export", source, "--format", format, "-o", "-"],
                    SHOWN if format == "md" and source == "im-main" else None,
                )
            )
            target = files / f"out-{format}-{len(commands)}.{format}"
            commands.append((["export", source, "--format", format, "-o", str(target)], None))
    return commands


def test_no_command_lets_user_text_act_on_the_terminal(
    hostile_workspace: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    files = tmp_path / "files"
    files.mkdir()
    commands = _commands(hostile_workspace, files)
    for command, shown in commands:
        code = main(command)
        out, err = capsys.readouterr()
        assert code in (0, 1, 2), command
        assert out or err, command
        _assert_terminal_safe(out, command)
        _assert_terminal_safe(err, command)
        if shown is not None:
            assert shown in out, (command, out[-2000:])
    main(["tracker", "export", "--ics", "-"])
    calendar = capsys.readouterr().out
    assert "BEGIN:VCALENDAR" in calendar
    _assert_terminal_safe(calendar, ["tracker", "export"], line_end="\r\n")
