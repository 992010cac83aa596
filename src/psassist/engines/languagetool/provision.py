"""Fetch LanguageTool once into the cache, so that checks later need no network.

The main route runs Maven on the recipe shipped next to this module (`pom.xml`): Maven
Central is reachable where languagetool.org often is not, it verifies checksums, and it
honours the user's Maven mirrors and proxies. The jars are copied into a private temp
folder, a marker file is written, and only then is the folder renamed into place, so an
interrupted or failed download never leaves a folder that looks complete.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import re
import shutil
import subprocess
import tempfile
import time
from collections import deque
from collections.abc import Callable, Iterator
from importlib import resources
from pathlib import Path
from typing import Literal

from psassist.config import Settings
from psassist.engines.java import JavaError, require_java
from psassist.engines.languagetool.errors import LanguageToolError
from psassist.engines.languagetool.installation import (
    MARKER,
    check_version_name,
    inspect_directory,
    installed_language_tool_python,
    installed_psassist,
    language_tool_python_root,
    psassist_root,
    psassist_version_dir,
)

Progress = Callable[[str], None]
Source = Literal["auto", "maven", "language-tool-python"]

_ANSI = re.compile(r"\x1b\[[0-9;]*m")
_NETWORK_TROUBLE = (
    "Could not transfer",
    "UnknownHost",
    "Connection refused",
    "Connection reset",
    "Connect to",
    "timed out",
    "Network is unreachable",
)
_DOWNLOADED = re.compile(r"Downloaded from \S+: \S*/(?P<name>[^/\s]+\.jar) \((?P<size>[^)]*)\)")


class ProvisionError(LanguageToolError):
    """Provisioning failed; `details` holds the last lines of the tool's output."""

    def __init__(self, message: str, details: str = "") -> None:
        super().__init__(message)
        self.details = details


def provision(
    settings: Settings,
    progress: Progress | None = None,
    *,
    source: Source = "auto",
) -> Path:
    """Make sure LanguageTool is installed and return the folder java will run.

    `source="auto"` uses an existing copy (settings, psassist cache), else Maven, else
    language_tool_python's download folder if Maven is missing. `"maven"` insists on
    Maven; `"language-tool-python"` asks language_tool_python to download its zip.
    A configured `languagetool.url` is not consulted: this installs a local copy.
    """
    say: Progress = progress or (lambda _message: None)
    lt = settings.languagetool
    if lt.directory:
        found = inspect_directory(Path(lt.directory), "settings")
        say(f"Using LanguageTool {found.version or '(unknown version)'} in {found.directory}")
        return found.directory
    version = check_version_name(lt.version)
    if source == "language-tool-python":
        return provision_with_language_tool_python(version, say)
    existing = installed_psassist(version)
    if existing is not None:
        say(f"LanguageTool {version} is already installed in {existing.directory}")
        return existing.directory
    mvn = shutil.which("mvn")
    if mvn is None:
        if source == "auto":
            theirs = installed_language_tool_python(version)
            if theirs is not None:
                say(f"Maven not found; using language_tool_python's copy in {theirs.directory}")
                return theirs.directory
        raise ProvisionError(
            "Maven (mvn) not found; install it (e.g. `sudo apt install maven`) or run "
            "`psassist setup --source language-tool-python`"
        )
    try:
        require_java()
    except JavaError as exc:
        raise ProvisionError(str(exc)) from exc
    return install_with_maven(Path(mvn), version, say)


def install_with_maven(mvn: Path, version: str, say: Progress) -> Path:
    """Copy LanguageTool `version` with Maven into the cache; returns its `lib` folder."""
    root = psassist_root()
    root.mkdir(parents=True, exist_ok=True)
    with _exclusive(root / ".lock"):
        done = installed_psassist(version)
        if done is not None:  # another psassist finished it while we waited for the lock
            return done.directory
        _remove_leftovers(root)
        work = Path(tempfile.mkdtemp(prefix=f".partial-{version}-", dir=root))
        try:
            pom = work / "pom.xml"
            recipe = resources.files("psassist.engines.languagetool").joinpath("pom.xml")
            pom.write_bytes(recipe.read_bytes())
            lib = work / "lib"
            say(f"Fetching LanguageTool {version} with Maven (about 250 MB the first time)")
            _run_maven(mvn, pom, version, lib, say)
            jars = sorted(p.name for p in lib.glob("*.jar"))
            if not any(n.startswith("languagetool-server-") for n in jars) or not any(
                n.startswith("language-en-") for n in jars
            ):
                raise ProvisionError(
                    f"Maven finished but LanguageTool {version} jars are missing from {lib}"
                )
            size = sum(p.stat().st_size for p in lib.glob("*.jar"))
            marker = {
                "version": version,
                "jars": len(jars),
                "bytes": size,
                "source": "maven",
                "installed": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            }
            (work / MARKER).write_text(json.dumps(marker, indent=2) + "\n", encoding="utf-8")
            target = psassist_version_dir(version)
            if target.exists():  # incomplete by definition: it failed installed_psassist
                _discard(target)
            work.rename(target)
        except BaseException:
            shutil.rmtree(work, ignore_errors=True)
            raise
    say(f"Installed LanguageTool {version}: {len(jars)} jars, {size // 2**20} MB in {target}")
    return target / "lib"


