"""warm_compare.py starts as a script (it imports check_speed.py's statement); never timed."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

from ..conftest import REPO


def run_script(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """`python bench/NAME.py ...` from another folder, as the scripts' docstrings run them."""
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, check=False, cwd="/", env=env
    )


def test_warm_compare_starts_as_a_script() -> None:
    result = run_script(str(REPO / "bench" / "warm_compare.py"), "--help")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage: warm_compare.py")


def test_warm_compare_refuses_without_a_shared_languagetool() -> None:
    env = {k: v for k, v in os.environ.items() if k != "PSASSIST_LT_URL"}
    result = run_script(str(REPO / "bench" / "warm_compare.py"), str(REPO / "src"), env=env)
    assert result.returncode == 2
    assert result.stderr == "warm_compare: set PSASSIST_LT_URL to a running LanguageTool\n"


def test_native_prose_reads_only_the_examples_marked_correct(tmp_path: Path) -> None:
    from bench.native_prose import RULE_FILES, correct_examples

    jar = tmp_path / "language-en-test.jar"
    rules = (
        "<rule><example correction='an'>This is <marker>a</marker> apple here.</example>"
        "<example>This is an apple on the &quot;table&quot;.</example>"
        "<example type='incorrect'>They was <marker>late</marker> again today.</example>"
        "<example>Too short.</example></rule>"
    )
    with zipfile.ZipFile(jar, "w") as archive:
        archive.writestr(RULE_FILES[0], rules)
        archive.writestr(RULE_FILES[1], "<rules></rules>")
    assert correct_examples(jar) == ['This is an apple on the "table".']
