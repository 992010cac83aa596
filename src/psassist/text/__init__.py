"""Reading a statement into one normalized text; this package never judges the text."""

from psassist.text.document import (
    MAX_DOCX_BYTES,
    MAX_INPUT_BYTES,
    MAX_INPUT_CHARACTERS,
    Document,
    Format,
    InputError,
    decode_text,
    normalize_newlines,
    read_document,
    read_stream,
)
from psassist.text.positions import LineIndex

__all__ = [
    "MAX_DOCX_BYTES",
    "MAX_INPUT_BYTES",
    "MAX_INPUT_CHARACTERS",
    "Document",
    "Format",
    "InputError",
    "LineIndex",
    "decode_text",
    "normalize_newlines",
    "read_document",
    "read_stream",
]
