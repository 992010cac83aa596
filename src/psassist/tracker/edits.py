"""Changing a component's state: pure functions from one TrackerState to the next.

Ids are resolved against the catalog first, so a typo is an error with suggestions and
never a new entry in the state file.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from psassist.tracker.catalog import Catalog
from psassist.tracker.paths import choice_key, visa_route
from psassist.tracker.state import ComponentState, Status, TrackerState


def _with(state: TrackerState, component_id: str, entry: ComponentState) -> TrackerState:
    components = dict(state.components)
    components[component_id] = entry
    return replace(state, components=components)


def set_status(
    state: TrackerState, catalog: Catalog, wanted: str, status: Status
) -> tuple[TrackerState, str]:
    """The state with a new status; also returns the resolved id."""
    ident = catalog.component(wanted).id
    return _with(state, ident, replace(state.of(ident), status=status)), ident


def set_due(
    state: TrackerState, catalog: Catalog, wanted: str, due: date | None
) -> tuple[TrackerState, str]:
    """The state with the applicant's own due date (None: back to the catalog's)."""
    ident = catalog.component(wanted).id
    return _with(state, ident, replace(state.of(ident), due=due)), ident


def set_notes(
    state: TrackerState, catalog: Catalog, wanted: str, notes: str
) -> tuple[TrackerState, str]:
    ident = catalog.component(wanted).id
    return _with(state, ident, replace(state.of(ident), notes=notes.strip())), ident


def set_season(state: TrackerState, season_id: str) -> TrackerState:
    return replace(state, season=season_id)


def set_visa(state: TrackerState, route: str | None) -> TrackerState:
    """The visa route (j1, h1b or none, as typed); None: not chosen (J-1 is shown)."""
    return replace(state, visa=visa_route(route) if route is not None else None)


def set_specialties(state: TrackerState, specialties: list[str]) -> TrackerState:
    """The applicant's specialties (any spelling: 'OB/GYN', 'Emergency Medicine'); an
    empty list goes back to the drafts' specialties."""
    keys = tuple(dict.fromkeys(choice_key(s) for s in specialties if s.strip()))
    return replace(state, specialties=keys)
