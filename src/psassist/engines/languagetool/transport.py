"""HTTP to a LanguageTool server with the standard library, and nothing else.

Loopback URLs bypass proxies from the environment (HTTP_PROXY and friends): the text of a
statement must not leave the machine through a proxy meant for web traffic. A remote URL
the user configured goes through the usual proxy settings, which may be needed to reach it.
"""

from __future__ import annotations

import http.client
import ipaddress
import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping

from psassist.engines.languagetool.errors import LanguageToolError


class LanguageToolConnectionError(LanguageToolError):
    """The server could not be reached (refused, reset), as opposed to being slow."""


_DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))
_DEFAULT = urllib.request.build_opener()
_HEADERS = {"Accept": "application/json", "User-Agent": "psassist"}


def normalize_url(url: str) -> str:
    """`http://host:8081`, `.../` and `.../v2` all mean the same server; return the first."""
    parsed = urllib.parse.urlsplit(url.strip())
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        raise LanguageToolError(f"LanguageTool URL {url!r} must look like http://host:port")
    path = parsed.path.rstrip("/")
    path = path.removesuffix("/v2")
    return urllib.parse.urlunsplit((parsed.scheme, parsed.netloc, path, "", ""))


def is_loopback(url: str) -> bool:
    host = urllib.parse.urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def get_json(url: str, timeout: float) -> object:
    request = urllib.request.Request(url, headers=_HEADERS, method="GET")
    return _send(request, timeout)


def post_form(url: str, fields: Mapping[str, str], timeout: float) -> object:
    body = urllib.parse.urlencode(fields).encode("utf-8")
    headers = {**_HEADERS, "Content-Type": "application/x-www-form-urlencoded; charset=utf-8"}
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")
    return _send(request, timeout)


def _send(request: urllib.request.Request, timeout: float) -> object:
    url = request.full_url
    opener = _DIRECT if is_loopback(url) else _DEFAULT
    try:
        with opener.open(request, timeout=timeout) as response:
            payload = response.read()
    except urllib.error.HTTPError as exc:
        detail = exc.read(500).decode("utf-8", "replace").strip().splitlines()
        first = detail[0][:200] if detail else exc.reason
        raise LanguageToolError(f"LanguageTool at {url} answered HTTP {exc.code}: {first}") from exc
    except (urllib.error.URLError, OSError, http.client.HTTPException) as exc:
        reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
        if isinstance(reason, TimeoutError):
            message = f"LanguageTool at {url} did not answer within {timeout:g} seconds"
            raise LanguageToolError(message) from exc
        message = f"no answer from LanguageTool at {url}: {reason}"
        raise LanguageToolConnectionError(message) from exc
    try:
        return json.loads(payload.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise LanguageToolError(f"LanguageTool at {url} did not answer with JSON") from exc
