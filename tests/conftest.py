"""Shared fixtures: the real spaCy pipeline and a checker without LanguageTool.

The LanguageTool fixtures (a real server started for the test session) live in
tests/engines/conftest.py and are re-exported here so grammar tests anywhere can use them.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from psassist.checks.checker import Checker
from psassist.config import Settings
from psassist.engines.nlp import Pipeline, load_pipeline

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples" / "statements"


@pytest.fixture(autouse=True, scope="session")
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Keep tests away from the user's settings, dictionary and running server."""
    config = tmp_path_factory.mktemp("config")
    state = tmp_path_factory.mktemp("state")
    saved = {k: os.environ.get(k) for k in ("PSASSIST_CONFIG_DIR", "PSASSIST_STATE_DIR")}
    os.environ["PSASSIST_CONFIG_DIR"] = str(config)
    os.environ.setdefault("PSASSIST_STATE_DIR", str(state))
    yield
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return load_pipeline()


@pytest.fixture(scope="session")
def offline_checker(pipeline: Pipeline) -> Checker:
    """Every rule except LanguageTool's, on the real spaCy pipeline."""
    return Checker(Settings(), grammar=False, pipeline=pipeline)
