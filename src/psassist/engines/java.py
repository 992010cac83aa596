"""Find a Java runtime and tell whether it is new enough.

LanguageTool 6.x needs Java 17. The runtime is looked up the way the `java` launcher
scripts of most tools do it (JAVA_HOME first, then PATH), so a user who pointed
JAVA_HOME at a newer JDK gets that one even if an older `java` is first on PATH.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

MINIMUM_JAVA = 17

_VERSION = re.compile(r'version "(?P<major>\d+)(?:\.(?P<minor>\d+))?[^"]*"')
# Some builds print `openjdk 21.0.2 2024-01-16` on the first line instead.
_VERSION_BARE = re.compile(r"^(?:openjdk|java) (?P<major>\d+)(?:\.(?P<minor>\d+))?", re.M)


class JavaError(Exception):
    """No usable Java runtime; the message says what to install or set."""


@dataclass(frozen=True)
class JavaInfo:
    """A Java runtime and the version it reports."""

    path: Path
    #: The first line of `java -version`, e.g. `openjdk version "17.0.15" 2025-04-15`.
    description: str
    major: int


def find_java(env: Mapping[str, str] | None = None) -> Path | None:
    """The `java` executable: $JAVA_HOME/bin/java if it exists, else the first on PATH."""
    env = os.environ if env is None else env
    home = env.get("JAVA_HOME")
    if home:
        candidate = Path(home).expanduser() / "bin" / "java"
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate
    found = shutil.which("java", path=env.get("PATH", os.defpath))
    return Path(found) if found else None


def parse_java_version(output: str) -> int | None:
    """The major version from `java -version` output (`1.8` counts as 8)."""
    match = _VERSION.search(output) or _VERSION_BARE.search(output)
    if not match:
        return None
    major = int(match["major"])
    if major == 1 and match["minor"]:
        return int(match["minor"])
    return major


def java_info(java: Path, timeout: float = 20.0) -> JavaInfo:
    """Run `java -version` and parse it; JavaError if it cannot be run or read."""
    try:
        done = subprocess.run(
            [str(java), "-version"],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
            stdin=subprocess.DEVNULL,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise JavaError(f"cannot run {java} -version: {exc}") from exc
    output = (done.stderr or "") + (done.stdout or "")
    major = parse_java_version(output)
    if done.returncode != 0 or major is None:
        first = output.strip().splitlines()[0] if output.strip() else f"exit {done.returncode}"
        raise JavaError(f"cannot read the version of {java}: {first}")
    # Skip lines such as "Picked up JAVA_TOOL_OPTIONS: ..." that some setups print first.
    lines = [line.strip() for line in output.splitlines() if line.strip()]
    described = [line for line in lines if _VERSION.search(line) or _VERSION_BARE.match(line)]
    return JavaInfo(path=java, description=(described or lines)[0], major=major)


def require_java(minimum: int = MINIMUM_JAVA, env: Mapping[str, str] | None = None) -> JavaInfo:
    """A Java runtime of at least `minimum`, or JavaError with a one-line fix."""
    java = find_java(env)
    if java is None:
        raise JavaError(
            f"Java not found; install a JDK {minimum}+ (e.g. `sudo apt install openjdk-17-jre`)"
            " or set JAVA_HOME (see `psassist doctor`)"
        )
    info = java_info(java)
    if info.major < minimum:
        raise JavaError(
            f"Java {info.major} at {java} is too old; LanguageTool needs Java {minimum}+"
            " (install a newer JDK or point JAVA_HOME at one)"
        )
    return info
