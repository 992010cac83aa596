"""Where psassist keeps its files; each folder can be moved by an environment variable."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "psassist"


def _from_env(variable: str, default: str) -> Path:
    value = os.environ.get(variable)
    return Path(value).expanduser() if value else Path(default)


def cache_dir() -> Path:
    """Downloaded engines (LanguageTool jars) and derived data such as word lists."""
    return _from_env("PSASSIST_CACHE_DIR", platformdirs.user_cache_dir(APP_NAME))


def state_dir() -> Path:
    """Run-time state shared between psassist processes, such as the running server."""
    return _from_env("PSASSIST_STATE_DIR", platformdirs.user_state_dir(APP_NAME))


def config_dir() -> Path:
    """The user's settings and personal dictionary."""
    return _from_env("PSASSIST_CONFIG_DIR", platformdirs.user_config_dir(APP_NAME))
