"""The applicant's tracker state (`tracker.toml`): statuses, own dates, notes and letters.

Pure data with a lossless round trip: entries for ids the catalog does not know and keys
psassist does not use are kept as they were and written back, so a hand edit or a state
file from another season is reported, never silently dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from typing import Any

from psassist.tracker.errors import TrackerError
from psassist.tracker.paths import choice_key, visa_route


class Status(Enum):
    """Where a component stands; the order is progress (not applicable stands apart)."""

    NOT_STARTED = "not-started"
    IN_PROGRESS = "in-progress"
    SUBMITTED = "submitted"  # your part is sent; waiting for someone else
    DONE = "done"
    NOT_APPLICABLE = "not-applicable"

    @property
    def label(self) -> str:
        return self.value.replace("-", " ")

    @property
    def rank(self) -> int:
        return list(Status).index(self)

    @property
    def finished(self) -> bool:
        """Done or not needed: what later components may depend on."""
        return self in (Status.DONE, Status.NOT_APPLICABLE)


@dataclass(frozen=True)
class ComponentState:
    status: Status | None = None  # None: never set (derived components use their own)
    due: date | None = None  # the applicant's own due date, shown instead of the catalog's
    notes: str = ""
    extra: dict[str, Any] = field(default_factory=dict)  # keys psassist does not use

    @property
    def empty(self) -> bool:
        return self.status is None and self.due is None and not self.notes and not self.extra


@dataclass(frozen=True)
class Letter:
    id: str
    writer: str
    specialty: str = "General"
    requested: date | None = None
    received: date | None = None  # in the AAMC Letter Writer Portal
    programs: tuple[str, ...] = ()
    notes: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class TrackerState:
    season: str | None = None
    visa: str | None = None  # j1, h1b or none; None: not chosen yet
    specialties: tuple[str, ...] = ()  # chosen specialties; empty: taken from the drafts
    components: dict[str, ComponentState] = field(default_factory=dict)
    letters: tuple[Letter, ...] = ()
    #: Entries under [components] whose id the season's catalog does not know, as written.
    unknown: dict[str, Any] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)

    def of(self, component_id: str) -> ComponentState:
        return self.components.get(component_id, ComponentState())


# -- reading ------------------------------------------------------------------------------


def _typed(table: dict[str, Any], key: str, kind: type, where: str) -> Any:
    value = table.get(key)
    if value is not None and not isinstance(value, kind):
        raise TrackerError(f"{where}: {key} must be a {kind.__name__}; fix it by hand")
    return value


def status_from_text(text: str, where: str = "") -> Status:
    """A status from what a user typed or wrote: any case, spaces or _ for -, 'n/a'."""
    key = "-".join(text.strip().casefold().replace("_", " ").replace("-", " ").split())
    key = {"na": "not-applicable", "n/a": "not-applicable", "todo": "not-started"}.get(key, key)
    for status in Status:
        if status.value == key:
            return status
    choices = ", ".join(s.value for s in Status)
    prefix = f"{where}: " if where else ""
    raise TrackerError(f"{prefix}{text!r} is not a status; use one of {choices}")


def _component(table: Any, where: str) -> ComponentState:
    if not isinstance(table, dict):
        raise TrackerError(f"{where} must be a table; fix it by hand")
    status = _typed(table, "status", str, where)
    return ComponentState(
        status=status_from_text(status, where) if status is not None else None,
        due=_typed(table, "due", date, where),
        notes=_typed(table, "notes", str, where) or "",
        extra={k: v for k, v in table.items() if k not in ("status", "due", "notes")},
    )


_TOP_KEYS = ("season", "visa", "specialties", "components", "letters")
_LETTER_KEYS = ("id", "writer", "specialty", "requested", "received", "programs", "notes")


def _letter(table: Any, where: str) -> Letter:
    if not isinstance(table, dict):
        raise TrackerError(f"{where} must be a table; fix it by hand")
    ident = _typed(table, "id", str, where)
    writer = _typed(table, "writer", str, where)
    if not ident or not writer:
        raise TrackerError(f"{where}: a letter needs an id and a writer; fix it by hand")
    programs = _typed(table, "programs", list, where) or []
    if not all(isinstance(p, str) for p in programs):
        raise TrackerError(f"{where}: programs must be a list of names; fix it by hand")
    return Letter(
        id=ident,
        writer=writer,
        specialty=_typed(table, "specialty", str, where) or "General",
        requested=_typed(table, "requested", date, where),
        received=_typed(table, "received", date, where),
        programs=tuple(programs),
        notes=_typed(table, "notes", str, where) or "",
        extra={k: v for k, v in table.items() if k not in _LETTER_KEYS},
    )


def state_from_data(data: dict[str, Any], known_ids: set[str], name: str) -> TrackerState:
    """Parse `tracker.toml` data; entries for ids not in `known_ids` are kept unparsed."""
    components_table = data.get("components", {})
    if not isinstance(components_table, dict):
        raise TrackerError(f"{name}: [components] must be a table; fix it by hand")
    components, unknown = {}, {}
    for ident, table in components_table.items():
        if ident in known_ids:
            components[ident] = _component(table, f"{name}: components.{ident}")
        else:
            unknown[ident] = table
    letters_table = data.get("letters", [])
    if not isinstance(letters_table, list):
        raise TrackerError(f"{name}: letters must be an array of tables ([[letters]])")
    letters = tuple(_letter(t, f"{name}: letters[{i + 1}]") for i, t in enumerate(letters_table))
    seen: set[str] = set()
    for letter in letters:
        if letter.id in seen:
            raise TrackerError(f"{name}: two letters have the id {letter.id!r}; fix it by hand")
        seen.add(letter.id)
    season = _typed(data, "season", str, name)
    visa = _typed(data, "visa", str, name)
    if visa is not None:
        try:
            visa = visa_route(visa)
        except TrackerError as exc:
            raise TrackerError(f"{name}: {exc}; fix it by hand") from None
    specialties = _typed(data, "specialties", list, name) or []
    if not all(isinstance(s, str) and s.strip() for s in specialties):
        raise TrackerError(f"{name}: specialties must be a list of names; fix it by hand")
    extra = {k: v for k, v in data.items() if k not in _TOP_KEYS}
    return TrackerState(
        season, visa, tuple(choice_key(s) for s in specialties), components, letters, unknown, extra
    )


# -- writing ------------------------------------------------------------------------------


def _component_data(entry: ComponentState) -> dict[str, Any]:
    data: dict[str, Any] = {}
    if entry.status is not None:
        data["status"] = entry.status.value
    if entry.due is not None:
        data["due"] = entry.due
    if entry.notes:
        data["notes"] = entry.notes
    data.update(entry.extra)
    return data


def _letter_data(letter: Letter) -> dict[str, Any]:
    data: dict[str, Any] = {"id": letter.id, "writer": letter.writer, "specialty": letter.specialty}
    if letter.requested is not None:
        data["requested"] = letter.requested
    if letter.received is not None:
        data["received"] = letter.received
    data["programs"] = list(letter.programs)
    if letter.notes:
        data["notes"] = letter.notes
    data.update(letter.extra)
    return data


def state_to_data(state: TrackerState, order: list[str]) -> dict[str, Any]:
    """Data for `tracker.toml`: known components in catalog `order`, then the unknown ones."""
    data: dict[str, Any] = {}
    if state.season:
        data["season"] = state.season
    if state.visa:
        data["visa"] = state.visa
    if state.specialties:
        data["specialties"] = list(state.specialties)
    data.update(state.extra)
    components: dict[str, Any] = {}
    for ident in [*order, *sorted(set(state.components) - set(order))]:
        entry = state.components.get(ident)
        if entry is not None and not entry.empty:
            components[ident] = _component_data(entry)
    components.update(state.unknown)
    if components:
        data["components"] = components
    if state.letters:
        data["letters"] = [_letter_data(letter) for letter in state.letters]
    return data
