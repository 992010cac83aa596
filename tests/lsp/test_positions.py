"""Offsets in psassist's normalized text to LSP positions and back, for every line end
and every position encoding; the expected columns come from Python's own codecs."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lsprotocol import types

from psassist.lsp.positions import DocumentText
from psassist.text import normalize_newlines
from tests.lsp.edits import CODECS, column, offset_of

MOON = "\U0001f319"  # outside the BMP: two UTF-16 units, four UTF-8 bytes


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
@pytest.mark.parametrize("encoding", sorted(CODECS))
def test_a_word_after_an_astral_character_on_a_later_line(newline: str, encoding: str) -> None:
    source = f"Title{newline}{newline}Night {MOON} call: I recieved her.{newline}"
    document = DocumentText(source, encoding)
    assert document.text == normalize_newlines(source)
    start = document.text.index("recieved")
    line = f"Night {MOON} call: I recieved her."
    expected = types.Position(line=2, character=column(line, line.index("recieved"), encoding))
    assert document.position(start) == expected
    assert document.offset(expected) == start
    assert document.range(start, start + 8).end.character == expected.character + 8


def test_utf16_counts_an_astral_character_twice_and_utf8_four_times() -> None:
    text = f"{MOON}x"
    assert DocumentText(text, "utf-16").position(1).character == 2
    assert DocumentText(text, "utf-8").position(1).character == 4
    assert DocumentText(text, "utf-32").position(1).character == 1
    assert DocumentText(text, "unknown-encoding").position(1).character == 2  # LSP default


def test_positions_outside_the_text_are_clamped() -> None:
    document = DocumentText("ab\r\ncd")
    assert document.offset(types.Position(line=0, character=99)) == 2  # end of line 0
    assert document.offset(types.Position(line=9, character=0)) == len("ab\ncd")
    assert document.position(99) == types.Position(line=1, character=2)
    # inside a surrogate pair: the character's start
    assert DocumentText(f"a{MOON}b").offset(types.Position(line=0, character=2)) == 1


def test_an_empty_document_has_one_empty_line() -> None:
    document = DocumentText("")
    assert document.position(0) == types.Position(line=0, character=0)
    assert document.offset(types.Position(line=0, character=0)) == 0


def test_only_lsps_line_ends_end_a_line() -> None:
    """Python's str.splitlines also splits at U+2028 or a form feed; LSP does not."""
    document = DocumentText("a\u2028b\x0cc\nd")
    assert document.position(5) == types.Position(line=0, character=5)
    assert document.position(6) == types.Position(line=1, character=0)


#: Characters the client-side helper (str.splitlines) would take for line ends.
_PYTHON_LINE_ENDS = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_LINES = st.lists(
    st.text(
        st.characters(exclude_categories=["Cs"], exclude_characters=_PYTHON_LINE_ENDS), max_size=12
    ),
    min_size=1,
    max_size=5,
)


@given(_LINES, st.sampled_from(["\n", "\r\n", "\r"]), st.sampled_from(sorted(CODECS)))
def test_every_offset_round_trips_through_the_clients_units(
    lines: list[str], newline: str, encoding: str
) -> None:
    source = newline.join(lines)
    document = DocumentText(source, encoding)
    for offset in range(len(document.text) + 1):
        position = document.position(offset)
        assert document.offset(position) == offset
        assert offset_of(document.text, position, encoding) == offset
