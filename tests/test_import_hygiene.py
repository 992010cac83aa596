"""The engine packages never import the UI: proved at run time and by import-linter."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ENGINE_PACKAGES = [
    "psassist.text",
    "psassist.engines",
    "psassist.engines.languagetool",
    "psassist.checks.checker",
    "psassist.report.text_output",
    "psassist.report.json_output",
    "psassist.workspace",
    "psassist.drafting.drafts",
    "psassist.drafting.export",
]
REPO = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("module", ENGINE_PACKAGES)
def test_engine_module_does_not_load_textual(module: str) -> None:
    code = (
        f"import sys, importlib; importlib.import_module({module!r}); "
        "bad = [m for m in sys.modules if m == 'textual' or m.startswith('textual.') "
        "or m.startswith('psassist.tui') or m.startswith('psassist.cli')]; "
        "print(','.join(bad)); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, f"{module} imported {result.stdout.strip()}"


def test_import_linter_contracts_hold() -> None:
    lint_imports = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    if lint_imports is None:
        pytest.skip("import-linter is not installed (dev group)")
    result = subprocess.run([lint_imports], cwd=REPO, capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stdout + result.stderr
