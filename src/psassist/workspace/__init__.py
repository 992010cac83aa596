"""The applicant's files on disk: atomic saves, version history, one writer, clear errors.

Generic on purpose: drafts, answers and the tracker's state are all documents named by
a relative path. Business rules live in the packages that use it.
"""

from psassist.workspace.errors import DocumentNotFound, WorkspaceError, WorkspaceLocked
from psassist.workspace.history import Version
from psassist.workspace.location import ENVIRONMENT_VARIABLE, default_workspace, workspace_path
from psassist.workspace.store import MARKER, Workspace
from psassist.workspace.toml_writer import dumps as dump_toml

__all__ = [
    "ENVIRONMENT_VARIABLE",
    "MARKER",
    "DocumentNotFound",
    "Version",
    "Workspace",
    "WorkspaceError",
    "WorkspaceLocked",
    "default_workspace",
    "dump_toml",
    "workspace_path",
]
