"""Each component's effective status, due date and readiness on a given day.

Pure: the same catalog, state and day always give the same items, so the CLI, the TUI
and the tests agree. `today` is always passed in, never read from the clock here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from psassist.tracker import letters as letter_rules
from psassist.tracker.catalog import (
    LETTERS,
    PERSONAL_STATEMENT,
    RESIDENCYCAS_LETTERS,
    Catalog,
    Component,
)
from psassist.tracker.facts import DateFact
from psassist.tracker.paths import Paths, applicable, choose_paths
from psassist.tracker.state import Status, TrackerState
from psassist.tracker.statements import StatementStatus
from psassist.tracker.statements import derived_status as statement_status


@dataclass(frozen=True)
class Item:
    """One component as it stands today."""

    component: Component
    status: Status
    derived: bool  # the status comes from the drafts or the letters, not from `set`
    due: date | None
    due_fact: DateFact | None  # the catalog date behind `due`; None for the applicant's own
    days_left: int | None
    blocked_by: tuple[str, ...]
    not_open_yet: bool  # its window opens after today
    notes: str

    @property
    def id(self) -> str:
        return self.component.id

    @property
    def own_due(self) -> bool:
        return self.due is not None and self.due_fact is None

    @property
    def estimate(self) -> bool:
        return self.due_fact is not None and self.due_fact.estimate

    @property
    def open(self) -> bool:
        """Still something for the applicant to do (submitted items wait on others)."""
        return self.status in (Status.NOT_STARTED, Status.IN_PROGRESS)

    @property
    def overdue(self) -> bool:
        return self.open and self.days_left is not None and self.days_left < 0

    @property
    def readiness(self) -> str:
        """ready, not-open-yet, blocked, waiting (submitted) or finished."""
        if self.status.finished:
            return "finished"
        if self.status is Status.SUBMITTED:
            return "waiting"
        if self.blocked_by:
            return "blocked"
        return "not-open-yet" if self.not_open_yet else "ready"


def effective_status(
    component: Component, state: TrackerState, statements: list[StatementStatus] | None
) -> tuple[Status, bool]:
    """(status, derived): what `set` said, or what the drafts and letters show."""
    chosen = state.of(component.id).status
    if chosen is Status.NOT_APPLICABLE:
        return chosen, False
    if component.id == PERSONAL_STATEMENT and statements is not None:
        derived = statement_status(statements)
        if chosen is None or derived.rank > chosen.rank:
            return derived, True
    if component.id in (LETTERS, RESIDENCYCAS_LETTERS) and chosen is None:
        return letter_rules.derived_status(state), True
    return chosen or Status.NOT_STARTED, False


def paths_of(
    catalog: Catalog, state: TrackerState, statements: list[StatementStatus] | None = None
) -> Paths:
    """The applicant's paths from the state's choices, else the drafts' specialties."""
    drafted = [s.specialty for s in statements or () if s.specialty]
    return choose_paths(catalog, state.specialties, state.visa, drafted)


def build_items(
    catalog: Catalog,
    state: TrackerState,
    today: date,
    statements: list[StatementStatus] | None = None,
    paths: Paths | None = None,
) -> list[Item]:
    """Every component that applies to the applicant, in catalog order, as it stands on
    `today`; a dependency on a component that does not apply is no dependency."""
    components = applicable(catalog, paths or paths_of(catalog, state, statements))
    statuses = {c.id: effective_status(c, state, statements) for c in components}
    items = []
    for component in components:
        status, derived = statuses[component.id]
        entry = state.of(component.id)
        due_fact = None if entry.due is not None else component.due
        due = entry.due or (due_fact.date if due_fact else None)
        blocked = tuple(
            d for d in component.depends_on if d in statuses and not statuses[d][0].finished
        )
        items.append(
            Item(
                component=component,
                status=status,
                derived=derived,
                due=due,
                due_fact=due_fact,
                days_left=(due - today).days if due is not None else None,
                blocked_by=blocked if not status.finished else (),
                not_open_yet=component.opens is not None and component.opens.date > today,
                notes=entry.notes,
            )
        )
    return items


_READINESS_ORDER = {"ready": 0, "not-open-yet": 1, "blocked": 2}


def next_actions(items: list[Item]) -> list[Item]:
    """Open items: ready ones first, then those not open yet, then blocked; each by due date.

    Items without a due date come after dated ones of the same kind, in catalog order.
    """
    position = {item.id: index for index, item in enumerate(items)}
    open_items = [item for item in items if item.open]
    return sorted(
        open_items,
        key=lambda item: (
            _READINESS_ORDER[item.readiness],
            item.due is None,
            item.due or date.max,
            position[item.id],
        ),
    )


@dataclass(frozen=True)
class Progress:
    done: int
    submitted: int
    not_applicable: int
    total: int

    @property
    def counted(self) -> int:
        """Components that apply to this applicant."""
        return self.total - self.not_applicable

    @property
    def fraction(self) -> float:
        return self.done / self.counted if self.counted else 1.0


def progress(items: list[Item]) -> Progress:
    return Progress(
        done=sum(1 for i in items if i.status is Status.DONE),
        submitted=sum(1 for i in items if i.status is Status.SUBMITTED),
        not_applicable=sum(1 for i in items if i.status is Status.NOT_APPLICABLE),
        total=len(items),
    )
