"""Which season to track, and the warnings an applicant needs about its data.

The default is the latest season that has begun, so on any day the applicant sees the
cycle they are in without choosing; a state file or `--season` can name another.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from psassist.tracker.catalog import Catalog


def default_season(catalogs: Sequence[Catalog], today: date) -> Catalog:
    """The latest season that has started by `today`, else the earliest one."""
    ordered = sorted(catalogs, key=lambda c: c.season.starts.date)
    started = [c for c in ordered if c.season.starts.date <= today]
    return started[-1] if started else ordered[0]


def _shown(catalog: Catalog, which: str) -> str:
    fact = getattr(catalog.season, which)
    return f"about {fact.date}, an estimate" if fact.estimate else str(fact.date)


def season_warnings(catalog: Catalog, today: date, later: Sequence[str] = ()) -> list[str]:
    """Stale data and an ended season, one line each; `later` names newer season ids."""
    season = catalog.season
    warnings = []
    if season.compiled < season.starts.date:
        warnings.append(
            f"the {season.name} data was compiled on {season.compiled}, before the season "
            f"began ({_shown(catalog, 'starts')}): its dates follow earlier seasons; check the "
            "official AAMC, ECFMG and NRMP calendars"
        )
    if today > season.ends.date:
        nxt = f"; choose the next one with `psassist tracker season {later[0]}`" if later else ""
        warnings.append(f"{season.name} ended on {_shown(catalog, 'ends')}{nxt}")
    return warnings
