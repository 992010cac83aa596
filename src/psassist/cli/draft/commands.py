"""`psassist draft`: run the command the user chose; every failure becomes one line.

Exit codes: 0 done; 1 the draft was saved but the variant check found an error (another
program named in a program variant, or another specialty named as the goal); 2 bad input
(nothing was changed).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from psassist.cli.common import ExitCode, error, os_error
from psassist.cli.draft import making, prompts, versions
from psassist.config import Settings
from psassist.drafting.catalog import load_catalog
from psassist.drafting.errors import DraftingError
from psassist.text import InputError
from psassist.workspace import WorkspaceError


def run(args: argparse.Namespace, settings: Settings) -> int:
    if args.action is None:
        args.draft_parser.print_help()
        return ExitCode.OK
    handlers: dict[str, Callable[[], int]] = {
        "new": lambda: making.new(args, settings, load_catalog()),
        "render": lambda: making.render(args, settings, load_catalog()),
        "list": lambda: versions.list_drafts(args, load_catalog()),
        "history": lambda: versions.history(args),
        "diff": lambda: versions.diff(args),
        "restore": lambda: versions.restore(args),
        "prompts": lambda: prompts.prompts(args, load_catalog()),
        "templates": lambda: prompts.templates(args),
    }
    try:
        return handlers[args.action]()
    except (WorkspaceError, DraftingError, InputError) as exc:
        return error(str(exc))
    except OSError as exc:
        return os_error(exc)
