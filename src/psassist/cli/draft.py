"""`psassist draft`: make drafts from answers, render them again, and manage their versions.

Exit codes: 0 done; 1 the draft was saved but the variant check found an error (another
program named in a program variant, or another specialty named as the goal); 2 bad input
(nothing was changed).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TextIO

from psassist import locations
from psassist.checks.analysis import CheckOptions
from psassist.checks.eras import ERAS_CHARACTER_LIMIT, eras_character_count
from psassist.config import Settings
from psassist.drafting import drafts
from psassist.drafting.answers import parse_answers, read_answers_file
from psassist.drafting.catalog import Catalog, Specialty, load_catalog
from psassist.drafting.compose import Composition
from psassist.drafting.diff import unified_diff
from psassist.drafting.errors import DraftingError
from psassist.drafting.form import answers_form
from psassist.drafting.paragraphs import count_words
from psassist.findings import LocatedFinding, Severity
from psassist.report.safe import safe_text
from psassist.text import InputError
from psassist.workspace import Workspace, WorkspaceError, workspace_path

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2
#: The checker's rules about text left over from another variant: program names (the
#: issue's requirement) and another specialty named as the goal.
VARIANT_RULES = frozenset({"eras.program-name", "eras.other-program", "eras.other-specialty"})

EPILOG = """\
examples:
  psassist draft prompts --specialty "Internal Medicine" --toml > answers.toml
  psassist draft new im --answers answers.toml --specialty "Internal Medicine" \\
      --template story-first
  psassist draft new im-quillmere --specialty IM --template qualities \\
      --program "Quillmere Medical Center"
  psassist draft list
  psassist draft diff im            what changed since the previous version
  psassist draft restore im 2       bring back version 2 (the current text is kept)

