"""The two ways LanguageTool can fail, so callers can tell "not set up" from "broke"."""

from __future__ import annotations


class LanguageToolError(Exception):
    """Something went wrong talking to or setting up LanguageTool; one-line message."""


class LanguageToolUnavailable(LanguageToolError):
    """LanguageTool cannot be used right now; `reason` says why and how to fix it.

    Checkers catch this to skip the grammar engine and tell the user, instead of failing.
    """

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
