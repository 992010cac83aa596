"""`psassist lsp` driven over stdio by a real client: open, change, diagnostics, code
actions, hover, settings, debouncing. Real spaCy; LanguageTool is off here (see
test_grammar_over_lsp.py for grammar and spelling)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
import pytest_asyncio
from lsprotocol import types
from pytest_lsp import LanguageClient

from psassist.checks.registry import get_rule
from tests.lsp.conftest import (
    change_document,
    checked_versions,
    codes,
    eventually,
    open_document,
    start_server,
)
from tests.lsp.edits import apply_edits, column, covered

pytestmark = pytest.mark.asyncio(loop_scope="module")

# CRLF line ends and an emoji (two UTF-16 code units) before the doubled word.
STATEMENT = (
    "# My path\r\n\r\nI want to help \U0001fa7a the the patients in my community.\r\n"
    "Ever since I was a child, I have always wanted to be a doctor!\r\n"
)


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def client(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[LanguageClient]:
    folder = tmp_path_factory.mktemp("lsp")
    # VS Code's capabilities: positions in UTF-16, the protocol's default.
    async for started in start_server(
        folder / "dictionary.txt",
        "visual_studio_code",
        initialization={"compareSamples": False},
        configuration={"disabledRules": ["eras.length"]},
    ):
        yield started


def _find(client: LanguageClient, uri: str, code: str) -> types.Diagnostic | None:
    return next((d for d in client.diagnostics.get(uri, []) if d.code == code), None)


async def test_diagnostics_carry_rule_docs_and_utf16_ranges_in_a_crlf_document(
    client: LanguageClient,
) -> None:
    uri = "file:///tmp/psassist-lsp/crlf.md"
    open_document(client, uri, STATEMENT)
    doubled = await eventually(
        lambda: _find(client, uri, "grammar.doubled-word"), "the doubled word's diagnostic"
    )
    line = "I want to help \U0001fa7a the the patients in my community."
    start = line.index("the the")
    assert doubled.range == types.Range(
        start=types.Position(line=2, character=column(line, start)),
        end=types.Position(line=2, character=column(line, start + len("the the"))),
    )
    assert doubled.range.start.character == start + 1  # the emoji counts twice in UTF-16
    assert covered(STATEMENT, doubled) == "the the"
    assert doubled.severity == types.DiagnosticSeverity.Error
    assert doubled.source == "psassist"
    assert "repeated" in doubled.message

    emoji = _find(client, uri, "eras.plain-text")
    assert emoji is not None and covered(STATEMENT, emoji) == "\U0001fa7a"
    assert emoji.code_description is not None
    assert emoji.code_description.href.startswith("https://students-residents.aamc.org/")
    cliche = _find(client, uri, "style.cliche")
    assert cliche is not None and cliche.severity == types.DiagnosticSeverity.Warning
    exclamation = _find(client, uri, "style.exclamation")
    assert exclamation is not None
    assert exclamation.severity == types.DiagnosticSeverity.Information
    # disabled through workspace/configuration
    assert "eras.length" not in codes(client.diagnostics[uri])


async def test_a_fix_applied_by_the_client_clears_its_finding(client: LanguageClient) -> None:
    uri = "file:///tmp/psassist-lsp/fix.md"
    open_document(client, uri, STATEMENT)
    doubled = await eventually(
        lambda: _find(client, uri, "grammar.doubled-word"), "the doubled word's diagnostic"
    )
    answer = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=doubled.range,
            context=types.CodeActionContext(diagnostics=[doubled]),
        )
    )
    assert answer is not None
    titles = [a.title for a in answer if isinstance(a, types.CodeAction)]
    assert "Ignore grammar.doubled-word in this file" in titles
    fix = next(
        a
        for a in answer
        if isinstance(a, types.CodeAction) and a.title.startswith('Replace with "the"')
    )
    assert fix.is_preferred and fix.edit is not None and fix.edit.changes is not None
    fixed = apply_edits(STATEMENT, fix.edit.changes[uri])
    assert "help \U0001fa7a the patients" in fixed

    change_document(client, uri, 2, fixed)
    await eventually(lambda: 2 in checked_versions(client, "fix.md"), "the re-check")
    assert "grammar.doubled-word" not in codes(client.diagnostics[uri])
    assert "style.cliche" in codes(client.diagnostics[uri])


async def test_advice_is_not_offered_as_a_fix(client: LanguageClient) -> None:
    uri = "file:///tmp/psassist-lsp/advice.md"
    open_document(client, uri, STATEMENT)
    cliche = await eventually(lambda: _find(client, uri, "style.cliche"), "the cliché")
    answer = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=cliche.range,
            context=types.CodeActionContext(diagnostics=[cliche]),
        )
    )
    titles = [a.title for a in answer or [] if isinstance(a, types.CodeAction)]
    assert "Ignore style.cliche in this file" in titles
    assert not any(t.startswith("Replace") and "style.cliche" in t for t in titles)


async def test_hover_shows_the_rules_title_rationale_and_source(client: LanguageClient) -> None:
    uri = "file:///tmp/psassist-lsp/hover.md"
    open_document(client, uri, STATEMENT)
    cliche = await eventually(lambda: _find(client, uri, "style.cliche"), "the cliché")
    answer = await client.text_document_hover_async(
        types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            position=types.Position(
                line=cliche.range.start.line, character=cliche.range.start.character + 3
            ),
        )
    )
    assert answer is not None and isinstance(answer.contents, types.MarkupContent)
    shown = answer.contents.value.replace("\\", "")
    rule = get_rule("style.cliche")
    assert rule.title in shown and rule.rationale in shown
    assert all(source.title in shown and source.url in shown for source in rule.sources)

    nothing = await client.text_document_hover_async(
        types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            position=types.Position(line=1, character=0),
        )
    )
    assert nothing is None


async def test_ignoring_a_rule_applies_to_that_file_only(client: LanguageClient) -> None:
    here, there = "file:///tmp/psassist-lsp/ignore-here.md", "file:///tmp/psassist-lsp/there.md"
    open_document(client, here, STATEMENT)
    open_document(client, there, STATEMENT)
    cliche = await eventually(lambda: _find(client, here, "style.cliche"), "the cliché")
    await eventually(lambda: _find(client, there, "style.cliche"), "the other file's cliché")
    answer = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=here),
            range=cliche.range,
            context=types.CodeActionContext(diagnostics=[cliche]),
        )
    )
    ignore = next(
        a
        for a in answer or []
        if isinstance(a, types.CodeAction) and a.title == "Ignore style.cliche in this file"
    )
    assert ignore.command is not None
    await client.workspace_execute_command_async(
        types.ExecuteCommandParams(
            command=ignore.command.command, arguments=ignore.command.arguments
        )
    )
    await eventually(
        lambda: "style.cliche" not in codes(client.diagnostics[here]), "the ignored rule to go"
    )
    assert "grammar.doubled-word" in codes(client.diagnostics[here])
    assert "style.cliche" in codes(client.diagnostics[there])


async def test_typing_is_checked_once_it_pauses(client: LanguageClient) -> None:
    uri = "file:///tmp/psassist-lsp/typing.txt"
    open_document(client, uri, "I saw the patient.\n", language="plaintext")
    await eventually(lambda: 1 in checked_versions(client, "typing.txt"), "the first check")
    text = "I saw the patient."
    for version, word in enumerate(["I", "saw", "the", "the", "patient."], start=2):
        text += f" {word}"
        change_document(client, uri, version, text)
    await eventually(lambda: 6 in checked_versions(client, "typing.txt"), "the last version")
    versions = checked_versions(client, "typing.txt")
    assert len(versions) < 6  # not one check per keystroke
    assert "grammar.doubled-word" in codes(client.diagnostics[uri])


async def test_other_languages_are_left_alone(client: LanguageClient) -> None:
    code, prose = "file:///tmp/psassist-lsp/script.py", "file:///tmp/psassist-lsp/prose.txt"
    open_document(client, code, "# I saw the the patient\n", language="python")
    open_document(client, prose, "I saw the the patient.\n", language="plaintext")
    await eventually(lambda: _find(client, prose, "grammar.doubled-word"), "the prose's check")
    assert code not in client.diagnostics


async def test_settings_changes_re_check_open_documents(client: LanguageClient) -> None:
    uri = "file:///tmp/psassist-lsp/settings.md"
    open_document(client, uri, STATEMENT)
    await eventually(lambda: _find(client, uri, "style.cliche"), "the first check")
    assert "eras.length" not in codes(client.diagnostics[uri])
    client.set_configuration({"disabledRules": ["style"]}, section="psassist")
    client.workspace_did_change_configuration(types.DidChangeConfigurationParams(settings=None))
    await eventually(
        lambda: "eras.length" in codes(client.diagnostics[uri]), "eras.length, enabled again"
    )
    assert not any(c.startswith("style.") for c in codes(client.diagnostics[uri]))
    client.set_configuration({"disabledRules": ["eras.length"]}, section="psassist")
    client.workspace_did_change_configuration(types.DidChangeConfigurationParams(settings=None))
    await eventually(lambda: _find(client, uri, "style.cliche"), "style rules back")