The workspace is --workspace DIR, else $PSASSIST_WORKSPACE, else a folder in your
user data directory (`psassist draft list` prints which).
"""


def _workspace_option(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument("--workspace", metavar="DIR", default=default,
                        help="the workspace folder (default: $PSASSIST_WORKSPACE, then your "
                        "user data folder)")


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "draft",
        help="turn your answers into drafts; keep, compare and restore their versions",
        description="Turn your answers to the prompts into a first draft through a template, "
        "then keep every version of it in a workspace.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _workspace_option(parser, None)
    parser.set_defaults(handler=run, action=None, draft_parser=parser)
    commands = parser.add_subparsers(title="draft commands", metavar="COMMAND")

    def command(name: str, help: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help, description=help[0].upper() + help[1:] + ".")
        _workspace_option(sub, argparse.SUPPRESS)
        sub.set_defaults(action=name)
        return sub

    new = command("new", "make a draft from your answers")
    new.add_argument("name", metavar="NAME", help="a name for the draft (letters, digits, - _)")
    new.add_argument("--answers", metavar="FILE.toml",
                     help="your answers; stored in the workspace (default: the stored ones)")
    new.add_argument("--specialty", required=True, metavar="S",
                     help="the specialty, e.g. \"Internal Medicine\" or IM")
    new.add_argument("--template", default="story-first", metavar="T",
                     help="story-first (default), chronological, qualities, or your own")
    new.add_argument("--program", metavar="P",
                     help="make a variant for one program (adds your program_fit answer)")
    new.add_argument("--no-check", action="store_true",
                     help="skip the check for other programs' and specialties' names")

    render = command("render", "render a draft again from the current answers")
    render.add_argument("name", metavar="NAME")
    render.add_argument("--answers", metavar="FILE.toml",
                        help="new answers to store and use")
    render.add_argument("--print", action="store_true", dest="print_only",
                        help="print the result instead of saving it")
    render.add_argument("--no-check", action="store_true",
                        help="skip the check for other programs' and specialties' names")

    command("list", "list the drafts in the workspace")

    history = command("history", "list the earlier versions of a draft")
    history.add_argument("name", metavar="NAME")

    diff = command("diff", "show what changed between two versions of a draft")
    diff.add_argument("name", metavar="NAME")
    diff.add_argument("versions", nargs="*", metavar="VERSION",
                      help="version numbers or 'current' (default: the latest earlier "
                      "version and the current text)")
    diff.add_argument("--color", choices=("auto", "always", "never"), default="auto")

    restore = command("restore", "make an earlier version current again")
    restore.add_argument("name", metavar="NAME")
    restore.add_argument("version", metavar="VERSION", help="a number from `draft history`")

    prompts = command("prompts", "show the questions, with guidance and word budgets")
    prompts.add_argument("--specialty", metavar="S", help="show the wording for a specialty")
    prompts.add_argument("--toml", action="store_true",
                         help="print a blank answers file to fill in instead")

    command("templates", "list the templates a draft can use")


# -- helpers ------------------------------------------------------------------------------

def _out(line: str = "") -> None:
    print(line)


def _error(message: str) -> int:
    print(f"psassist: {safe_text(message)}", file=sys.stderr)
    return EXIT_USAGE


def _local(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def _use_color(choice: str, stream: TextIO) -> bool:
    if choice != "auto":
        return choice == "always"
    return stream.isatty() and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"


def _version_number(text: str, name: str) -> int | None:
    """A version argument: a number, or None for 'current'."""
    if text.lower() == "current":
        return None
    try:
        number = int(text)
    except ValueError:
        raise DraftingError(f"{text!r} is not a version of {name}: give a number from "
                            f"`psassist draft history {name}` or 'current'") from None
    if number < 1:
        raise DraftingError(f"versions of {name} are numbered from 1")
    return number


AUTHORSHIP = ("Write in your own words: AAMC requires the statement to be your own work, and "
              "accepts AI tools only for brainstorming, proofreading or editing.")


def _describe_composition(path: str, composition: Composition,
                          program: str | None = None) -> None:
    characters = eras_character_count(composition.text)
    _out(f"  {path}: {composition.words} words (the prompts suggest about "
         f"{composition.budget}), {characters:,} characters of the ERAS "
         f"{ERAS_CHARACTER_LIMIT:,}")
    for note in composition.over_budget:
        _out(f"  note: your {note.section} answer has {note.words} words; about "
             f"{note.budget} is suggested")
    if program:
        if not composition.program_paragraph:
            _out(safe_text(f"  note: no program_fit answer under [programs.\"{program}\"], so "
                           "this variant has no paragraph about the program"))
        _out(safe_text(f"  assign this variant in MyERAS to {program} only"))


def _program_check(settings: Settings, path: str, text: str, specialty: Specialty,
                   program: str | None) -> int:
    """Run the checker's variant rules (program names, other specialty); 1 on an error."""
    from psassist.checks.checker import Checker

    report = Checker(settings, grammar=False).check_text(
        text, path, CheckOptions(program=program, specialty=specialty.name))
    findings: list[LocatedFinding] = [
        f for f in report.findings if f.finding.rule in VARIANT_RULES
    ]
    for located in findings:
        finding = located.finding
        _out(f"{safe_text(path)}:{located.line}:{located.column}: {finding.severity.value} "
             f"{finding.rule} {safe_text(finding.message)}")
    if not findings:
        what = f"no program other than {program}" if program else "no program"
        _out(f"  variant check: {safe_text(what)} and no other specialty is named")
    errors = any(f.finding.severity is Severity.ERROR for f in findings)
    return EXIT_FINDINGS if errors else EXIT_OK


# -- commands -----------------------------------------------------------------------------

def _new(args: argparse.Namespace, settings: Settings, catalog: Catalog) -> int:
    root = workspace_path(args.workspace)
    library = drafts.template_library(root, locations.config_dir())
    # Check what can be checked before the workspace is created or locked.
    catalog.specialty(args.specialty)
    drafts.check_name(args.name)
    library.check_structure(args.template)
    if args.answers:
        parse_answers(read_answers_file(args.answers), args.answers, catalog)
    with Workspace.open(root) as workspace:
        outcome = drafts.create_draft(
            workspace, catalog, library, args.name, specialty=args.specialty,
            template=args.template, program=args.program, answers_file=args.answers)
        path = str(workspace.path(drafts.text_document(args.name)))
    specialty = catalog.specialty(outcome.settings.specialty)
    variant = f", for {outcome.settings.program}" if outcome.settings.program else ""
    _out(safe_text(f"created draft {args.name} ({specialty.name}, {args.template}{variant})"))
    _describe_composition(path, outcome.composition, outcome.settings.program)
    if args.no_check:
        return EXIT_OK
    return _program_check(settings, path, outcome.composition.text, specialty,
                          outcome.settings.program)


