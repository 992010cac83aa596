"""A reader that goes away (`psassist rules | head -1`) ends psassist quietly: no message,
no traceback, and the exit code a shell reports for a program a closed pipe stopped."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from psassist.cli.common import ExitCode

from ..conftest import REPO, SAMPLES


def _closed_pipe_run(
    command: list[str],
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    reader, writer = os.pipe()
    os.close(reader)  # the pager quit before psassist wrote its first line
    try:
        return subprocess.run(
            [sys.executable, "-m", "psassist", *command],
            stdout=writer,
            stderr=subprocess.PIPE,
            text=True,
            timeout=300,
            check=False,
            env=env,
        )
    finally:
        os.close(writer)


@pytest.mark.parametrize(
    "command",
    [
        ["draft", "prompts"],
        ["rules"],
        ["tracker", "--workspace", str(REPO / "samples" / "workspace"), "--no-drafts"],
        ["check", "--no-grammar", "--no-samples", str(SAMPLES / "flawed-family-medicine.txt")],
    ],
)
def test_a_closed_pipe_ends_quietly(command: list[str]) -> None:
    result = _closed_pipe_run(command)
    assert result.stderr == ""
    assert result.returncode == ExitCode.BROKEN_PIPE


def test_a_closed_pipe_ends_quietly_through_the_resident_server(tmp_path: Path) -> None:
    """The client of the resident checker writes the server's answer: same quiet end."""
    env = {k: v for k, v in os.environ.items() if k != "PSASSIST_NO_SERVER"}
    env["PSASSIST_RUNTIME_DIR"] = str(tmp_path / "run")
    try:
        result = _closed_pipe_run(
            ["check", "--no-grammar", "--no-samples", str(SAMPLES / "flawed-family-medicine.txt")],
            env,
        )
    finally:
        subprocess.run(
            [sys.executable, "-m", "psassist", "server", "stop"],
            env=env,
            capture_output=True,
            timeout=60,
            check=False,
        )
    assert result.stderr == ""
    assert result.returncode == ExitCode.BROKEN_PIPE
