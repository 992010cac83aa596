"""Drafting errors: each is one line naming what to fix (a file and line, a template and line)."""

from __future__ import annotations

from psassist.workspace.errors import one_line


class DraftingError(Exception):
    """Input the user has to fix; ``str(exc)`` is one line."""

    def __init__(self, message: str) -> None:
        super().__init__(one_line(message))


class CatalogError(DraftingError):
    """The prompt catalog (bundled data) is malformed: a bug in psassist, not user input."""


class AnswersError(DraftingError):
    """An answers file is unreadable, or lacks or misnames an answer."""


class TemplateError(DraftingError):
    """A template is missing, malformed, or failed while rendering (named with its line)."""


class ExportError(DraftingError):
    """The draft cannot be exported in the format asked for."""


class TargetExists(ExportError):
    """The export's file exists; each front end says how to replace it or choose another."""

    def __init__(self, path: object) -> None:
        self.path = path
        super().__init__(f"{path} already exists")


class TooLongForEras(ExportError):
    """The plain-text statement is over the ERAS character limit."""

    def __init__(self, count: int, limit: int) -> None:
        self.count = count
        self.limit = limit
        super().__init__(
            f"the statement has {count:,} characters; ERAS accepts at most "
            f"{limit:,} ({count - limit:,} over); shorten it before exporting"
        )
