"""`psassist export` end to end: the ERAS txt, Word and Markdown files, and refusals."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from psassist.cli.main import main
from psassist.drafting.paragraphs import tidy
from psassist.text import read_document

from ..conftest import REPO
from .expect import assert_one_line_error

SAMPLE_WORKSPACE = REPO / "samples" / "workspace"
IM_MAIN = SAMPLE_WORKSPACE / "drafts" / "im-main.txt"


@pytest.fixture(autouse=True)
def _workspace_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PSASSIST_WORKSPACE", str(SAMPLE_WORKSPACE))


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["export", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_txt_for_eras(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    output = tmp_path / "statement.txt"
    code, out, err = run(capsys, "im-main", "--format", "txt", "-o", str(output))
    assert code == 0, err
    data = output.read_bytes()
    text = data.decode("ascii")
    assert text == tidy(IM_MAIN.read_text(encoding="utf-8")) + "\n"
    assert len(text.strip()) <= 28_000
    assert "\n\n\n" not in text and "**" not in text
    assert f"wrote {output} (txt, " in out and "of the ERAS 28,000" in out
    assert "View/Print MyERAS Application" in out
    assert not (SAMPLE_WORKSPACE / ".lock").exists()


def test_docx_round_trips(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    output = tmp_path / "mentor.docx"
    code, _, err = run(capsys, "im-quillmere", "-o", str(output))  # format from the suffix
    assert code == 0, err
    draft = (SAMPLE_WORKSPACE / "drafts" / "im-quillmere.txt").read_text(encoding="utf-8")
    assert read_document(output).text == tidy(draft)

    import docx

    assert len(docx.Document(str(output)).paragraphs) == len(tidy(draft).split("\n\n"))


def test_markdown_and_standard_output(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = run(capsys, "fm-main", "--format", "md", "-o", "-")
    assert code == 0
    assert (
        out
        == tidy((SAMPLE_WORKSPACE / "drafts" / "fm-main.txt").read_text(encoding="utf-8")) + "\n"
    )
    code, out, _ = run(capsys, "fm-main", "--format", "txt", "-o", "-")
    assert code == 0 and out.isascii()


def test_an_existing_file_is_kept_unless_forced(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    output = tmp_path / "statement.txt"
    output.write_text("my only copy\n", encoding="utf-8")
    code, _, err = run(capsys, "im-main", "-o", str(output))
    assert_one_line_error(code, err, "already exists", "--force")
    assert output.read_text(encoding="utf-8") == "my only copy\n"
    code, _, _ = run(capsys, "im-main", "-o", str(output), "--force")
    assert code == 0 and output.read_text(encoding="utf-8") != "my only copy\n"


def test_statement_files_can_be_exported_too(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source = tmp_path / "mine.md"
    source.write_text(
        "# Draft\n\nI \u201clearned\u201d **a lot** \u2014 really.\n", encoding="utf-8"
    )
    code, out, _ = run(capsys, str(source), "--format", "txt", "-o", "-")
    assert code == 0
    assert out == 'Draft\n\nI "learned" a lot - really.\n'


def _long_workspace(tmp_path: Path) -> Path:
    copy = tmp_path / "ws"
    shutil.copytree(SAMPLE_WORKSPACE, copy)
    paragraph = " ".join(["The ward taught me patience."] * 40)
    (copy / "drafts" / "long.txt").write_text(
        "\n\n".join([paragraph] * 30) + "\n", encoding="utf-8"
    )
    (copy / "drafts" / "emoji.txt").write_text("Fine.\n\nI \u2764 medicine.\n", encoding="utf-8")
    return copy


@pytest.mark.parametrize(
    ("args", "fragments"),
    [
        (["long", "-o", "{tmp}/a.txt"], ["34,", "characters; ERAS accepts at most 28,000"]),
        (["emoji", "-o", "{tmp}/a.txt"], ["line 3, column 3", "heavy black heart"]),
        (["nope", "-o", "{tmp}/a.txt"], ["no draft named nope"]),
        (
            ["im-main", "--format", "docx", "-o", "{tmp}/a.txt"],
            ["ends with .txt but --format is docx"],
        ),
        (["im-main", "--format", "docx", "-o", "-"], ["cannot be printed"]),
        (["im-main", "-o", "{ws}/drafts/copy.txt"], ["inside the workspace"]),
        (["im-main", "-o", "{tmp}/missing/a.txt"], ["does not exist"]),
        (["im-main", "-o", "{tmp}"], ["is a folder"]),
        (["{tmp}/nofile.docx", "-o", "{tmp}/a.txt"], ["no such file"]),
    ],
)
def test_refusals_are_one_line_and_write_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, args: list[str], fragments: list[str]
) -> None:
    workspace = _long_workspace(tmp_path)
    filled = [a.format(tmp=tmp_path, ws=workspace) for a in args]
    code, out, err = run(capsys, *filled, "--workspace", str(workspace))
    assert_one_line_error(code, err, *fragments)
    assert out == ""
    assert not (tmp_path / "a.txt").exists()
    assert not (workspace / "drafts" / "copy.txt").exists()
