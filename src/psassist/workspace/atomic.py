"""Atomic file replacement: a reader or a crash sees the old file or the new one, never half.

The new content goes to a temporary file in the same folder (a rename is atomic only
within one file system), is flushed and fsync'd, then renamed over the target; the
folder is fsync'd so the rename itself survives a power cut. A crash before the rename
leaves the target untouched and a hidden temporary file that the next writer recovers.
"""

from __future__ import annotations

import os
import sys
import tempfile
from contextlib import suppress
from pathlib import Path, PurePath

#: Temporary files are hidden (leading dot) and end with this, so they are easy to find.
TEMP_SUFFIX = ".psassist-tmp"
FILE_MODE = 0o600
FOLDER_MODE = 0o700


def is_temp_name(name: str) -> bool:
    return name.startswith(".") and name.endswith(TEMP_SUFFIX)


def target_of_temp(name: str) -> str:
    """`.draft.txt.k2j3h4g5.psassist-tmp` was going to become `draft.txt`."""
    inner = name[1 : -len(TEMP_SUFFIX)]
    return inner.rsplit(".", 1)[0]


def atomic_write(path: Path, data: bytes, *, mtime: float | None = None) -> None:
    """Replace `path` with `data` atomically; the file is readable by the user alone.

    `mtime` keeps a copied version's original modification time (used for history).
    """
    folder = path.parent
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=folder)
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp, FILE_MODE)
        if mtime is not None:
            os.utime(temp, (mtime, mtime))
        os.replace(temp, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(temp)
        raise
    fsync_folder(folder)


def fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable; a no-op where folders cannot be opened (Windows)."""
    if sys.platform == "win32":
        return
    with suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def make_folders(root: Path, relative: PurePath) -> Path:
    """Create `root/relative` folder by folder, each new one readable by the user alone.

    Folders that already exist keep their permissions: psassist never changes a mode it
    did not set.
    """
    current = root
    for part in relative.parts:
        current = current / part
        try:
            os.mkdir(current, FOLDER_MODE)
        except FileExistsError:
            continue
        os.chmod(current, FOLDER_MODE)
    return current


def make_root(root: Path) -> None:
    """Create the workspace folder (and missing parents) with owner-only permissions."""
    missing: list[Path] = []
    current = root
    while not current.exists():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for folder in reversed(missing):
        with suppress(FileExistsError):
            os.mkdir(folder, FOLDER_MODE)
            os.chmod(folder, FOLDER_MODE)
