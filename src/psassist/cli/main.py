"""The `psassist` command: parse arguments, dispatch, and turn every failure into one line."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from psassist import __version__
from psassist.cli.common import ExitCode, end_quietly_on_closed_pipe, error
from psassist.config import ConfigError, load_settings

EPILOG = """\
examples:
  psassist                                open the app (draft, check, track) on your workspace
  psassist --workspace DIR                open the app on the workspace in DIR
  psassist --sample                       try the app on the sample applicant (a copy)
  psassist check statement.docx           check a statement
  psassist check --format json a.txt b.md machine-readable results
  psassist doctor                         what engines are installed and how to fix them
  psassist setup                          install LanguageTool (from Maven Central)
  psassist draft prompts --specialty IM   the questions a statement should answer
  psassist draft new NAME --answers FILE --specialty S --template T
  psassist export NAME --format txt -o statement.txt   text to paste into MyERAS
  psassist draft --workspace samples/workspace list    the sample applicant's drafts
  psassist tracker                        the ERAS application: status, dates, next actions
  psassist web --sample --open            the app in your browser (127.0.0.1 only)
  psassist lsp                            language server for editors (VS Code, Neovim, Helix)

your own workspace: --workspace DIR, or PSASSIST_WORKSPACE, or the default in your user
data folder (see README.md, "The workspace").
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="psassist",
        description="A personal-statement assistant for international medical graduates "
        "applying to US residency through ERAS.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"psassist {__version__}")
    parser.add_argument(
        "--sample",
        action="store_true",
        help="open the app on a fresh copy of the sample applicant's workspace",
    )
    parser.add_argument(
        "--workspace",
        metavar="DIR",
        dest="app_workspace",
        help="with no command: open the app on the workspace in DIR (default: "
        "$PSASSIST_WORKSPACE, then your user data folder); commands take "
        "their own --workspace",
    )
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    # Imported here, not at the top: `psassist` alone opens the app without paying for them.
    from psassist.cli import (
        check,
        doctor,
        draft,
        export,
        lsp,
        resident,
        rules,
        setup,
        tracker,
        web,
    )

    for module in (check, rules, doctor, setup, draft, export, tracker, web, resident, lsp):
        module.add_parser(subparsers)
    return parser


def _open_app(workspace: str | None) -> int:
    """`psassist` alone opens the Textual app; Textual is imported only here."""
    from psassist.workspace import Workspace, WorkspaceError, workspace_path

    try:
        root = workspace_path(workspace)
        Workspace.preflight(root)  # a refusal is one line here, not a crash in the app
    except (ConfigError, WorkspaceError) as exc:
        return error(str(exc))
    if not sys.stdin.isatty() or not sys.stdout.isatty():
        return error("the app needs a terminal; `psassist --help` lists the commands")
    try:
        from psassist.tui import run

        return run(root)
    except (ConfigError, WorkspaceError) as exc:
        return error(str(exc))


def sample_workspace() -> str:
    """A fresh copy of the sample applicant's workspace, so trying it changes nothing."""
    import shutil

    from psassist import locations
    from psassist.checks.corpus import samples_dir

    source = samples_dir()
    if source is None or not (source / "workspace").is_dir():
        raise SystemExit(error("the sample workspace is not installed"))
    target = locations.cache_dir() / "sample-workspace"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(source / "workspace", target)
    return str(target)


def _app_only(argv: Sequence[str]) -> str | bool | None:
    """The workspace when the command line only opens the app, else False."""
    if not argv:
        return None
    if argv == ["--sample"]:
        return sample_workspace()
    if len(argv) == 2 and argv[0] == "--workspace" and not argv[1].startswith("-"):
        return argv[1]
    if len(argv) == 1 and argv[0].startswith("--workspace="):
        return argv[0].split("=", 1)[1] or False
    return False


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    workspace = _app_only(arguments)
    if workspace is not False:
        return _open_app(workspace if isinstance(workspace, str) else None)
    parser = build_parser()
    args = parser.parse_args(arguments)
    handler = getattr(args, "handler", None)
    if handler is None:
        return _open_app(sample_workspace() if args.sample else args.app_workspace)
    if args.app_workspace is not None:
        # `psassist --workspace DIR draft list` means the same as `psassist draft --workspace DIR`.
        if not hasattr(args, "workspace"):
            return error("--workspace goes with the app or with draft, export and tracker")
        if args.workspace is None:
            args.workspace = args.app_workspace
    try:
        settings = load_settings()
        code = int(handler(args, settings))
        sys.stdout.flush()  # a reader that went away shows up here, not at interpreter exit
        return code
    except ConfigError as exc:
        return error(f"settings: {exc}")
    except KeyboardInterrupt:
        return error("interrupted", ExitCode.INTERRUPTED)
    except BrokenPipeError:  # `psassist rules | head -1`: end quietly, as other CLIs do
        return end_quietly_on_closed_pipe()
    except Exception as exc:  # a bug: say so in one line, never a traceback
        code = error(
            f"internal error: {type(exc).__name__}: {exc} "
            "(please report it; set PSASSIST_DEBUG=1 for details)"
        )
        if os.environ.get("PSASSIST_DEBUG"):
            raise
        return code
