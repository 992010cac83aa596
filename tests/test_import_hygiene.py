"""Everything below the UI runs in the app's worker threads and in the CLI alike: it never
imports Textual, the UI, the CLI or the language server, and prints nothing on import.
Proved at run time for every module, and statically by import-linter's contracts in
pyproject.toml."""

from __future__ import annotations

import importlib
import pkgutil
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ENGINE_PACKAGES = (
    "psassist.text", "psassist.engines", "psassist.checks", "psassist.report",
    "psassist.workspace", "psassist.drafting", "psassist.tracker",
)
REPO = Path(__file__).resolve().parent.parent
CODE = """
import importlib, sys
for name in sys.argv[1:]:
    importlib.import_module(name)
bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'pygls', 'lsprotocol')
             or m.startswith(('psassist.tui', 'psassist.cli', 'psassist.lsp')))
print(bad)
"""


def _modules(package_name: str) -> list[str]:
    package = importlib.import_module(package_name)
    return [package_name, *(info.name for info in pkgutil.walk_packages(
        package.__path__, package_name + "."))]


@pytest.mark.parametrize("package", ENGINE_PACKAGES)
def test_no_ui_imports_and_nothing_printed(package: str) -> None:
    result = subprocess.run([sys.executable, "-c", CODE, *_modules(package)],
                            capture_output=True, text=True, timeout=120, check=True)
    assert result.stdout == "[]\n", f"{package} imported {result.stdout.strip()}"
    assert result.stderr == ""


def test_import_linter_contracts_hold() -> None:
    lint_imports = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    if lint_imports is None:
        pytest.skip("import-linter is not installed (dev group)")
    result = subprocess.run([lint_imports], cwd=REPO, capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stdout + result.stderr
