"""The UI's plain helpers, without Textual."""

from __future__ import annotations

import sys
from pathlib import Path

from psassist.engines.languagetool.client import LTMatch
from psassist.tui.session import (
    ParagraphGrammar,
    add_to_dictionary,
    answers_with,
    ignore_rule,
    ignored_rules,
    location,
    replacements,
)
from psassist.workspace import Workspace


class FakeClient:
    """Flags every "teh" like LanguageTool would; counts nothing itself."""

    def describe(self) -> str:
        return "fake LanguageTool"

    def check(self, text: str) -> list[LTMatch]:
        found = []
        start = text.find("teh")
        while start >= 0:
            found.append(LTMatch(start, 3, "MORFOLOGIK_RULE_EN_US", "TYPOS", "Typos",
                                 "misspelling", "Possible spelling mistake", "", ("the",), ""))
            start = text.find("teh", start + 1)
        return found


def test_paragraph_cache_sends_only_changed_paragraphs_and_shifts_offsets() -> None:
    grammar = ParagraphGrammar()
    assert grammar.check("teh") is None  # not started: no grammar, no error
    grammar.attach(FakeClient())
    first = grammar.check("One teh para.\n\nTwo teh para.\n")
    second = grammar.check("One teh para.\n\nTwo para, changed teh.\n")
    assert grammar.sent == ["One teh para.", "Two teh para.", "Two para, changed teh."]
    assert [m.offset for m in first or []] == [4, 19]
    text = "One teh para.\n\nTwo para, changed teh.\n"
    assert [text[m.offset:m.offset + 3] for m in second or []] == ["teh", "teh"]
    assert grammar.status().status == "ok"


def test_grammar_failure_is_a_status() -> None:
    grammar = ParagraphGrammar()
    grammar.fail("Java is not installed; run psassist doctor")
    assert grammar.status().detail.startswith("Java is not installed")


def test_location_is_row_and_column() -> None:
    text = "ab\ncd\n\nef"
    assert location(text, 0) == (0, 0)
    assert location(text, 4) == (1, 1)
    assert location(text, 7) == (3, 0)
    assert location(text, 99) == (3, 2)


def test_ignored_rules_per_draft(tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "ws") as workspace:
        assert ignored_rules(workspace, "a") == frozenset()
        ignore_rule(workspace, "a", "style.hedge")
        ignore_rule(workspace, "b", "style.cliche")
        assert ignored_rules(workspace, "a") == {"style.hedge"}
        assert ignored_rules(workspace, "b") == {"style.cliche"}


def test_dictionary_appends_once(tmp_path: Path) -> None:
    path = tmp_path / "dir" / "dictionary.txt"
    assert add_to_dictionary(path, "Quillmere,") == "Quillmere"
    add_to_dictionary(path, "Quillmere")
    assert path.read_text() == "Quillmere\n"


def test_answers_keep_other_tables() -> None:
    existing = 'opening = "old"\n[specialties.pathology]\nwhy_specialty = "path"\n'
    data = answers_with(existing, {"opening": "new", "research": "", "program_fit": "fit"},
                        "Quillmere", frozenset({"program_fit"}))
    assert data["opening"] == "new\n"
    assert data["specialties"] == {"pathology": {"why_specialty": "path"}}
    assert data["programs"] == {"Quillmere": {"program_fit": "fit\n"}}


def test_advice_is_not_a_replacement() -> None:
    assert replacements("style.doubled-word", ("the",)) == ["the"]
    assert replacements("style.hedge", ("State it directly.",)) == []


def test_session_helpers_do_not_import_textual() -> None:
    import subprocess

    code = "import sys, psassist.tui.session; print('textual' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "False"
