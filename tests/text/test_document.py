"""Reading statements as applicants really save them: Word, Notepad, and the wrong file."""

from __future__ import annotations

import codecs
import io
import os
import pickle
import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from psassist.text import (
    MAX_DOCX_BYTES,
    MAX_INPUT_BYTES,
    MAX_INPUT_CHARACTERS,
    Document,
    InputError,
    decode_text,
    normalize_newlines,
    read_document,
    read_stream,
)
from psassist.text import document as document_module

STATEMENT = (
    "I don\u2019t remember a day \u2014 at the caf\u00e9 \u2026 \u201cDoctor\u201d \u2013 "
    "na\u00efve."
)
OLE2 = bytes.fromhex("D0CF11E0A1B11AE1")
NOT_DOCX = "not a valid Word .docx file"
# "I want to become a doctor, because medicine is my calling." in Russian.
RUSSIAN = (
    "\u042f \u0445\u043e\u0447\u0443 \u0441\u0442\u0430\u0442\u044c "
    "\u0432\u0440\u0430\u0447\u043e\u043c, \u043f\u043e\u0442\u043e\u043c\u0443 "
    "\u0447\u0442\u043e \u043c\u0435\u0434\u0438\u0446\u0438\u043d\u0430 - "
    "\u043c\u043e\u0451 \u043f\u0440\u0438\u0437\u0432\u0430\u043d\u0438\u0435."
)
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def read_bytes(tmp_path: Path, name: str, data: bytes) -> Document:
    return read_document(write(tmp_path, name, data))


def error_of(tmp_path: Path, name: str, data: bytes) -> str:
    path = write(tmp_path, name, data)
    with pytest.raises(InputError) as caught:
        read_document(path)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(f"{path}: ")
    reason: str = caught.value.reason
    return reason


# --- encodings --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (STATEMENT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + STATEMENT.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + STATEMENT.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + STATEMENT.encode("utf-16-be"), "utf-16"),
        (codecs.BOM_UTF32_LE + STATEMENT.encode("utf-32-le"), "utf-32"),
        (STATEMENT.encode("utf-16-le"), "utf-16-le"),
        (STATEMENT.encode("utf-16-be"), "utf-16-be"),
        (STATEMENT.encode("cp1252"), "cp1252"),
    ],
)
def test_every_encoding_reads_back_the_same_text(
    tmp_path: Path, data: bytes, encoding: str
) -> None:
    document = read_bytes(tmp_path, "statement.txt", data)
    assert document == Document(str(tmp_path / "statement.txt"), STATEMENT, encoding, "text")


def test_word_cp1252_bytes_become_the_right_characters() -> None:
    data = b"I don\x92t know \x97 caf\xe9 \x85 \x93quoted\x94 \x96 \x91yes\x92 r\xe9sum\xe9"
    text, encoding = decode_text(data, "s.txt")
    assert encoding == "cp1252"
    assert text == (
        "I don\u2019t know \u2014 caf\u00e9 \u2026 \u201cquoted\u201d \u2013 "
        "\u2018yes\u2019 r\u00e9sum\u00e9"
    )


@pytest.mark.parametrize(
    "text",
    [
        "caf\u00e9",
        "\u2019",
        "I don\u2019t",
        "\u201cQuoted\u201d",
        "Stra\u00dfe",
        "na\u00efve " * 2000,
    ],
)
def test_short_and_long_cp1252_texts_are_not_misdetected(text: str) -> None:
    # charset-normalizer alone says UTF-16 for "café", EBCDIC for 0x92 and cp1250 ("naďve").
    assert decode_text(text.encode("cp1252"), "s.txt") == (text, "cp1252")


def test_utf8_is_tried_first_so_smart_quotes_do_not_become_mojibake() -> None:
    data = "I don\u2019t".encode()  # b"I don\xe2\x80\x99t", "I donâ€™t" if read as cp1252
    assert decode_text(data, "s.txt") == ("I don\u2019t", "utf-8")


