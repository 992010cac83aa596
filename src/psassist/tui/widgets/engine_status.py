"""The engine status line: LanguageTool and spaCy, as the app last heard of them."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.widgets import Static


class EngineStatusLine(Static):
    """One line under each screen; follows the app's `engine_status` reactive."""

    DEFAULT_CSS: ClassVar[str] = """
    EngineStatusLine { height: 1; padding: 0 1; background: $panel; }
    """

    def on_mount(self) -> None:
        self.watch(self.app, "engine_status", self._show, init=True)

    def _show(self, status: Text) -> None:
        self.update(status)
