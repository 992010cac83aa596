"""`psassist draft`'s command line: the commands, their arguments and the examples."""

from __future__ import annotations

import argparse

from psassist.cli.draft.commands import run

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
    parser.add_argument(
        "--workspace",
        metavar="DIR",
        default=default,
        help="the workspace folder (default: $PSASSIST_WORKSPACE, then your user data folder)",
    )


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
    new.add_argument(
        "--answers",
        metavar="FILE.toml",
        help="your answers; stored in the workspace (default: the stored ones)",
    )
    new.add_argument(
        "--specialty",
        required=True,
        metavar="S",
        help='the specialty, e.g. "Internal Medicine" or IM',
    )
    new.add_argument(
        "--template",
        default="story-first",
        metavar="T",
        help="story-first (default), chronological, qualities, or your own",
    )
    new.add_argument(
        "--program",
        metavar="P",
        help="make a variant for one program (adds your program_fit answer)",
    )
    new.add_argument(
        "--no-check",
        action="store_true",
        help="skip the check for other programs' and specialties' names",
    )

    render = command("render", "render a draft again from the current answers")
    render.add_argument("name", metavar="NAME")
    render.add_argument("--answers", metavar="FILE.toml", help="new answers to store and use")
    render.add_argument(
        "--print",
        action="store_true",
        dest="print_only",
        help="print the result instead of saving it",
    )
    render.add_argument(
        "--no-check",
        action="store_true",
        help="skip the check for other programs' and specialties' names",
    )

    command("list", "list the drafts in the workspace")

    history = command("history", "list the earlier versions of a draft")
    history.add_argument("name", metavar="NAME")

    diff = command("diff", "show what changed between two versions of a draft")
    diff.add_argument("name", metavar="NAME")
    diff.add_argument(
        "versions",
        nargs="*",
        metavar="VERSION",
        help="version numbers or 'current' (default: the latest earlier "
        "version and the current text)",
    )
    diff.add_argument("--color", choices=("auto", "always", "never"), default="auto")

    restore = command("restore", "make an earlier version current again")
    restore.add_argument("name", metavar="NAME")
    restore.add_argument("version", metavar="VERSION", help="a number from `draft history`")

    prompts = command("prompts", "show the questions, with guidance and word budgets")
    prompts.add_argument("--specialty", metavar="S", help="show the wording for a specialty")
    prompts.add_argument(
        "--toml", action="store_true", help="print a blank answers file to fill in instead"
    )

    command("templates", "list the templates a draft can use")
