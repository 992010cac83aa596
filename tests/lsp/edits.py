"""The client's side of positions: columns in code units and applying text edits, written
independently of the server's code so the tests check it rather than repeat it."""

from __future__ import annotations

from collections.abc import Sequence

from lsprotocol import types

#: LSP position encoding -> (Python codec, bytes per code unit)
CODECS = {"utf-16": ("utf-16-le", 2), "utf-8": ("utf-8", 1), "utf-32": ("utf-32-le", 4)}


def column(line: str, code_points: int, encoding: str = "utf-16") -> int:
    codec, width = CODECS[encoding]
    return len(line[:code_points].encode(codec)) // width


def offset_of(text: str, position: types.Position, encoding: str = "utf-16") -> int:
    codec, width = CODECS[encoding]
    lines = text.splitlines(keepends=True)
    start = sum(len(line) for line in lines[: position.line])
    line = lines[position.line] if position.line < len(lines) else ""
    units = line.encode(codec)[: position.character * width]
    return start + len(units.decode(codec))


def apply_edits(text: str, edits: Sequence[types.TextEdit], encoding: str = "utf-16") -> str:
    for edit in sorted(
        edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True
    ):
        start = offset_of(text, edit.range.start, encoding)
        end = offset_of(text, edit.range.end, encoding)
        text = text[:start] + edit.new_text + text[end:]
    return text


def covered(text: str, diagnostic: types.Diagnostic, encoding: str = "utf-16") -> str:
    """The document text a diagnostic's range covers."""
    return text[
        offset_of(text, diagnostic.range.start, encoding) : offset_of(
            text, diagnostic.range.end, encoding
        )
    ]