def test_acute_accent_used_as_apostrophe_stays_cp1252() -> None:
    assert decode_text(b"I don\xb4t know", "s.txt") == ("I don\u00b4t know", "cp1252")


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        (RUSSIAN, "cp1251"),
        (
            "Chc\u0119 zosta\u0107 lekarzem, poniewa\u017c medycyna jest moim powo\u0142aniem.",
            "cp1250",
        ),
    ],
)
def test_other_code_pages_go_to_charset_normalizer(text: str, encoding: str) -> None:
    assert decode_text(text.encode(encoding), "s.txt") == (text, encoding)


def test_cp1252_preferred_over_latin1_family_pick(monkeypatch: pytest.MonkeyPatch) -> None:
    from psassist.text import encoding as encoding_module

    monkeypatch.setattr(encoding_module, "_looks_western", lambda text: False)
    monkeypatch.setattr(encoding_module, "_guess", lambda data: ("caf\u00e9 \x92", "iso8859-1"))
    assert decode_text(b"caf\xe9 \x92", "s.txt") == ("caf\u00e9 \u2019", "cp1252")


@pytest.mark.parametrize(
    ("data", "label"),
    [
        (codecs.BOM_UTF16_LE + b"H\x00i\x00!", "UTF-16"),
        (codecs.BOM_UTF8 + b"caf\xe9", "UTF-8"),
    ],
)
def test_a_broken_byte_order_mark_promise_is_reported(data: bytes, label: str) -> None:
    with pytest.raises(InputError, match=f"has a {label} byte-order mark but is not valid {label}"):
        decode_text(data, "s.txt")


def test_undetectable_encoding_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    from psassist.text import encoding as encoding_module

    monkeypatch.setattr(encoding_module, "_guess", lambda data: None)
    with pytest.raises(InputError) as caught:
        decode_text("\u0413\u0434\u0435".encode("cp1251"), "s.txt")
    assert caught.value.reason == "cannot detect the text encoding; save it as UTF-8"


def test_a_few_control_characters_stay_in_the_text(tmp_path: Path) -> None:
    text = "A statement\x0b with a vertical tab and one \x01 stray control." * 3
    assert read_bytes(tmp_path, "s.txt", text.encode()).text == text


# --- newlines and formats ---------------------------------------------------------------


@pytest.mark.parametrize(
    "data", [b"one\r\ntwo\r\n\r\nthree", b"one\rtwo\r\rthree", b"one\r\ntwo\n\rthree"]
)
def test_crlf_and_cr_become_newlines(tmp_path: Path, data: bytes) -> None:
    assert read_bytes(tmp_path, "s.txt", data).text == "one\ntwo\n\nthree"


def test_utf16_crlf_is_normalized(tmp_path: Path) -> None:
    data = "one\r\ntwo".encode("utf-16")
    assert read_bytes(tmp_path, "s.txt", data).text == "one\ntwo"


def test_normalize_newlines_keeps_other_characters() -> None:
    assert normalize_newlines("a\r\n\r\nb\rc\n\td") == "a\n\nb\nc\n\td"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("s.md", "markdown"),
        ("S.MARKDOWN", "markdown"),
        ("s.txt", "text"),
        ("s.rst", "text"),
        ("statement", "text"),
    ],
)
def test_format_follows_the_extension(tmp_path: Path, name: str, expected: str) -> None:
    document = read_bytes(tmp_path, name, b"# Why medicine\n\n*Because* I care.\n")
    assert document.format == expected
    assert document.text == "# Why medicine\n\n*Because* I care.\n"


def test_path_is_the_display_name_as_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, "s.txt", b"Hello.")
    monkeypatch.chdir(tmp_path)
    assert read_document("s.txt").path == "s.txt"
    assert read_document(Path("s.txt")).path == "s.txt"


def test_dash_is_a_file_name_not_stdin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(InputError, match=r"^-: no such file$"):
        read_document("-")


