"""Decoding data files with errors that name the file and the line to fix by hand."""

from __future__ import annotations

import json
import re
import tomllib
from typing import Any

from psassist.workspace.errors import WorkspaceError

_TOML_POSITION = re.compile(r"^(?P<reason>.*?)\s*\(at line (?P<line>\d+), column (?P<col>\d+)\)$")
_TOML_END = re.compile(r"^(?P<reason>.*?)\s*\(at end of document\)$")


def decode_utf8(data: bytes, name: str) -> str:
    """UTF-8 (a BOM from Notepad is accepted); anything else names the byte's line."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise WorkspaceError(f"{name}, line {line}: not UTF-8 text; save it as UTF-8") from exc


def toml_error(name: str, exc: tomllib.TOMLDecodeError) -> WorkspaceError:
    message = str(exc)
    found = _TOML_POSITION.match(message)
    if found:
        return WorkspaceError(
            f"{name}, line {found['line']}, column {found['col']}: "
            f"{found['reason']} (fix the file by hand; psassist will not "
            "overwrite it)"
        )
    end = _TOML_END.match(message)
    reason = end["reason"] + " at the end of the file" if end else message
    return WorkspaceError(
        f"{name}: {reason} (fix the file by hand; psassist will not overwrite it)"
    )


def parse_toml(text: str, name: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise toml_error(name, exc) from exc


def parse_json(text: str, name: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise WorkspaceError(
            f"{name}, line {exc.lineno}, column {exc.colno}: {exc.msg} "
            "(fix the file by hand; psassist will not overwrite it)"
        ) from exc


def parse_data(text: str, name: str) -> Any:
    """Parse by suffix: .toml or .json; other files are not data and always pass."""
    if name.endswith(".toml"):
        return parse_toml(text, name)
    if name.endswith(".json"):
        return parse_json(text, name)
    return None


def is_data_name(name: str) -> bool:
    return name.endswith((".toml", ".json"))
