"""Provisioning: atomic installs, clean failures, and the other places LanguageTool can be.

Most tests run a fake `mvn` (a script on PATH) so failures can be staged; one runs the
real Maven against a version that does not exist.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import time
import zipfile
from collections.abc import Iterator
from dataclasses import replace
from importlib import resources
from pathlib import Path

import pytest

from psassist.config import LanguageToolSettings, Settings
from psassist.engines.languagetool import LanguageToolError, ProvisionError, provision
from psassist.engines.languagetool.installation import (
    MARKER,
    installed_psassist,
    locate,
    psassist_root,
)
from psassist.engines.languagetool.provision import _maven_failure

VERSION = "0.0.1"

FAKE_MVN = """#!{python}
import os, pathlib, sys, time
args = sys.argv[1:]
log = pathlib.Path(os.environ["FAKE_MVN_LOG"])
with log.open("a") as out:
    out.write(" ".join(args) + "\\n")
pathlib.Path(os.environ["FAKE_MVN_LOG"] + ".pid").write_text(str(os.getpid()))
out_dir = next(a.split("=", 1)[1] for a in args if a.startswith("-DoutputDirectory="))
version = next(a.split("=", 1)[1] for a in args if a.startswith("-Dlt.version="))
mode = os.environ.get("FAKE_MVN_MODE", "ok")
lib = pathlib.Path(out_dir)
lib.mkdir(parents=True, exist_ok=True)
print("\\x1b[0m[INFO] Scanning for projects...", flush=True)
for name in ("languagetool-server", "language-en", "guava"):
    print(f"[INFO] Downloaded from central: https://repo.maven.apache.org/maven2/x/"
          f"{{name}}-{{version}}.jar (1.2 MB at 3.0 MB/s)", flush=True)
    (lib / f"{{name}}-{{version}}.jar").write_bytes(b"PK")
    if mode == "fail" and name == "language-en":
        print("[ERROR] Failed to execute goal on project psassist-languagetool: Could not "
              "resolve dependencies: Connection reset -> [Help 1]", flush=True)
        print("[ERROR] Re-run Maven using the -X switch", flush=True)
        sys.exit(1)
    if mode == "hang":
        time.sleep(60)
"""


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("PSASSIST_CACHE_DIR", str(folder))
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "ltp"))
    return folder


@pytest.fixture
def fake_mvn(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, cache: Path) -> Iterator[Path]:
    """A fake `mvn` first on PATH; returns the file where it logs its arguments."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    script = bin_dir / "mvn"
    script.write_text(FAKE_MVN.format(python=sys.executable))
    script.chmod(0o755)
    log = tmp_path / "mvn-calls.log"
    monkeypatch.setenv("FAKE_MVN_LOG", str(log))
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    yield log


def settings_for(version: str = VERSION, **changes: object) -> Settings:
    return Settings(languagetool=replace(LanguageToolSettings(version=version), **changes))  # type: ignore[arg-type]


def leftovers(cache: Path) -> list[str]:
    root = cache / "languagetool"
    return sorted(p.name for p in root.iterdir() if p.name != ".lock") if root.is_dir() else []


def fake_distribution(folder: Path, version: str) -> Path:
    """An unpacked LanguageTool zip as language_tool_python leaves it (jars are dummies)."""
    folder.mkdir(parents=True)
    with zipfile.ZipFile(folder / "languagetool-server.jar", "w") as jar:
        jar.writestr(
            "META-INF/MANIFEST.MF",
            f"Manifest-Version: 1.0\nClass-Path: ./ libs/languagetool-core.jar libs/langu\n"
            f" age-en.jar\nComponentVersion: {version}\n",
        )
    (folder / "libs").mkdir()
    return folder


def test_maven_install_is_complete_and_reused(fake_mvn: Path, cache: Path) -> None:
    messages: list[str] = []
    lib = provision(settings_for(), messages.append)
    assert lib == cache / "languagetool" / VERSION / "lib"
    marker = json.loads((lib.parent / MARKER).read_text())
    assert marker["version"] == VERSION and marker["jars"] == 3
    assert leftovers(cache) == [VERSION]
    assert any("downloaded language-en-0.0.1.jar (1.2 MB at 3.0 MB/s)" in m for m in messages)
    call = fake_mvn.read_text()
    assert "dependency:copy-dependencies" in call and f"-Dlt.version={VERSION}" in call
    assert " -B " in f" {call} "
    found = installed_psassist(VERSION)
    assert found is not None and found.classpath == str(lib / "*")
    # Second run: nothing to do, Maven not called again.
    assert provision(settings_for(), messages.append) == lib
    assert len(fake_mvn.read_text().splitlines()) == 1
    assert "already installed" in messages[-1]