def test_read_stream(tmp_path: Path) -> None:
    document = read_stream(io.BytesIO(STATEMENT.encode("cp1252") + b"\r\n"))
    assert document == Document("<stdin>", STATEMENT + "\n", "cp1252", "text")
    assert read_stream(io.BytesIO(b"# Title"), "notes.md").format == "markdown"


# --- bad input --------------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        read_document(tmp_path / "nope.txt")
    assert str(caught.value) == f"{tmp_path / 'nope.txt'}: no such file"


def test_missing_parent_is_no_such_file(tmp_path: Path) -> None:
    write(tmp_path, "s.txt", b"Hello.")
    with pytest.raises(InputError, match="no such file"):
        read_document(tmp_path / "s.txt" / "inner.txt")


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError) as caught:
        read_document(tmp_path)
    assert caught.value.reason == "is a directory"


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "s.txt", b"Hello.")

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(InputError) as caught:
        read_document(path)
    assert caught.value.reason == "permission denied"


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads anything")
def test_permission_denied_for_real(tmp_path: Path) -> None:
    path = write(tmp_path, "s.txt", b"Hello.")
    path.chmod(0)
    try:
        assert error_of(tmp_path, "s.txt", b"Hello.") == "permission denied"
    finally:
        path.chmod(0o600)


def test_other_os_errors_are_input_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "s.txt", b"Hello.")

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "open", broken)
    with pytest.raises(InputError, match=r"cannot read it \(Input/output error\)$"):
        read_document(path)


def test_unreadable_stream() -> None:
    class Broken(io.RawIOBase):
        def readable(self) -> bool:
            return True

        def readinto(self, buffer: object) -> int:
            raise OSError(5, "Input/output error")

    with pytest.raises(InputError, match=r"^<stdin>: cannot read it"):
        read_stream(io.BufferedReader(Broken()))


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "file is empty"),
        (codecs.BOM_UTF8, "file is empty"),
        (b" \r\n\t\n  ", "file contains only whitespace"),
        ("\u00a0\u3000\n".encode(), "file contains only whitespace"),
        (" \n".encode("utf-16"), "file contains only whitespace"),
    ],
)
def test_empty_and_blank_files(tmp_path: Path, data: bytes, reason: str) -> None:
    assert error_of(tmp_path, "s.txt", data) == reason


@pytest.mark.parametrize(
    "data",
    [
        b"\x7fELF\x02\x01\x01\x00" + bytes(200) + b"\x02\x00>\x00\x01\x00\x00\x00" + bytes(100),
        bytes.fromhex("89504e470d0a1a0a0000000d49484452") + bytes(range(256)) * 4,
        b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00,",
        bytes(range(256)) * 10,
        b"Hello\x00\x00\x00 world",
    ],
)
def test_binary_files(tmp_path: Path, data: bytes) -> None:
    assert error_of(tmp_path, "s.txt", data) == "not a text file (binary data)"


@pytest.mark.parametrize("name", ["notes.pdf", "notes.txt", "notes.docx"])
def test_pdf_is_named(tmp_path: Path, name: str) -> None:
    path = write(tmp_path, name, PDF + bytes(range(256)))
    with pytest.raises(InputError) as caught:
        read_document(path)
    assert str(caught.value) == f"{path}: looks like a PDF; save it as .txt or .docx"


def test_rtf_is_named(tmp_path: Path) -> None:
    data = b"{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} Hello}"
    assert error_of(tmp_path, "s.rtf", data) == "looks like an RTF file; save it as .txt or .docx"


def test_file_over_one_megabyte(tmp_path: Path) -> None:
    reason = error_of(tmp_path, "s.txt", b"a" * (MAX_INPUT_BYTES + 1))
    assert reason == "file is larger than 1 MB (1,000,001 bytes); ERAS takes 28,000 characters"


