"""The one exception the text layer raises for input the user has to fix."""

from __future__ import annotations


def _one_line(value: str) -> str:
    """Escape control characters so a hostile file name cannot break the one-line message."""
    return "".join(
        c if c.isprintable() else c.encode("unicode_escape", "backslashreplace").decode("ascii")
        for c in value
    )


class InputError(Exception):
    """A file or stream that cannot be read as a statement; the CLI prints it, not a traceback.

    ``str(exc)`` is always a single line, ``"<display path>: <reason>"``.
    """

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{_one_line(path)}: {_one_line(reason)}")

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str]]:
        # The message is derived, so pickling (e.g. across processes) must resend the parts.
        return (type(self), (self.path, self.reason))
