"""Marks stay on their words while the text changes, and are found by row and by cursor."""

from __future__ import annotations

import random

from psassist.findings import Category, Finding, LocatedFinding, Severity
from psassist.tui.marks import Location, Marks, edit_between

TEXT = "I saw the the patient.\n\nHe was very very tired today.\n"
ALL = frozenset(Category)


def located(
    text: str,
    words: str,
    category: Category = Category.STYLE,
    severity: Severity = Severity.WARNING,
    nth: int = 0,
) -> LocatedFinding:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    finding = Finding("style.test", category, severity, start, start + len(words), "m")
    return LocatedFinding(finding, text.count("\n", 0, start) + 1, 1)


def replace(text: str, top: Location, bottom: Location, new: str) -> tuple[str, Location]:
    """`text` with the range replaced, and where the new text ends (what TextArea reports)."""
    lines = text.split("\n")

    def offset(location: Location) -> int:
        return sum(len(line) + 1 for line in lines[: location[0]]) + location[1]

    result = text[: offset(top)] + new + text[offset(bottom) :]
    end_offset = offset(top) + len(new)
    row = result.count("\n", 0, end_offset)
    return result, (row, end_offset - (result.rfind("\n", 0, end_offset) + 1))


def words_of(marks: Marks, text: str) -> list[str]:
    lines = text.split("\n")
    return [lines[m.start[0]][m.start[1] : m.end[1]] for m in marks]


def test_place_turns_offsets_into_rows_and_columns() -> None:
    marks = Marks.place(TEXT, [located(TEXT, "the the"), located(TEXT, "very very")])
    assert [(m.start, m.end) for m in marks] == [((0, 6), (0, 13)), ((2, 7), (2, 16))]
    assert [m.words for m in marks] == ["the the", "very very"]
    assert [s.mark.words for s in marks.row(2)] == ["very very"]
    assert marks.row(1) == ()


def edited(text: str, marks: Marks, top: Location, bottom: Location, new: str) -> tuple[str, range]:
    text, end = replace(text, top, bottom, new)
    return text, marks.edit(top, bottom, end)


def test_typing_before_a_mark_moves_it_and_only_its_row_is_redone() -> None:
    marks = Marks.place(TEXT, [located(TEXT, "the the"), located(TEXT, "very very")])
    text, rows = edited(TEXT, marks, (0, 0), (0, 0), "Yes, ")
    assert words_of(marks, text) == ["the the", "very very"]
    assert rows == range(0, 1)
    assert marks.row(2)[0].mark.start == (2, 7)  # the later row is untouched


def test_typing_at_a_marks_edges_does_not_grow_it_but_typing_inside_does() -> None:
    marks = Marks.place(TEXT, [located(TEXT, "the the")])
    text, _ = edited(TEXT, marks, (0, 6), (0, 6), "X")  # at its start
    text, _ = edited(text, marks, (0, 14), (0, 14), "Y")  # at its end
    assert words_of(marks, text) == ["the the"]
    text, _ = edited(text, marks, (0, 10), (0, 10), "ZZ")  # inside
    assert words_of(marks, text) == ["theZZ the"]


def test_a_new_line_moves_the_rows_below() -> None:
    marks = Marks.place(TEXT, [located(TEXT, "the the"), located(TEXT, "very very")])
    text, rows = edited(TEXT, marks, (0, 22), (0, 22), "\nAnd more.")
    assert words_of(marks, text) == ["the the", "very very"]
    assert marks.row(3)[0].mark.start == (3, 7) and marks.row(2) == ()
    assert rows.start == 0 and 3 in rows
    text, _ = edited(text, marks, (0, 22), (1, 0), "")  # join the lines again
    assert words_of(marks, text) == ["the the", "very very"]
    assert marks.row(2)[0].mark.start == (2, 7)


