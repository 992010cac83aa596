"""Turn the bytes of a text file into a string without guessing blindly.

Applicants write in Word on Windows, so besides UTF-8 the common case is Windows-1252
("Save as Plain Text" with the default encoding): curly quotes, dashes and a few accented
letters. charset-normalizer is unreliable on such text, which is mostly ASCII: it picks
cp1250 for long English text (turning "naïve" into "naďve"), UTF-16 for "café" and EBCDIC
for a lone right quote (0x92). So a Western-looking cp1252 reading wins, and the detector
is only asked about text that cp1252 cannot explain, such as Cyrillic or Greek code pages.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

from psassist.text.errors import InputError

_OLE2_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")

# Longest first: the UTF-32-LE mark starts with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Code pages whose reading of Word's text is cp1252's, minus the quotes and dashes in 0x80-0x9F.
_WESTERN_FAMILY = frozenset({"cp1252", "iso8859-1", "iso8859-15"})  # codecs.lookup names

# Control characters that do not occur in prose; tab, newlines and form feeds do. In raw
# bytes 0x80-0x9F are left out: cp1252 puts its quotes and dashes there.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_CONTROL_BYTES = re.compile(b"[\x00-\x08\x0e-\x1f\x7f]")

# A cp1252 symbol between two letters is how Central European text (cp1250) looks when read
# as cp1252: "powo³aniem", "poniewa¿". The acute accent and middle dot are left out because
# writers put them inside words on purpose ("don" + U+00B4 + "t").
_SYMBOL_INSIDE_WORD = re.compile(
    "[^\\W\\d_][\u00a1-\u00b3\u00b6\u00b8-\u00bf\u00d7\u00f7\u2020\u2021\u2022\u2030\u2122]"
    "[^\\W\\d_]"
)

_UNDETECTED = "cannot detect the text encoding; save it as UTF-8"
_BINARY = "not a text file (binary data)"


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """Decode a text file's bytes; the encoding returned re-decodes ``data`` to the same text.

    Raises InputError for binary data, other document formats and undetectable encodings.
    """
    reject_known_formats(data, name)
    decoded = _decode_with_bom(data, name) or _decode_bomless_utf16(data) or _decode_utf8(data)
    if decoded is None:
        _reject_binary_bytes(data, name)
        decoded = _decode_legacy(data, name)
    _reject_binary(decoded[0], name)
    return decoded


def reject_known_formats(data: bytes, name: str) -> None:
    """Name the format of files people mistake for text, so the fix is obvious."""
    head = data[:1024].lstrip(b" \t\r\n\x0c\x00").removeprefix(codecs.BOM_UTF8)
    if data.startswith(_OLE2_MAGIC):
        raise InputError(name, _ole2_reason(data))
    if head.startswith(b"%PDF"):
        raise InputError(name, "looks like a PDF; save it as .txt or .docx")
    if head.startswith(b"{\\rtf"):
        raise InputError(name, "looks like an RTF file; save it as .txt or .docx")


def _ole2_reason(data: bytes) -> str:
    """Word stores password-protected .docx files in the same container as old .doc files."""
    if _ENCRYPTED_PACKAGE in data:
        return "password-protected Word file; remove the password and save as .docx or .txt"
    return "old Word .doc format; save as .docx or .txt"


def _strict(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeError, LookupError):
        return None


def _decode_with_bom(data: bytes, name: str) -> tuple[str, str] | None:
    """A byte-order mark is a promise; a file that breaks it is damaged, not cp1252."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _strict(data, encoding)
            if text is not None:
                return text, encoding
            if encoding != "utf-32":  # a UTF-16 file may start with U+0000 after its mark
                label = encoding.removesuffix("-sig").upper()
                raise InputError(
                    name,
                    f"has a {label} byte-order mark but is not valid {label}; save it as UTF-8",
                )
    return None


def _decode_bomless_utf16(data: bytes) -> tuple[str, str] | None:
    """English in UTF-16 has a NUL in every other byte; accept only that clear pattern."""
    if len(data) < 4 or len(data) % 2 or 0 not in data:
        return None
    units = len(data) // 2
    even_nuls, odd_nuls = data[0::2].count(0), data[1::2].count(0)
    for nuls, stray, encoding in (
        (odd_nuls, even_nuls, "utf-16-le"),
        (even_nuls, odd_nuls, "utf-16-be"),
    ):
        if nuls * 2 >= units and stray * 50 <= units:
            text = _strict(data, encoding)
            if text is not None:
                return text, encoding
    return None


def _decode_utf8(data: bytes) -> tuple[str, str] | None:
    text = _strict(data, "utf-8")
    return None if text is None else (text, "utf-8")


def _decode_legacy(data: bytes, name: str) -> tuple[str, str]:
    """Single-byte code pages: cp1252 when it reads as Western text, else ask the detector."""
    western = _strict(data, "cp1252")
    if western is not None and _looks_western(western):
        return western, "cp1252"
    guess = _guess(data)
    if guess is None:
        raise InputError(name, _UNDETECTED)
    if western is not None and guess[1] in _WESTERN_FAMILY:
        return western, "cp1252"
    return guess


def _looks_western(text: str) -> bool:
    """English with some accented names has few non-ASCII letters, and none of them symbols."""
    letters = sum(1 for c in text if c.isalpha())
    accented = sum(1 for c in text if not c.isascii() and c.isalpha())
    return accented * 3 <= max(letters, 3) and _SYMBOL_INSIDE_WORD.search(text) is None


def _guess(data: bytes) -> tuple[str, str] | None:
    """charset-normalizer's pick, decoded strictly; UTF-16/32 picks are noise at this point."""
    try:
        best = charset_normalizer.from_bytes(data).best()
        encoding = None if best is None else codecs.lookup(best.encoding).name
    except Exception:  # a third-party detector must not turn bad input into a traceback
        return None
    if encoding is None or encoding.startswith(("utf-16", "utf-32")):
        return None
    text = _strict(data, encoding)
    return None if text is None else (text, encoding)


def _reject_binary(text: str, name: str) -> None:
    if _too_many_controls(len(text), text.count("\x00"), len(_CONTROL.findall(text))):
        raise InputError(name, _BINARY)


def _reject_binary_bytes(data: bytes, name: str) -> None:
    """Checked before guessing a code page: control bytes mean the same in all of them."""
    if _too_many_controls(len(data), data.count(0), len(_CONTROL_BYTES.findall(data))):
        raise InputError(name, _BINARY)


def _too_many_controls(length: int, nuls: int, controls: int) -> bool:
    """A few stray control characters are typos; NULs or many controls mean it is not text."""
    return nuls * 100 > length or controls * 20 > length