def test_the_longest_text_read_and_one_character_more(tmp_path: Path) -> None:
    limit = MAX_INPUT_CHARACTERS
    assert len(read_bytes(tmp_path, "s.txt", b"a" * limit).text) == limit
    reason = error_of(tmp_path, "s.txt", b"a" * (limit + 1))
    assert reason == (
        "text is 200,001 characters, more than the 200,000 psassist reads: a "
        "statement is at most 28,000 (the ERAS limit), so check one statement "
        "at a time"
    )


def test_cp1252_at_the_limit_is_accepted_though_longer_in_utf8(tmp_path: Path) -> None:
    data = (b"caf\xe9 don\x92t " * 100_000)[:MAX_INPUT_CHARACTERS]
    assert read_bytes(tmp_path, "s.txt", data).encoding == "cp1252"


def test_size_refuses_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "s.txt", b"a" * (MAX_INPUT_BYTES + 1))
    monkeypatch.setattr(document_module, "_read_bounded", pytest.fail)
    with pytest.raises(InputError, match="larger than 1 MB"):
        read_document(path)


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="needs /dev/zero")
def test_an_endless_device_is_refused() -> None:
    with pytest.raises(InputError, match=r"^/dev/zero: is a device, not a file; give a "):
        read_document("/dev/zero")


class EndlessStream:
    """Counts what psassist reads, to prove it never reads without bound."""

    def __init__(self) -> None:
        self.served = 0

    def read(self, size: int = -1) -> bytes:
        chunk = min(size, 4096) if size >= 0 else 4096  # short reads, as pipes give
        self.served += chunk
        return b"a" * chunk


def test_stream_read_is_bounded() -> None:
    stream = EndlessStream()
    with pytest.raises(InputError) as caught:
        read_stream(stream)  # type: ignore[arg-type]
    assert str(caught.value) == "<stdin>: file is larger than 1 MB; ERAS takes 28,000 characters"
    assert stream.served <= MAX_INPUT_BYTES + 1 + 4096


def test_input_error_is_one_line_and_pickles() -> None:
    error = InputError("evil\nname\x1b[31m.txt", "bad\r\nreason")
    assert str(error) == "evil\\nname\\x1b[31m.txt: bad\\r\\nreason"
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.path, copy.reason, str(copy)) == (error.path, error.reason, str(error))


# --- Word documents ---------------------------------------------------------------------


def docx_bytes(document: object) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)  # type: ignore[attr-defined]
    return buffer.getvalue()


def rezip(data: bytes, extra: dict[str, bytes], stored: bool = False) -> bytes:
    """The same package with some members replaced or added."""
    out = io.BytesIO()
    method = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", method) as target:
        for info in source.infolist():
            if info.filename not in extra:
                target.writestr(info.filename, source.read(info))
        for name, content in extra.items():
            target.writestr(name, content)
    return out.getvalue()


