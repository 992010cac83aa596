"""Grammar and spelling through `psassist lsp`, with the test session's real LanguageTool:
a misspelling added to the dictionary, a grammar fix applied, and a one-word edit that
sends LanguageTool only its paragraph. The client is Neovim's, which asks for UTF-8
positions."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
import pytest_asyncio
from lsprotocol import types
from pytest_lsp import LanguageClient

from psassist.engines.languagetool import LanguageToolClient, LanguageToolError
from tests.lsp.conftest import (
    change_document,
    checked_versions,
    codes,
    eventually,
    open_document,
    start_server,
)
from tests.lsp.edits import apply_edits, covered

pytestmark = [pytest.mark.asyncio(loop_scope="module"), pytest.mark.languagetool]

FIRST = "On my first night on call \U0001f319, I recieved a patient with sepsis."
SECOND = "She have a fever and I start antibiotics within the first hour."
THIRD = "Her daughter thanked the team the next morning."
TEXT = f"{FIRST}\n\n{SECOND}\n\n{THIRD}\n"


def _warm_up(languagetool: LanguageToolClient, attempts: int = 3) -> None:
    """A cold JVM on a loaded machine may miss the client's timeout on its first checks;
    the server under test must meet a LanguageTool that answers."""
    for attempt in range(attempts):
        try:
            languagetool.check(THIRD)
            return
        except LanguageToolError:
            if attempt == attempts - 1:
                raise


@pytest.fixture(scope="module")
def dictionary(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("lsp-grammar") / "dictionary.txt"


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def client(
    languagetool_client: LanguageToolClient, dictionary: Path
) -> AsyncIterator[LanguageClient]:
    _warm_up(languagetool_client)
    async for started in start_server(
        dictionary,
        "neovim",
        grammar_url=languagetool_client.url,
        initialization={"psassist": {"compareSamples": False}},
    ):
        yield started


def _first(client: LanguageClient, uri: str, code: str) -> types.Diagnostic | None:
    return next((d for d in client.diagnostics.get(uri, []) if d.code == code), None)


async def _actions(
    client: LanguageClient, uri: str, diagnostic: types.Diagnostic
) -> list[types.CodeAction]:
    answer = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=diagnostic.range,
            context=types.CodeActionContext(diagnostics=[diagnostic]),
        )
    )
    return [a for a in answer or [] if isinstance(a, types.CodeAction)]


async def test_a_misspelling_added_to_the_dictionary_is_no_longer_reported(
    client: LanguageClient, dictionary: Path
) -> None:
    uri = "file:///tmp/psassist-lsp/spelling.txt"
    open_document(client, uri, TEXT, language="plaintext")
    typo = await eventually(
        lambda: _first(client, uri, "spelling.misspelling"), "LanguageTool's spelling finding"
    )
    assert covered(TEXT, typo, "utf-8") == "recieved"  # after a moon emoji: 4 UTF-8 units
    assert typo.code_description is not None
    assert typo.code_description.href == "https://languagetool.org/"
    add = next(
        a
        for a in await _actions(client, uri, typo)
        if a.title == 'Add "recieved" to your psassist dictionary'
    )
    assert add.command is not None
    await client.workspace_execute_command_async(
        types.ExecuteCommandParams(command=add.command.command, arguments=add.command.arguments)
    )
    await eventually(
        lambda: "spelling.misspelling" not in codes(client.diagnostics[uri]),
        "the word to be accepted",
    )
    assert "recieved" in dictionary.read_text(encoding="utf-8").split()


async def test_a_grammar_fix_applied_clears_it_and_only_its_paragraph_is_sent_again(
    client: LanguageClient,
) -> None:
    uri = "file:///tmp/psassist-lsp/grammar.txt"
    text = TEXT.replace("first night", "second night")
    open_document(client, uri, text, language="plaintext")
    grammar = await eventually(
        lambda: _first(client, uri, "grammar.languagetool"), "a grammar finding"
    )
    assert grammar.range.start.line == 2
    fix = next(
        a for a in await _actions(client, uri, grammar) if a.title.startswith("Replace with")
    )
    assert fix.edit is not None and fix.edit.changes is not None
    fixed = apply_edits(text, fix.edit.changes[uri], "utf-8")
    assert fixed.count("\n") == text.count("\n") and THIRD in fixed

    log_before = len(client.log_messages)
    change_document(client, uri, 2, fixed)
    await eventually(lambda: 2 in checked_versions(client, "grammar.txt"), "the re-check")
    line = next(
        m.message
        for m in client.log_messages[log_before:]
        if m.message.startswith("psassist: checked grammar.txt (version 2)")
    )
    assert "parsed by spaCy: 1, sent to LanguageTool: 1" in line
    assert grammar.message not in [d.message for d in client.diagnostics[uri]]
