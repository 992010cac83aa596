"""`psassist draft list`, `history`, `diff` and `restore`: the drafts and their versions."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime

from psassist.checks.eras import eras_character_count
from psassist.cli.common import ExitCode, error, out, use_color
from psassist.drafting import drafts
from psassist.drafting.catalog import Catalog
from psassist.drafting.diff import unified_diff
from psassist.drafting.errors import DraftingError
from psassist.drafting.paragraphs import count_words
from psassist.report.safe import safe_text
from psassist.workspace import Workspace, workspace_path


def _local(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def _version_number(text: str, name: str) -> int | None:
    """A version argument: a number, or None for 'current'."""
    if text.lower() == "current":
        return None
    try:
        number = int(text)
    except ValueError:
        raise DraftingError(
            f"{text!r} is not a version of {name}: give a number from "
            f"`psassist draft history {name}` or 'current'"
        ) from None
    if number < 1:
        raise DraftingError(f"versions of {name} are numbered from 1")
    return number


def list_drafts(args: argparse.Namespace, catalog: Catalog) -> int:
    root = workspace_path(args.workspace)
    if not root.exists():
        out(f"no workspace yet at {root}; `psassist draft new` makes one")
        return ExitCode.OK
    with Workspace.open(root, readonly=True) as workspace:
        summaries = drafts.list_drafts(workspace)
    out(f"workspace {root}")
    if not summaries:
        out("no drafts yet; `psassist draft new NAME --answers FILE --specialty S` makes one")
        return ExitCode.OK
    rows = [("DRAFT", "SPECIALTY", "TEMPLATE", "PROGRAM", "WORDS", "VERSIONS", "MODIFIED")]
    for summary in summaries:
        if summary.settings is not None:
            try:
                specialty = catalog.specialty(summary.settings.specialty).name
            except DraftingError:
                specialty = summary.settings.specialty
            template, program = summary.settings.template, summary.settings.program or "-"
        elif summary.problem:
            specialty, template, program = "?", "?", "(see the note below)"
        else:
            specialty, template, program = "?", "?", "(not made by psassist)"
        rows.append(
            (
                summary.name,
                specialty,
                template,
                program,
                str(summary.words),
                str(summary.versions),
                _local(summary.modified),
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    right = {4, 5}
    for row in rows:
        cells = [
            cell.rjust(widths[i]) if i in right else cell.ljust(widths[i])
            for i, cell in enumerate(row)
        ]
        out(safe_text("  ".join(cells).rstrip()))
    for summary in summaries:
        if summary.problem:
            out(f"note: {safe_text(summary.problem)}")
    return ExitCode.OK


def history(args: argparse.Namespace) -> int:
    with Workspace.open(workspace_path(args.workspace), readonly=True) as workspace:
        current = drafts.read_draft(workspace, args.name)
        versions = drafts.draft_versions(workspace, args.name)
        texts = [drafts.version_text(workspace, args.name, v.number) for v in versions]
        modified = datetime.fromtimestamp(
            workspace.path(drafts.text_document(args.name)).stat().st_mtime, UTC
        )
    out(f"{'VERSION':>7}  {'SAVED':<16}  {'WORDS':>5}  {'CHARACTERS':>10}")
    for version, text in zip(versions, texts, strict=True):
        note = "  recovered after an interrupted save" if version.recovered else ""
        out(
            f"{version.number:>7}  {_local(version.saved):<16}  {count_words(text):>5}  "
            f"{eras_character_count(text):>10,}{note}"
        )
    out(
        f"{'current':>7}  {_local(modified):<16}  {count_words(current):>5}  "
        f"{eras_character_count(current):>10,}"
    )
    if not versions:
        out(f"{args.name} has no earlier versions yet")
    return ExitCode.OK


def diff(args: argparse.Namespace) -> int:
    if len(args.versions) > 2:
        return error("diff takes at most two versions")
    numbers = [_version_number(v, args.name) for v in args.versions]
    with Workspace.open(workspace_path(args.workspace), readonly=True) as workspace:
        versions = drafts.draft_versions(workspace, args.name)
        if not numbers:
            if not versions:
                drafts.read_draft(workspace, args.name)  # a missing draft is an error
                out(f"{args.name} has no earlier versions to compare with")
                return ExitCode.OK
            numbers = [versions[-1].number]
        if len(numbers) == 1:
            numbers.append(None)
        old_number, new_number = numbers
        old = drafts.version_text(workspace, args.name, old_number)
        new = drafts.version_text(workspace, args.name, new_number)

    def label(number: int | None) -> str:
        return f"{args.name} " + ("current" if number is None else f"version {number}")

    lines = unified_diff(old, new, label(old_number), label(new_number))
    if not lines:
        out(f"{label(old_number)} and {label(new_number)} have the same text")
        return ExitCode.OK
    color = use_color(args.color, sys.stdout)
    for line in lines:
        shown = safe_text(line)
        if color and line.startswith(("+", "-")) and not line.startswith(("+++", "---")):
            shown = f"\x1b[{'32' if line.startswith('+') else '31'}m{shown}\x1b[0m"
        out(shown)
    return ExitCode.OK


def restore(args: argparse.Namespace) -> int:
    number = _version_number(args.version, args.name)
    if number is None:
        return error("restore needs a version number; the current text is already current")
    with Workspace.open(workspace_path(args.workspace)) as workspace:
        drafts.read_draft(workspace, args.name)
        replaced = drafts.restore_draft(workspace, args.name, number)
    if replaced is None:
        out(f"version {number} of {args.name} is already the current text")
    else:
        out(
            f"restored version {number} of {args.name}; the text it replaced is kept as "
            f"version {replaced.number}"
        )
    return ExitCode.OK
