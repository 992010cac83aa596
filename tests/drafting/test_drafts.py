"""Drafts in a workspace: made, rendered again without losing edits, listed, restored."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from psassist.drafting import drafts
from psassist.drafting.catalog import Catalog
from psassist.drafting.diff import sentence_lines, unified_diff
from psassist.drafting.errors import AnswersError, DraftingError, TemplateError
from psassist.workspace import Workspace

from .conftest import SAMPLE_ANSWERS, SAMPLE_WORKSPACE


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    with Workspace.open(tmp_path / "ws") as opened:
        yield opened


def _new(
    workspace: Workspace, catalog: Catalog, name: str = "im", **options: str
) -> drafts.RenderOutcome:
    library = drafts.template_library(workspace.root)
    settings = {"specialty": "IM", "template": "story-first", **options}
    return drafts.create_draft(
        workspace, catalog, library, name, answers_file=SAMPLE_ANSWERS, **settings
    )


def test_new_draft_stores_answers_settings_and_text(workspace: Workspace, catalog: Catalog) -> None:
    outcome = _new(workspace, catalog, program="  Quillmere   Medical Center ")
    assert workspace.read_text("answers.toml") == SAMPLE_ANSWERS.read_text(encoding="utf-8")
    assert drafts.read_draft(workspace, "im") == outcome.composition.text
    settings = drafts.load_settings(workspace, "im")
    assert (settings.specialty, settings.template, settings.program) == (
        "internal-medicine",
        "story-first",
        "Quillmere Medical Center",
    )
    assert settings.rendered_sha256 and settings.created
    with pytest.raises(DraftingError, match="already exists"):
        _new(workspace, catalog)


def test_nothing_is_written_when_the_answers_do_not_render(
    workspace: Workspace, catalog: Catalog, tmp_path: Path
) -> None:
    incomplete = tmp_path / "incomplete.toml"
    incomplete.write_text('opening = "Only this."\n', encoding="utf-8")
    library = drafts.template_library(workspace.root)
    with pytest.raises(AnswersError, match="no answer for why_specialty"):
        drafts.create_draft(
            workspace,
            catalog,
            library,
            "im",
            specialty="IM",
            template="story-first",
            answers_file=incomplete,
        )
    with pytest.raises(TemplateError):
        drafts.create_draft(
            workspace,
            catalog,
            library,
            "im",
            specialty="IM",
            template="narrative",
            answers_file=SAMPLE_ANSWERS,
        )
    assert workspace.documents() == [] and workspace.documents("drafts") == []


def test_rendering_again_keeps_hand_edits_in_the_history(
    workspace: Workspace, catalog: Catalog
) -> None:
    first = _new(workspace, catalog)
    library = drafts.template_library(workspace.root)
    unchanged = drafts.render_draft(workspace, catalog, library, "im")
    assert unchanged.replaced is None and not unchanged.edited_by_hand

    edited = first.composition.text.replace(
        "Internal medicine is where", "Internal medicine is the field where"
    )
    workspace.path("drafts/im.txt").write_text(edited, encoding="utf-8")  # the user's editor
    outcome = drafts.render_draft(workspace, catalog, library, "im")
    assert outcome.edited_by_hand and outcome.replaced is not None
    assert drafts.version_text(workspace, "im", outcome.replaced.number) == edited
    assert drafts.read_draft(workspace, "im") == first.composition.text

    restored = drafts.restore_draft(workspace, "im", outcome.replaced.number)
    assert restored is not None
    assert drafts.read_draft(workspace, "im") == edited


def test_preview_writes_nothing(workspace: Workspace, catalog: Catalog) -> None:
    _new(workspace, catalog)
    before = sorted(p.name for p in workspace.root.rglob("*"))
    library = drafts.template_library(workspace.root)
    composition = drafts.preview_draft(workspace, catalog, library, "im")
    assert composition.text == drafts.read_draft(workspace, "im")
    assert sorted(p.name for p in workspace.root.rglob("*")) == before


def test_list_includes_hand_made_and_damaged_drafts(workspace: Workspace, catalog: Catalog) -> None:
    _new(workspace, catalog)
    _new(workspace, catalog, "fm", specialty="Family Medicine", template="chronological")
    workspace.write_text("drafts/mine.txt", "My own words.\n")
    workspace.path("drafts/fm.toml").write_text("specialty = \n", encoding="utf-8")
    summaries = {s.name: s for s in drafts.list_drafts(workspace)}
    assert sorted(summaries) == ["fm", "im", "mine"]
    assert summaries["im"].settings is not None and summaries["im"].words > 600
    assert summaries["mine"].settings is None and summaries["mine"].problem is None
    assert summaries["fm"].problem is not None and "line 1" in summaries["fm"].problem
    with pytest.raises(DraftingError, match="not made by psassist"):
        drafts.load_settings(workspace, "mine")

    workspace.remove("drafts/im.txt")  # as if a crash came between settings and text
    half = {s.name: s for s in drafts.list_drafts(workspace)}["im"]
    assert half.words == 0 and half.problem is not None and "draft render im" in half.problem
    library = drafts.template_library(workspace.root)
    drafts.render_draft(workspace, catalog, library, "im")
    assert drafts.read_draft(workspace, "im")


def test_answers_from_an_editor_are_checked_before_they_are_stored(
    workspace: Workspace, catalog: Catalog
) -> None:
    text = SAMPLE_ANSWERS.read_text(encoding="utf-8")
    assert drafts.save_answers(workspace, text, catalog) is None
    with pytest.raises(AnswersError, match="did you mean 'opening'"):
        drafts.save_answers(workspace, text + 'openin = "x"\n', catalog)
    assert workspace.read_text("answers.toml") == text
    replaced = drafts.save_answers(workspace, text.replace("I led", "I ran", 1), catalog)
    assert replaced is not None
    assert workspace.read_version("answers.toml", replaced.number).decode("utf-8") == text


def test_drafts_saved_by_windows_editors_are_read(workspace: Workspace) -> None:
    workspace.path("drafts").mkdir()
    workspace.path("drafts/w.txt").write_bytes("Caf\u00e9 \u201cquoted\u201d.\r\n".encode("cp1252"))
    assert drafts.read_draft(workspace, "w") == "Caf\u00e9 \u201cquoted\u201d.\n"


@pytest.mark.parametrize("name", ["", "../x", "a/b", "-x", "x.txt", "a" * 65, "caf\u00e9"])
def test_bad_draft_names(name: str) -> None:
    with pytest.raises(DraftingError, match="not a draft name"):
        drafts.check_name(name)


def test_the_sample_workspace_is_complete(catalog: Catalog, tmp_path: Path) -> None:
    copy = tmp_path / "sample"
    shutil.copytree(SAMPLE_WORKSPACE, copy)
    with Workspace.open(copy) as workspace:
        summaries = {s.name: s for s in drafts.list_drafts(workspace)}
        assert set(summaries) == {"im-main", "fm-main", "im-quillmere"}
        assert {s.settings.template for s in summaries.values() if s.settings} == {
            "story-first",
            "chronological",
            "qualities",
        }
        assert summaries["im-quillmere"].settings is not None
        assert summaries["im-quillmere"].settings.program == "Quillmere Medical Center"
        assert summaries["im-main"].versions >= 1
        library = drafts.template_library(workspace.root)
        for name in summaries:  # each stored draft is what its answers render today
            composition = drafts.preview_draft(workspace, catalog, library, name)
            assert composition.text == drafts.read_draft(workspace, name), name


def test_diff_is_by_sentence() -> None:
    assert sentence_lines("One. Two!\n\nThree? \u201cFour.\u201d Five") == [
        "One.",
        "Two!",
        "",
        "Three?",
        "\u201cFour.\u201d",
        "Five",
    ]
    diff = unified_diff("One. Two. Three.", "One. 2. Three.", "old", "new")
    assert diff[:2] == ["--- old", "+++ new"]
    assert "-Two." in diff and "+2." in diff and " One." in diff
    assert unified_diff("One.  Two.", "One.\nTwo.", "a", "b") == []
