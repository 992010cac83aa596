"""Template files read only from inside their folders, whatever links the folders hold.

Jinja's FileSystemLoader opens whatever a name leads to, so a link in the workspace's
`templates/` could pull `/etc/passwd` or a private note into a draft that is then sent to a
mentor. Here a name is resolved with every link followed and must still lie in the folder;
it must be a regular file (a named pipe would block) of at most MAX_TEMPLATE_BYTES.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Sequence
from pathlib import Path

from jinja2 import BaseLoader, Environment, TemplateNotFound
from jinja2.loaders import split_template_path

from psassist.drafting.errors import TemplateError

#: A template is a page of text; this is far more than one needs.
MAX_TEMPLATE_BYTES = 1_000_000


class UnsafeTemplateFile(TemplateError):
    """A template file psassist will not read: a link out of its folder, a pipe, a huge file.

    Not a TemplateNotFound, which Jinja's ChoiceLoader would swallow to try the next folder.
    """


def confined_file(folder: Path, relative: str) -> Path | None:
    """`folder/relative` with links resolved, if it stays inside `folder` and is a file."""
    root = folder.resolve()
    candidate = (root / relative).resolve()
    if not candidate.is_relative_to(root):
        return None
    try:
        info = candidate.stat()
    except OSError:
        return None
    return candidate if stat.S_ISREG(info.st_mode) else None


class ConfinedFileSystemLoader(BaseLoader):
    """FileSystemLoader's search order, refusing links that leave the folder."""

    def __init__(self, folders: Sequence[Path]) -> None:
        self.folders = list(folders)

    def get_source(
        self, environment: Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        pieces = split_template_path(template)
        for folder in self.folders:
            plain = folder.joinpath(*pieces)
            if not os.path.lexists(plain):
                continue
            path = confined_file(folder, os.path.join(*pieces))
            if path is None:
                raise UnsafeTemplateFile(
                    f"template {plain} is a link to a file outside {folder}, or not a "
                    "regular file; copy the file into the folder instead"
                )
            return _read(path, plain), str(plain), _unchanged(path)
        raise TemplateNotFound(template)


def _read(path: Path, shown: Path) -> str:
    with path.open("rb") as file:
        data = file.read(MAX_TEMPLATE_BYTES + 1)
    if len(data) > MAX_TEMPLATE_BYTES:
        raise UnsafeTemplateFile(
            f"template {shown} is larger than "
            f"{MAX_TEMPLATE_BYTES // 1000:,} KB; it cannot be a template"
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise UnsafeTemplateFile(f"template {shown} is not UTF-8 text") from None


def _unchanged(path: Path) -> Callable[[], bool]:
    modified = path.stat().st_mtime

    def check() -> bool:
        try:
            return path.stat().st_mtime == modified
        except OSError:
            return False

    return check
