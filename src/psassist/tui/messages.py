"""Messages that workers post back to the UI thread: small, one line of docstring each."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from psassist.findings import EngineStatus, Report


@dataclass
class EngineChanged(Message):
    """An engine started, failed, or finished loading."""

    engine: str  # "languagetool" | "spacy" | "harper"
    status: EngineStatus


@dataclass
class CheckFinished(Message):
    """A check of the editor's text finished; `report.text` is the text it checked."""

    report: Report


@dataclass
class HistoryCharted(Message):
    """The findings counted in a draft's saved versions, oldest first."""

    issues: list[float]
