"""`psassist web`: the app in a browser tab on this machine (see psassist.web)."""

from __future__ import annotations

import argparse

from psassist.cli.common import error
from psassist.config import Settings


def add_parser(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "web", help="open the app in your browser (served on 127.0.0.1 only)"
    )
    parser.add_argument(
        "--workspace",
        metavar="DIR",
        help="the workspace to open (default: as for the terminal app)",
    )
    parser.add_argument(
        "--sample", action="store_true", help="a fresh copy of the sample applicant's workspace"
    )
    parser.add_argument(
        "--port",
        type=int,
        default=8765,
        help="the port on 127.0.0.1 (default 8765; 0 picks a free one)",
    )
    parser.add_argument(
        "--open",
        action="store_true",
        dest="open_browser",
        help="also open the page in your default browser",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    from psassist.workspace import Workspace, WorkspaceError, workspace_path

    if not 0 <= args.port <= 65535:
        return error(f"--port must be between 0 and 65535, not {args.port}")
    from psassist.web.server import WebServer, free_port, port_in_use

    port = args.port or free_port()
    if port_in_use(port):
        return error(f"port {port} on 127.0.0.1 is already in use; choose another with --port")
    try:
        if args.sample:
            from psassist.cli.main import sample_workspace

            workspace = workspace_path(sample_workspace()).resolve()
        else:
            workspace = workspace_path(args.workspace).resolve()
        Workspace.preflight(workspace)  # refused here in one line, not in the browser tab
    except WorkspaceError as exc:
        return error(str(exc))
    WebServer(workspace, port, open_browser=args.open_browser).serve()
    return 0
