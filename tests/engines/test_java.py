"""Finding Java and reading its version, with fake `java` scripts and the real one."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from psassist.engines.java import (
    JavaError,
    find_java,
    java_info,
    parse_java_version,
    require_java,
)


def fake_java(folder: Path, version_line: str) -> Path:
    """A `bin/java` that prints `version_line` to stderr like `java -version` does."""
    java = folder / "bin" / "java"
    java.parent.mkdir(parents=True)
    java.write_text(
        "#!/bin/sh\n"
        "echo 'Picked up JAVA_TOOL_OPTIONS: -Dfoo=bar' >&2\n"
        f"echo '{version_line}' >&2\n"
        "echo 'OpenJDK Runtime Environment (build x)' >&2\n"
    )
    java.chmod(0o755)
    return java


@pytest.mark.parametrize(
    ("output", "major"),
    [
        ('openjdk version "17.0.15" 2025-04-15', 17),
        ('java version "1.8.0_381"', 8),
        ('openjdk version "25" 2025-09-16', 25),
        ('openjdk version "21-ea" 2023-09-19', 21),
        ("openjdk 21.0.2 2024-01-16", 21),
        ("no version here", None),
    ],
)
def test_parse_java_version(output: str, major: int | None) -> None:
    assert parse_java_version(output) == major


def test_java_home_wins_over_path(tmp_path: Path) -> None:
    home_java = fake_java(tmp_path / "home", 'openjdk version "21.0.1" 2023-10-17')
    path_java = fake_java(tmp_path / "path", 'openjdk version "17.0.1" 2023-10-17')
    env = {"JAVA_HOME": str(tmp_path / "home"), "PATH": str(path_java.parent)}
    assert find_java(env) == home_java
    assert find_java({"JAVA_HOME": str(tmp_path / "nowhere"), "PATH": str(path_java.parent)}) == (
        path_java
    )


def test_no_java_anywhere(tmp_path: Path) -> None:
    env = {"PATH": str(tmp_path)}
    assert find_java(env) is None
    with pytest.raises(JavaError, match=r"Java not found; install a JDK 17\+"):
        require_java(env=env)


def test_old_java_is_refused(tmp_path: Path) -> None:
    fake_java(tmp_path / "jdk8", 'java version "1.8.0_381"')
    with pytest.raises(JavaError, match=r"Java 8 .* too old; LanguageTool needs Java 17\+"):
        require_java(env={"JAVA_HOME": str(tmp_path / "jdk8"), "PATH": ""})


def test_description_skips_tool_options_line(tmp_path: Path) -> None:
    java = fake_java(tmp_path / "jdk", 'openjdk version "17.0.9" 2023-10-17')
    info = java_info(java)
    assert info.major == 17
    assert info.description == 'openjdk version "17.0.9" 2023-10-17'


def test_unreadable_java(tmp_path: Path) -> None:
    broken = tmp_path / "java"
    broken.write_text("#!/bin/sh\necho 'Error: could not open jvm.cfg' >&2\nexit 1\n")
    broken.chmod(0o755)
    with pytest.raises(JavaError, match="cannot read the version"):
        java_info(broken)


@pytest.mark.skipif(shutil.which("java") is None, reason="no java on PATH")
def test_real_java_is_at_least_17() -> None:
    info = require_java()
    assert info.major >= 17
    assert info.path.name == "java"
