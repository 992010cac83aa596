"""`psassist draft prompts` and `templates`: what to write, and the shapes a draft can take."""

from __future__ import annotations

import argparse
import sys

from psassist import locations
from psassist.cli.common import ExitCode, out
from psassist.drafting import drafts
from psassist.drafting.catalog import Catalog
from psassist.drafting.form import answers_form
from psassist.report.safe import safe_text
from psassist.workspace import workspace_path

AUTHORSHIP = (
    "Write in your own words: AAMC requires the statement to be your own work, and "
    "accepts AI tools only for brainstorming, proofreading or editing."
)


def prompts(args: argparse.Namespace, catalog: Catalog) -> int:
    specialty = catalog.specialty(args.specialty) if args.specialty else None
    if args.toml:
        sys.stdout.write(answers_form(catalog, specialty))
        return ExitCode.OK
    specialty_id = specialty.id if specialty else None
    heading = f"Prompts for {specialty.name}" if specialty else "Prompts"
    out(
        f"{heading}: about {catalog.budget(optional=False)}-{catalog.budget(program=True)} "
        "words in all (advisors suggest about one page; ERAS allows 28,000 characters)"
    )
    out(AUTHORSHIP)
    for number, section in enumerate(catalog.sections, start=1):
        flags = [f"about {section.words} words"]
        if section.optional:
            flags.append("optional")
        if section.program_only:
            flags.append("program variants only")
        out()
        out(f"{number}. {section.title} [{section.id}] ({', '.join(flags)})")
        out(f"   {section.question_for(specialty_id)}")
        for item in section.include_for(specialty_id):
            out(f"   + {item}")
        for item in section.avoid:
            out(f"   - avoid: {item}")
        out(f"   example: {section.example}")
        out(f"   sources: {'; '.join(catalog.sources[s].title for s in section.sources)}")
    return ExitCode.OK


def templates(args: argparse.Namespace) -> int:
    library = drafts.template_library(workspace_path(args.workspace), locations.config_dir())
    for info in library.structures():
        out(safe_text(f"{info.name:<16} {info.origin:<10} {info.path}"))
    return ExitCode.OK
