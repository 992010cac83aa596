"""Send text to a LanguageTool server and turn its answer into `LTMatch` values.

This is a small urllib client rather than language_tool_python's `LanguageTool(...,
remote_server=url)`, which works against our server but (3.4.0) goes through `requests`,
so an HTTP_PROXY in the environment would receive statement text even for 127.0.0.1;
fixes offsets after emoji but not lengths of matches that contain one; keeps that
correction in class-wide state (not thread-safe); drops category names; NFKC-normalizes
messages; waits up to 300 s and silently re-POSTs on connection errors.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass, replace

from psassist.engines.languagetool.errors import LanguageToolError
from psassist.engines.languagetool.transport import (
    LanguageToolConnectionError,
    normalize_url,
    post_form,
)

MAX_REPLACEMENTS = 5
#: Texts longer than this are sent in pieces cut at paragraph breaks. Statements (~5k
#: characters) go in one request; the piece size stays under common server limits.
CHUNK_SIZE = 20_000


@dataclass(frozen=True)
class LTMatch:
    """One LanguageTool finding; offsets count Python code points of the checked text."""

    offset: int
    length: int
    rule_id: str
    category_id: str
    category_name: str
    issue_type: str
    message: str
    short_message: str
    replacements: tuple[str, ...]
    sentence: str


class LanguageToolClient:
    """Checks text against one server: psassist's local one or the user's own."""

    def __init__(
        self,
        url: str,
        language: str = "en-US",
        *,
        timeout: float = 60.0,
        chunk_size: int = CHUNK_SIZE,
        on_use: Callable[[], None] | None = None,
        reconnect: Callable[[], str] | None = None,
        version: str | None = None,
        note: str = "",
    ) -> None:
        """`on_use` runs before and after every request (the local server's heartbeat);
        `reconnect` returns a fresh URL when the server stopped answering (it may have
        been stopped for idleness while a long-lived psassist kept this client)."""
        self._url = normalize_url(url)
        self.language = language
        self.timeout = timeout
        self.chunk_size = chunk_size
        self._on_use = on_use
        self._reconnect = reconnect
        #: The LanguageTool version: as installed, then as the server reports it.
        self.server_version: str | None = version
        self._note = note

    @property
    def url(self) -> str:
        return self._url

    def describe(self) -> str:
        """One line for reports, e.g. `LanguageTool 6.7 at http://127.0.0.1:40329 (...)`."""
        version = f" {self.server_version}" if self.server_version else ""
        note = f" ({self._note})" if self._note else ""
        return f"LanguageTool{version} at {self._url}{note}"

    def check(self, text: str) -> list[LTMatch]:
        """All matches in `text`, ordered by offset; LanguageToolError if the server fails."""
        matches: list[LTMatch] = []
        for start, piece in split_text(text, self.chunk_size):
            if piece.strip():
                matches.extend(_shift(m, start) for m in self._check_piece(piece))
        return sorted(matches, key=lambda m: (m.offset, m.length))

    def _check_piece(self, piece: str) -> list[LTMatch]:
        fields = {"text": piece, "language": self.language}
        timeout = self.timeout + len(piece) / 500.0
        self._used()
        try:
            data = post_form(f"{self._url}/v2/check", fields, timeout)
        except LanguageToolConnectionError:
            if self._reconnect is None:
                raise
            self._url = normalize_url(self._reconnect())
            data = post_form(f"{self._url}/v2/check", fields, timeout)
        finally:
            self._used()  # idle time counts from the end of the last check
        return self._parse(data, piece)

    def _used(self) -> None:
        if self._on_use is not None:
            self._on_use()

    def _parse(self, data: object, piece: str) -> list[LTMatch]:
        if not isinstance(data, dict) or not isinstance(data.get("matches"), list):
            raise LanguageToolError(f"unexpected answer from LanguageTool at {self._url}")
        software = data.get("software")
        if isinstance(software, dict) and isinstance(software.get("version"), str):
            self.server_version = software["version"]
        warnings = data.get("warnings")
        if isinstance(warnings, dict) and warnings.get("incompleteResults"):
            raise LanguageToolError(
                f"LanguageTool at {self._url} returned incomplete results (server time limit)"
            )
        to_code_points = utf16_to_code_points(piece)
        return [_match(raw, to_code_points) for raw in data["matches"] if isinstance(raw, dict)]


def split_text(text: str, limit: int) -> list[tuple[int, str]]:
    """Cut `text` into pieces of at most `limit` characters, preferably after a blank
    line, else after a line break, a sentence end or a space; returns (start, piece)."""
    if len(text) <= limit:
        return [(0, text)]
    pieces: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = min(start + limit, len(text))
        if end < len(text):
            for separator in ("\n\n", "\n", ". ", " "):
                cut = text.rfind(separator, start + 1, end)
                if cut > start:
                    end = cut + len(separator)
                    break
        pieces.append((start, text[start:end]))
        start = end
    return pieces


def utf16_to_code_points(text: str) -> Callable[[int], int]:
    """LanguageTool (Java) counts UTF-16 units; an emoji is 2 there and 1 in Python."""
    if all(ord(char) <= 0xFFFF for char in text):
        return lambda offset: offset
    starts: list[int] = []  # UTF-16 offset at which each code point starts
    position = 0
    for char in text:
        starts.append(position)
        position += 2 if ord(char) > 0xFFFF else 1
    starts.append(position)
    return lambda offset: bisect.bisect_left(starts, offset)


def _match(raw: dict[str, object], to_code_points: Callable[[int], int]) -> LTMatch:
    rule = _dict(raw.get("rule"))
    category = _dict(rule.get("category"))
    offset16 = _int(raw.get("offset"))
    start = to_code_points(offset16)
    end = to_code_points(offset16 + _int(raw.get("length")))
    replacements = raw.get("replacements")
    values = [
        str(item["value"])
        for item in (replacements if isinstance(replacements, list) else [])
        if isinstance(item, dict) and "value" in item
    ]
    return LTMatch(
        offset=start,
        length=end - start,
        rule_id=str(rule.get("id", "")),
        category_id=str(category.get("id", "")),
        category_name=str(category.get("name", "")),
        issue_type=str(rule.get("issueType", "")),
        message=str(raw.get("message", "")),
        short_message=str(raw.get("shortMessage") or ""),
        replacements=tuple(values[:MAX_REPLACEMENTS]),
        sentence=str(raw.get("sentence", "")),
    )


def _shift(match: LTMatch, start: int) -> LTMatch:
    return replace(match, offset=match.offset + start) if start else match


def _dict(value: object) -> dict[str, object]:
    return value if isinstance(value, dict) else {}


def _int(value: object) -> int:
    return value if isinstance(value, int) else 0
