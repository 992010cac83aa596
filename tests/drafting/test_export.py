"""Export: txt is ASCII prose within the ERAS limit; docx and md round-trip the text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from psassist.checks.eras import ERAS_CHARACTER_LIMIT
from psassist.drafting.errors import ExportError, TooLongForEras
from psassist.drafting.export import docx_document, eras_text, markdown_text
from psassist.drafting.paragraphs import as_document, split_paragraphs, tidy
from psassist.text import read_document
from psassist.text.plain import ascii_form, to_ascii

from .conftest import SAMPLE_WORKSPACE

TYPOGRAPHIC = (
    "\u201cI\u2019m ready,\u201d she said \u2014 and she was\u2026 "
    "Na\u00efve caf\u00e9 na\u00efvet\u00e9, Stra\u00dfe, 10\u201312 weeks.\n\n"
    "\u2022 Led the audit.\t\u00a0Twice.\n"
)


def test_txt_is_plain_ascii_punctuation() -> None:
    exported = eras_text(TYPOGRAPHIC)
    assert exported.text == (
        '"I\'m ready," she said - and she was... Naive cafe naivete, Strasse, 10-12 weeks.'
        "\n\nLed the audit. Twice."
    )
    exported.data.decode("ascii")
    assert exported.data.endswith(b".\n")
    assert exported.replaced["curly quote"] == 2 and exported.replaced["em dash"] == 1


def test_txt_removes_markdown_and_html() -> None:
    text = (
        "# My statement\n\nI **led** the *audit* and __taught__ [students](http://x.y).\n\n"
        "- first point\n- second point\n\n---\n\n<b>Bold</b> claim.\n"
    )
    exported = eras_text(text)
    assert exported.text == (
        "My statement\n\nI led the audit and taught students.\n\n"
        "first point second point\n\nBold claim."
    )
    assert exported.markdown_removed >= 8


def test_txt_refuses_what_has_no_ascii_form_with_its_position() -> None:
    with pytest.raises(ExportError) as caught:
        eras_text("Fine line.\n\nMy name in Arabic is \u0633\u0644\u0645\u0649 \U0001f600.\n")
    message = str(caught.value)
    assert message.startswith("line 3, column 22: arabic letter seen")
    assert "and 4 more such characters" in message


def test_txt_refuses_a_statement_over_the_eras_limit_with_the_count() -> None:
    paragraph = "word " * 1000
    text = "\n\n".join([paragraph.strip()] * 6)  # 6 x 4,999 + 10 = 30,004 characters
    with pytest.raises(TooLongForEras) as caught:
        eras_text(text)
    assert caught.value.count == 30_004
    assert "30,004 characters" in str(caught.value) and "28,000" in str(caught.value)
    eras_text("x" * ERAS_CHARACTER_LIMIT)  # exactly at the limit is accepted


def test_sample_drafts_export_to_ascii_within_the_limit() -> None:
    for path in sorted((SAMPLE_WORKSPACE / "drafts").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        exported = eras_text(text)
        exported.data.decode("ascii")
        assert exported.characters <= ERAS_CHARACTER_LIMIT
        assert exported.data.decode("ascii") == as_document(text)


def test_docx_round_trips(tmp_path: Path) -> None:
    text = (SAMPLE_WORKSPACE / "drafts" / "im-main.txt").read_text(encoding="utf-8")
    text += "\nA last paragraph with \u201ccurly\u201d quotes and an \u00e9.\n"
    exported = docx_document(text, title="im-main")
    path = tmp_path / "im-main.docx"
    path.write_bytes(exported.data)
    assert read_document(path).text == tidy(text)

    import docx

    document = docx.Document(str(path))
    assert [p.text for p in document.paragraphs] == split_paragraphs(text)
    assert document.core_properties.author == ""
    assert document.core_properties.title == "im-main"


def test_docx_refuses_control_characters() -> None:
    with pytest.raises(ExportError, match="paragraph 2: control character"):
        docx_document("Fine.\n\nBell \x07 here.")


def test_markdown_keeps_prose_as_prose() -> None:
    exported = markdown_text("# is a sign.\n\n- is a dash.\n\n1. is a number.\n\nPlain.")
    assert exported.text == "\\# is a sign.\n\n\\- is a dash.\n\n\\1. is a number.\n\nPlain."
    assert exported.data.decode("utf-8").endswith("Plain.\n")


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_to_ascii_is_ascii_or_says_why(text: str) -> None:
    plain = to_ascii(text)
    assert all(ord(c) < 128 for c in plain.text)
    for problem in plain.unconvertible:
        assert ascii_form(problem.char) is None


def test_word_txt_with_one_paragraph_a_line_keeps_its_paragraphs() -> None:
    """Word's "Save as .txt" ends each paragraph with one line break and no blank line
    (CRLF, which reading the file turns into "\\n")."""
    from psassist.drafting.export import eras_text

    text = (
        "I admitted patients every night.\nI presented them each morning.\n"
        "I want to train in internal medicine.\n"
    )
    exported = eras_text(text)
    assert exported.text.split("\n\n") == [
        "I admitted patients every night.",
        "I presented them each morning.",
        "I want to train in internal medicine.",
    ]
