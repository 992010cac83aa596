"""A workspace: a folder of named documents, each save atomic and each old version kept.

The store knows nothing about drafts or trackers; callers name documents by a relative
path (`answers.toml`, `drafts/main.txt`, `tracker.toml`) and get the same guarantees:

- a save replaces the file atomically, after copying the version it replaces into
  `history/` (so nothing is overwritten without a copy);
- one process at a time may write (an OS lock on `.lock`); readers need no lock;
- a `.toml` or `.json` file that does not parse is reported with its line and is never
  overwritten;
- new files are readable by the user alone (0600), new folders 0700.

A Workspace may be shared by threads (the TUI saves from workers); saves are serialised.
"""

from __future__ import annotations

import json
import os
import threading
from pathlib import Path, PurePosixPath
from types import TracebackType
from typing import Any

from psassist.workspace.atomic import atomic_write, make_folders, make_root
from psassist.workspace.errors import DocumentNotFound, WorkspaceError
from psassist.workspace.history import (
    HISTORY_FOLDER,
    Version,
    free_version_path,
    history_folder,
    list_versions,
)
from psassist.workspace.lock import LOCK_NAME, WorkspaceLock
from psassist.workspace.parsing import decode_utf8, is_data_name, parse_data, parse_toml
from psassist.workspace.recovery import recover_interrupted_saves
from psassist.workspace.toml_writer import dumps

MARKER = "workspace.toml"
FORMAT = 1
#: Written into a new workspace so that putting it under git never commits the lock or
#: the leftovers of an interrupted save.
GITIGNORE = ".gitignore"
_GITIGNORE_TEXT = (
    "# Made by psassist: run-time files, not part of your work.\n.lock\n.*.psassist-tmp\n"
)
_MARKER_TEXT = dumps(
    {"format": FORMAT},
    header="A psassist workspace: one applicant's answers, drafts and their history.\n"
    "Every file is plain text; back the folder up or put it under version control.",
)


def _relative(name: str) -> PurePosixPath:
    """A document name as a safe path inside the workspace, or WorkspaceError."""
    if not isinstance(name, str) or not name or "\\" in name or "\x00" in name:
        raise WorkspaceError(f"not a document name: {name!r}")
    path = PurePosixPath(name)
    if path.is_absolute() or any(p in ("", ".", "..") or p.startswith(".") for p in path.parts):
        raise WorkspaceError(f"not a document name inside the workspace: {name!r}")
    if path.parts[0] in (HISTORY_FOLDER, LOCK_NAME):
        raise WorkspaceError(f"{name!r} is kept by psassist itself")
    return path


