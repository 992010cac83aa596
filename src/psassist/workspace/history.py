"""Where previous versions go: `history/<document path>/<UTC time it was replaced>.<ext>`.

Names sort in time order, so the version numbers a user sees (1 = oldest) stay the same
as the history grows. A version recovered from an interrupted save carries `.recovered`
in its name. Each copy keeps the modification time of the version it preserves, which
is shown as "saved".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path, PurePosixPath

HISTORY_FOLDER = "history"
_STAMP = "%Y-%m-%dT%H%M%S.%fZ"
_NAME = re.compile(
    r"^(?P<stamp>\d{4}-\d\d-\d\dT\d{6}\.\d{6}Z)(?P<recovered>\.recovered)?"
    r"(?P<suffix>\.[^/]*)?$"
)


@dataclass(frozen=True)
class Version:
    """One earlier version of a document."""

    number: int  # 1 = oldest
    path: Path
    replaced: datetime  # when a newer version took its place (UTC)
    saved: datetime  # when this version itself was written (UTC)
    size: int  # bytes
    recovered: bool  # rescued from a save that a crash interrupted


def history_folder(root: Path, relative: PurePosixPath) -> Path:
    return root.joinpath(HISTORY_FOLDER, *relative.parts)


def _name(stamp: datetime, suffix: str, recovered: bool) -> str:
    return stamp.strftime(_STAMP) + (".recovered" if recovered else "") + suffix


def free_version_path(folder: Path, suffix: str, recovered: bool = False) -> Path:
    """A not-yet-used history file name for now (moved on by a microsecond if taken)."""
    stamp = datetime.now(UTC)
    existing = [v.replaced for v in list_versions(folder)]
    if existing and stamp <= max(existing):
        stamp = max(existing) + timedelta(microseconds=1)
    while (folder / _name(stamp, suffix, recovered)).exists():
        stamp += timedelta(microseconds=1)
    return folder / _name(stamp, suffix, recovered)


def list_versions(folder: Path) -> list[Version]:
    """Every version in `folder`, oldest first; files psassist did not name are ignored."""
    if not folder.is_dir():
        return []
    found: list[tuple[datetime, Path, bool]] = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match is None or not path.is_file():
            continue
        replaced = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=UTC)
        found.append((replaced, path, bool(match["recovered"])))
    found.sort(key=lambda item: item[0])
    versions = []
    for number, (replaced, path, recovered) in enumerate(found, start=1):
        info = path.stat()
        versions.append(
            Version(
                number,
                path,
                replaced,
                datetime.fromtimestamp(info.st_mtime, UTC),
                info.st_size,
                recovered,
            )
        )
    return versions
