"""The text of a Word .docx statement, as the applicant would paste it into ERAS.

python-docx opens and validates the package; the text is taken from the XML directly
because ``Paragraph.text`` skips runs nested in tracked insertions, content controls and
smart tags, and mentors often return statements with "Track Changes" on. The result is
the "accept all changes" reading: inserted text counts, deleted text does not.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable, Iterator
from typing import Protocol

import docx
from docx.oxml.ns import qn

from psassist.text.errors import InputError

# A statement's document.xml is tens of kilobytes; these only stop zip bombs.
MAX_PART_BYTES = 20_000_000
MAX_UNCOMPRESSED_BYTES = 50_000_000
MAX_PARTS = 10_000
_CHUNK = 64 * 1024

_W_P = qn("w:p")
_W_R = qn("w:r")
_ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
_INVALID = "not a valid Word .docx file"
_ARCHIVE_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    OSError,
    EOFError,
    ValueError,
    KeyError,
    RuntimeError,
    NotImplementedError,
)


class _Element(Protocol):
    """The slice of lxml's element API this module uses (python-docx runs define ``text``)."""

    @property
    def tag(self) -> str: ...
    @property
    def text(self) -> str | None: ...
    def getparent(self) -> _Element | None: ...
    def iter(self, tag: str) -> Iterator[_Element]: ...


def read_docx_text(data: bytes, name: str) -> str:
    """Non-empty paragraphs in document order, one blank line apart, like a plain-text statement.

    Raises InputError for anything that is not a readable Word document.
    """
    package = _bounded_package(data, name)
    try:
        body: _Element = docx.Document(io.BytesIO(package)).element.body
        paragraphs = [_paragraph_text(p) for p in _top_paragraphs(body.iter(_W_P))]
    except Exception as exc:  # python-docx and lxml raise many types for a damaged package
        raise InputError(name, f"{_INVALID} (the file is damaged)") from exc
    return "\n\n".join(text for text in paragraphs if text.strip())


def _bounded_package(data: bytes, name: str) -> bytes:
    """The package re-packed from parts decompressed under a hard cap; refuses zip bombs.

    A zip's directory may lie about sizes, and zipfile inflates a whole member in one call
    when asked for all of it, so each part is read in small chunks and counted here, and
    python-docx is handed a copy whose parts are stored, not compressed.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
        _check_directory(archive, infos, name)
    except _ARCHIVE_ERRORS as exc:
        raise InputError(name, f"{_INVALID} (not a zip archive)") from exc
    try:
        with archive:
            parts = {
                info.filename: _read_part(archive, info, name)
                for info in infos
                if not info.is_dir()
            }
    except _ARCHIVE_ERRORS as exc:  # a bad checksum: a size or the data lied
        raise InputError(name, f"{_INVALID} (the file is damaged)") from exc
    if sum(len(part) for part in parts.values()) > MAX_UNCOMPRESSED_BYTES:
        raise _too_large(name)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as copy:
        for filename, part in parts.items():
            copy.writestr(filename, part)
    return buffer.getvalue()


def _check_directory(archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo], name: str) -> None:
    """Refuse non-Word zips, and honest zip bombs before anything is decompressed."""
    if "mimetype" in archive.namelist() and _is_odt(archive):
        raise InputError(name, "looks like an OpenDocument .odt file; save it as .docx or .txt")
    if not any(info.filename.startswith("word/") for info in infos):
        raise InputError(name, f"{_INVALID} (no Word document inside)")
    if len(infos) > MAX_PARTS:
        raise InputError(name, f"{_INVALID} (it holds {len(infos):,} parts)")
    total = sum(info.file_size for info in infos)
    if total > MAX_UNCOMPRESSED_BYTES or any(i.file_size > MAX_PART_BYTES for i in infos):
        raise _too_large(name, total)


def _read_part(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> bytes:
    """One member, decompressed at most CHUNK bytes at a time and never past MAX_PART_BYTES."""
    chunks: list[bytes] = []
    size = 0
    with archive.open(info) as member:
        while chunk := member.read(_CHUNK):
            size += len(chunk)
            if size > MAX_PART_BYTES:
                raise _too_large(name)
            chunks.append(chunk)
    return b"".join(chunks)


def _too_large(name: str, size: int | None = None) -> InputError:
    exact = "" if size is None else f" ({size:,} bytes)"
    return InputError(name, f"Word file is too large when uncompressed{exact}")


def _is_odt(archive: zipfile.ZipFile) -> bool:
    with archive.open("mimetype") as member:
        return member.read(len(_ODT_MIMETYPE)) == _ODT_MIMETYPE


def _top_paragraphs(paragraphs: Iterable[_Element]) -> Iterator[_Element]:
    """Body and table-cell paragraphs; text-box paragraphs nest in another paragraph's run."""
    return (p for p in paragraphs if _owning_paragraph(p) is None)


def _owning_paragraph(element: _Element) -> _Element | None:
    parent = element.getparent()
    while parent is not None and parent.tag != _W_P:
        parent = parent.getparent()
    return parent


def _paragraph_text(paragraph: _Element) -> str:
    """All runs of this paragraph, wherever nested, but not those of its text boxes.

    python-docx's run text turns soft line breaks into "\\n" and tabs into "\\t", and
    leaves out deleted text and field codes.
    """
    runs = (r for r in paragraph.iter(_W_R) if _owning_paragraph(r) is paragraph)
    return "".join(run.text or "" for run in runs)
