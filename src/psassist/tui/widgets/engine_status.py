"""The engine status line: spaCy, LanguageTool and Harper, as the app last heard of them."""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from rich.text import Text
from textual.widgets import Static

from psassist.findings import EngineStatus
from psassist.report.safe import safe_text

#: What an engine is until its worker reports.
STARTING = EngineStatus("starting", "")

#: Each engine's key in `Checker.engine_status()`, its name, and its word while it starts.
ENGINES = (
    ("spacy", "spaCy", "loading…"),
    ("languagetool", "LanguageTool", "starting…"),
    ("harper", "Harper", "starting…"),
)


def status_line(engines: Mapping[str, EngineStatus]) -> Text:
    """ "spaCy: ready · LanguageTool: unavailable · Harper: ready — why LanguageTool is not".

    Every engine's state comes first, so all three show on an 80-column terminal; the
    reasons follow and are what gets cut short (the line's tooltip has them whole). One
    reason needs no name: the one engine that is not ready is right before it.
    """
    line = Text()  # cut with an ellipsis by the widget's CSS (Textual ignores Text's own)
    reasons: list[tuple[str, str]] = []
    missing = False
    for key, name, starting in ENGINES:
        engine = engines.get(key, STARTING)
        if line:
            line.append(" · ")
        line.append(f"{name}: ", style="bold")
        if engine.status == "ok":
            line.append("ready", style="green")
        elif engine.status == "starting":
            line.append(starting, style="yellow")
        elif engine.status == "fallback":
            line.append("fallback", style="yellow")
            reasons.append((name, engine.detail))
        else:
            line.append("unavailable", style="red")
            reasons.append((name, engine.detail))
            missing = True
    if reasons:
        said = [
            safe_text(detail) if len(reasons) == 1 else f"{name}: {safe_text(detail)}"
            for name, detail in reasons
        ]
        line.append(" — " + " · ".join(said))
        if missing:
            line.append("; the other checks still run")
    return line


class EngineStatusLine(Static):
    """One line under each screen; follows the app's `engine_status` reactive."""

    DEFAULT_CSS: ClassVar[str] = """
    EngineStatusLine {
        height: 1;
        padding: 0 1;
        background: $panel;
        text-wrap: nowrap;
        text-overflow: ellipsis;
    }
    """

    def on_mount(self) -> None:
        self.watch(self.app, "engine_status", self._show, init=True)

    def _show(self, status: Text) -> None:
        self.update(status)
        # A narrow terminal cuts the reasons short; hovering shows the whole line, wrapped.
        self.tooltip = Text(status.plain) if status.plain else None
