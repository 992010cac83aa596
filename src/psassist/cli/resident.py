"""`psassist server status|stop`: the resident checker that makes `psassist check` fast."""

from __future__ import annotations

import argparse

from psassist.cli.address import socket_path
from psassist.cli.remote import server_pid, stop_server
from psassist.config import Settings


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "server", help="the resident checker behind `psassist check` (status, stop)"
    )
    parser.add_argument("action", choices=("status", "stop"))
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    path = socket_path()
    if args.action == "stop":
        print("stopped the resident checker" if stop_server() else "no resident checker running")
        return 0
    pid = server_pid()
    if pid is None:
        print(
            f"no resident checker running (it starts with the next `psassist check`; socket {path})"
        )
    else:
        print(f"resident checker running (pid {pid}) on {path}")
    return 0
