"""Fixtures for the UI tests: a copy of the sample workspace and an app factory.

Apps here never start LanguageTool (grammar is off: "unavailable" is a real state the
UI must handle) and get the session's spaCy pipeline, so nothing waits on an engine and
the pictures do not depend on timing. The cursor does not blink (stable snapshots).
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from psassist.config import Settings
from psassist.engines.nlp import Pipeline
from psassist.tui.app import PsassistApp

REPO = Path(__file__).resolve().parents[2]
SAMPLE_WORKSPACE = REPO / "samples" / "workspace"

AppFactory = Callable[..., PsassistApp]


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    target = tmp_path / "workspace"
    shutil.copytree(SAMPLE_WORKSPACE, target)
    return target


@pytest.fixture
def make_app(pipeline: Pipeline) -> AppFactory:
    def factory(root: Path, **options: Any) -> PsassistApp:
        options.setdefault("grammar", False)
        options.setdefault("pipeline", pipeline)
        options.setdefault("blink", False)
        options.setdefault("today", date(2026, 9, 1))  # the tracker counts days from here
        return PsassistApp(root, options.pop("settings", Settings()), **options)

    return factory


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
