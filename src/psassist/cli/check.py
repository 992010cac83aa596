"""`psassist check`: read files, run the checker, print a report, choose the exit code.

A file that is a draft inside a workspace (`WORKSPACE/drafts/NAME.txt`) is checked as
the app and the tracker check that draft: with its program, its specialty and the rules
ignored for it (`psassist.drafting.checking`), unless --no-draft-settings is given.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from psassist.checks.analysis import CheckOptions
from psassist.checks.checker import Checker
from psassist.checks.corpus import load_corpus, sample_corpus_dirs
from psassist.cli.common import ExitCode, error, use_color
from psassist.config import Settings
from psassist.findings import Report, Severity
from psassist.report.json_output import render_json
from psassist.report.safe import safe_text
from psassist.report.text_output import render_text
from psassist.text import Document, InputError, read_document, read_stream
from psassist.workspace import WorkspaceError


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "check",
        help="check personal statements (.txt, .md, .docx, or - for standard input)",
        description="Check personal statements for grammar, spelling, style, readability, "
        "ERAS rules, patient privacy and overlap with other statements.",
    )
    parser.add_argument(
        "paths", nargs="+", metavar="FILE", help="statement files; - reads standard input"
    )
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument(
        "--fail-on",
        choices=("warning", "error"),
        default="error",
        help="exit 1 when a finding is at least this severe (default: error)",
    )
    parser.add_argument(
        "--min-severity",
        choices=("info", "warning", "error"),
        default="info",
        help="show only findings at least this severe (text format)",
    )
    parser.add_argument(
        "--no-grammar", action="store_true", help="skip LanguageTool (grammar and spelling)"
    )
    parser.add_argument(
        "--program",
        metavar="NAME",
        help="the program this statement is for; other programs' names are errors",
    )
    parser.add_argument("--specialty", metavar="NAME", help="the specialty applied to")
    parser.add_argument(
        "--compare",
        action="append",
        default=[],
        metavar="DIR",
        type=Path,
        help="also look for passages shared with statements in DIR",
    )
    parser.add_argument(
        "--no-samples",
        action="store_true",
        help="do not compare with the bundled sample statements",
    )
    parser.add_argument(
        "--disable",
        action="append",
        default=[],
        metavar="RULE",
        help="turn off a rule id or a whole category (repeatable)",
    )
    parser.add_argument(
        "--word",
        action="append",
        default=[],
        metavar="WORD",
        help="accept WORD as correctly spelled (repeatable)",
    )
    parser.add_argument(
        "--no-draft-settings",
        action="store_true",
        help="check a workspace draft's file (WORKSPACE/drafts/NAME.txt) "
        "alone, without its program, specialty and ignored rules",
    )
    parser.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    parser.add_argument(
        "--no-server",
        action="store_true",
        help="check in this process, without the resident checker",
    )
    parser.set_defaults(handler=run)


def _read(path: str) -> Document:
    if path == "-":
        return read_stream(sys.stdin.buffer)
    return read_document(path)


def _draft_options(path: str) -> CheckOptions | None:
    """The options of the workspace draft `path` is, or None for any other file.

    WorkspaceError when the workspace or its `ignored.toml` cannot be read: checking the
    draft without them would give another verdict than the app's.
    """
    from psassist.drafting.catalog import load_catalog
    from psassist.drafting.checking import draft_check_options, draft_file
    from psassist.workspace import Workspace

    found = draft_file(path)
    if found is None:
        return None
    with Workspace.open(found.root, readonly=True) as workspace:
        options = draft_check_options(workspace, found.name, load_catalog())
    if options.disabled_rules:
        count = len(options.disabled_rules)
        print(
            f"psassist: {safe_text(path)}: {count} rule{'s' if count > 1 else ''} ignored "
            f"for draft {found.name} in the app ({', '.join(sorted(options.disabled_rules))})"
            "; --no-draft-settings reports them",
            file=sys.stderr,
        )
    return options


def _options(
    args: argparse.Namespace, corpus: tuple[tuple[str, str], ...], path: str
) -> CheckOptions:
    """The command line's options, over the draft's own when `path` is a workspace draft."""
    draft = None if path == "-" or args.no_draft_settings else _draft_options(path)
    return CheckOptions(
        program=args.program or (draft.program if draft else None),
        specialty=args.specialty or (draft.specialty if draft else None),
        disabled_rules=frozenset(args.disable) | (draft.disabled_rules if draft else frozenset()),
        corpus=corpus,
        own_path=None if path == "-" else path,
    )


def _warn_about_engines(reports: list[Report], grammar_requested: bool) -> None:
    """Say once, on stderr, when an engine was missing: the findings are then incomplete."""
    checked = [r for r in reports if r.ok]
    if not checked:
        return
    engines = checked[-1].engines
    grammar = engines.get("languagetool")
    if grammar_requested and grammar is not None and grammar.status != "ok":
        print(
            f"psassist: grammar and spelling were not checked: {safe_text(grammar.detail)}",
            file=sys.stderr,
        )
    spacy = engines.get("spacy")
    if spacy is not None and spacy.status != "ok":
        print(f"psassist: {safe_text(spacy.detail)}", file=sys.stderr)


def run(args: argparse.Namespace, settings: Settings) -> int:
    for folder in args.compare:
        if not folder.is_dir():
            return error(f"--compare {folder}: not a folder")
    folders = list(args.compare)
    if not args.no_samples:
        folders.extend(sample_corpus_dirs())
    corpus, skipped = load_corpus(folders)
    for line in skipped:
        print(f"psassist: not compared: {safe_text(line)}", file=sys.stderr)

    checker = Checker(settings, grammar=not args.no_grammar, extra_words=args.word)
    slots: list[Report | None] = []
    readable: list[tuple[str, str, CheckOptions]] = []
    for path in args.paths:
        try:
            document = _read(path)
            options = _options(args, corpus, path)
        except (InputError, WorkspaceError) as exc:
            error(str(exc))  # one line per bad file; the exit code comes after the others
            slots.append(Report(path=path, error=str(exc)))
            continue
        slots.append(None)
        readable.append((document.text, document.path, options))
    checked = checker.check_many(readable)
    reports = [slot if slot is not None else next(checked) for slot in slots]
    failed = any(not r.ok for r in reports)

    if args.format == "json":
        print(render_json(reports))
    else:
        output = render_text(
            reports,
            color=use_color(args.color, sys.stdout),
            min_severity=Severity(args.min_severity),
        )
        if output.strip():
            print(output.rstrip("\n"))
    _warn_about_engines(reports, grammar_requested=not args.no_grammar)
    if failed:
        return ExitCode.BAD_INPUT
    threshold = Severity(args.fail_on)
    return ExitCode.FINDINGS if any(r.fails(threshold) for r in reports) else ExitCode.OK
