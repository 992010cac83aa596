"""The Textual UI: draft, check and track in one terminal app (`psassist` with no command).

Importing this package imports Textual; the CLI imports it only when it opens the app.
"""

from __future__ import annotations

from pathlib import Path


def run(workspace: Path) -> int:
    """Open the app on `workspace`; returns an exit code."""
    from psassist.config import load_settings
    from psassist.tui.app import PsassistApp

    app = PsassistApp(workspace, load_settings())
    app.run()
    return app.return_code or 0
