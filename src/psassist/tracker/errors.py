"""The tracker's exceptions: each message is one line a user can act on."""

from __future__ import annotations

from psassist.workspace.errors import one_line


class TrackerError(Exception):
    """Bad input or a state file that cannot be used; ``str(exc)`` is one line."""

    def __init__(self, message: str) -> None:
        super().__init__(one_line(message))


class CatalogError(TrackerError):
    """A season data file is missing, malformed or fails validation (a packaging bug)."""


class UnknownComponent(TrackerError):
    """An id that is not in the season's catalog; carries the closest known ids."""

    def __init__(self, wanted: str, suggestions: list[str], season: str) -> None:
        self.wanted = wanted
        self.suggestions = suggestions
        hint = (
            f"; did you mean {', '.join(suggestions)}?"
            if suggestions
            else "; `psassist tracker` lists the ids"
        )
        super().__init__(f"no component {wanted!r} in {season}{hint}")
