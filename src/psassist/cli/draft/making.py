"""`psassist draft new` and `render`: a draft from the answers, and the variant check.

Exit codes: 0 done; 1 the draft was saved but the variant check found an error (another
program named in a program variant, or another specialty named as the goal).
"""

from __future__ import annotations

import argparse

from psassist import locations
from psassist.checks.analysis import CheckOptions
from psassist.checks.eras import ERAS_CHARACTER_LIMIT, eras_character_count
from psassist.cli.common import ExitCode, out
from psassist.config import Settings
from psassist.drafting import drafts
from psassist.drafting.answers import parse_answers, read_answers_file
from psassist.drafting.catalog import Catalog, Specialty
from psassist.drafting.compose import Composition
from psassist.findings import LocatedFinding, Severity
from psassist.report.safe import safe_text
from psassist.workspace import Workspace, workspace_path

#: The checker's rules about text left over from another variant: program names (the
#: issue's requirement) and another specialty named as the goal.
VARIANT_RULES = frozenset({"eras.program-name", "eras.other-program", "eras.other-specialty"})


def _describe_composition(path: str, composition: Composition, program: str | None = None) -> None:
    characters = eras_character_count(composition.text)
    out(
        f"  {path}: {composition.words} words (the prompts suggest about "
        f"{composition.budget}), {characters:,} characters of the ERAS "
        f"{ERAS_CHARACTER_LIMIT:,}"
    )
    for note in composition.over_budget:
        out(
            f"  note: your {note.section} answer has {note.words} words; about "
            f"{note.budget} is suggested"
        )
    if program:
        if not composition.program_paragraph:
            out(
                safe_text(
                    f'  note: no program_fit answer under [programs."{program}"], so '
                    "this variant has no paragraph about the program"
                )
            )
        out(safe_text(f"  assign this variant in MyERAS to {program} only"))


def _program_check(
    settings: Settings, path: str, text: str, specialty: Specialty, program: str | None
) -> int:
    """Run the checker's variant rules (program names, other specialty); 1 on an error."""
    from psassist.checks.checker import Checker

    report = Checker(settings, grammar=False, harper=False).check_text(
        text, path, CheckOptions(program=program, specialty=specialty.name)
    )
    findings: list[LocatedFinding] = [f for f in report.findings if f.finding.rule in VARIANT_RULES]
    for located in findings:
        finding = located.finding
        out(
            f"{safe_text(path)}:{located.line}:{located.column}: {finding.severity.value} "
            f"{finding.rule} {safe_text(finding.message)}"
        )
    if not findings:
        what = f"no program other than {program}" if program else "no program"
        out(f"  variant check: {safe_text(what)} and no other specialty is named")
    errors = any(f.finding.severity is Severity.ERROR for f in findings)
    return ExitCode.FINDINGS if errors else ExitCode.OK


def new(args: argparse.Namespace, settings: Settings, catalog: Catalog) -> int:
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
            workspace,
            catalog,
            library,
            args.name,
            specialty=args.specialty,
            template=args.template,
            program=args.program,
            answers_file=args.answers,
        )
        path = str(workspace.path(drafts.text_document(args.name)))
    specialty = catalog.specialty(outcome.settings.specialty)
    variant = f", for {outcome.settings.program}" if outcome.settings.program else ""
    out(safe_text(f"created draft {args.name} ({specialty.name}, {args.template}{variant})"))
    _describe_composition(path, outcome.composition, outcome.settings.program)
    if args.no_check:
        return ExitCode.OK
    return _program_check(
        settings, path, outcome.composition.text, specialty, outcome.settings.program
    )


def render(args: argparse.Namespace, settings: Settings, catalog: Catalog) -> int:
    if args.print_only:
        with Workspace.open(workspace_path(args.workspace), readonly=True) as workspace:
            library = drafts.template_library(workspace.root, locations.config_dir())
            composition = drafts.preview_draft(workspace, catalog, library, args.name, args.answers)
        for line in composition.text.rstrip("\n").split("\n"):
            out(safe_text(line))
        return ExitCode.OK
    with Workspace.open(workspace_path(args.workspace)) as workspace:
        library = drafts.template_library(workspace.root, locations.config_dir())
        outcome = drafts.render_draft(workspace, catalog, library, args.name, args.answers)
        path = str(workspace.path(drafts.text_document(args.name)))
    out(f"rendered draft {args.name}")
    _describe_composition(path, outcome.composition, outcome.settings.program)
    if outcome.replaced is None:
        out("  the text was already up to date")
    elif outcome.edited_by_hand:
        number = outcome.replaced.number
        out(
            f"  your edits are kept as version {number}: `psassist draft diff {args.name} "
            f"{number}` shows them, `psassist draft restore {args.name} {number}` brings "
            "them back"
        )
    else:
        out(f"  the previous text is kept as version {outcome.replaced.number}")
    if args.no_check:
        return ExitCode.OK
    specialty = catalog.specialty(outcome.settings.specialty)
    return _program_check(
        settings, path, outcome.composition.text, specialty, outcome.settings.program
    )
