"""Shared fixtures: the real spaCy pipeline, checkers, and a real LanguageTool server.

- The user's settings, dictionary and running server are never touched: config and state
  folders are session temp folders.
- The cache folder stays the user's (PSASSIST_CACHE_DIR if set), so the ~250 MB of jars
  are fetched by Maven once, not on every run. PSASSIST_LT_DIR or PSASSIST_LT_URL point
  the session at an existing LanguageTool folder or server instead.
- In CI (CI=true) a LanguageTool that cannot be started fails the grammar tests instead of
  skipping them, so a broken install step cannot pass unnoticed.
"""

from __future__ import annotations

import contextlib
import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn

import pytest

from psassist.checks.checker import Checker
from psassist.config import Settings, apply_environment
from psassist.engines.languagetool import (
    LanguageToolClient,
    LanguageToolError,
    LanguageToolUnavailable,
    open_languagetool,
    provision,
    stop_server,
)
from psassist.engines.nlp import Pipeline, load_pipeline

REPO = Path(__file__).resolve().parent.parent
SAMPLES = REPO / "samples" / "statements"


def _missing(reason: str) -> NoReturn:
    if os.environ.get("CI"):
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.fixture(autouse=True, scope="session")
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Keep tests away from the user's settings and personal dictionary."""
    patch = pytest.MonkeyPatch()
    patch.setenv("PSASSIST_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))
    patch.delenv("PSASSIST_WORKSPACE", raising=False)
    # Commands run in the test process itself; tests/server starts resident servers on purpose.
    patch.setenv("PSASSIST_NO_SERVER", "1")
    yield
    patch.undo()


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return load_pipeline()


@pytest.fixture(scope="session")
def offline_checker(pipeline: Pipeline) -> Checker:
    """Every rule except LanguageTool's, on the real spaCy pipeline."""
    return Checker(Settings(), grammar=False, pipeline=pipeline)


@pytest.fixture(scope="session")
def grammar_checker(
    pipeline: Pipeline, languagetool_client: LanguageToolClient, languagetool_settings: Settings
) -> Checker:
    """Every rule, LanguageTool included, against the session's real server."""
    return Checker(languagetool_settings, pipeline=pipeline)


@pytest.fixture(scope="session")
def languagetool_session_dirs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Points PSASSIST_STATE_DIR at a session folder; kills leftover daemons at the end."""
    root = tmp_path_factory.mktemp("languagetool")
    patch = pytest.MonkeyPatch()
    patch.setenv("PSASSIST_STATE_DIR", str(root / "state"))
    try:
        yield root
    finally:
        stop_server(root / "state")
        terminate_daemons_under(tmp_path_factory.getbasetemp())
        patch.undo()


@pytest.fixture(scope="session")
def languagetool_settings(languagetool_session_dirs: Path) -> Settings:
    """Default settings plus PSASSIST_* overrides (the user's config.toml is not read)."""
    settings = apply_environment(Settings())
    if not settings.languagetool.url:
        try:
            provision(settings, progress=lambda line: print(f"[languagetool] {line}"))
        except LanguageToolError as exc:
            _missing(f"LanguageTool cannot be provisioned here: {exc}")
    return settings


@pytest.fixture(scope="session")
def languagetool_client(languagetool_settings: Settings) -> LanguageToolClient:
    """A client of the session's LanguageTool server (started on first use)."""
    try:
        return open_languagetool(languagetool_settings)
    except LanguageToolUnavailable as exc:
        _missing(f"LanguageTool unavailable: {exc.reason}")


@pytest.fixture
def private_state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A state folder of the test's own: servers started in it are stopped afterwards."""
    folder = tmp_path / "state"
    monkeypatch.setenv("PSASSIST_STATE_DIR", str(folder))
    try:
        yield folder
    finally:
        stop_server(folder)
        terminate_daemons_under(tmp_path)


def terminate_daemons_under(root: Path) -> None:
    """Safety net: SIGTERM daemons whose --state-dir lies under `root` (they stop java)."""
    proc = Path("/proc")
    if not proc.is_dir():
        return
    marker = str(root)
    victims: list[int] = []
    for entry in proc.iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            args = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        text = [a.decode("utf-8", "replace") for a in args]
        if "psassist.engines.languagetool.daemon" not in text:
            continue
        if "--state-dir" in text:
            where = text[text.index("--state-dir") + 1]
            if where.startswith(marker):
                victims.append(int(entry.name))
    for pid in victims:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + 15
    while victims and time.monotonic() < deadline:
        victims = [pid for pid in victims if _running(pid)]
        time.sleep(0.1)


def _running(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rpartition(")")[2].split()[0] not in ("Z", "X")
