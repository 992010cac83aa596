"""The tracker runs in TUI worker threads: no UI imports, nothing printed on import."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import psassist.tracker

CODE = """
import importlib, sys
for name in sys.argv[1:]:
    importlib.import_module(name)
bad = sorted(m for m in sys.modules if m.split('.')[0] == 'textual' or m.startswith(
    ('psassist.tui', 'psassist.cli')))
print(bad)
"""


def test_no_ui_imports_and_nothing_printed() -> None:
    package = psassist.tracker
    modules = [package.__name__, *(info.name for info in pkgutil.iter_modules(
        package.__path__, package.__name__ + "."))]
    result = subprocess.run([sys.executable, "-c", CODE, *modules], capture_output=True,
                            text=True, timeout=120, check=True)
    assert result.stdout == "[]\n"
    assert result.stderr == ""
