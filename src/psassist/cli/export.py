"""`psassist export`: a draft as the file to paste into MyERAS (txt), to read (md) or to send
a mentor (docx).

Exit codes: 0 written; 2 bad input or a text ERAS would not accept (nothing is written).
An existing file is never replaced without --force, and an export never lands inside the
workspace, where it would bypass the history.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from psassist.checks.eras import ERAS_CHARACTER_LIMIT
from psassist.cli.common import ExitCode, error, os_error
from psassist.config import Settings
from psassist.drafting import drafts
from psassist.drafting.errors import DraftingError, TargetExists
from psassist.drafting.export import FORMATS, Exported, export, export_to_file
from psassist.report.safe import safe_block, safe_text
from psassist.text import InputError, read_document
from psassist.workspace import Workspace, WorkspaceError, workspace_path

_SUFFIXES = {".txt": "txt", ".md": "md", ".markdown": "md", ".docx": "docx"}

EPILOG = """\
examples:
  psassist export im --format txt -o statement.txt     ready to paste into MyERAS
  psassist export im --format docx -o for-mentor.docx  one Word paragraph per paragraph
  psassist export im --format txt -o -                 print it instead
  psassist export my-statement.docx --format txt -o statement.txt   any statement file
"""


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "export",
        help="write a draft as plain text for ERAS, Markdown, or Word",
        description="Write a draft as the plain text the ERAS box wants (ASCII punctuation, "
        "no Markdown, at most 28,000 characters), as Markdown, or as a Word file.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "draft", metavar="DRAFT", help="a draft name in the workspace, or a statement file"
    )
    parser.add_argument(
        "--format", choices=FORMATS, help="txt, md or docx (default: from the -o suffix, else txt)"
    )
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE",
        help="the file to write; - prints txt or md",
    )
    parser.add_argument("--force", action="store_true", help="replace FILE if it exists")
    parser.add_argument(
        "--workspace",
        metavar="DIR",
        help="the workspace folder (default: $PSASSIST_WORKSPACE, then your user data folder)",
    )
    parser.set_defaults(handler=run)


def _format(args: argparse.Namespace) -> str:
    suffix = Path(args.output).suffix.lower() if args.output != "-" else ""
    implied = _SUFFIXES.get(suffix)
    if args.format and implied and implied != args.format:
        raise DraftingError(
            f"-o {args.output} ends with {suffix} but --format is {args.format}; make them agree"
        )
    return str(args.format or implied or "txt")


def _looks_like_file(draft: str) -> bool:
    return "/" in draft or "\\" in draft or Path(draft).suffix.lower() in _SUFFIXES


def _source(args: argparse.Namespace) -> tuple[str, Path | None]:
    """The text to export and the workspace it came from (None for a file)."""
    if _looks_like_file(args.draft):
        return read_document(args.draft).text, None
    root = workspace_path(args.workspace)
    if not root.exists():
        raise DraftingError(
            f"no draft named {args.draft}: there is no workspace at {root} "
            "(give --workspace DIR, or a statement file)"
        )
    with Workspace.open(root, readonly=True) as workspace:
        return drafts.read_draft(workspace, args.draft), workspace.root


def _summary(output: str, exported: Exported) -> str:
    line = f"wrote {output} ({exported.format}, {exported.characters:,} characters"
    if exported.format == "txt":
        line += f" of the ERAS {ERAS_CHARACTER_LIMIT:,})"
        changes = [
            f"{count} {what}{'s' if count > 1 else ''}"
            for what, count in exported.replaced.most_common()
        ]
        if exported.markdown_removed:
            changes.append(
                f"{exported.markdown_removed} Markdown mark"
                f"{'s' if exported.markdown_removed > 1 else ''}"
            )
        if changes:
            line += "; replaced " + ", ".join(changes)
        line += ". Paste it into MyERAS and check it with View/Print MyERAS Application."
    else:
        line += ")"
    return line


def run(args: argparse.Namespace, settings: Settings) -> int:
    try:
        format = _format(args)
        if args.output == "-" and format == "docx":
            return error("a Word file cannot be printed; give -o FILE.docx")
        text, root = _source(args)
        title = Path(args.draft).stem if _looks_like_file(args.draft) else args.draft
        if args.output == "-":
            sys.stdout.write(safe_block(export(text, format, title=title).data.decode("utf-8")))
            return ExitCode.OK
        exported = export_to_file(
            text,
            format,
            Path(args.output).expanduser(),
            title=title,
            workspace_root=root,
            replace=args.force,
        )
    except TargetExists as exc:
        return error(f"{exc}; add --force to replace it")
    except (WorkspaceError, DraftingError, InputError) as exc:
        return error(str(exc))
    except OSError as exc:
        return os_error(exc, f"{args.output}: ")
    print(safe_text(_summary(args.output, exported)))
    return ExitCode.OK
