"""Read a statement from a file or a stream into one normalized text; never judge it.

Every problem with the input becomes an InputError with a one-line reason, because the
people running this are applicants, not programmers, and a traceback helps nobody.
"""

from __future__ import annotations

import contextlib
import os
import stat
from dataclasses import dataclass
from typing import BinaryIO, Literal

from psassist.eras_facts import STATEMENT_CHARACTER_LIMIT
from psassist.text.docx_reader import read_docx_text
from psassist.text.encoding import decode_text, reject_known_formats
from psassist.text.errors import InputError

__all__ = [
    "MAX_DOCX_BYTES",
    "MAX_INPUT_BYTES",
    "MAX_INPUT_CHARACTERS",
    "Document",
    "Format",
    "InputError",
    "decode_text",
    "normalize_newlines",
    "read_document",
    "read_stream",
]

# ERAS takes 28,000 characters (STATEMENT_CHARACTER_LIMIT); refuse larger inputs rather than
# hang. Every rule is linear in the text, but spaCy and LanguageTool take seconds per
# 100,000 characters.
MAX_INPUT_CHARACTERS = 200_000
# Bytes read before decoding: 200,000 characters in UTF-32 (the widest encoding) fit.
MAX_INPUT_BYTES = 1_000_000
_ERAS_ADVICE = f"ERAS takes {STATEMENT_CHARACTER_LIMIT:,} characters"
# A .docx may carry fonts or a picture; its text is still held to MAX_INPUT_BYTES.
MAX_DOCX_BYTES = 10_000_000

Format = Literal["text", "markdown", "docx"]

_MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")


@dataclass(frozen=True)
class Document:
    """A statement as read, before any checking."""

    path: str  # display name as given by the user, or "<stdin>"
    text: str  # decoded, newlines normalized to "\n"
    encoding: str  # e.g. "utf-8", "utf-8-sig", "utf-16", "cp1252", "docx"
    format: Format


def normalize_newlines(text: str) -> str:
    """Windows (CRLF) and old Mac (CR) line ends become "\\n" so offsets mean one thing."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_document(path: str | os.PathLike[str]) -> Document:
    """Read a .txt, .md or .docx statement; "-" is a file name here, not stdin.

    Only regular files: a named pipe would block forever and a device never ends.
    """
    name = os.fspath(path)
    suffix = _suffix(name)
    limit = _size_limit(suffix, b"")
    with _open_regular(name) as file:
        size = os.fstat(file.fileno()).st_size
        if size > limit:
            raise _too_large(name, limit, size)
        data = _read_bounded(file, name, limit + 1)
    return _document_from_bytes(data, name, suffix)


def read_stream(stream: BinaryIO, name: str = "<stdin>") -> Document:
    """Read a piped statement, at most MAX_INPUT_BYTES + 1 bytes (more only for a .docx)."""
    data = _read_bounded(stream, name, MAX_INPUT_BYTES + 1)
    if len(data) > MAX_INPUT_BYTES and data.startswith(_ZIP_MAGIC):
        data += _read_bounded(stream, name, MAX_DOCX_BYTES + 1 - len(data))
    return _document_from_bytes(data, name, _suffix(name))


def _suffix(name: str) -> str:
    return os.path.splitext(name)[1].lower()


def _size_limit(suffix: str, head: bytes) -> int:
    is_docx = suffix == ".docx" or head.startswith(_ZIP_MAGIC)
    return MAX_DOCX_BYTES if is_docx else MAX_INPUT_BYTES


def _too_large(name: str, limit: int, size: int | None) -> InputError:
    exact = "" if size is None else f" ({size:,} bytes)"
    if limit == MAX_DOCX_BYTES:
        advice = "remove pictures or save it as .txt"
        return InputError(name, f"Word file is larger than {limit // 10**6} MB{exact}; {advice}")
    advice = _ERAS_ADVICE
    return InputError(name, f"file is larger than {limit // 10**6} MB{exact}; {advice}")


_KINDS = (
    (stat.S_ISFIFO, "is a named pipe, not a file"),
    (stat.S_ISSOCK, "is a socket, not a file"),
    (stat.S_ISCHR, "is a device, not a file"),
    (stat.S_ISBLK, "is a device, not a file"),
)


def _open_regular(name: str) -> BinaryIO:
    """Open without blocking (a FIFO with no writer would), then refuse what is not a file."""
    try:
        descriptor = os.open(
            name, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
        )
    except (OSError, ValueError) as exc:
        with contextlib.suppress(OSError, ValueError):  # a socket cannot even be opened
            _refuse_special(name, os.stat(name).st_mode)
        raise _os_error(name, exc) from exc
    try:
        _refuse_special(name, os.fstat(descriptor).st_mode)
        os.set_blocking(descriptor, True)
        return os.fdopen(descriptor, "rb")
    except BaseException:
        os.close(descriptor)
        raise


def _refuse_special(name: str, mode: int) -> None:
    if stat.S_ISDIR(mode):
        raise InputError(name, "is a directory")
    if not stat.S_ISREG(mode):
        kind = next((what for test, what in _KINDS if test(mode)), "is not a regular file")
        raise InputError(name, f"{kind}; give a statement file, or - for standard input")


def _read_bounded(stream: BinaryIO, name: str, limit: int) -> bytes:
    """Read until EOF or ``limit`` bytes; raw streams may return short reads."""
    chunks: list[bytes] = []
    remaining = limit
    try:
        while remaining > 0:
            chunk = stream.read(remaining)
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
    except (OSError, ValueError) as exc:
        raise _os_error(name, exc) from exc
    return b"".join(chunks)


def _os_error(name: str, exc: OSError | ValueError) -> InputError:
    if isinstance(exc, FileNotFoundError | NotADirectoryError):
        return InputError(name, "no such file")
    if isinstance(exc, IsADirectoryError):
        return InputError(name, "is a directory")
    if isinstance(exc, PermissionError):
        return InputError(name, "permission denied")
    if isinstance(exc, OSError):
        return InputError(name, f"cannot read it ({exc.strerror or exc})")
    return InputError(name, f"cannot read it ({exc})")


def _document_from_bytes(data: bytes, name: str, suffix: str) -> Document:
    limit = _size_limit(suffix, data)
    if len(data) > limit:
        raise _too_large(name, limit, None)
    if not data:
        raise InputError(name, "file is empty")
    reject_known_formats(data, name)
    if suffix == ".docx" or data.startswith(_ZIP_MAGIC):
        return _finish(name, read_docx_text(data, name), "docx", "docx")
    text, encoding = decode_text(data, name)
    text_format: Format = "markdown" if suffix in _MARKDOWN_SUFFIXES else "text"
    return _finish(name, text, encoding, text_format)


def _finish(name: str, text: str, encoding: str, text_format: Format) -> Document:
    """Refuse texts with nothing to check, or more than any statement could hold."""
    text = normalize_newlines(text)
    if text_format == "docx" and not text.strip():
        raise InputError(name, "document contains no text")
    if not text:
        raise InputError(name, "file is empty")
    if not text.strip():
        raise InputError(name, "file contains only whitespace")
    if len(text) > MAX_INPUT_CHARACTERS:
        raise InputError(
            name,
            f"text is {len(text):,} characters, more than the "
            f"{MAX_INPUT_CHARACTERS:,} psassist reads: a statement is at most "
            f"{STATEMENT_CHARACTER_LIMIT:,} (the ERAS limit), so check one "
            "statement at a time",
        )
    return Document(path=name, text=text, encoding=encoding, format=text_format)
