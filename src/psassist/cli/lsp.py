"""`psassist lsp`: the language server, over standard input and output.

Editors start it themselves (see README.md, "In your editor"); nothing is printed on
standard output but the protocol.
"""

from __future__ import annotations

import argparse
import io
import sys

from psassist.config import Settings


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "lsp",
        help="run the language server (LSP over stdio) for editors",
        description="Check plain-text and Markdown statements live in an editor: diagnostics, "
        "fixes, add to dictionary, ignore a rule, and hover explanations, over the Language "
        "Server Protocol on standard input and output.",
    )
    parser.add_argument(
        "--no-grammar", action="store_true", help="skip LanguageTool (grammar and spelling)"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    from psassist.lsp.server import build_server
    from psassist.lsp.session import Session

    server = build_server(Session(settings), grammar=not args.no_grammar)
    server.start_io()
    # The protocol closed standard output on exit; nothing more may be written to it.
    sys.stdout = io.StringIO()
    return 0
