"""Find an installed LanguageTool and work out how `java` should load it.

Three kinds of folder are accepted, looked up in this order:

1. `languagetool.directory` from the settings: the user's own copy, either a folder of
   jars (as Maven copies them) or an unpacked LanguageTool distribution with
   `languagetool-server.jar` (as language_tool_python downloads it);
2. psassist's own copy, `<cache>/languagetool/<version>/lib`, made by `psassist setup`;
3. language_tool_python's download folder (`~/.cache/language_tool_python` or
   `$LTP_PATH`), so users who already have it there need not download 250 MB again.

Nothing here starts a process or touches the network.
"""

from __future__ import annotations

import json
import os
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from psassist import locations
from psassist.config import Settings
from psassist.engines.languagetool.errors import LanguageToolError

#: Written last into a finished psassist copy; without it the folder does not count.
MARKER = "psassist-languagetool.json"
VERSION_PATTERN = re.compile(r"^\d+(?:\.\d+)*(?:-SNAPSHOT)?$")
_SERVER_JAR = re.compile(r"^languagetool-server-(?P<version>.+)\.jar$")
_DISTRIBUTION_NAME = re.compile(r"^LanguageTool-(?P<version>.+)$")

Kind = Literal["jars", "distribution"]
Origin = Literal["settings", "psassist", "language_tool_python"]


@dataclass(frozen=True)
class Installation:
    """A LanguageTool folder and the class path that runs its HTTP server."""

    directory: Path
    version: str | None
    classpath: str
    kind: Kind
    origin: Origin

    def as_dict(self) -> dict[str, object]:
        return {
            "directory": str(self.directory),
            "version": self.version,
            "kind": self.kind,
            "origin": self.origin,
            "jars": len(_jars(self.directory)) + len(_jars(self.directory / "libs")),
        }


def psassist_root() -> Path:
    """Where `psassist setup` keeps LanguageTool versions (jars are never in the repo)."""
    return locations.cache_dir() / "languagetool"


def psassist_version_dir(version: str) -> Path:
    return psassist_root() / version


def language_tool_python_root() -> Path:
    """language_tool_python's download folder, computed without creating it (it would)."""
    explicit = os.environ.get("LTP_PATH")
    if explicit:
        return Path(explicit).expanduser()
    return Path.home() / ".cache" / "language_tool_python"


def check_version_name(version: str) -> str:
    """Refuse version strings that could smuggle paths or Maven options in."""
    if not VERSION_PATTERN.match(version):
        raise LanguageToolError(
            f"invalid LanguageTool version {version!r}; use a number such as 6.7"
        )
    return version


def read_marker(version_dir: Path) -> dict[str, object] | None:
    try:
        data = json.loads((version_dir / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def installed_psassist(version: str) -> Installation | None:
    """psassist's own copy of `version`, if it is complete (marker present, jars all there)."""
    folder = psassist_version_dir(version)
    marker = read_marker(folder)
    if marker is None or marker.get("version") != version:
        return None
    lib = folder / "lib"
    if len(_jars(lib)) != marker.get("jars"):
        return None
    return Installation(
        directory=lib,
        version=version,
        classpath=str(lib / "*"),
        kind="jars",
        origin="psassist",
    )


def inspect_directory(path: Path, origin: Origin = "settings") -> Installation:
    """Recognise a LanguageTool folder, or LanguageToolError saying what is missing."""
    path = path.expanduser()
    if not path.is_dir():
        raise LanguageToolError(f"LanguageTool folder {path} does not exist")
    distribution_jar = path / "languagetool-server.jar"
    if distribution_jar.is_file():
        name = _DISTRIBUTION_NAME.match(path.name)
        version = _manifest_version(distribution_jar) or (name["version"] if name else None)
        # The jar's manifest Class-Path lists libs/*.jar, so the jar alone is the class path.
        return Installation(path, version, str(distribution_jar), "distribution", origin)
    server_jars = [jar for jar in _jars(path) if _SERVER_JAR.match(jar.name)]
    if server_jars:
        jar = server_jars[0]
        match = _SERVER_JAR.match(jar.name)
        version = _manifest_version(jar) or (match["version"] if match else None)
        return Installation(path, version, str(path / "*"), "jars", origin)
    if (path / "lib").is_dir() and path.name != "lib":
        # Also accept the parent of a psassist copy (<cache>/languagetool/<version>).
        return inspect_directory(path / "lib", origin)
    raise LanguageToolError(
        f"{path} is not a LanguageTool folder (no languagetool-server.jar or "
        "languagetool-server-*.jar in it)"
    )


def installed_language_tool_python(version: str) -> Installation | None:
    """The language_tool_python download of `version`, else its newest one, else None."""
    root = language_tool_python_root()
    try:
        candidates = [p for p in root.glob("LanguageTool-*") if p.is_dir()]
    except OSError:
        return None
    usable = [p for p in candidates if (p / "languagetool-server.jar").is_file()]
    if not usable:
        return None
    exact = [p for p in usable if p.name == f"LanguageTool-{version}"]
    chosen = exact[0] if exact else max(usable, key=lambda p: _version_key(p.name))
    try:
        return inspect_directory(chosen, "language_tool_python")
    except LanguageToolError:
        return None


def locate(settings: Settings) -> Installation | None:
    """The installation psassist would run, or None if there is none yet.

    A `languagetool.directory` that is not a LanguageTool folder is an error rather than
    a silent fall back, so a typo in the settings does not go unnoticed.
    """
    lt = settings.languagetool
    if lt.directory:
        return inspect_directory(Path(lt.directory), "settings")
    version = check_version_name(lt.version)
    return installed_psassist(version) or installed_language_tool_python(version)


def _jars(folder: Path) -> list[Path]:
    try:
        return sorted(p for p in folder.iterdir() if p.suffix == ".jar" and p.is_file())
    except OSError:
        return []


def _manifest_version(jar: Path) -> str | None:
    """LanguageTool's jars record their version as `ComponentVersion` in the manifest."""
    try:
        with zipfile.ZipFile(jar) as archive:
            text = archive.read("META-INF/MANIFEST.MF").decode("utf-8", "replace")
    except (OSError, KeyError, zipfile.BadZipFile):
        return None
    # Manifest lines are folded at 72 bytes; a leading space continues the previous line.
    unfolded = re.sub(r"\r?\n ", "", text)
    for line in unfolded.splitlines():
        key, _, value = line.partition(":")
        if key.strip() in ("ComponentVersion", "Implementation-Version") and value.strip():
            return value.strip()
    return None


def _version_key(name: str) -> tuple[int, ...]:
    numbers = re.findall(r"\d+", name)
    return tuple(int(n) for n in numbers) if numbers else (-1,)