def test_docx_paragraphs_in_order_without_spacing_paragraphs(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Personal Statement", level=1)
    document.add_paragraph("")
    document.add_paragraph("First paragraph \u2014 caf\u00e9.")
    document.add_paragraph("")
    document.add_paragraph("   ")
    document.add_paragraph("Second paragraph.")
    page = document.add_paragraph()
    page.add_run().add_break(WD_BREAK.PAGE)
    document.add_paragraph("Third paragraph.")
    result = read_bytes(tmp_path, "statement.docx", docx_bytes(document))
    assert result.text == (
        "Personal Statement\n\nFirst paragraph \u2014 caf\u00e9.\n\nSecond paragraph.\n\n"
        "Third paragraph."
    )
    assert (result.encoding, result.format) == ("docx", "docx")


def test_docx_soft_line_breaks_and_tabs(tmp_path: Path) -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("\tLine one")
    paragraph.add_run().add_break()
    paragraph.add_run("line two")
    text = read_bytes(tmp_path, "s.docx", docx_bytes(document)).text
    assert text == "\tLine one\nline two"


def test_docx_tables_are_read_in_body_order(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Before.")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Cell A"
    table.cell(0, 1).text = "Cell B"
    document.add_paragraph("After.")
    text = read_bytes(tmp_path, "s.docx", docx_bytes(document)).text
    assert text == "Before.\n\nCell A\n\nCell B\n\nAfter."


def _tracked(tag: str, text_tag: str, text: str) -> object:
    change = OxmlElement(tag)
    change.set(qn("w:id"), "1")
    change.set(qn("w:author"), "Mentor")
    run = OxmlElement("w:r")
    text_element = OxmlElement(text_tag)
    text_element.set(qn("xml:space"), "preserve")
    text_element.text = text
    run.append(text_element)
    change.append(run)
    return change


def test_docx_tracked_changes_read_as_accepted(tmp_path: Path) -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("I ")
    paragraph._p.append(_tracked("w:ins", "w:t", "really "))
    paragraph._p.append(_tracked("w:del", "w:delText", "very "))
    paragraph.add_run("want this.")
    assert read_bytes(tmp_path, "s.docx", docx_bytes(document)).text == "I really want this."


def test_docx_hyperlink_text_is_kept(tmp_path: Path) -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("See ")
    paragraph._p.append(
        parse_xml(
            f'<w:hyperlink {nsdecls("w", "r")} r:id="rId99">'
            "<w:r><w:t>my site</w:t></w:r></w:hyperlink>"
        )
    )
    paragraph.add_run(".")
    assert read_bytes(tmp_path, "s.docx", docx_bytes(document)).text == "See my site."


def test_docx_text_box_paragraphs_are_not_merged_into_the_body(tmp_path: Path) -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("Body text.")
    paragraph._p.append(
        parse_xml(
            f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:textbox>'
            "<w:txbxContent><w:p><w:r><w:t>Box text</w:t></w:r></w:p></w:txbxContent>"
            "</v:textbox></w:pict></w:r>"
        )
    )
    assert read_bytes(tmp_path, "s.docx", docx_bytes(document)).text == "Body text."


def test_docx_found_by_content_whatever_its_name(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Hello from Word.")
    data = docx_bytes(document)
    assert read_bytes(tmp_path, "statement.txt", data).text == "Hello from Word."
    assert read_stream(io.BytesIO(data)).format == "docx"


def test_docx_with_a_picture_over_one_megabyte_reads_from_a_stream(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("Hello from Word.")
    data = rezip(docx_bytes(document), {"word/media/photo.bin": os.urandom(1_500_000)}, stored=True)
    assert len(data) > MAX_INPUT_BYTES
    assert read_stream(io.BytesIO(data)).text == "Hello from Word."
    assert read_bytes(tmp_path, "s.docx", data).text == "Hello from Word."


def test_docx_without_text(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("")
    document.add_paragraph(" \t ")
    assert error_of(tmp_path, "s.docx", docx_bytes(document)) == "document contains no text"


def test_zero_byte_docx_from_explorer_new_menu(tmp_path: Path) -> None:
    assert error_of(tmp_path, "s.docx", b"") == "file is empty"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"This is just text saved with a .docx name.", f"{NOT_DOCX} (not a zip archive)"),
        (b"PK\x03\x04 truncated", f"{NOT_DOCX} (not a zip archive)"),
        (OLE2 + bytes(1000), "old Word .doc format; save as .docx or .txt"),
        (
            OLE2 + bytes(100) + "EncryptedPackage".encode("utf-16-le") + bytes(100),
            "password-protected Word file; remove the password and save as .docx or .txt",
        ),
    ],
)
def test_corrupt_or_foreign_docx(tmp_path: Path, data: bytes, reason: str) -> None:
    assert error_of(tmp_path, "statement.docx", data) == reason


def test_renamed_doc(tmp_path: Path) -> None:
    data = OLE2 + bytes(2000)
    reason = error_of(tmp_path, "statement.doc", data)
    assert reason == "old Word .doc format; save as .docx or .txt"


def test_zip_without_word_document(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "hello")
    reason = error_of(tmp_path, "s.docx", buffer.getvalue())
    assert reason == "not a valid Word .docx file (no Word document inside)"


def test_docx_with_damaged_xml(tmp_path: Path) -> None:
    data = rezip(docx_bytes(docx.Document()), {"word/document.xml": b"<w:document><unclosed>"})
    assert error_of(tmp_path, "s.docx", data) == "not a valid Word .docx file (the file is damaged)"


def test_odt_is_named(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", "<office:document-content/>")
    reason = error_of(tmp_path, "s.odt", buffer.getvalue())
    assert reason == "looks like an OpenDocument .odt file; save it as .docx or .txt"


def test_docx_zip_bomb_is_refused(tmp_path: Path) -> None:
    data = docx_bytes(docx.Document())
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        xml = archive.read("word/document.xml")
    bomb = rezip(data, {"word/document.xml": xml + b" " * 21_000_000})
    assert len(bomb) < MAX_INPUT_BYTES
    assert "too large when uncompressed" in error_of(tmp_path, "s.docx", bomb)


def test_docx_text_over_the_limit_is_refused(tmp_path: Path) -> None:
    document = docx.Document()
    for _ in range(21):
        document.add_paragraph("x" * 10_000)
    assert error_of(tmp_path, "s.docx", docx_bytes(document)).startswith(
        "text is 210,040 characters, more than the 200,000 psassist reads"
    )


def test_docx_over_ten_megabytes_is_refused(tmp_path: Path) -> None:
    reason = error_of(tmp_path, "s.docx", b"PK\x03\x04" + bytes(MAX_DOCX_BYTES))
    assert reason.startswith("Word file is larger than 10 MB (10,000,004 bytes)")


# --- properties -------------------------------------------------------------------------

PREFIXES = [
    b"",
    codecs.BOM_UTF8,
    codecs.BOM_UTF16_LE,
    codecs.BOM_UTF16_BE,
    codecs.BOM_UTF32_LE,
    b"PK\x03\x04",
    b"PK\x05\x06",
    b"%PDF",
    OLE2,
    b"{\\rtf",
    b"\x00",
]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(PREFIXES), st.binary(max_size=400))
def test_decode_raises_only_input_error_and_round_trips(prefix: bytes, body: bytes) -> None:
    data = prefix + body
    try:
        text, encoding = decode_text(data, "s.txt")
    except InputError as error:
        assert "\n" not in str(error)
        return
    assert data.decode(encoding) == text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(PREFIXES), st.binary(max_size=400), st.sampled_from(["<stdin>", "s.docx"]))
def test_read_stream_raises_only_input_error(prefix: bytes, body: bytes, name: str) -> None:
    try:
        read_stream(io.BytesIO(prefix + body), name)
    except InputError as error:
        assert "\n" not in str(error)


PROSE = st.text(st.characters(exclude_categories=["Cc", "Cs"], exclude_characters="\ufeff"))


@settings(max_examples=200, deadline=None)
@given(PROSE.filter(str.strip))
def test_any_utf8_prose_reads_back_unchanged(text: str) -> None:
    assert read_stream(io.BytesIO(text.encode())) == Document("<stdin>", text, "utf-8", "text")


WESTERN_WORDS = st.sampled_from(
    [
        "I",
        "don\u2019t",
        "caf\u00e9",
        "r\u00e9sum\u00e9",
        "na\u00efve",
        "\u2014",
        "\u2013",
        "\u2026",
        "\u201cquoted\u201d",
        "patient",
        "clinic",
        "M\u00fcller",
        "se\u00f1or",
        "S\u00e3o Paulo",
        "G\u00f6teborg",
        "\u00a9",
        "50\u00b0",
        "residency",
        "\u2018why\u2019",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(WESTERN_WORDS, min_size=1, max_size=60))
def test_western_word_text_in_cp1252_reads_back_unchanged(words: list[str]) -> None:
    text = "During my internship in internal medicine, " + " ".join(words) + "\u2019s"
    assert decode_text(text.encode("cp1252"), "s.txt") == (text, "cp1252")
