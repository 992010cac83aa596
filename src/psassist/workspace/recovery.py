"""After a crash: what an interrupted save had written is kept, never silently deleted.

A temporary file outside `history/` holds text that never became current: it is moved
into that document's history as a `.recovered` version the user can restore. One inside
`history/` is a half-made copy of a version that is still current, and is deleted. Runs
only while holding the workspace lock, so no live save can be mistaken for a crashed one.
"""

from __future__ import annotations

import os
from contextlib import suppress
from pathlib import Path, PurePosixPath

from psassist.workspace.atomic import is_temp_name, make_folders, target_of_temp
from psassist.workspace.history import HISTORY_FOLDER, free_version_path


def recover_interrupted_saves(root: Path) -> list[Path]:
    """Move leftovers of crashed saves into the history; returns the versions created."""
    history = root / HISTORY_FOLDER
    recovered: list[Path] = []
    for folder, subfolders, files in os.walk(root):
        here = Path(folder)
        in_history = here == history or history in here.parents
        subfolders[:] = [s for s in subfolders if not s.startswith(".")]
        for name in files:
            if not is_temp_name(name):
                continue
            temp = here / name
            if in_history:
                with suppress(OSError):
                    temp.unlink()
                continue
            relative = PurePosixPath(*(here / target_of_temp(name)).relative_to(root).parts)
            try:
                versions = make_folders(root, PurePosixPath(HISTORY_FOLDER) / relative)
                target = free_version_path(versions, relative.suffix, recovered=True)
                os.replace(temp, target)
            except OSError:
                continue  # left where it is; the next writer tries again
            recovered.append(target)
    return recovered
