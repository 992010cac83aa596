"""Line and column numbers must match what the writer sees in an editor."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from psassist.text import LineIndex


def test_positions_of_a_small_text() -> None:
    index = LineIndex("ab\ncd\n\n\u00e9")
    assert [index.position(i) for i in range(9)] == [
        (1, 1),
        (1, 2),
        (1, 3),
        (2, 1),
        (2, 2),
        (2, 3),
        (3, 1),
        (4, 1),
        (4, 2),
    ]


def test_empty_text_has_one_position() -> None:
    assert LineIndex("").position(0) == (1, 1)


def test_end_of_text_after_final_newline_is_a_new_line() -> None:
    assert LineIndex("one\n").position(4) == (2, 1)


def test_columns_count_code_points() -> None:
    index = LineIndex("caf\u00e9 \U0001f600 ok")
    assert index.position(7) == (1, 8)


@pytest.mark.parametrize("offset", [-1, 4])
def test_offsets_outside_the_text_are_refused(offset: int) -> None:
    with pytest.raises(ValueError, match="outside the text"):
        LineIndex("abc").position(offset)


# Characters str.splitlines treats as line ends besides "\n"; psassist texts count "\n" only.
OTHER_LINE_ENDS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
TEXT = st.text(st.characters(exclude_characters=OTHER_LINE_ENDS, exclude_categories=["Cs"]))


@settings(max_examples=300)
@given(TEXT)
def test_positions_agree_with_splitlines(text: str) -> None:
    index = LineIndex(text)
    lines = text.splitlines(keepends=True)
    for offset, char in enumerate(text):
        line, column = index.position(offset)
        assert lines[line - 1][column - 1] == char
        assert sum(len(previous) for previous in lines[: line - 1]) + column - 1 == offset
    end_line, end_column = index.position(len(text))
    assert end_line == text.count("\n") + 1
    assert end_column == len(text) - (text.rfind("\n") + 1) + 1