def _render(args: argparse.Namespace, settings: Settings, catalog: Catalog) -> int:
    if args.print_only:
        with Workspace.open(workspace_path(args.workspace), readonly=True) as workspace:
            library = drafts.template_library(workspace.root, locations.config_dir())
            composition = drafts.preview_draft(workspace, catalog, library, args.name,
                                               args.answers)
        for line in composition.text.rstrip("\n").split("\n"):
            _out(safe_text(line))
        return EXIT_OK
    with Workspace.open(workspace_path(args.workspace)) as workspace:
        library = drafts.template_library(workspace.root, locations.config_dir())
        outcome = drafts.render_draft(workspace, catalog, library, args.name, args.answers)
        path = str(workspace.path(drafts.text_document(args.name)))
    _out(f"rendered draft {args.name}")
    _describe_composition(path, outcome.composition, outcome.settings.program)
    if outcome.replaced is None:
        _out("  the text was already up to date")
    elif outcome.edited_by_hand:
        number = outcome.replaced.number
        _out(f"  your edits are kept as version {number}: `psassist draft diff {args.name} "
             f"{number}` shows them, `psassist draft restore {args.name} {number}` brings "
             "them back")
    else:
        _out(f"  the previous text is kept as version {outcome.replaced.number}")
    if args.no_check:
        return EXIT_OK
    specialty = catalog.specialty(outcome.settings.specialty)
    return _program_check(settings, path, outcome.composition.text, specialty,
                          outcome.settings.program)


def _list(args: argparse.Namespace, catalog: Catalog) -> int:
    root = workspace_path(args.workspace)
    if not root.exists():
        _out(f"no workspace yet at {root}; `psassist draft new` makes one")
        return EXIT_OK
    with Workspace.open(root, readonly=True) as workspace:
        summaries = drafts.list_drafts(workspace)
    _out(f"workspace {root}")
    if not summaries:
        _out("no drafts yet; `psassist draft new NAME --answers FILE --specialty S` makes one")
        return EXIT_OK
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
        rows.append((summary.name, specialty, template, program, str(summary.words),
                     str(summary.versions), _local(summary.modified)))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    right = {4, 5}
    for row in rows:
        cells = [cell.rjust(widths[i]) if i in right else cell.ljust(widths[i])
                 for i, cell in enumerate(row)]
        _out(safe_text("  ".join(cells).rstrip()))
    for summary in summaries:
        if summary.problem:
            _out(f"note: {safe_text(summary.problem)}")
    return EXIT_OK


def _history(args: argparse.Namespace) -> int:
    with Workspace.open(workspace_path(args.workspace), readonly=True) as workspace:
        current = drafts.read_draft(workspace, args.name)
        versions = drafts.draft_versions(workspace, args.name)
        texts = [drafts.version_text(workspace, args.name, v.number) for v in versions]
        modified = datetime.fromtimestamp(
            workspace.path(drafts.text_document(args.name)).stat().st_mtime, UTC)
    _out(f"{'VERSION':>7}  {'SAVED':<16}  {'WORDS':>5}  {'CHARACTERS':>10}")
    for version, text in zip(versions, texts, strict=True):
        note = "  recovered after an interrupted save" if version.recovered else ""
        _out(f"{version.number:>7}  {_local(version.saved):<16}  {count_words(text):>5}  "
             f"{eras_character_count(text):>10,}{note}")
    _out(f"{'current':>7}  {_local(modified):<16}  {count_words(current):>5}  "
         f"{eras_character_count(current):>10,}")
    if not versions:
        _out(f"{args.name} has no earlier versions yet")
    return EXIT_OK


