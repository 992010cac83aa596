"""One settings model, read from `config.toml` in the config folder and the environment.

Environment variables win over the file so tests and scripts can point psassist at
fixtures without touching the user's settings.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from psassist import locations

DEFAULT_LANGUAGETOOL_VERSION = "6.8"


class ConfigError(Exception):
    """The settings file cannot be used; the message names the file and the reason."""


@dataclass(frozen=True)
class LanguageToolSettings:
    """How psassist reaches LanguageTool."""

    enabled: bool = True
    #: A LanguageTool server the user runs (http://host:port). Text is sent there.
    url: str | None = None
    #: An existing LanguageTool folder (jars or languagetool-server.jar) instead of ours.
    directory: str | None = None
    version: str = DEFAULT_LANGUAGETOOL_VERSION
    #: Maximum Java heap of the local server (java -Xmx).
    heap: str = "1g"
    #: The local server stops by itself after this many idle minutes.
    idle_minutes: float = 10.0
    #: Language code passed to LanguageTool.
    language: str = "en-US"
    #: Seconds to wait for a local server to start answering.
    start_timeout: float = 90.0


@dataclass(frozen=True)
class Settings:
    """Everything a run of psassist can be told from outside."""

    languagetool: LanguageToolSettings = field(default_factory=LanguageToolSettings)
    #: spaCy pipeline tried first; the bundled re-upload and a blank pipeline follow.
    spacy_model: str = "en_core_web_sm"
    #: Words (one per line) never reported as misspellings.
    user_dictionary: str | None = None

    def user_dictionary_path(self) -> Path:
        if self.user_dictionary:
            return Path(self.user_dictionary).expanduser()
        return locations.config_dir() / "dictionary.txt"


def config_file() -> Path:
    explicit = os.environ.get("PSASSIST_CONFIG")
    return Path(explicit).expanduser() if explicit else locations.config_dir() / "config.toml"


def _section(data: dict[str, object], cls: type[LanguageToolSettings]) -> LanguageToolSettings:
    known = {f.name: f for f in fields(cls)}
    values: dict[str, object] = {}
    for key, value in data.items():
        name = key.replace("-", "_")
        if name not in known:
            raise ConfigError(f"unknown setting languagetool.{key}")
        values[name] = value
    return cls(**values)  # type: ignore[arg-type]


def load_settings(path: Path | None = None) -> Settings:
    """Read the settings file (if any) and apply environment overrides."""
    path = path or config_file()
    settings = Settings()
    if path.is_file():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"{path}: {exc}") from exc
        lt = data.pop("languagetool", {})
        if not isinstance(lt, dict):
            raise ConfigError(f"{path}: [languagetool] must be a table")
        top: dict[str, object] = {}
        for key, value in data.items():
            name = key.replace("-", "_")
            if name not in ("spacy_model", "user_dictionary"):
                raise ConfigError(f"{path}: unknown setting {key}")
            top[name] = value
        try:
            settings = Settings(languagetool=_section(lt, LanguageToolSettings), **top)  # type: ignore[arg-type]
        except (TypeError, ConfigError) as exc:
            raise ConfigError(f"{path}: {exc}") from exc
    return apply_environment(settings)


def apply_environment(settings: Settings) -> Settings:
    env = os.environ
    lt = settings.languagetool
    if "PSASSIST_LT_URL" in env:
        lt = replace(lt, url=env["PSASSIST_LT_URL"] or None)
    if "PSASSIST_LT_DIR" in env:
        lt = replace(lt, directory=env["PSASSIST_LT_DIR"] or None)
    if "PSASSIST_LT_VERSION" in env:
        lt = replace(lt, version=env["PSASSIST_LT_VERSION"])
    if "PSASSIST_LT_IDLE_MINUTES" in env:
        try:
            lt = replace(lt, idle_minutes=float(env["PSASSIST_LT_IDLE_MINUTES"]))
        except ValueError as exc:
            raise ConfigError("PSASSIST_LT_IDLE_MINUTES must be a number of minutes") from exc
    result = replace(settings, languagetool=lt)
    if env.get("PSASSIST_SPACY_MODEL"):
        result = replace(result, spacy_model=env["PSASSIST_SPACY_MODEL"])
    if env.get("PSASSIST_DICTIONARY"):
        result = replace(result, user_dictionary=env["PSASSIST_DICTIONARY"])
    return result