def provision_with_language_tool_python(version: str, say: Progress) -> Path:
    """Let language_tool_python download its LanguageTool zip (needs its download host)."""
    try:
        from language_tool_python.download_lt import LocalLanguageTool
    except ImportError as exc:
        raise ProvisionError("language_tool_python is not installed") from exc
    try:
        require_java()
    except JavaError as exc:
        raise ProvisionError(str(exc)) from exc
    existing = installed_language_tool_python(version)
    if existing is not None and existing.version == version:
        say(f"LanguageTool {version} is already in {existing.directory}")
        return existing.directory
    try:
        wanted = LocalLanguageTool.from_version_name(version)
        url = str(wanted.download_url)
        say(f"Downloading LanguageTool {version} from {url} into {language_tool_python_root()}")
        wanted.download()
    except (Exception, SystemExit) as exc:  # it raises SystemExit and ModuleNotFoundError too
        raise ProvisionError(
            f"language_tool_python could not download LanguageTool {version} "
            f"({_short(exc)}); run `psassist setup` to use Maven instead",
            details=str(exc),
        ) from exc
    found = installed_language_tool_python(version)
    if found is None or found.version != version:
        raise ProvisionError(
            f"language_tool_python did not put LanguageTool {version} in "
            f"{language_tool_python_root()} (is LTP_JAR_DIR_PATH set?)"
        )
    say(f"Installed LanguageTool {version} in {found.directory}")
    return found.directory


def _run_maven(mvn: Path, pom: Path, version: str, lib: Path, say: Progress) -> None:
    command = [
        str(mvn),
        "-B",
        "-U",  # do not trust a failure cached by an earlier offline attempt
        "-Dstyle.color=never",
        "-f",
        str(pom),
        "dependency:copy-dependencies",
        f"-Dlt.version={version}",
        f"-DoutputDirectory={lib}",
    ]
    tail: deque[str] = deque(maxlen=25)
    process = subprocess.Popen(
        command,
        cwd=pom.parent,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        errors="replace",
    )
    try:
        assert process.stdout is not None
        for raw in process.stdout:
            line = _ANSI.sub("", raw).rstrip()
            tail.append(line)
            downloaded = _DOWNLOADED.search(line)
            if downloaded:
                say(f"  downloaded {downloaded['name']} ({downloaded['size']})")
        code = process.wait()
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    if code != 0:
        details = "\n".join(tail)
        raise ProvisionError(_maven_failure(version, details, code), details=details)


def _maven_failure(version: str, output: str, code: int) -> str:
    """One line saying what went wrong and what to do, from Maven's last lines."""
    prefix = f"Maven could not fetch LanguageTool {version}: "
    if any(sign in output for sign in _NETWORK_TROUBLE):
        return prefix + (
            "cannot reach Maven Central or your mirror; check the connection "
            "(and proxy settings in ~/.m2/settings.xml), then run `psassist setup` again"
        )
    if "was not found in" in output or "Could not find artifact" in output:
        return prefix + (
            "no such version on Maven Central; set languagetool.version to a released "
            "version such as 6.7"
        )
    lines = [line.strip() for line in output.splitlines()]
    errors = [line.removeprefix("[ERROR]").strip() for line in lines if line.startswith("[ERROR]")]
    first = next((e for e in errors if e), f"exit code {code}")
    return prefix + first[:200]


@contextlib.contextmanager
def _exclusive(lock_path: Path) -> Iterator[None]:
    """Two `psassist setup` runs at once: the second waits, then finds the copy done."""
    with open(lock_path, "a+b") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _remove_leftovers(root: Path) -> None:
    """Temp folders of runs that were killed; safe to delete while we hold the lock."""
    for leftover in root.glob(".partial-*"):
        shutil.rmtree(leftover, ignore_errors=True)
    for leftover in root.glob(".trash-*"):
        shutil.rmtree(leftover, ignore_errors=True)


def _discard(folder: Path) -> None:
    """Move aside first, so a half-deleted folder never sits under the version's name."""
    trash = Path(tempfile.mkdtemp(prefix=".trash-", dir=folder.parent))
    folder.rename(trash / folder.name)
    shutil.rmtree(trash, ignore_errors=True)


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if "Failed to resolve" in text or "Name or service not known" in text:
        return "cannot resolve its download host; no internet access?"
    return text if len(text) <= 160 else text[:157] + "..."
