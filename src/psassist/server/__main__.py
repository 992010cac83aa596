"""`python -m psassist.server --socket PATH [--idle SECONDS]`: run the resident checker."""

from __future__ import annotations

import argparse
import sys

from psassist.server.daemon import serve


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m psassist.server")
    parser.add_argument("--socket", required=True, help="the Unix socket to listen on")
    parser.add_argument(
        "--idle", type=float, default=600.0, help="stop after this many seconds without a request"
    )
    args = parser.parse_args(argv)
    return serve(args.socket, args.idle)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
