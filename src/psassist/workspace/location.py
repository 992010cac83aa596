"""Which workspace a command uses: `--workspace DIR`, then `PSASSIST_WORKSPACE`, then the default.

The default lives in the user's data folder, so an applicant never has to choose one;
an advisor with several applicants keeps one folder per applicant and passes it.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from psassist.locations import APP_NAME

ENVIRONMENT_VARIABLE = "PSASSIST_WORKSPACE"


def default_workspace() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME)) / "workspaces" / "default"


def workspace_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The workspace folder to use, by the precedence above."""
    if explicit:
        return Path(explicit).expanduser()
    from_environment = os.environ.get(ENVIRONMENT_VARIABLE)
    if from_environment:
        return Path(from_environment).expanduser()
    return default_workspace()
