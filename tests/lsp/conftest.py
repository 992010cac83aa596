"""A real `psassist lsp` process driven by pytest-lsp's client over stdio.

The server runs as an editor runs it: `python -m psassist lsp`, in the test session's
config folder (so the user's dictionary is never touched), with its own dictionary file.
"""

from __future__ import annotations

import asyncio
import os
import sys
import time
from collections.abc import AsyncIterator, Callable, Sequence
from pathlib import Path
from typing import Any, Union, cast

import cattrs
from lsprotocol import types
from pygls.protocol import default_converter
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities
from pytest_lsp.client import register_lsp_features

SRC = Path(__file__).resolve().parents[2] / "src"
TIMEOUT = 180.0  # seconds: spaCy loads in the server first, on a loaded machine


def _converter() -> cattrs.Converter:
    """lsprotocol's converter, reading code actions as the specification defines them.

    lsprotocol 2025.0.0 takes any object with a "command" member for a Command, but a
    CodeAction may carry a command too (then an object, where a Command's is a string:
    LSP 3.17, textDocument/codeAction). Editors read the JSON themselves; only this
    test client needs the correction.
    """
    converter: cattrs.Converter = default_converter()  # type: ignore[no-untyped-call]

    def command_or_action(value: Any, _: object) -> types.Command | types.CodeAction:
        kind = types.Command if isinstance(value.get("command"), str) else types.CodeAction
        return cast("types.Command | types.CodeAction", converter.structure(value, kind))

    converter.register_structure_hook(Union[types.Command, types.CodeAction], command_or_action)  # noqa: UP007
    return converter


def _client() -> LanguageClient:
    client = LanguageClient(converter_factory=_converter)
    register_lsp_features(client)
    return client


async def start_server(
    dictionary: Path,
    editor: str,
    *,
    grammar_url: str | None = None,
    initialization: dict[str, Any] | None = None,
    configuration: dict[str, Any] | None = None,
) -> AsyncIterator[LanguageClient]:
    """Start `psassist lsp`, initialize a session as `editor` would, yield the client.

    `editor` names a client in pytest-lsp's capability collection: "visual_studio_code"
    asks for UTF-16 positions, "neovim" (0.11) prefers UTF-8.
    """
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SRC), env.get("PYTHONPATH")]))
    env["PSASSIST_DICTIONARY"] = str(dictionary)
    command = [sys.executable, "-m", "psassist", "lsp"]
    if grammar_url is None:
        command.append("--no-grammar")
    else:
        env["PSASSIST_LT_URL"] = grammar_url
    client = await ClientServerConfig(
        server_command=command, server_env=env, client_factory=_client
    ).start()
    assert isinstance(client, LanguageClient)
    if configuration is not None:
        client.set_configuration(configuration, section="psassist")
    await client.initialize_session(
        types.InitializeParams(
            capabilities=client_capabilities(editor),
            initialization_options=initialization,
        )
    )
    try:
        yield client
    finally:
        await client.shutdown_session()
        await client.stop()  # type: ignore[no-untyped-call]


async def eventually(predicate: Callable[[], Any], what: str, timeout: float = TIMEOUT) -> Any:
    """Poll until `predicate()` is truthy (its value is returned) or fail with `what`."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.05)


def codes(diagnostics: Sequence[types.Diagnostic]) -> list[str]:
    return [str(d.code) for d in diagnostics]


def open_document(client: LanguageClient, uri: str, text: str, language: str = "markdown") -> None:
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(
                uri=uri, language_id=language, version=1, text=text
            )
        )
    )


def change_document(client: LanguageClient, uri: str, version: int, text: str) -> None:
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)],
        )
    )


def checked_versions(client: LanguageClient, name: str) -> list[int]:
    """Versions of `name` the server says it checked (its log lines), in order."""
    found = []
    for message in client.log_messages:
        text = message.message
        if text.startswith(f"psassist: checked {name} (version "):
            found.append(int(text.split("(version ", 1)[1].split(")", 1)[0]))
    return found
