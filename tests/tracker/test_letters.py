"""Letters of recommendation: ids, dates, and the ERAS limit of letters per program."""

from __future__ import annotations

from datetime import date

import pytest

from psassist.tracker import Catalog, TrackerError, TrackerState
from psassist.tracker.letters import (
    add_letter,
    assign,
    letters_for,
    over_limit,
    remove_letter,
    unassign,
    update_letter,
)
from psassist.tracker.overview import state_problems
from psassist.tracker.state import Letter

PROGRAM = "Quillmere Medical Center"


def _with_letters(count: int) -> TrackerState:
    state = TrackerState()
    for number in range(count):
        state, _ = add_letter(state, f"Dr. Writer {number + 1}", "Internal Medicine")
    return state


def test_letters_get_the_next_free_id() -> None:
    state = _with_letters(3)
    assert [x.id for x in state.letters] == ["L1", "L2", "L3"]
    state, _ = remove_letter(state, "l2")
    state, letter = add_letter(state, "  Dr.   New  ", requested=date(2026, 7, 1))
    assert (letter.id, letter.writer, letter.specialty) == ("L2", "Dr. New", "General")


def test_the_limit_per_program_is_enforced(eras_2027: Catalog) -> None:
    limit = eras_2027.letters_per_program.value
    assert limit == 4
    state = _with_letters(5)
    for ident in ("L1", "L2", "L3", "L4"):
        state, _ = assign(state, ident, [PROGRAM], limit)
    with pytest.raises(
        TrackerError,
        match=r"Quillmere Medical Center already has 4 letters "
        r"\(L1, L2, L3, L4\); ERAS allows at most 4 per program",
    ):
        assign(state, "L5", ["  quillmere   medical center "], limit)
    # Nothing changed, and assigning a letter again to the same program is not a new letter.
    assert len(letters_for(state, PROGRAM)) == 4
    state, letter = assign(state, "L4", [PROGRAM.upper()], limit)
    assert letter.programs == (PROGRAM,)
    state, _ = unassign(state, "L1", [PROGRAM.lower()])
    state, letter = assign(state, "L5", [PROGRAM, "Lakeshore Community Hospital"], limit)
    assert letter.programs == (PROGRAM, "Lakeshore Community Hospital")
    assert over_limit(state, limit) == []


def test_a_refused_assignment_changes_nothing_for_the_other_programs() -> None:
    state = _with_letters(2)
    state, _ = assign(state, "L1", ["Full"], 1)
    with pytest.raises(TrackerError):
        assign(state, "L2", ["Open", "Full"], 1)
    assert state.letters[1].programs == ()


def test_a_hand_edited_file_over_the_limit_is_reported(eras_2027: Catalog) -> None:
    letters = tuple(Letter(f"L{n}", f"Dr. {n}", programs=(PROGRAM,)) for n in range(1, 6))
    problems = state_problems(eras_2027, TrackerState(letters=letters))
    assert problems == [
        "tracker.toml: Quillmere Medical Center has 5 letters "
        "(L1, L2, L3, L4, L5); ERAS allows at most 4 per program"
    ]


def test_unknown_letters_and_programs_are_clear_errors() -> None:
    state = _with_letters(1)
    with pytest.raises(TrackerError, match="no letter 'L9'; letters: L1"):
        update_letter(state, "L9", received=date(2026, 8, 1))
    with pytest.raises(TrackerError, match="letter L1 is not assigned to Elsewhere"):
        unassign(state, "L1", ["Elsewhere"])
    with pytest.raises(TrackerError, match="program name cannot be empty"):
        assign(state, "L1", ["   "], 4)
    with pytest.raises(TrackerError, match="writer's name"):
        add_letter(state, "  ")