def test_failed_maven_leaves_no_folder(
    fake_mvn: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FAKE_MVN_MODE", "fail")
    with pytest.raises(ProvisionError) as caught:
        provision(settings_for())
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith("Maven could not fetch LanguageTool 0.0.1: cannot reach Maven")
    assert "Connection reset" in caught.value.details
    assert "Scanning for projects" in caught.value.details
    assert "\x1b" not in caught.value.details
    assert leftovers(cache) == []
    assert locate(settings_for()) is None


def test_interrupted_download_leaves_no_folder_and_no_maven(
    fake_mvn: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FAKE_MVN_MODE", "hang")

    def interrupt(message: str) -> None:
        if "downloaded" in message:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        provision(settings_for(), interrupt)
    assert leftovers(cache) == []
    pid = int(Path(str(fake_mvn) + ".pid").read_text())
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


def test_half_folder_and_leftovers_are_replaced(fake_mvn: Path, cache: Path) -> None:
    half = cache / "languagetool" / VERSION / "lib"
    half.mkdir(parents=True)
    (half / f"languagetool-server-{VERSION}.jar").write_bytes(b"PK")
    (cache / "languagetool" / f".partial-{VERSION}-killed").mkdir()
    assert locate(settings_for()) is None  # no marker: does not count
    lib = provision(settings_for())
    assert (lib.parent / MARKER).is_file()
    assert leftovers(cache) == [VERSION]


def test_missing_jar_makes_an_install_incomplete(fake_mvn: Path, cache: Path) -> None:
    lib = provision(settings_for())
    (lib / f"guava-{VERSION}.jar").unlink()
    assert installed_psassist(VERSION) is None


def test_two_processes_provision_once(fake_mvn: Path, cache: Path) -> None:
    """The second caller waits for the lock and then finds the copy done."""
    import threading

    results: list[Path] = []
    threads = [
        threading.Thread(target=lambda: results.append(provision(settings_for()))) for _ in range(2)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results[0] == results[1]
    assert len(fake_mvn.read_text().splitlines()) == 1
    assert leftovers(cache) == [VERSION]


def test_without_maven(tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    with pytest.raises(ProvisionError, match=r"Maven \(mvn\) not found; install it"):
        provision(settings_for())
    # language_tool_python's download folder is used when Maven is missing.
    theirs = fake_distribution(tmp_path / "ltp" / f"LanguageTool-{VERSION}", VERSION)
    assert provision(settings_for()) == theirs
    found = locate(settings_for())
    assert found is not None and found.origin == "language_tool_python"
    with pytest.raises(ProvisionError, match="Maven"):
        provision(settings_for(), source="maven")


def test_directory_setting_needs_no_download(tmp_path: Path, cache: Path) -> None:
    theirs = fake_distribution(tmp_path / "LanguageTool-6.5", "6.5")
    assert provision(settings_for(directory=str(theirs))) == theirs
    with pytest.raises(LanguageToolError, match="is not a LanguageTool folder"):
        provision(settings_for(directory=str(tmp_path)))


def test_invalid_version_is_refused(cache: Path) -> None:
    with pytest.raises(LanguageToolError, match="invalid LanguageTool version"):
        provision(settings_for("6.7 -Dmaven.repo.local=/tmp"))


def test_language_tool_python_download_fails_clearly(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its download host is unreachable here; point it at a closed port to be sure."""
    download_lt = pytest.importorskip("language_tool_python.download_lt")
    from psassist.engines.languagetool.server import free_port

    monkeypatch.setattr(download_lt, "BASE_URL_NEW_RELEASES", f"http://127.0.0.1:{free_port()}/")
    monkeypatch.setattr(download_lt, "BASE_URL_RELEASE", f"http://127.0.0.1:{free_port()}/")
    began = time.monotonic()
    with pytest.raises(ProvisionError) as caught:
        provision(settings_for("6.7"), source="language-tool-python")
    assert time.monotonic() - began < 30
    message = str(caught.value)
    assert message.startswith("language_tool_python could not download LanguageTool 6.7 (")
    assert message.endswith("run `psassist setup` to use Maven instead")
    assert "\n" not in message
    assert psassist_root() == cache / "languagetool"
    assert not (cache / "languagetool").exists()


@pytest.mark.skipif(shutil.which("mvn") is None, reason="Maven not installed")
def test_real_maven_reports_an_unknown_version(cache: Path) -> None:
    with pytest.raises(ProvisionError) as caught:
        provision(settings_for("0.0.0"))
    assert str(caught.value) == (
        "Maven could not fetch LanguageTool 0.0.0: no such version on Maven Central; "
        "set languagetool.version to a released version such as 6.7"
    )
    assert leftovers(cache) == []


def test_unrecognised_maven_failure_shows_its_first_error() -> None:
    output = "[INFO] Scanning\n[ERROR] \n[ERROR] Non-resolvable parent POM: bad pom\n[ERROR] x"
    assert _maven_failure("6.7", output, 1) == (
        "Maven could not fetch LanguageTool 6.7: Non-resolvable parent POM: bad pom"
    )
    assert _maven_failure("6.7", "", 137).endswith(": exit code 137")


def test_recipe_ships_with_the_package() -> None:
    pom = resources.files("psassist.engines.languagetool").joinpath("pom.xml").read_text()
    assert "<lt.version>" in pom
    assert "<artifactId>languagetool-server</artifactId>" in pom
    assert "<artifactId>language-en</artifactId>" in pom
