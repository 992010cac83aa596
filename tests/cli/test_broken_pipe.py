"""A reader that goes away (`psassist rules | head -1`) ends psassist quietly: no message,
no traceback, and the exit code a shell reports for a program a closed pipe stopped."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from psassist.cli.common import ExitCode

from ..conftest import REPO, SAMPLES


@pytest.mark.parametrize("command", [
    ["draft", "prompts"],
    ["rules"],
    ["tracker", "--workspace", str(REPO / "samples" / "workspace"), "--no-drafts"],
    ["check", "--no-grammar", "--no-samples", str(SAMPLES / "flawed-family-medicine.txt")],
])
def test_a_closed_pipe_ends_quietly(command: list[str]) -> None:
    reader, writer = os.pipe()
    os.close(reader)  # the pager quit before psassist wrote its first line
    try:
        result = subprocess.run([sys.executable, "-m", "psassist", *command], stdout=writer,
                                stderr=subprocess.PIPE, text=True, timeout=300, check=False)
    finally:
        os.close(writer)
    assert result.stderr == ""
    assert result.returncode == ExitCode.BROKEN_PIPE
