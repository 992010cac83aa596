"""The `psassist` command: parse arguments, dispatch, and turn every failure into one line."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from psassist import __version__
from psassist.cli import check, doctor, draft, export, rules, setup, tracker
from psassist.config import ConfigError, load_settings

EPILOG = """\
examples:
  psassist check statement.docx           check a statement
  psassist check --format json a.txt b.md machine-readable results
  psassist doctor                         what engines are installed and how to fix them
  psassist setup                          install LanguageTool (from Maven Central)
  psassist draft prompts --specialty IM   the questions a statement should answer
  psassist draft new NAME --answers FILE --specialty S --template T
  psassist export NAME --format txt -o statement.txt   text to paste into MyERAS
  psassist draft --workspace samples/workspace list    the sample applicant's drafts
  psassist tracker                        the ERAS application: status, dates, next actions

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
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    for module in (check, rules, doctor, setup, draft, export, tracker):
        module.add_parser(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 0
    try:
        settings = load_settings()
        return int(handler(args, settings))
    except ConfigError as exc:
        print(f"psassist: settings: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("psassist: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 1
    except Exception as exc:  # a bug: say so in one line, never a traceback
        print(f"psassist: internal error: {type(exc).__name__}: {exc} "
              "(please report it; set PSASSIST_DEBUG=1 for details)", file=sys.stderr)
        if os.environ.get("PSASSIST_DEBUG"):
            raise
        return 2
