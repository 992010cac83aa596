"""The ERAS tracker: the season's components with sourced dates, the applicant's state,
next actions and a calendar.

Plain Python with no UI imports: the CLI, the TUI (from worker threads) and the tests
call the same functions. The catalog is data (`data/eras-YYYY.toml`), one file a season.
"""

from psassist.tracker.catalog import Catalog, Component, Season
from psassist.tracker.errors import CatalogError, TrackerError, UnknownComponent
from psassist.tracker.facts import DateFact, SeasonLimit, Source, Tag
from psassist.tracker.loading import (
    builtin_catalogs,
    later_seasons,
    load_catalog_file,
    load_season,
    parse_catalog,
    season_files,
)
from psassist.tracker.overview import Overview, build_overview, overview_data
from psassist.tracker.progress import Item, Progress, build_items, next_actions
from psassist.tracker.state import ComponentState, Letter, Status, TrackerState
from psassist.tracker.statements import StatementStatus, assess_statements
from psassist.tracker.store import TRACKER, parse_state, read_state_data, save_state, select_catalog

__all__ = [
    "TRACKER",
    "Catalog",
    "CatalogError",
    "Component",
    "ComponentState",
    "DateFact",
    "Item",
    "Letter",
    "Overview",
    "Progress",
    "Season",
    "SeasonLimit",
    "Source",
    "StatementStatus",
    "Status",
    "Tag",
    "TrackerError",
    "TrackerState",
    "UnknownComponent",
    "assess_statements",
    "build_items",
    "build_overview",
    "builtin_catalogs",
    "later_seasons",
    "load_catalog_file",
    "load_season",
    "next_actions",
    "overview_data",
    "parse_catalog",
    "parse_state",
    "read_state_data",
    "save_state",
    "season_files",
    "select_catalog",
]
