"""One writer per workspace: an OS lock on `.lock`, which also says who holds it.

The lock is an advisory `flock` (`msvcrt.locking` on Windows) held for as long as the
writer keeps the workspace open. The kernel drops it when the process ends, however it
ends, so a crash never leaves a stale lock behind; the pid/host/time written into the
file only serves the message the second writer sees. Readers take no lock: every save
is an atomic rename, so they see a whole old file or a whole new one.
"""

from __future__ import annotations

import os
import socket
import sys
import tomllib
from contextlib import suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from psassist.workspace.atomic import FILE_MODE
from psassist.workspace.errors import WorkspaceError, WorkspaceLocked

LOCK_NAME = ".lock"
#: Windows locks byte ranges and blocks reading them; lock one far past the holder info.
_WINDOWS_LOCK_OFFSET = 1 << 30


def _try_lock(stream: IO[str]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        stream.seek(_WINDOWS_LOCK_OFFSET)
        try:
            msvcrt.locking(stream.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        finally:
            stream.seek(0)
        return True
    import fcntl

    try:
        fcntl.flock(stream.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except (BlockingIOError, PermissionError):
        return False
    return True


def _unlock(stream: IO[str]) -> None:
    if sys.platform == "win32":
        import msvcrt

        stream.seek(_WINDOWS_LOCK_OFFSET)
        msvcrt.locking(stream.fileno(), msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(stream.fileno(), fcntl.LOCK_UN)


def _holder(path: Path) -> tuple[int | None, str | None, str | None]:
    """Who wrote the lock file last; (None, None, None) when it cannot be read."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None, None, None
    pid, host, since = data.get("pid"), data.get("host"), data.get("since")
    return (
        pid if isinstance(pid, int) else None,
        host if isinstance(host, str) else None,
        since if isinstance(since, str) else None,
    )


class WorkspaceLock:
    """The writer's lock on one workspace; release it (or let the process end) to free it."""

    def __init__(self, path: Path, stream: IO[str]) -> None:
        self.path = path
        self._stream: IO[str] | None = stream

    @classmethod
    def acquire(cls, root: Path) -> WorkspaceLock:
        """Take the lock or raise WorkspaceLocked naming the process that holds it."""
        path = root / LOCK_NAME
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, FILE_MODE)
        except OSError as exc:
            raise WorkspaceError(
                f"{path}: cannot create the lock file ({exc.strerror or exc})"
            ) from exc
        stream = os.fdopen(fd, "r+", encoding="utf-8")
        if not _try_lock(stream):
            stream.close()
            pid, host, since = _holder(path)
            raise WorkspaceLocked(str(root), pid, host, since)
        since = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
        host = socket.gethostname().replace("\\", "").replace('"', "")
        stream.seek(0)
        stream.truncate()
        stream.write(f'pid = {os.getpid()}\nhost = "{host}"\nsince = "{since}"\n')
        stream.flush()
        return cls(path, stream)

    @property
    def held(self) -> bool:
        return self._stream is not None

    def release(self) -> None:
        stream, self._stream = self._stream, None
        if stream is None:
            return
        with suppress(OSError):
            stream.seek(0)
            stream.truncate()
            stream.flush()
        with suppress(OSError):
            _unlock(stream)
        stream.close()
