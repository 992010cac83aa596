"""The `psassist` executable: the shortest way to the resident server, else the full CLI.

Nothing heavy is imported here: `psassist check` goes to the resident server (see
`psassist.cli.remote`) after loading only the standard library, and `--version` answers
at once. Everything else, and any check the server cannot take, runs `psassist.cli.main`.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments == ["--version"]:
        from psassist import __version__

        print(f"psassist {__version__}")
        return 0
    from psassist.cli.remote import run_remote, wants_server

    if wants_server(arguments):
        try:
            code = run_remote(arguments)
        except KeyboardInterrupt:
            from psassist.cli.common import ExitCode, error

            return error("interrupted", ExitCode.INTERRUPTED)
        except BrokenPipeError:  # `psassist check FILE | head -1`: end quietly, as main does
            from psassist.cli.common import end_quietly_on_closed_pipe

            return end_quietly_on_closed_pipe()
        if code is not None:
            return code
    from psassist.cli.main import main as run_in_process

    return run_in_process(arguments)
