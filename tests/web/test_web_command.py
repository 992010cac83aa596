"""`psassist web` refuses what it cannot serve with one line and exit 2, before binding."""

from __future__ import annotations

import socket

import pytest

from psassist.cli.main import main
from psassist.web import LOOPBACK


def test_a_port_out_of_range_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["web", "--port", "70000"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["psassist: --port must be between 0 and 65535, not 70000"]


def test_a_busy_port_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as busy:
        busy.bind((LOOPBACK, 0))
        busy.listen()
        port = busy.getsockname()[1]
        assert main(["web", "--port", str(port)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        f"psassist: port {port} on 127.0.0.1 is already in use; choose another with --port"
    ]


def test_a_folder_that_is_not_a_workspace_is_one_line(
    tmp_path: object, capsys: pytest.CaptureFixture[str]
) -> None:
    from pathlib import Path

    folder = Path(str(tmp_path)) / "notes"
    folder.mkdir()
    (folder / "draft.txt").write_text("My statement.", encoding="utf-8")
    assert main(["web", "--workspace", str(folder)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "is not a psassist workspace" in err[0]
