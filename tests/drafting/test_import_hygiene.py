"""Drafting and the workspace run in TUI worker threads: no UI imports, no printing on import."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import psassist.drafting
import psassist.workspace

CODE = """
import importlib, sys
for name in sys.argv[1:]:
    importlib.import_module(name)
bad = sorted(m for m in sys.modules if m.split('.')[0] == 'textual' or m.startswith(
    ('psassist.tui', 'psassist.cli')))
print(bad)
"""


def _modules() -> list[str]:
    names = []
    for package in (psassist.drafting, psassist.workspace):
        names.append(package.__name__)
        names.extend(info.name for info in pkgutil.iter_modules(package.__path__,
                                                                 package.__name__ + "."))
    return names


def test_no_ui_imports_and_nothing_printed() -> None:
    result = subprocess.run([sys.executable, "-c", CODE, *_modules()], capture_output=True,
                            text=True, timeout=120, check=True)
    assert result.stdout == "[]\n"
    assert result.stderr == ""
