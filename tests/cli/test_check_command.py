"""`psassist check` end to end: exit codes, bad input, formats, display safety.

Runs without LanguageTool (--no-grammar) so it is fast; grammar output is covered by the
tests that start a real server.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from psassist.cli.main import main

from ..conftest import SAMPLES
from .expect import assert_one_line_error


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["check", "--no-grammar", "--no-samples", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text(
        "I admitted patients on the medical ward and presented them each "
        "morning to my attending.\n",
        encoding="utf-8",
    )
    return path


def test_clean_text_exits_zero(capsys: pytest.CaptureFixture[str], good: Path) -> None:
    code, out, err = run(capsys, str(good))
    assert code == 0, out + err
    assert "summary" in out and err == ""


def test_error_finding_exits_one(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_text("Mrs. Bibi was admitted with chest pain.\n", encoding="utf-8")
    code, out, _ = run(capsys, str(path))
    assert code == 1
    assert f"{path}:1:1: error privacy.patient-name" in out


def test_fail_on_warning(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "cliche.txt"
    path.write_text("Ever since I was a child, I wanted to heal people.\n", encoding="utf-8")
    assert run(capsys, str(path))[0] == 0
    assert run(capsys, "--fail-on", "warning", str(path))[0] == 1


def _bad_inputs(tmp_path: Path) -> dict[str, Path]:
    files = {
        "missing": tmp_path / "nope.txt",
        "directory": tmp_path / "folder",
        "empty": tmp_path / "empty.txt",
        "whitespace": tmp_path / "blank.txt",
        "binary": tmp_path / "image.txt",
        "large": tmp_path / "huge.txt",
        "corrupt-docx": tmp_path / "broken.docx",
        "not-word-docx": tmp_path / "zip.docx",
    }
    files["directory"].mkdir()
    files["empty"].write_bytes(b"")
    files["whitespace"].write_text(" \n\t\n  ", encoding="utf-8")
    files["binary"].write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    files["large"].write_bytes(b"word " * 210_000)
    files["corrupt-docx"].write_bytes(b"PK\x03\x04 this is not really a zip file")
    with zipfile.ZipFile(files["not-word-docx"], "w") as archive:
        archive.writestr("hello.txt", "not a Word document")
    return files


def test_every_bad_input_gets_one_line_and_exit_two(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, good: Path
) -> None:
    files = _bad_inputs(tmp_path)
    for kind, path in files.items():
        code, out, err = run(capsys, str(path), str(good))
        lines = err.strip().splitlines()
        assert code == 2, kind
        assert len(lines) == 1, (kind, err)
        assert path.name in lines[0], (kind, lines[0])
        assert "Traceback" not in err
        assert f"{good}" in out, f"{kind}: the good file was not checked"


def test_bad_input_in_json_is_reported_per_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, good: Path
) -> None:
    missing = tmp_path / "missing.txt"
    code, out, _ = run(capsys, "--format", "json", str(missing), str(good))
    assert code == 2
    results = json.loads(out)["results"]
    assert [r["ok"] for r in results] == [False, True]
    assert results[0]["error"] and results[1]["error"] is None


def test_json_matches_the_contract(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--format", "json", str(SAMPLES / "flawed-family-medicine.txt"))
    assert code == 1
    document = json.loads(out)
    assert document["version"] == 1
    (result,) = document["results"]
    assert set(result) >= {"path", "ok", "error", "stats", "readability", "engines", "findings"}
    assert set(result["stats"]) == {"characters", "words", "sentences", "paragraphs"}
    assert {"flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog"} <= set(
        result["readability"]
    )
    assert result["engines"]["languagetool"]["status"] == "unavailable"
    assert result["engines"]["spacy"]["status"] in ("ok", "fallback")
    keys = {
        "rule",
        "category",
        "severity",
        "start",
        "end",
        "line",
        "column",
        "message",
        "suggestions",
        "source_rule",
    }
    assert result["findings"]
    for finding in result["findings"]:
        assert set(finding) == keys
        assert finding["severity"] in ("error", "warning", "info")
        assert finding["category"] in (
            "grammar",
            "spelling",
            "style",
            "readability",
            "eras",
            "privacy",
            "originality",
        )
        assert 0 <= finding["start"] <= finding["end"]
        assert finding["source_rule"] is None  # only LanguageTool's findings carry one


def test_stdin(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    stdin = io.TextIOWrapper(io.BytesIO(b"Mrs. Bibi was admitted.\n"), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    code, out, _ = run(capsys, "-")
    assert code == 1
    assert "<stdin>:1:1: error privacy.patient-name" in out


def test_control_characters_are_escaped(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "escape.txt"
    path.write_text("Mrs. Bibi\x1b[31m was admitted \u202e with fever.\n", encoding="utf-8")
    _code, out, _ = run(capsys, "--color", "never", str(path))
    assert "\x1b" not in out and "\u202e" not in out
    assert "\\x1b[31m" in out


def test_windows_file_line_numbers(capsys: pytest.CaptureFixture[str]) -> None:
    _code, out, err = run(capsys, str(SAMPLES / "windows-psychiatry.txt"))
    assert err == ""
    assert "windows-psychiatry.txt:" in out
    assert "curly apostrophe" in out  # cp1252 0x92 decoded, not mangled


def test_program_option(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(SAMPLES / "program-variant-pediatrics.txt")
    _, out, _ = run(capsys, path)
    assert "eras.program-name" in out
    code, out, _ = run(capsys, "--program", "Lakeview Children's Hospital", path)
    assert "eras.program-name" not in out and "eras.other-program" not in out
    code, out, _ = run(capsys, "--program", "Riverside Community Hospital", path)
    assert code == 1 and "eras.other-program" in out


def test_compare_must_be_a_folder(capsys: pytest.CaptureFixture[str], good: Path) -> None:
    code, _, err = run(capsys, "--compare", str(good), str(good))
    assert_one_line_error(code, err, f"--compare {good}: not a folder")


def test_the_command_says_one_line_per_unreadable_file(tmp_path: Path, good: Path) -> None:
    """The real executable, no resident server: each bad file is one `psassist:` line."""
    files = _bad_inputs(tmp_path)
    kinds = ("missing", "directory", "binary", "empty")
    result = subprocess.run(
        [sys.executable, "-m", "psassist", "check", "--no-grammar", "--no-samples"]
        + [str(files[kind]) for kind in kinds]
        + [str(good)],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PSASSIST_NO_SERVER": "1"},
    )
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert len(lines) == len(kinds), result.stderr
    for kind, line in zip(kinds, lines, strict=True):
        assert line.startswith(f"psassist: {files[kind]}: "), (kind, line)
    assert f"{good}" in result.stdout


def test_usage_error_exits_two() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "psassist", "check"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
