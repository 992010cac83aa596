"""`psassist draft` end to end: the workflow, exit codes, and one clear line for bad input."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from psassist.cli.main import main
from psassist.drafting.answers import parse_answers
from psassist.drafting.catalog import load_catalog
from psassist.workspace import Workspace

from ..conftest import REPO
from .expect import assert_one_line_error

SAMPLE_WORKSPACE = REPO / "samples" / "workspace"
SAMPLE_ANSWERS = SAMPLE_WORKSPACE / "answers.toml"


@pytest.fixture(autouse=True)
def _workspace_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Never touch the user's own workspace."""
    default = tmp_path / "default-ws"
    monkeypatch.setenv("PSASSIST_WORKSPACE", str(default))
    return default


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["draft", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_whole_workflow(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    ws = str(tmp_path / "ws")
    code, out, err = run(
        capsys,
        "--workspace",
        ws,
        "new",
        "im",
        "--answers",
        str(SAMPLE_ANSWERS),
        "--specialty",
        "Internal Medicine",
        "--template",
        "story-first",
    )
    assert code == 0, err
    assert "created draft im (Internal Medicine, story-first)" in out
    assert "characters of the ERAS 28,000" in out
    assert "variant check: no program and no other specialty is named" in out

    code, out, _ = run(capsys, "list", "--workspace", ws)  # the option works after the command
    assert code == 0 and "im  " in out and "Internal Medicine" in out

    text_path = tmp_path / "ws" / "drafts" / "im.txt"
    original = text_path.read_text(encoding="utf-8")
    text_path.write_text(
        original.replace(
            "Internal medicine is where I have felt most useful.", "Internal medicine is my field."
        ),
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "render", "im", "--workspace", ws, "--no-check")
    assert code == 0
    assert "your edits are kept as version 1" in out
    assert text_path.read_text(encoding="utf-8") == original

    code, out, _ = run(capsys, "history", "im", "--workspace", ws)
    assert code == 0 and "      1  " in out and "current" in out

    code, out, _ = run(capsys, "diff", "im", "--workspace", ws, "--color", "never")
    assert code == 0
    assert "--- im version 1" in out and "+++ im current" in out
    assert "-Internal medicine is my field." in out
    assert "+Internal medicine is where I have felt most useful." in out

    code, out, _ = run(capsys, "restore", "im", "1", "--workspace", ws)
    assert code == 0 and "kept as version 2" in out
    assert "Internal medicine is my field." in text_path.read_text(encoding="utf-8")

    code, out, _ = run(capsys, "diff", "im", "2", "current", "--workspace", ws)
    assert code == 0 and "+Internal medicine is my field." in out


def test_program_variant_runs_the_program_name_check(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    ws = str(tmp_path / "ws")
    code, out, err = run(
        capsys,
        "new",
        "im-q",
        "--workspace",
        ws,
        "--answers",
        str(SAMPLE_ANSWERS),
        "--specialty",
        "IM",
        "--template",
        "qualities",
        "--program",
        "Quillmere Medical Center",
    )
    assert code == 0, err
    assert "for Quillmere Medical Center" in out
    assert "no program other than Quillmere Medical Center and no other specialty" in out
    assert "assign this variant in MyERAS to Quillmere Medical Center only" in out


def test_another_program_named_in_a_variant_exits_one(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    answers = tmp_path / "answers.toml"
    text = (
        SAMPLE_ANSWERS.read_text(encoding="utf-8").split("[programs.")[0]
        + """
[programs."Quillmere Medical Center"]
program_fit = "I hope to train at Brightwater University Hospital, where I did my observership."
"""
    )
    answers.write_text(text, encoding="utf-8")
    code, out, _ = run(
        capsys,
        "new",
        "v",
        "--workspace",
        str(tmp_path / "ws"),
        "--answers",
        str(answers),
        "--specialty",
        "IM",
        "--program",
        "Quillmere Medical Center",
    )
    assert code == 1
    assert "error eras.other-program" in out and "Brightwater University Hospital" in out
    assert (tmp_path / "ws" / "drafts" / "v.txt").is_file()  # saved all the same


def test_a_leftover_specialty_in_a_variant_exits_one(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    answers = tmp_path / "answers.toml"
    answers.write_text(
        SAMPLE_ANSWERS.read_text(encoding="utf-8").replace(
            "In a psychiatry residency I want", "In a residency in neurology I want"
        ),
        encoding="utf-8",
    )
    code, out, _ = run(
        capsys,
        "new",
        "psych",
        "--workspace",
        str(tmp_path / "ws"),
        "--answers",
        str(answers),
        "--specialty",
        "Psychiatry",
    )
    assert code == 1
    assert "error eras.other-specialty" in out and "neurology" in out


def test_environment_variable_chooses_the_workspace(
    capsys: pytest.CaptureFixture[str], _workspace_env: Path
) -> None:
    code, _, err = run(
        capsys,
        "new",
        "fm",
        "--answers",
        str(SAMPLE_ANSWERS),
        "--specialty",
        "fm",
        "--template",
        "chronological",
        "--no-check",
    )
    assert code == 0, err
    assert (_workspace_env / "drafts" / "fm.txt").is_file()


def test_render_print_changes_nothing(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    copy = tmp_path / "sample"
    shutil.copytree(SAMPLE_WORKSPACE, copy)
    before = {p: p.read_bytes() for p in copy.rglob("*") if p.is_file()}
    code, out, _ = run(capsys, "render", "im-main", "--print", "--workspace", str(copy))
    assert code == 0
    assert out == (copy / "drafts" / "im-main.txt").read_text(encoding="utf-8")
    assert {p: p.read_bytes() for p in copy.rglob("*") if p.is_file()} == before


def test_reading_the_sample_workspace_leaves_it_untouched(
    capsys: pytest.CaptureFixture[str],
) -> None:
    before = sorted(SAMPLE_WORKSPACE.rglob("*"))
    for args in (["list"], ["history", "im-main"], ["diff", "im-main"], ["templates"]):
        code, out, err = run(capsys, "--workspace", str(SAMPLE_WORKSPACE), *args)
        assert code == 0, err
        assert out
    assert sorted(SAMPLE_WORKSPACE.rglob("*")) == before
    assert not (SAMPLE_WORKSPACE / ".lock").exists()


def test_prompts_and_the_blank_form(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "prompts", "--specialty", "Neurology")
    assert code == 0
    assert "Prompts for Neurology" in out and "Why neurology?" in out
    assert "optional" in out and "sources: " in out
    code, out, _ = run(capsys, "prompts", "--toml")
    assert code == 0
    parse_answers(out, "form", load_catalog())


def test_bare_draft_prints_help(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys)
    assert code == 0 and "draft commands" in out


def test_a_second_writer_gets_one_line_naming_the_holder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    import os

    with Workspace.open(tmp_path / "ws"):
        code, _, err = run(
            capsys,
            "new",
            "im",
            "--workspace",
            str(tmp_path / "ws"),
            "--answers",
            str(SAMPLE_ANSWERS),
            "--specialty",
            "IM",
        )
        assert_one_line_error(code, err, f"psassist process {os.getpid()}", "in use")
        code, _, err = run(capsys, "list", "--workspace", str(tmp_path / "ws"))
        assert code == 0, err  # reading is never blocked


@pytest.fixture
def made(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> str:
    ws = str(tmp_path / "made")
    assert (
        run(
            capsys,
            "new",
            "im",
            "--workspace",
            ws,
            "--answers",
            str(SAMPLE_ANSWERS),
            "--specialty",
            "IM",
            "--no-check",
        )[0]
        == 0
    )
    return ws


@pytest.mark.parametrize(
    ("args", "fragments"),
    [
        (["new", "x", "--specialty", "Dentistry"], ["unknown specialty 'Dentistry'"]),
        (
            ["new", "x", "--specialty", "IM", "--template", "poem"],
            ["no template named 'poem'", "story-first"],
        ),
        (["new", "../x", "--specialty", "IM"], ["not a draft name"]),
        (["new", "x", "--specialty", "IM", "--answers", "/nonexistent/a.toml"], ["no such file"]),
        (["new", "im", "--specialty", "IM"], ["already exists", "draft render im"]),
        (["render", "nope"], ["no draft named nope"]),
        (["history", "nope"], ["no draft named nope"]),
        (["diff", "im", "seven"], ["'seven' is not a version of im"]),
        (["diff", "im", "3"], ["has no version 3"]),
        (["diff", "im", "1", "2", "3"], ["at most two versions"]),
        (["restore", "im", "5"], ["has no version 5"]),
        (["restore", "im", "0"], ["numbered from 1"]),
        (["restore", "im", "current"], ["needs a version number"]),
        (["prompts", "--specialty", "Dentistry"], ["unknown specialty"]),
    ],
)
def test_bad_input_gets_one_line_and_exit_two(
    capsys: pytest.CaptureFixture[str], made: str, args: list[str], fragments: list[str]
) -> None:
    before = sorted(Path(made).rglob("*"))
    code, _, err = run(capsys, *args, "--workspace", made)
    assert_one_line_error(code, err, *fragments)
    assert sorted(Path(made).rglob("*")) == before  # nothing was changed


def test_a_broken_answers_file_is_reported_and_kept(
    capsys: pytest.CaptureFixture[str], made: str
) -> None:
    answers = Path(made) / "answers.toml"
    broken = answers.read_text(encoding="utf-8").replace('opening = """', 'opening = """\n"', 1)
    broken = broken.replace("\nwhy_specialty =", "\nwhy_specialty ", 1)
    answers.write_text(broken, encoding="utf-8")
    code, _, err = run(capsys, "render", "im", "--workspace", made)
    assert_one_line_error(code, err, str(answers), "line ")
    assert answers.read_text(encoding="utf-8") == broken


def test_an_answers_file_with_a_typo_names_the_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    answers = tmp_path / "answers.toml"
    answers.write_text('opening = "x"\nwhy_speciality = "y"\n', encoding="utf-8")
    code, _, err = run(
        capsys,
        "new",
        "x",
        "--workspace",
        str(tmp_path / "ws"),
        "--answers",
        str(answers),
        "--specialty",
        "IM",
    )
    assert_one_line_error(code, err, "line 2", "did you mean 'why_specialty'")
    assert not (tmp_path / "ws").exists()  # checked before the workspace was made


def test_list_of_a_missing_workspace_says_so(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out, _ = run(capsys, "list", "--workspace", str(tmp_path / "none"))
    assert code == 0 and "no workspace yet" in out
