"""Everything below the UI runs in the app's worker threads and in the CLI alike: it never
imports Textual, the UI, the CLI or the language server, and prints nothing on import.
Proved at run time for every module, and statically by import-linter's contracts in
pyproject.toml, whose layers contract states the whole order (and is shown to fail on an
upward import)."""

from __future__ import annotations

import importlib
import os
import pkgutil
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ENGINE_PACKAGES = (
    "psassist.text",
    "psassist.engines",
    "psassist.checks",
    "psassist.report",
    "psassist.workspace",
    "psassist.drafting",
    "psassist.tracker",
)
REPO = Path(__file__).resolve().parent.parent
LAYERS_CONTRACT = "One layer order, from the front-ends down to the finding types"
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
    return [
        package_name,
        *(info.name for info in pkgutil.walk_packages(package.__path__, package_name + ".")),
    ]


@pytest.mark.parametrize("package", ENGINE_PACKAGES)
def test_no_ui_imports_and_nothing_printed(package: str) -> None:
    result = subprocess.run(
        [sys.executable, "-c", CODE, *_modules(package)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert result.stdout == "[]\n", f"{package} imported {result.stdout.strip()}"
    assert result.stderr == ""


def test_import_linter_contracts_hold() -> None:
    lint_imports = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    if lint_imports is None:
        pytest.skip("import-linter is not installed (dev group)")
    result = subprocess.run([lint_imports], cwd=REPO, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("module", "upward"),
    [
        ("checks/checker.py", "psassist.report.json_output"),  # checks never imports report
        ("findings.py", "psassist.tracker.catalog"),  # the contract imports nothing above it
        ("workspace/store.py", "psassist.drafting.drafts"),
    ],
)
def test_an_upward_import_breaks_the_layers_contract(
    tmp_path: Path, module: str, upward: str
) -> None:
    """The contract is not vacuous: one import against the order makes lint-imports fail."""
    lint_imports = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    if lint_imports is None:
        pytest.skip("import-linter is not installed (dev group)")
    copy = tmp_path / "src" / "psassist"
    shutil.copytree(
        REPO / "src" / "psassist",
        copy,
        ignore=shutil.ignore_patterns("__pycache__", "data", "*.tcss"),
    )
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    target = copy / module
    target.write_text(
        target.read_text(encoding="utf-8") + f"\nimport {upward}  # upward\n", encoding="utf-8"
    )
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "src"), "COLUMNS": "200"}
    result = subprocess.run(
        [lint_imports, "--no-cache"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    importer = "psassist." + module.removesuffix(".py").replace("/", ".")
    assert result.returncode != 0, result.stdout
    assert f"{LAYERS_CONTRACT} BROKEN" in result.stdout, result.stdout
    assert f"{importer} -> {upward}" in result.stdout, result.stdout
