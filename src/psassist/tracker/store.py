"""The tracker state in a workspace: `tracker.toml`, saved through the workspace store.

The store gives atomic saves, the history of earlier versions, the write lock and line
numbers for a file that does not parse; this module only maps data to and from it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from psassist.tracker.catalog import Catalog
from psassist.tracker.errors import TrackerError
from psassist.tracker.loading import builtin_catalogs, load_catalog_file, load_season
from psassist.tracker.seasons import default_season
from psassist.tracker.state import TrackerState, state_from_data, state_to_data
from psassist.workspace import DocumentNotFound, Version, Workspace

TRACKER = "tracker.toml"
HEADER = (
    "Your ERAS tracker: psassist reads and writes this file (`psassist tracker`).\n"
    "You may edit it by hand. Statuses: not-started, in-progress, submitted, done,\n"
    "not-applicable. Dates are YYYY-MM-DD. Entries psassist does not know are kept."
)


def read_state_data(workspace: Workspace | None) -> dict[str, Any]:
    """The raw data of `tracker.toml`; empty when there is no workspace or no file yet."""
    if workspace is None:
        return {}
    try:
        data = workspace.read_data(TRACKER)
    except DocumentNotFound:
        return {}
    if not isinstance(data, dict):
        raise TrackerError(f"{workspace.path(TRACKER)}: not a table of settings")
    return data


def select_catalog(
    data: dict[str, Any],
    today: date,
    requested: str | None = None,
    catalog_file: str | Path | None = None,
) -> Catalog:
    """The season to show: a catalog file, `--season`, the state's season, else today's."""
    if catalog_file is not None:
        return load_catalog_file(catalog_file)
    if requested:
        return load_season(requested)
    stored = data.get("season")
    if isinstance(stored, str) and stored:
        return load_season(stored)
    return default_season(builtin_catalogs(), today)


def parse_state(
    workspace: Workspace | None, data: dict[str, Any], catalog: Catalog
) -> TrackerState:
    name = str(workspace.path(TRACKER)) if workspace is not None else TRACKER
    return state_from_data(data, set(catalog.ids), name)


def save_state(workspace: Workspace, state: TrackerState, catalog: Catalog) -> Version | None:
    """Save atomically; the version it replaces goes into the workspace history."""
    return workspace.write_data(TRACKER, state_to_data(state, catalog.ids), header=HEADER)
