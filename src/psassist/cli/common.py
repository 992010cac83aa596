"""What every command shares: exit codes, the one-line error, colour, and a closed pipe.

Each command module used to define its own exit codes and error helper; they live here
so `psassist` means the same thing by every exit code.
"""

from __future__ import annotations

import os
import sys
from enum import IntEnum
from typing import TextIO

from psassist.report.safe import safe_text


class ExitCode(IntEnum):
    """The exit codes of every `psassist` command."""

    OK = 0
    #: `check`: a finding at --fail-on; `draft`: the variant check found an error;
    #: `doctor`: an essential engine is missing.
    FINDINGS = 1
    #: Bad input (a file, a name, a date), a command line that does not parse, or a
    #: state file that cannot be used; nothing was changed.
    BAD_INPUT = 2
    #: Ctrl+C (128 + SIGINT, as a shell reports it).
    INTERRUPTED = 130
    #: The reader of standard output went away (`psassist rules | head -1`): 128 + SIGPIPE,
    #: what a shell reports for any program stopped by a closed pipe.
    BROKEN_PIPE = 141


def out(line: str = "") -> None:
    """One line of a command's normal output (made safe by the caller where it is user text)."""
    print(line)


def error(message: str, code: ExitCode = ExitCode.BAD_INPUT) -> ExitCode:
    """Say what is wrong in one line on stderr, made safe to show; the exit code to end with.

    Every command's errors go through here, so they all read `psassist: <message>` and
    no file name or engine message can put an escape sequence on the user's terminal.
    """
    print(f"psassist: {safe_text(message)}", file=sys.stderr)
    return code


def os_error(exc: OSError, where: str = "") -> ExitCode:
    """An OSError as one line: the file it names (or `where`) and the system's reason.

    A closed pipe is not an error to report: it is re-raised for `main` to end quietly.
    """
    if isinstance(exc, BrokenPipeError):
        raise exc
    place = f"{exc.filename}: " if exc.filename else where
    return error(f"{place}{exc.strerror or exc}")


def use_color(choice: str, stream: TextIO) -> bool:
    """--color auto|always|never; auto means a terminal that did not ask for no colour."""
    if choice != "auto":
        return choice == "always"
    return stream.isatty() and "NO_COLOR" not in os.environ and os.environ.get("TERM") != "dumb"


def end_quietly_on_closed_pipe() -> ExitCode:
    """After a BrokenPipeError: no message, and no second error when Python flushes stdout.

    Pointing stdout at /dev/null makes the final flush harmless (the Python manual's
    advice for SIGPIPE); the exit code is the one a shell gives a program a pipe stopped.
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # stdout replaced by an object without a descriptor
        pass
    return ExitCode.BROKEN_PIPE
