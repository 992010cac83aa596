"""Writing TOML with the standard library only (tomllib reads but cannot write).

Covers what psassist stores: tables, arrays of tables, strings, numbers, booleans,
dates and times. Strings with line breaks become multi-line strings so a person can read
and edit the file; everything round-trips through `tomllib.loads`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime, time
from typing import Any

_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")
_ESCAPES = {
    "\\": "\\\\",
    '"': '\\"',
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\f": "\\f",
    "\r": "\\r",
}


def _key(key: str) -> str:
    if not isinstance(key, str):
        raise TypeError(f"TOML keys are strings, not {type(key).__name__}")
    if _BARE_KEY.fullmatch(key):
        return key
    return '"' + "".join(_escape(c, multiline=False) for c in key) + '"'


def _escape(char: str, multiline: bool) -> str:
    if multiline and char == "\n":
        return char
    if char in _ESCAPES:
        return _ESCAPES[char]
    if ord(char) < 0x20 or ord(char) == 0x7F:
        return f"\\u{ord(char):04x}"
    return char


def _string(value: str) -> str:
    if "\n" in value:
        body = "".join(_escape(c, multiline=True) for c in value)
        return f'"""\n{body}"""'
    return '"' + "".join(_escape(c, multiline=False) for c in value) + '"'


def _is_table(value: object) -> bool:
    return isinstance(value, Mapping)


def _is_table_array(value: object) -> bool:
    return (
        isinstance(value, Sequence)
        and not isinstance(value, str | bytes)
        and len(value) > 0
        and all(_is_table(item) for item in value)
    )


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, Mapping):
        inner = ", ".join(f"{_key(k)} = {_value(v)}" for k, v in value.items())
        return "{ " + inner + " }" if inner else "{}"
    if isinstance(value, Sequence) and not isinstance(value, bytes):
        return "[" + ", ".join(_value(item) for item in value) + "]"
    if value is None:
        raise TypeError("TOML has no null; leave the key out instead")
    raise TypeError(f"cannot write a {type(value).__name__} as TOML")


def _table(data: Mapping[str, Any], path: tuple[str, ...], lines: list[str]) -> None:
    scalars = [(k, v) for k, v in data.items() if not _is_table(v) and not _is_table_array(v)]
    tables = [(k, v) for k, v in data.items() if _is_table(v)]
    arrays = [(k, v) for k, v in data.items() if _is_table_array(v)]
    for key, value in scalars:
        lines.append(f"{_key(key)} = {_value(value)}")
    for key, value in tables:
        sub = (*path, _key(key))
        if lines:
            lines.append("")
        lines.append("[" + ".".join(sub) + "]")
        _table(value, sub, lines)
    for key, items in arrays:
        sub = (*path, _key(key))
        for item in items:
            if lines:
                lines.append("")
            lines.append("[[" + ".".join(sub) + "]]")
            _table(item, sub, lines)


def dumps(data: Mapping[str, Any], header: str = "") -> str:
    """The TOML text of `data`; `header` lines are written first as comments."""
    lines = [f"# {line}".rstrip() for line in header.splitlines()]
    body: list[str] = []
    _table(data, (), body)
    if lines and body:
        lines.append("")
    return "\n".join(lines + body) + "\n"
