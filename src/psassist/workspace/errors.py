"""The exceptions of the workspace: every one is a single line a user can act on."""

from __future__ import annotations


def one_line(value: str) -> str:
    """Escape control characters so a hostile file name cannot break a one-line message."""
    return "".join(
        c if c.isprintable() else c.encode("unicode_escape", "backslashreplace").decode("ascii")
        for c in value
    )


class WorkspaceError(Exception):
    """A workspace file or folder cannot be used as asked; ``str(exc)`` is one line."""

    def __init__(self, message: str) -> None:
        super().__init__(one_line(message))


class WorkspaceLocked(WorkspaceError):
    """Another psassist process holds the workspace for writing."""

    def __init__(self, root: str, pid: int | None, host: str | None, since: str | None) -> None:
        self.pid = pid
        self.host = host
        self.since = since
        holder = f"psassist process {pid}" if pid else "another psassist process"
        if host:
            holder += f" on {host}"
        if since:
            holder += f" since {since}"
        super().__init__(f"workspace {root} is in use by {holder}; close it and try again")


class DocumentNotFound(WorkspaceError):
    """The workspace holds no such document or version."""