class Workspace:
    """One workspace folder, opened for reading or (holding the lock) for writing."""

    def __init__(self, root: Path, readonly: bool, lock: WorkspaceLock | None) -> None:
        self.root = root
        self.readonly = readonly
        self._lock = lock
        self._mutex = threading.RLock()

    # -- opening and closing -------------------------------------------------------------

    @staticmethod
    def preflight(path: str | os.PathLike[str]) -> None:
        """Raise what opening `path` for writing would refuse, creating and locking
        nothing, so the app can say it in one line before its screen starts."""
        root = Path(path).expanduser().absolute()
        if root.exists() and not root.is_dir():
            raise WorkspaceError(f"{root} is a file, not a workspace folder")
        if not root.is_dir() or (root / MARKER).exists():
            return
        try:
            entries = os.listdir(root)
        except OSError as exc:
            raise WorkspaceError(f"{root}: cannot read the folder ({exc.strerror or exc})") from exc
        if any(entry not in (LOCK_NAME, GITIGNORE) for entry in entries):
            raise WorkspaceError(
                f"{root} is not empty and is not a psassist workspace "
                f"(no {MARKER}); choose a new or empty folder"
            )

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, readonly: bool = False) -> Workspace:
        """Open (for writing: create if missing, and lock) the workspace at `path`."""
        root = Path(path).expanduser().absolute()
        if readonly:
            if not root.is_dir():
                raise WorkspaceError(f"no workspace at {root}")
            cls._check_marker(root, must_exist=True)
            return cls(root, True, None)
        cls.preflight(root)
        try:
            make_root(root)
        except OSError as exc:
            raise WorkspaceError(
                f"{root}: cannot create the workspace ({exc.strerror or exc})"
            ) from exc
        fresh = not (root / MARKER).exists()
        lock = WorkspaceLock.acquire(root)
        workspace = cls(root, False, lock)
        try:
            if fresh:
                if not (root / GITIGNORE).exists():
                    atomic_write(root / GITIGNORE, _GITIGNORE_TEXT.encode("utf-8"))
                atomic_write(root / MARKER, _MARKER_TEXT.encode("utf-8"))
            else:
                cls._check_marker(root, must_exist=True, writing=True)
            recover_interrupted_saves(root)
        except BaseException:
            lock.release()
            raise
        return workspace

    @staticmethod
    def _check_marker(root: Path, must_exist: bool, writing: bool = False) -> None:
        marker = root / MARKER
        if not marker.is_file():
            if must_exist:
                raise WorkspaceError(f"{root} is not a psassist workspace (no {MARKER})")
            return
        try:
            data = parse_toml(decode_utf8(marker.read_bytes(), str(marker)), str(marker))
        except OSError as exc:
            raise WorkspaceError(f"{marker}: cannot read it ({exc.strerror or exc})") from exc
        version = data.get("format", FORMAT)
        if not isinstance(version, int):
            raise WorkspaceError(f"{marker}: format must be a whole number")
        if writing and version > FORMAT:
            raise WorkspaceError(
                f"{root} was written by a newer psassist (format {version}); "
                "update psassist before changing it"
            )

    def close(self) -> None:
        """Release the write lock (idempotent); the object stays usable for reading."""
        with self._mutex:
            if self._lock is not None:
                self._lock.release()
                self._lock = None
            self.readonly = True

    def __enter__(self) -> Workspace:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    # -- reading ---------------------------------------------------------------------------

    def path(self, name: str) -> Path:
        """The file behind a document name (validated to stay inside the workspace)."""
        return self.root.joinpath(*_relative(name).parts)

    def exists(self, name: str) -> bool:
        return self.path(name).is_file()

    def documents(self, folder: str = "", suffix: str | None = None) -> list[str]:
        """Document names directly inside `folder`, sorted; hidden and temporary files skipped."""
        base = self.path(folder) if folder else self.root
        if not base.is_dir():
            return []
        names = []
        for entry in sorted(base.iterdir()):
            if entry.name.startswith(".") or not entry.is_file():
                continue
            if suffix is not None and not entry.name.endswith(suffix):
                continue
            if not folder and entry.name == MARKER:
                continue
            names.append(f"{folder}/{entry.name}" if folder else entry.name)
        return names

    def read_bytes(self, name: str) -> bytes:
        path = self.path(name)
        try:
            return path.read_bytes()
        except FileNotFoundError as exc:
            raise DocumentNotFound(f"{path}: no such file") from exc
        except IsADirectoryError as exc:
            raise WorkspaceError(f"{path} is a folder, not a file") from exc
        except OSError as exc:
            raise WorkspaceError(f"{path}: cannot read it ({exc.strerror or exc})") from exc

    def read_text(self, name: str) -> str:
        """The document as UTF-8 text with line ends normalised to `\\n`."""
        text = decode_utf8(self.read_bytes(name), str(self.path(name)))
        return text.replace("\r\n", "\n").replace("\r", "\n")

    def read_data(self, name: str) -> Any:
        """A `.toml` or `.json` document, parsed; errors name the file and line."""
        if not is_data_name(name):
            raise WorkspaceError(f"{name}: only .toml and .json files hold data")
        return parse_data(self.read_text(name), str(self.path(name)))

    # -- writing ---------------------------------------------------------------------------

    def _require_writable(self) -> None:
        if self.readonly or self._lock is None:
            raise WorkspaceError(f"workspace {self.root} was opened read-only")

    def _archive(
        self, relative: PurePosixPath, data: bytes, mtime: float, recovered: bool = False
    ) -> Path:
        folder = make_folders(self.root, PurePosixPath(HISTORY_FOLDER) / relative)
        target = free_version_path(folder, relative.suffix, recovered)
        atomic_write(target, data, mtime=mtime)
        return target

    def write_bytes(
        self, name: str, data: bytes, *, replace_damaged: bool = False
    ) -> Version | None:
        """Save `data` as `name`; returns the version the save replaced, if any.

        An unchanged file is left alone. A data file that does not parse is refused, so
        the user can repair it by hand, unless `replace_damaged` says the user chose to
        replace it (it is still copied into the history first).
        """
        relative = _relative(name)
        with self._mutex:
            self._require_writable()
            target = self.path(name)
            try:
                make_folders(self.root, relative.parent)
                archived = None
                if target.is_dir():
                    raise WorkspaceError(f"{target} is a folder, not a file")
                if target.exists():
                    old = target.read_bytes()
                    if old == data:
                        return None
                    if is_data_name(name) and not replace_damaged:
                        parse_data(decode_utf8(old, str(target)), str(target))
                    archived = self._archive(relative, old, target.stat().st_mtime)
                atomic_write(target, data)
            except OSError as exc:
                raise WorkspaceError(
                    f"{target}: cannot save it ({exc.strerror or exc}); "
                    "the previous version is unchanged"
                ) from exc
            if archived is None:
                return None
            return next(v for v in self.history(name) if v.path == archived)

    def write_text(self, name: str, text: str) -> Version | None:
        return self.write_bytes(name, text.encode("utf-8"))

    def write_data(self, name: str, data: Any, header: str = "") -> Version | None:
        """Save a mapping as `.toml` (with `header` comments) or any JSON value as `.json`."""
        if name.endswith(".toml"):
            return self.write_text(name, dumps(data, header))
        if name.endswith(".json"):
            return self.write_text(name, json.dumps(data, indent=2, ensure_ascii=False) + "\n")
        raise WorkspaceError(f"{name}: only .toml and .json files hold data")

    def remove(self, name: str) -> Version:
        """Delete a document after copying it into its history (so it can be restored)."""
        relative = _relative(name)
        with self._mutex:
            self._require_writable()
            target = self.path(name)
            try:
                data = target.read_bytes()
            except FileNotFoundError as exc:
                raise DocumentNotFound(f"{target}: no such file") from exc
            except OSError as exc:
                raise WorkspaceError(f"{target}: cannot read it ({exc.strerror or exc})") from exc
            try:
                archived = self._archive(relative, data, target.stat().st_mtime)
                target.unlink()
            except OSError as exc:
                raise WorkspaceError(f"{target}: cannot remove it ({exc.strerror or exc})") from exc
            return next(v for v in self.history(name) if v.path == archived)

    # -- history ---------------------------------------------------------------------------

    def history(self, name: str) -> list[Version]:
        """Earlier versions of a document, oldest first (numbered from 1)."""
        return list_versions(history_folder(self.root, _relative(name)))

    def version(self, name: str, number: int) -> Version:
        versions = self.history(name)
        if not 1 <= number <= len(versions):
            available = f"versions 1-{len(versions)}" if versions else "no earlier versions"
            raise DocumentNotFound(f"{name} has no version {number} ({available})")
        return versions[number - 1]

    def read_version(self, name: str, number: int | Version) -> bytes:
        """A saved version's bytes, by number, or from a Version the caller already
        listed (so charting twelve versions lists the history once, not twelve times)."""
        version = number if isinstance(number, Version) else self.version(name, number)
        try:
            return version.path.read_bytes()
        except OSError as exc:
            raise WorkspaceError(f"{version.path}: cannot read it ({exc.strerror or exc})") from exc

    def restore(self, name: str, number: int) -> Version | None:
        """Make version `number` current again; the current text goes into the history first.

        Restoring is how a user repairs a damaged data file, so a current file that does
        not parse is replaced here (after being copied into the history).
        """
        data = self.read_version(name, number)
        return self.write_bytes(name, data, replace_damaged=True)