def test_deleting_or_replacing_a_marks_words_drops_it_and_moves_the_ones_after() -> None:
    text = "the the cat and the the dog"
    marks = Marks.place(text, [located(text, "the the"), located(text, "the the", nth=1)])
    text, _ = edited(text, marks, (0, 0), (0, 7), "the")  # a fix applied to the first
    assert words_of(marks, text) == ["the the"]
    assert [m.start for m in marks] == [(0, 12)]  # four characters earlier
    text, _ = edited(text, marks, (0, 11), (0, 23), "")  # a deletion over the second
    assert len(marks) == 0 and marks.row(0) == ()


def test_the_mark_under_the_cursor() -> None:
    text = "He was very very tired."
    hard = located(text, "He was very very tired.", Category.READABILITY, Severity.INFO)
    doubled = located(text, "very very", Category.STYLE, Severity.WARNING)
    marks = Marks.place(text, [hard, doubled])
    assert marks.at((0, 0), ALL).located is hard  # type: ignore[union-attr]
    assert marks.at((0, 9), ALL).located is doubled  # type: ignore[union-attr]  # more serious
    assert marks.at((0, 16), ALL).located is hard  # type: ignore[union-attr]  # holds it
    only_style = frozenset({Category.STYLE})
    assert marks.at((0, 16), only_style).located is doubled  # type: ignore[union-attr]  # ends
    assert marks.at((0, 2), only_style) is None  # the readability mark is hidden
    held = marks.at((0, 9), ALL, prefer=marks.of(hard))
    assert held is not None and held.located is hard


def test_next_and_previous_visit_every_shown_mark_and_wrap() -> None:
    text = "one two three"
    first = located(text, "one", Category.STYLE)
    same_start = located(text, "one two", Category.READABILITY)
    last = located(text, "three", Category.GRAMMAR)
    marks = Marks.place(text, [first, same_start, last])
    mark = marks.at((0, 0), ALL)  # the cursor's mark, as the editor tracks it
    assert mark is not None and mark.located is first  # the shorter of the two
    seen = []
    for _ in range(3):
        mark = marks.after(mark.start, ALL, mark)
        assert mark is not None
        seen.append(mark.located)
    assert seen == [same_start, last, first]  # both marks at one place, then wrapped
    back = marks.before((0, 0), ALL, marks.of(same_start))
    assert back is not None and back.located is first
    backwards = marks.before((0, 0), ALL)
    assert backwards is not None and backwards.located is last  # wrapped to the end
    grammar_only = frozenset({Category.GRAMMAR})
    assert marks.after((0, 9), grammar_only) is marks.after((0, 0), grammar_only)
    assert marks.after((0, 0), frozenset()) is None


def test_drop_forgets_a_rules_marks() -> None:
    marks = Marks.place(TEXT, [located(TEXT, "the the"), located(TEXT, "very very")])
    marks.drop(lambda m: m.words == "the the")
    assert [m.words for m in marks] == ["very very"] and marks.row(0) == ()


def test_edit_between_finds_the_one_change() -> None:
    assert edit_between("abc\ndef", "abc\ndef") is None
    assert edit_between("abc\ndef", "abXc\ndef") == ((0, 2), (0, 2), (0, 3))
    assert edit_between("abc\ndef", "adef") == ((0, 1), (1, 0), (0, 1))
    rng = random.Random(11)
    for _ in range(300):
        before = "".join(rng.choice("ab\n") for _ in range(rng.randrange(12)))
        after = "".join(rng.choice("ab\n") for _ in range(rng.randrange(12)))
        change = edit_between(before, after)
        if change is None:
            assert before == after
            continue
        top, bottom, end = change
        rebuilt, new_end = replace(before, top, bottom, _inserted(after, top, end))
        assert rebuilt == after and new_end == end


def _inserted(text: str, top: Location, end: Location) -> str:
    lines = text.split("\n")

    def offset(location: Location) -> int:
        return sum(len(line) + 1 for line in lines[: location[0]]) + location[1]

    return text[offset(top) : offset(end)]