def _diff(args: argparse.Namespace) -> int:
    if len(args.versions) > 2:
        return _error("diff takes at most two versions")
    numbers = [_version_number(v, args.name) for v in args.versions]
    with Workspace.open(workspace_path(args.workspace), readonly=True) as workspace:
        versions = drafts.draft_versions(workspace, args.name)
        if not numbers:
            if not versions:
                drafts.read_draft(workspace, args.name)  # a missing draft is an error
                _out(f"{args.name} has no earlier versions to compare with")
                return EXIT_OK
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
        _out(f"{label(old_number)} and {label(new_number)} have the same text")
        return EXIT_OK
    color = _use_color(args.color, sys.stdout)
    for line in lines:
        shown = safe_text(line)
        if color and line.startswith(("+", "-")) and not line.startswith(("+++", "---")):
            shown = f"\x1b[{'32' if line.startswith('+') else '31'}m{shown}\x1b[0m"
        _out(shown)
    return EXIT_OK


def _restore(args: argparse.Namespace) -> int:
    number = _version_number(args.version, args.name)
    if number is None:
        return _error("restore needs a version number; the current text is already current")
    with Workspace.open(workspace_path(args.workspace)) as workspace:
        drafts.read_draft(workspace, args.name)
        replaced = drafts.restore_draft(workspace, args.name, number)
    if replaced is None:
        _out(f"version {number} of {args.name} is already the current text")
    else:
        _out(f"restored version {number} of {args.name}; the text it replaced is kept as "
             f"version {replaced.number}")
    return EXIT_OK


def _prompts(args: argparse.Namespace, catalog: Catalog) -> int:
    specialty = catalog.specialty(args.specialty) if args.specialty else None
    if args.toml:
        sys.stdout.write(answers_form(catalog, specialty))
        return EXIT_OK
    specialty_id = specialty.id if specialty else None
    heading = f"Prompts for {specialty.name}" if specialty else "Prompts"
    _out(f"{heading}: about {catalog.budget(optional=False)}-{catalog.budget(program=True)} "
         "words in all (advisors suggest about one page; ERAS allows 28,000 characters)")
    _out(AUTHORSHIP)
    for number, section in enumerate(catalog.sections, start=1):
        flags = [f"about {section.words} words"]
        if section.optional:
            flags.append("optional")
        if section.program_only:
            flags.append("program variants only")
        _out()
        _out(f"{number}. {section.title} [{section.id}] ({', '.join(flags)})")
        _out(f"   {section.question_for(specialty_id)}")
        for item in section.include_for(specialty_id):
            _out(f"   + {item}")
        for item in section.avoid:
            _out(f"   - avoid: {item}")
        _out(f"   example: {section.example}")
        _out(f"   sources: {'; '.join(catalog.sources[s].title for s in section.sources)}")
    return EXIT_OK


def _templates(args: argparse.Namespace) -> int:
    library = drafts.template_library(workspace_path(args.workspace), locations.config_dir())
    for info in library.structures():
        _out(safe_text(f"{info.name:<16} {info.origin:<10} {info.path}"))
    return EXIT_OK


def run(args: argparse.Namespace, settings: Settings) -> int:
    if args.action is None:
        args.draft_parser.print_help()
        return EXIT_OK
    handlers: dict[str, Callable[[], int]] = {
        "new": lambda: _new(args, settings, load_catalog()),
        "render": lambda: _render(args, settings, load_catalog()),
        "list": lambda: _list(args, load_catalog()),
        "history": lambda: _history(args),
        "diff": lambda: _diff(args),
        "restore": lambda: _restore(args),
        "prompts": lambda: _prompts(args, load_catalog()),
        "templates": lambda: _templates(args),
    }
    try:
        return handlers[args.action]()
    except (WorkspaceError, DraftingError, InputError) as exc:
        return _error(str(exc))
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        return _error(f"{where}{exc.strerror or exc}")
