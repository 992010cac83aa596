"""Letters of recommendation: who writes them, when they arrive, which programs get them.

ERAS lets a program receive at most a fixed number of letters (4, from the season's
data); assigning a fifth is refused here so the plan never asks for what MyERAS rejects.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from psassist.tracker.errors import TrackerError
from psassist.tracker.state import Letter, Status, TrackerState


@dataclass(frozen=True)
class OverLimit:
    """A program with more letters than ERAS allows (only a hand-edited file can have one)."""

    program: str
    letters: tuple[str, ...]


def program_key(name: str) -> str:
    """Program names compare without regard to case or spacing."""
    return " ".join(name.split()).casefold()


def clean_program(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise TrackerError("a program name cannot be empty")
    return cleaned


def find_letter(state: TrackerState, wanted: str) -> Letter:
    key = wanted.strip().casefold()
    for letter in state.letters:
        if letter.id.casefold() == key:
            return letter
    known = ", ".join(letter.id for letter in state.letters) or "none yet"
    raise TrackerError(f"no letter {wanted!r}; letters: {known}")


def _replace_letter(state: TrackerState, new: Letter) -> TrackerState:
    return replace(state, letters=tuple(new if old.id == new.id else old for old in state.letters))


def add_letter(
    state: TrackerState, writer: str, specialty: str = "General", requested: date | None = None
) -> tuple[TrackerState, Letter]:
    """A new letter with the next free id (L1, L2, ...)."""
    writer = " ".join(writer.split())
    if not writer:
        raise TrackerError("a letter needs the writer's name")
    used = {letter.id.casefold() for letter in state.letters}
    number = 1
    while f"l{number}" in used:
        number += 1
    letter = Letter(f"L{number}", writer, " ".join(specialty.split()) or "General", requested)
    return replace(state, letters=(*state.letters, letter)), letter


def update_letter(
    state: TrackerState, wanted: str, **changes: object
) -> tuple[TrackerState, Letter]:
    """Change a letter's writer, specialty, requested or received date."""
    letter = replace(find_letter(state, wanted), **changes)  # type: ignore[arg-type]
    return _replace_letter(state, letter), letter


def remove_letter(state: TrackerState, wanted: str) -> tuple[TrackerState, Letter]:
    letter = find_letter(state, wanted)
    return replace(state, letters=tuple(x for x in state.letters if x.id != letter.id)), letter


def letters_for(state: TrackerState, program: str) -> list[Letter]:
    key = program_key(program)
    return [x for x in state.letters if any(program_key(p) == key for p in x.programs)]


def assign(
    state: TrackerState, wanted: str, programs: list[str], limit: int
) -> tuple[TrackerState, Letter]:
    """Assign a letter to programs; refuses any program that would exceed `limit` letters."""
    letter = find_letter(state, wanted)
    names = list(letter.programs)
    for program in (clean_program(p) for p in programs):
        if any(program_key(p) == program_key(program) for p in names):
            continue
        holders = letters_for(state, program)
        # The spelling already in use, so one program is never listed under two names.
        program = next(
            (p for x in holders for p in x.programs if program_key(p) == program_key(program)),
            program,
        )
        if len(holders) >= limit:
            ids = ", ".join(x.id for x in holders)
            raise TrackerError(
                f"{program} already has {len(holders)} letters ({ids}); ERAS "
                f"allows at most {limit} per program: unassign one first"
            )
        names.append(program)
    return update_letter(state, letter.id, programs=tuple(names))


def unassign(state: TrackerState, wanted: str, programs: list[str]) -> tuple[TrackerState, Letter]:
    letter = find_letter(state, wanted)
    keys = {program_key(p) for p in programs}
    missing = keys - {program_key(p) for p in letter.programs}
    if missing:
        raise TrackerError(
            f"letter {letter.id} is not assigned to "
            f"{', '.join(p for p in programs if program_key(p) in missing)}"
        )
    kept = tuple(p for p in letter.programs if program_key(p) not in keys)
    return update_letter(state, letter.id, programs=kept)


def over_limit(state: TrackerState, limit: int) -> list[OverLimit]:
    """Programs holding more than `limit` letters, in the order they first appear."""
    counts: dict[str, tuple[str, list[str]]] = {}
    for letter in state.letters:
        for program in letter.programs:
            _name, ids = counts.setdefault(program_key(program), (program, []))
            if letter.id not in ids:
                ids.append(letter.id)
    return [OverLimit(name, tuple(ids)) for name, ids in counts.values() if len(ids) > limit]


def derived_status(state: TrackerState) -> Status:
    """The letters component when the applicant has not set it: from the letters' dates."""
    if not state.letters:
        return Status.NOT_STARTED
    if all(letter.received is not None for letter in state.letters):
        return Status.DONE
    return Status.IN_PROGRESS
