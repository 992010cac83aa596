"""A draft as the file the applicant needs: txt for the ERAS box, md, or docx for a mentor.

txt follows what ERAS wants (DOMAIN.md section 1): plain text, since word processors add
"hidden and invalid formatting" [OFF]; ASCII punctuation, since smart quotes, dashes and
bullets are reported to arrive garbled [SEC]; no Markdown, which ERAS shows literally;
single blank lines between paragraphs [SEC]; and at most 28,000 characters [OFF].
A character with no ASCII form is refused with its line and column rather than dropped.
`export_to_file` is the one way both the CLI and the app write an export.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from psassist.checks.eras import ERAS_CHARACTER_LIMIT, eras_character_count
from psassist.drafting.errors import ExportError, TargetExists, TooLongForEras
from psassist.drafting.paragraphs import statement_paragraphs
from psassist.text.plain import describe, to_ascii
from psassist.workspace.atomic import atomic_write

FORMATS = ("txt", "md", "docx")

_MARKDOWN_LINE = (
    (re.compile(r"^#{1,6}[ \t]+"), ""),  # heading
    (re.compile(r"^>[ \t]?"), ""),  # quotation block
    (re.compile(r"^(?:[-*+]|\d{1,2}[.)])[ \t]+"), ""),  # list item
)
_MARKDOWN_RULE = re.compile(r"^(?:-{3,}|\*{3,}|_{3,})$")
_MARKDOWN_INLINE = (
    (re.compile(r"\*\*([^*\n]+)\*\*"), r"\1"),
    (re.compile(r"__([^_\n]+)__"), r"\1"),
    (re.compile(r"(?<![\w*])\*([^*\s][^*\n]*)\*(?![\w*])"), r"\1"),
    (re.compile(r"\[([^\]\n]+)\]\([^)\s]+\)"), r"\1"),
    (re.compile(r"</?(?:b|i|u|p|br|em|strong|div|span|ul|ol|li|h[1-6])\b[^>]*>", re.I), ""),
)
_MARKDOWN_BLOCK_START = re.compile(r"^(?:#|>|[-*+][ \t]|\d{1,2}[.)][ \t]|-{3,}$|={3,}$)")
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


@dataclass(frozen=True)
class Exported:
    data: bytes
    format: str
    text: str  # what the file holds, as text (for docx: its paragraphs, one blank line apart)
    characters: int  # as ERAS counts them
    replaced: Counter[str] = field(default_factory=Counter)  # txt: description -> count
    markdown_removed: int = 0  # txt: Markdown or HTML marks taken out


def _strip_markdown(text: str) -> tuple[str, int]:
    removed = 0
    lines = []
    for line in text.split("\n"):
        stripped = line.strip()
        if _MARKDOWN_RULE.match(stripped):
            removed += 1
            lines.append("")
            continue
        for pattern, replacement in _MARKDOWN_LINE:
            stripped, count = pattern.subn(replacement, stripped)
            removed += count
        for pattern, replacement in _MARKDOWN_INLINE:
            stripped, count = pattern.subn(replacement, stripped)
            removed += count
        lines.append(stripped)
    return "\n".join(lines), removed


def eras_text(text: str) -> Exported:
    """The statement as ERAS's plain-text box wants it, or ExportError saying what to fix."""
    plain = to_ascii(text)
    if plain.unconvertible:
        first = plain.unconvertible[0]
        more = len(plain.unconvertible) - 1
        also = f" (and {more} more such character{'s' if more > 1 else ''})" if more else ""
        raise ExportError(
            f"line {first.line}, column {first.column}: {describe(first.char)} "
            f"({first.char!r}) has no plain-text form; replace it in the draft{also}"
        )
    stripped, removed = _strip_markdown(plain.text)
    body = "\n\n".join(statement_paragraphs(stripped))
    count = eras_character_count(body)
    if count > ERAS_CHARACTER_LIMIT:
        raise TooLongForEras(count, ERAS_CHARACTER_LIMIT)
    return Exported((body + "\n").encode("ascii"), "txt", body, count, plain.replaced, removed)


def markdown_text(text: str) -> Exported:
    """Paragraphs as Markdown that renders as the same prose (a leading '#' or '-' escaped)."""
    paragraphs = statement_paragraphs(text)
    escaped = ["\\" + p if _MARKDOWN_BLOCK_START.match(p) else p for p in paragraphs]
    body = "\n\n".join(escaped)
    return Exported(
        (body + "\n").encode("utf-8"), "md", body, eras_character_count("\n\n".join(paragraphs))
    )


def docx_document(text: str, title: str = "") -> Exported:
    """A Word file with one paragraph per paragraph, for a mentor's review."""
    import docx

    paragraphs = statement_paragraphs(text)
    for number, paragraph in enumerate(paragraphs, start=1):
        bad = _XML_INVALID.search(paragraph)
        if bad:
            raise ExportError(
                f"paragraph {number}: control character {bad.group()!r} cannot "
                "be written to a Word file; remove it from the draft"
            )
    document = docx.Document()
    properties = document.core_properties
    properties.author = ""
    properties.last_modified_by = ""
    properties.comments = ""
    properties.title = title
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    body = "\n\n".join(paragraphs)
    return Exported(buffer.getvalue(), "docx", body, eras_character_count(body))


def export(text: str, format: str, title: str = "") -> Exported:
    if format == "txt":
        return eras_text(text)
    if format == "md":
        return markdown_text(text)
    if format == "docx":
        return docx_document(text, title)
    raise ExportError(f"unknown format {format!r}; choose one of: {', '.join(FORMATS)}")


def check_target(
    output: Path, *, workspace_root: Path | None = None, replace: bool = False
) -> Path:
    """The resolved file to write, or ExportError saying why `output` cannot be used.

    An export never lands inside the workspace (it would bypass the history) and never
    replaces a file unless `replace` is given (TargetExists otherwise).
    """
    resolved = output.expanduser().resolve()
    if workspace_root is not None and resolved.is_relative_to(workspace_root.resolve()):
        raise ExportError(
            f"{output} is inside the workspace {workspace_root}; export to a "
            "file outside it (the workspace keeps drafts and their history)"
        )
    if resolved.is_dir():
        raise ExportError(f"{output} is a folder; give a file name")
    if not resolved.parent.is_dir():
        raise ExportError(f"{output.parent} does not exist")
    if resolved.exists() and not replace:
        raise TargetExists(output)
    return resolved


def export_to_file(
    text: str,
    format: str,
    output: Path,
    *,
    title: str = "",
    workspace_root: Path | None = None,
    replace: bool = False,
) -> Exported:
    """Export `text` and write it to `output` atomically; nothing is written on an error.

    ExportError (or a subclass) for a text or a target that cannot be used, OSError when
    the write itself fails.
    """
    exported = export(text, format, title=title)
    atomic_write(
        check_target(output, workspace_root=workspace_root, replace=replace), exported.data
    )
    return exported
