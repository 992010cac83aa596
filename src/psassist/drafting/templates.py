"""Where templates come from and how one is rendered.

Search order, first match wins: the workspace's `templates/`, then `templates/` in the
user's config folder, then the templates shipped with psassist. A user file with the
name of a built-in one replaces it; `builtin/NAME` always reaches the shipped file, so a
user's `base.txt.j2` can extend the original.

A structure (`story-first.txt.j2`, ...) extends `layout`, which psassist sets to
`specialty/<id>.txt.j2` when such a file exists and to `base.txt.j2` otherwise. Structures
decide the order of paragraphs; a specialty file changes what a paragraph group holds.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, PrefixLoader, TemplateNotFound

from psassist.drafting.bounds import bounded_render
from psassist.drafting.errors import TemplateError
from psassist.drafting.sandbox import make_environment, template_error
from psassist.drafting.template_loader import (
    ConfinedFileSystemLoader,
    confined_file,
)

SUFFIX = ".txt.j2"
BASE = "base" + SUFFIX
_STRUCTURE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")


def builtin_folder() -> Path:
    """The shipped templates: inside the wheel (psassist/templates) or a checkout's templates/."""
    package = Path(__file__).resolve().parent.parent
    for candidate in (package / "templates", package.parent.parent / "templates"):
        if (candidate / BASE).is_file():
            return candidate
    raise TemplateError(
        "the built-in templates are missing from this installation "
        f"(looked for {BASE} in {package / 'templates'}); reinstall psassist"
    )


@dataclass(frozen=True)
class TemplateInfo:
    name: str  # what --template takes
    path: Path
    origin: str  # "workspace", "config", "built-in" ... as given by the caller


class TemplateLibrary:
    """The templates visible to one workspace; cheap to build, safe to use from one thread."""

    def __init__(self, user_folders: Sequence[tuple[str, Path]] = ()) -> None:
        self.builtin = builtin_folder()
        self.folders: list[tuple[str, Path]] = [
            (origin, folder) for origin, folder in user_folders if folder.is_dir()
        ]
        self.folders.append(("built-in", self.builtin))
        self.environment = make_environment(
            ChoiceLoader(
                [
                    ConfinedFileSystemLoader([folder for _, folder in self.folders]),
                    PrefixLoader({"builtin": ConfinedFileSystemLoader([self.builtin])}),
                ]
            )
        )

    @property
    def search_path(self) -> list[Path]:
        return [folder for _, folder in self.folders]

    def structures(self) -> list[TemplateInfo]:
        """Templates a draft can be made with, by name; user files hide built-in ones."""
        seen: dict[str, TemplateInfo] = {}
        for origin, folder in self.folders:
            for path in sorted(folder.glob("*" + SUFFIX)):
                name = path.name[: -len(SUFFIX)]
                if path.name == BASE or name.startswith("_") or name in seen:
                    continue
                if confined_file(folder, path.name) is None:
                    continue  # a link out of the folder; rendering it says why
                if _STRUCTURE_NAME.match(name):
                    seen[name] = TemplateInfo(name, path, origin)
        return sorted(seen.values(), key=lambda t: t.name)

    def has(self, template: str) -> bool:
        try:
            self.environment.loader.get_source(self.environment, template)  # type: ignore[union-attr]
        except TemplateNotFound:
            return False
        return True

    def layout_for(self, specialty_id: str) -> str:
        candidate = f"specialty/{specialty_id}{SUFFIX}"
        return candidate if self.has(candidate) else BASE

    def check_structure(self, name: str) -> str:
        """The file name for structure `name`, or TemplateError listing the choices."""
        usable = _STRUCTURE_NAME.match(name) and name + SUFFIX != BASE
        if usable and self.has(name + SUFFIX):
            return name + SUFFIX
        names = ", ".join(t.name for t in self.structures())
        raise TemplateError(f"no template named {name!r}; choose one of: {names}")

    def render(self, name: str, context: Mapping[str, Any]) -> str:
        """Render structure `name`; any failure becomes a TemplateError naming file and line."""
        filename = self.check_structure(name)
        try:
            template = self.environment.get_template(filename)
            return bounded_render(template.generate(dict(context)), filename)
        except TemplateError:
            raise
        except MemoryError:
            raise TemplateError(f"template {filename}: ran out of memory") from None
        except Exception as exc:  # a template is user code: report every failure the same way
            raise template_error(exc, self.search_path, filename) from exc
